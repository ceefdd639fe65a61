/**
 * The answer the owner opens the pane for, in a few figures: leads and clients this month and
 * last, the conversion rate, the source that converts best with enough leads to say so, and the
 * source whose clients cost most when spend is known.
 *
 * Not exported by the engine's index: only the pane's on-demand parts use it, so it stays out of
 * the first view.
 */
import { Cell, isBlank } from "./cells";
import { dayNumberFromCell } from "./dates";
import { OutcomeRules, classifyOutcome } from "./outcomes";
import { periodIndexOfDay } from "./periods";
import { NO_SOURCE_LABEL, OutcomeCounts, SourceGroup, tallyBySource } from "./tally";
import { isSmallSample, wilsonInterval } from "./wilson";

export interface MonthCounts {
  readonly leads: number;
  readonly clients: number;
}

export interface BestSource {
  readonly label: string;
  readonly leads: number;
  readonly clients: number;
  /** The Wilson interval's lower end: what the rate is at least, 19 times in 20. */
  readonly low: number;
}

export interface CostliestSource {
  readonly label: string;
  readonly clients: number;
  readonly spend: number;
  readonly perClient: number;
}

export interface LeadsSummary {
  readonly total: OutcomeCounts;
  /** Leads dated this month, and how many of them became clients; null without a date column. */
  readonly thisMonth: MonthCounts | null;
  readonly lastMonth: MonthCounts | null;
  /** Null when no source has enough leads (SMALL_SAMPLE_LEADS) to compare. */
  readonly best: BestSource | null;
  /** Null when spend is not known, or no source with spend has a client. */
  readonly costliest: CostliestSource | null;
}

export interface SummaryInput {
  readonly sources: readonly Cell[];
  /** Null without an outcome column. */
  readonly outcomes: readonly Cell[] | null;
  /** Null without a date column. */
  readonly dates: readonly Cell[] | null;
  readonly rules: OutcomeRules;
  /** Today as a day number (see dates.ts): the clock is passed in. */
  readonly today: number;
  /**
   * The paid channels as the investment figures set them against spend (investment.ts: with a
   * spend Period column, only the clients of periods with spend), when spend is known. The
   * summary takes these figures as they are, so it never names a cost the investment table
   * does not show.
   */
  readonly paid?: readonly PaidChannel[] | null;
}

export interface PaidChannel {
  readonly label: string;
  readonly spend: number;
  readonly clients: number;
}

export function summariseLeads(input: SummaryInput): LeadsSummary {
  const groups = tallyBySource(input.sources, input.outcomes, input.rules);
  const total = groups.reduce<OutcomeCounts>(
    (sum, group) => ({
      leads: sum.leads + group.leads,
      won: sum.won + group.won,
      lost: sum.lost + group.lost,
      open: sum.open + group.open,
    }),
    { leads: 0, won: 0, lost: 0, open: 0 }
  );
  return {
    total,
    ...months(input),
    best: bestSource(groups),
    costliest: costliestSource(input.paid ?? null),
  };
}

function months(input: SummaryInput): Pick<LeadsSummary, "thisMonth" | "lastMonth"> {
  const { dates, outcomes, rules, sources } = input;
  if (dates === null) return { thisMonth: null, lastMonth: null };
  const current = periodIndexOfDay(input.today, "month");
  const counts = [
    { leads: 0, clients: 0 },
    { leads: 0, clients: 0 },
  ];
  const rows = Math.max(sources.length, dates.length);
  for (let row = 0; row < rows; row++) {
    const day = dayNumberFromCell(dates[row]);
    if (day === null) continue;
    const which = current - periodIndexOfDay(day, "month");
    if (which !== 0 && which !== 1) continue;
    // A row is a lead when it has a source or an outcome, as the tally counts it.
    const outcome = outcomes?.[row];
    if (isBlank(sources[row]) && (outcome === undefined || isBlank(outcome))) continue;
    counts[which].leads += 1;
    if (outcome !== undefined && classifyOutcome(outcome, rules) === "won")
      counts[which].clients += 1;
  }
  return { thisMonth: counts[0], lastMonth: counts[1] };
}

function bestSource(groups: readonly SourceGroup[]): BestSource | null {
  let best: BestSource | null = null;
  for (const group of groups) {
    if (group.label === NO_SOURCE_LABEL || isSmallSample(group.leads)) continue;
    const interval = wilsonInterval(group.won, group.leads);
    if (interval === null || group.won === 0) continue;
    if (best === null || interval.low > best.low) {
      best = { label: group.label, leads: group.leads, clients: group.won, low: interval.low };
    }
  }
  return best;
}

function costliestSource(paid: readonly PaidChannel[] | null): CostliestSource | null {
  let costliest: CostliestSource | null = null;
  for (const { label, spend, clients } of paid ?? []) {
    // A channel without a client has no cost per client to compare.
    if (!(spend > 0) || clients === 0) continue;
    const perClient = spend / clients;
    if (!Number.isFinite(perClient)) continue;
    if (costliest === null || perClient > costliest.perClient) {
      costliest = { label, clients, spend, perClient };
    }
  }
  return costliest;
}
