/**
 * PROJECTED_CONVERSION: what each period's leads will convert to, by the business's own timing.
 * A period's leads have had as_of − lead day to convert; F(age), the share of all lags (rule 9)
 * no longer than that age, is the share of its eventual clients a period should have by now.
 * So a recent month at 10% with a completion of 40% is on its way to 25%, not a collapse.
 */
import { OptionalInput, asOfArgument, periodArgument } from "./arguments";
import { dayNumberFromSerialDay } from "./dates";
import { Result, TallyError, errors, ok } from "./errors";
import { Table, TableCell, checkRequired, rulesFrom } from "./formulas";
import { LagDistribution, lagDistribution, lagsWithin } from "./lags";
import { PeriodUnit, periodIndexOfDay, periodLabel } from "./periods";
import { RangeInput } from "./ranges";
import { periodSpan } from "./tally";
import { LeadTimeline, leadTimeline, sameSizeColumns } from "./timeline";

export const PROJECTED_CONVERSION_HEADER: readonly string[] = [
  "Period",
  "Leads",
  "Clients so far",
  "Conversion so far",
  "Completion",
  "Projected conversion",
];

interface PeriodProjection {
  leads: number;
  clients: number;
  /** Σ over the period's leads of (the number of lags ≤ the lead's age): F × lag count, exact. */
  lagsWithinAge: number;
}

/** Per distinct lead day, never per row: the day's leads and clients, and its age's F once. */
function projectByPeriod(
  timeline: LeadTimeline,
  distribution: LagDistribution,
  unit: PeriodUnit,
  asOf: number
): { periods: Map<number, PeriodProjection>; first: number; last: number } {
  const periods = new Map<number, PeriodProjection>();
  let first = Infinity;
  let last = -Infinity;
  for (let index = 0; index < timeline.days.length; index++) {
    const day = timeline.days[index];
    const counts = timeline.countsOfDay(index);
    const period = periodIndexOfDay(dayNumberFromSerialDay(day), unit);
    let projection = periods.get(period);
    if (projection === undefined) {
      projection = { leads: 0, clients: 0, lagsWithinAge: 0 };
      periods.set(period, projection);
      first = Math.min(first, period);
      last = Math.max(last, period);
    }
    projection.leads += counts.leads;
    projection.clients += counts.won;
    projection.lagsWithinAge += counts.leads * lagsWithin(distribution, asOf - day);
  }
  return { periods, first, last };
}

function projectionRow(
  label: string,
  projection: PeriodProjection | undefined,
  lagCount: number
): TableCell[] {
  if (projection === undefined || projection.leads === 0) {
    const empty: TallyError = errors.noLeadsInPeriod();
    return [label, 0, 0, empty, empty, empty];
  }
  const { leads, clients, lagsWithinAge } = projection;
  const soFar = clients / leads;
  if (lagCount === 0) {
    const nothingToLearn = errors.noLagsToProject();
    return [label, leads, clients, soFar, nothingToLearn, nothingToLearn];
  }
  // completion = (Σ F(age)) ÷ leads and projected = clients ÷ Σ F(age), with F = k ÷ lagCount:
  // the sums stay whole numbers, and dividing last keeps completion ≤ 1 and projected ≥ so far.
  const completion = lagsWithinAge / (lagCount * leads);
  const projected =
    lagsWithinAge === 0
      ? errors.tooEarlyToProject()
      : Math.min(1, (clients * lagCount) / lagsWithinAge);
  return [label, leads, clients, soFar, completion, projected];
}

export function projectedConversionFormula(
  dates: RangeInput,
  closed: RangeInput,
  outcomes: RangeInput,
  period: OptionalInput,
  won: OptionalInput,
  asOf: OptionalInput,
  /** The serial day of the caller's today, used when as_of is left out. */
  today: number
): Result<Table> {
  const given = checkRequired({ dates, closed, outcomes });
  if (!given.ok) return given;
  const columns = sameSizeColumns([
    ["dates", dates],
    ["closed", closed],
    ["outcomes", outcomes],
  ]);
  if (!columns.ok) return columns;
  const unit = periodArgument(period);
  if (!unit.ok) return unit;
  const rules = rulesFrom(won, null);
  if (!rules.ok) return rules;
  const day = asOfArgument(asOf, today);
  if (!day.ok) return day;
  const [dateColumn, closedColumn, outcomeColumn] = columns.value;
  const timeline = leadTimeline({
    dates: dateColumn,
    closed: closedColumn,
    outcomes: outcomeColumn,
    rules: rules.value,
  });
  if (!timeline.ok) return timeline;

  const distribution = lagDistribution(timeline.value.lags);
  const { periods, first, last } = projectByPeriod(
    timeline.value,
    distribution,
    unit.value,
    day.value
  );
  const table: Table = [[...PROJECTED_CONVERSION_HEADER]];
  if (periods.size === 0) return ok(table);
  const span = periodSpan(first, last, unit.value);
  if (!span.ok) return span;
  for (const index of span.value) {
    table.push(
      projectionRow(periodLabel(index, unit.value), periods.get(index), distribution.count)
    );
  }
  return ok(table);
}
