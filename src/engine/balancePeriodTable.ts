/**
 * The period block of the Marketing vs Sales sheet, which its chart is drawn from: leads, clients
 * and conversion per period against the target and, when recent periods are still maturing (a
 * Closed column and lags), their projected conversion beside their conversion so far, drawn as a
 * dashed line so a young month cannot be read as a fall.
 */
import { Cell } from "./cells";
import { serialDayFromDayNumber } from "./dates";
import { Result, ok } from "./errors";
import { PeriodRow, isMaturing, periodNote } from "./balance";
import { OutcomeRules } from "./outcomes";
import { PeriodUnit } from "./periods";
import { PeriodProjection, projectPeriods } from "./projection";
import { conversionRate } from "./rates";
import { SheetValue } from "./sheets";
import { leadTimeline } from "./timeline";

export const PERCENT = "0.0%";

/** The note of the period under way: its rate so far, which the chart's line leaves out. */
function periodRowNote(period: PeriodRow): string {
  if (!period.soFar || period.leads === 0) return periodNote(period);
  const rate = Math.round((period.won / period.leads) * 100);
  const so = `so far: ${rate}% of ${period.leads} lead${period.leads === 1 ? "" : "s"}, still maturing`;
  return [so, periodNote({ ...period, soFar: false })].filter((note) => note !== "").join("; ");
}

export interface PeriodTable {
  readonly header: SheetValue[];
  readonly rows: SheetValue[][];
  /** The first column and count of the percent columns (rates, completion, target). */
  readonly percentColumns: { readonly column: number; readonly count: number };
  /** The chart's line series, and its dashed projected series when there is one. */
  readonly lineSeries: string;
  readonly projectedSeries?: string;
}

/**
 * The period rows for the sheet. With maturing periods the rate column is "Conversion so far",
 * and "Projected conversion" (filled for maturing periods only) and "Completion" follow it; the
 * chart's block is Period to Projected conversion.
 */
export function periodTable(periods: readonly PeriodRow[], target: number): PeriodTable {
  const projecting = periods.some(isMaturing);
  const rateHeader = projecting ? "Conversion so far" : "Conversion rate";
  const header: SheetValue[] = projecting
    ? ["Period", "Leads", "Clients", rateHeader, "Projected conversion", "Completion", "Target"]
    : ["Period", "Leads", "Clients", rateHeader, "Target"];
  header.push("Note");
  const rows = periods.map((period) => {
    const rate = conversionRate(period);
    // Blank, not a dash: the chart's line skips a blank cell but would plot text as 0%. The
    // period under way is left off the line too: its open leads have not had time to convert,
    // and its rate would read as a fall. Its rate so far is in the note.
    const shown = period.leads === 0 || period.soFar || !rate.ok ? null : rate.value;
    const projection: SheetValue[] = projecting
      ? [
          isMaturing(period) ? (period.projected ?? null) : null,
          typeof period.completion === "number" ? period.completion : null,
        ]
      : [];
    return [
      period.soFar ? `${period.label} (so far)` : period.label,
      period.leads,
      period.won,
      shown,
      ...projection,
      target,
      periodRowNote(period),
    ];
  });
  return {
    header,
    rows,
    percentColumns: { column: 3, count: projecting ? 4 : 2 },
    lineSeries: rateHeader,
    ...(projecting ? { projectedSeries: "Projected conversion" } : {}),
  };
}

export interface ProjectionInput {
  readonly dates: readonly Cell[];
  readonly outcomes: readonly Cell[] | null;
  /** The Closed column, or null without one: then there is nothing to project from. */
  readonly closed: readonly Cell[] | null;
  readonly unit: PeriodUnit;
  readonly rules: OutcomeRules;
  /** The day number of today: the leads' ages are counted to it. */
  readonly today: number;
}

/**
 * PROJECTED_CONVERSION's periods for the balance, or null when there is nothing to project from
 * (no Closed column, or no client with a lag): the balance then stays as without a Closed column.
 */
export function balanceProjections(input: ProjectionInput): Result<PeriodProjection[] | null> {
  if (input.closed === null) return ok(null);
  const timeline = leadTimeline({
    dates: input.dates,
    outcomes: input.outcomes,
    closed: input.closed,
    rules: input.rules,
    names: { dates: "dates", outcomes: "outcomes", closed: "closed" },
  });
  if (!timeline.ok) return timeline;
  const projected = projectPeriods(timeline.value, input.unit, serialDayFromDayNumber(input.today));
  if (!projected.ok) return projected;
  return ok(projected.value.lagCount === 0 ? null : [...projected.value.periods]);
}
