import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { BalanceSettings as Settings, TallySettings } from "../../engine";
import type { BalanceResult } from "../hooks/useLeadTally";
import type { LeadsLocation, ReadProgress } from "../../workbook/workbook";
import { LoadBoundary } from "./LoadBoundary";
import { ReadProgressField } from "./ReadProgressField";
import { useDisclosureStyles, useSectionStyles } from "./styles";

// The balance's settings and its view appear only when asked for: loaded then, not with the
// first view.
const BalanceSettings = React.lazy(() =>
  import(/* webpackChunkName: "balance" */ "./BalanceSettings").then((m) => ({
    default: m.BalanceSettings,
  }))
);
const BalanceView = React.lazy(() =>
  import(/* webpackChunkName: "balance" */ "./BalanceView").then((m) => ({
    default: m.BalanceView,
  }))
);

export interface BalanceSectionProps {
  /** False until the leads and their Date and Source columns are known. */
  readonly canBalance: boolean;
  readonly balancing: boolean;
  readonly progress: ReadProgress | null;
  readonly balance: BalanceResult | null;
  readonly error: string | null;
  readonly dark: boolean;
  readonly settings: TallySettings;
  readonly spendTables: readonly LeadsLocation[] | null;
  readonly spendIndex: number | null;
  readonly creatingSpend: boolean;
  readonly notice: string | null;
  readonly onBalance: () => void;
  readonly onSaveSettings: (balance: Settings) => string | null;
  readonly onFindSpendTables: () => void;
  readonly onChooseSpendTable: (index: number | null) => void;
  readonly onCreateSpendTable: () => void;
  readonly onDismissError: () => void;
}

/**
 * Marketing against sales: one click writes (or refreshes) the Marketing vs Sales sheet and
 * shows the same balance here. Its period, target and spend table are folded away.
 */
export function BalanceSection(props: BalanceSectionProps): React.JSX.Element {
  const { canBalance, balancing, balance, error } = props;
  const styles = useSectionStyles();
  const disclosure = useDisclosureStyles();
  const headingId = React.useId();
  const [settingsOpen, setSettingsOpen] = React.useState(false);

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Marketing vs Sales
      </h2>
      <p className={styles.hint}>
        Leads and clients by period against your target conversion rate, with a diagnosis, and what
        each source brings and costs, in the Marketing vs Sales sheet. Your leads are only read.
      </p>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!canBalance || balancing} onClick={props.onBalance}>
          Balance chart
        </Button>
      </div>
      {!canBalance && (
        <p className={styles.hint}>The balance needs the leads&apos; Date and Source columns.</p>
      )}
      {balancing && <ReadProgressField progress={props.progress} />}
      {error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={props.onDismissError}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <details
        className={disclosure.details}
        onToggle={(event) => setSettingsOpen(event.currentTarget.open)}
      >
        <summary className={disclosure.summary}>Period, target and spend table</summary>
        {settingsOpen && (
          <LoadBoundary what="The balance settings">
            <BalanceSettings
              settings={props.settings}
              disabled={balancing}
              spendTables={props.spendTables}
              spendIndex={props.spendIndex}
              creatingSpend={props.creatingSpend}
              notice={props.notice}
              onSave={props.onSaveSettings}
              onFindSpendTables={props.onFindSpendTables}
              onChooseSpendTable={props.onChooseSpendTable}
              onCreateSpendTable={props.onCreateSpendTable}
            />
          </LoadBoundary>
        )}
      </details>
      {balance !== null && (
        <LoadBoundary what="The balance">
          <BalanceView balance={balance} dark={props.dark} />
        </LoadBoundary>
      )}
    </section>
  );
}
