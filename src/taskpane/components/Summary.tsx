import * as React from "react";
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import {
  SMALL_SAMPLE_LEADS,
  dayNumberFromCivil,
  outcomeRules,
  type TallySettings,
} from "../../engine";
import {
  summariseLeads,
  type LeadsSummary,
  type MonthCounts,
  type PaidChannel,
} from "../../engine/summary";
import type { LeadCells } from "../hooks/useLeadSources";
import { formatMoney, formatPercent, formatRate } from "../format";
import { RateTerm } from "./RateTerm";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(9em, 1fr))",
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  figure: { margin: 0 },
  number: { ...typographyStyles.subtitle1, margin: 0, color: tokens.colorNeutralForeground1 },
  label: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface SummaryProps {
  readonly cells: LeadCells;
  readonly settings: TallySettings;
  readonly now: Date;
  /** The paid channels' spend and clients, once the balance has read a spend table. */
  readonly paid: readonly PaidChannel[] | null;
}

function month(counts: MonthCounts | null): string {
  if (counts === null) return "no Date column";
  const leads = `${counts.leads} ${counts.leads === 1 ? "lead" : "leads"}`;
  return `${leads}, ${counts.clients} ${counts.clients === 1 ? "client" : "clients"}`;
}

/** The figures, worked out by the engine from the columns as read. */
export function summaryOf(props: SummaryProps): LeadsSummary {
  const { cells, settings, now } = props;
  return summariseLeads({
    sources: cells.sources,
    outcomes: cells.outcomes,
    dates: cells.dates,
    rules: outcomeRules(settings.wonLabels, settings.lostLabels),
    today: dayNumberFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate()),
    paid: props.paid,
  });
}

/** The answer first: how the leads are doing, above everything else in the pane. */
export function Summary(props: SummaryProps): React.JSX.Element {
  const styles = useStyles();
  const section = useSectionStyles();
  const summary = summaryOf(props);
  const { total, best, costliest } = summary;
  return (
    <div className={section.section}>
      <dl className={styles.figures}>
        <div>
          <dt className={styles.label}>This month</dt>
          <dd className={styles.number}>{month(summary.thisMonth)}</dd>
        </div>
        <div>
          <dt className={styles.label}>Last month</dt>
          <dd className={styles.number}>{month(summary.lastMonth)}</dd>
        </div>
        <div>
          <dt className={styles.label}>
            <RateTerm term="Conversion rate" align="start" />
          </dt>
          <dd className={styles.number}>
            {formatRate(total.won, total.leads)}
            <span className={styles.label}>
              {" "}
              ({total.won} of {total.leads})
            </span>
          </dd>
        </div>
      </dl>
      <p className={section.text}>
        {best === null
          ? `Best source: none has ${SMALL_SAMPLE_LEADS} leads and a client yet, too few to say.`
          : `Best source: ${best.label}, ${best.clients} clients from ${best.leads} leads (at least ${formatPercent(best.low)}, 19 times in 20).`}
      </p>
      {costliest !== null && (
        <p className={section.text}>
          Costliest per client: {costliest.label}, {formatMoney(costliest.perClient)} a client (
          {formatMoney(costliest.spend)} for {costliest.clients}).
        </p>
      )}
    </div>
  );
}
