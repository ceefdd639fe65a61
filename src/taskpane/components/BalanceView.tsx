import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { BalanceVerdict, isMaturing, spendCoverageText } from "../../engine";
import type { BalanceResult } from "../hooks/useLeadTally";
import { formatPercent } from "../format";
import { BalancePlanner } from "./BalancePlanner";
import { InvestmentTable, PeriodInvestmentTable, SourceMoneyTable } from "./BalanceTables";
import { PeriodChart } from "./PeriodChart";
import { RecentPeriodsTable } from "./RecentPeriodsTable";
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

function periodHint({ report, unit, target, thinPeriodLeads }: BalanceResult): string {
  const underWay = report.periods.find((period) => period.soFar);
  const thin = report.periods.filter((period) => period.thin && !period.soFar);
  const parts = [`By ${unit}; your target conversion rate is ${formatPercent(target)}.`];
  if (underWay !== undefined && report.periods.some(isMaturing)) {
    parts.push(
      `${underWay.label} is under way: drawn hollow and labelled "so far", off the solid rate line.`
    );
  } else if (underWay !== undefined) {
    parts.push(
      `${underWay.label} is under way: drawn hollow and labelled "so far", off the rate line and ` +
        "out of the diagnosis, as its leads have not had time to convert."
    );
  }
  if (thin.length > 0) {
    parts.push(
      `Hollow rate points mark thin ${unit}s, with fewer than ${thinPeriodLeads} leads: ` +
        `${thin.map((period) => period.label).join(", ")}.`
    );
  }
  return parts.join(" ");
}

/** What projected conversion is, and when the diagnosis uses it. */
function projectionHint({ projectionCompletion }: BalanceResult): string {
  return (
    "Recent leads have not all had time to convert. Projected conversion (dashed in the chart) " +
    "is what each period should reach by your own clients' time to convert: clients so far ÷ " +
    "completion, the share of its clients a period should have by now. The diagnosis uses it " +
    `for periods at least ${formatPercent(projectionCompletion)} complete and leaves younger ones out.`
  );
}

/** What the investment figures rest on: where the spend came from, and how it is matched. */
function spendHint({ spendFrom, spendFound, report }: BalanceResult): string {
  const found = spendFound
    ? " (found in the workbook; choose another under Period, target and spend table)"
    : "";
  const coverage = report.investment === null ? "" : ` ${spendCoverageText(report.investment)}`;
  return `Spend read from ${spendFrom ?? ""}${found}.${coverage}`;
}

/** The balance as on the Marketing vs Sales sheet: diagnosis, chart, sources, investment, plan. */
export function BalanceView({ balance, dark }: BalanceViewProps): React.JSX.Element {
  const styles = useStyles();
  const section = useSectionStyles();
  const { report, unit, target } = balance;
  const { investment } = report;
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
      {report.periodAdvice !== null && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{report.periodAdvice}</MessageBarBody>
        </MessageBar>
      )}
      <p className={section.hint}>{periodHint(balance)}</p>
      {report.periods.length > 0 ? (
        <PeriodChart periods={report.periods} unit={unit} target={target} dark={dark} />
      ) : (
        <p className={section.hint}>No lead has a date to chart by.</p>
      )}
      {report.periods.some(isMaturing) && (
        <>
          <h3 className={styles.subheading}>Recent periods</h3>
          <p className={section.hint}>{projectionHint(balance)}</p>
          <RecentPeriodsTable periods={report.periods} unit={unit} />
        </>
      )}
      <h3 className={styles.subheading}>Clients by source</h3>
      {withLeads.length > 0 ? (
        <SourceMoneyTable sources={withLeads} />
      ) : (
        <p className={section.hint}>No leads yet.</p>
      )}
      <h3 className={styles.subheading}>Marketing as an investment</h3>
      {investment === null ? (
        <p className={section.hint}>
          With a spend table (under Period, target and spend table), this shows what each source
          costs per lead and per client, and what it returns.
        </p>
      ) : (
        <>
          <p className={section.hint}>{spendHint(balance)}</p>
          <InvestmentTable investment={investment} hasValues={report.hasValues} />
          {report.hasValues && (
            <p className={section.hint}>
              Under each cost per lead: what a lead of that source is worth (conversion rate ×
              average client value); &quot;above&quot; where a lead costs more than that.
            </p>
          )}
          {investment.byPeriod && investment.periods.length > 0 && (
            <>
              <h3 className={styles.subheading}>
                Paid channels by {investment.periodUnit ?? "period"}
              </h3>
              <PeriodInvestmentTable investment={investment} hasValues={report.hasValues} />
            </>
          )}
        </>
      )}
      <h3 className={styles.subheading}>Plan</h3>
      <BalancePlanner report={report} unit={unit} />
    </div>
  );
}
