import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import type { BalanceVerdict } from "../../engine";
import type { BalanceResult } from "../hooks/useLeadTally";
import { formatPercent } from "../format";
import { InvestmentTable, SourceMoneyTable } from "./BalanceTables";
import { PeriodChart } from "./PeriodChart";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  subheading: {
    ...typographyStyles.body1Strong,
    margin: 0,
    marginTop: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground1,
  },
});

const INTENTS: { readonly [V in BalanceVerdict]: "success" | "info" | "warning" } = {
  balanced: "success",
  "not-enough-data": "info",
  "marketing-heavy": "warning",
  "sales-heavy": "warning",
  "both-down": "warning",
  "conversion-low": "warning",
};

export interface BalanceViewProps {
  readonly balance: BalanceResult;
  readonly dark: boolean;
}

function status({ sheetName, writing, report }: BalanceResult): string {
  const preferred = report.sheet.preferredName;
  if (writing) return `Writing the ${preferred} sheet…`;
  if (sheetName === null) return `The ${preferred} sheet was not written: see why above.`;
  if (sheetName === preferred) return `${preferred} sheet updated`;
  return `${preferred} sheet updated: written to "${sheetName}", because a sheet of yours is already called "${preferred}".`;
}

/** The balance as on the Marketing vs Sales sheet: diagnosis, chart, sources, investment. */
export function BalanceView({ balance, dark }: BalanceViewProps): React.JSX.Element {
  const styles = useStyles();
  const section = useSectionStyles();
  const { report, unit, target, spendFrom } = balance;
  const withLeads = report.sources.filter((source) => source.leads > 0);
  return (
    <div className={section.section}>
      <p className={section.text} role="status">
        {status(balance)}
      </p>
      <MessageBar intent={INTENTS[report.diagnosis.verdict]} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Diagnosis</MessageBarTitle>
          {report.diagnosis.text}
        </MessageBarBody>
      </MessageBar>
      <p className={section.hint}>
        By {unit}; your target conversion rate is {formatPercent(target)}. The {unit} under way is
        left out of the diagnosis: its leads have not had time to convert.
      </p>
      {report.periods.length > 0 ? (
        <PeriodChart periods={report.periods} unit={unit} target={target} dark={dark} />
      ) : (
        <p className={section.hint}>No lead has a date to chart by.</p>
      )}
      <h3 className={styles.subheading}>Clients by source</h3>
      {withLeads.length > 0 ? (
        <SourceMoneyTable sources={withLeads} />
      ) : (
        <p className={section.hint}>No leads yet.</p>
      )}
      <h3 className={styles.subheading}>Marketing as an investment</h3>
      {spendFrom === null ? (
        <p className={section.hint}>
          With a spend table (under Period, target and spend table), this shows what each source
          costs per lead and per client, and what it returns.
        </p>
      ) : (
        <>
          <p className={section.hint}>Spend read from {spendFrom}.</p>
          <InvestmentTable sources={report.sources} />
        </>
      )}
    </div>
  );
}
