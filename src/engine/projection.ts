/**
 * PROJECTED_CONVERSION: what each period's leads will convert to, by the business's own timing.
 * A period's leads have had as_of − lead day to convert; F(age), the share of all lags (rule 9)
 * no longer than that age, is the share of its eventual clients a period should have by now.
 * So a recent month at 10% with a completion of 40% is on its way to 25%, not a collapse.
 */
import { OptionalInput, asOfArgument, periodArgument } from "./arguments";
import { dayNumberFromSerialDay } from "./dates";
import { Result, TallyError, errors, ok } from "./errors";
import { Table, TableCell, rulesFrom } from "./formulas";
import { LagDistribution, lagDistribution, lagsWithin } from "./lags";
import { PeriodUnit, periodIndexOfDay, periodLabel } from "./periods";
import { RangeInput } from "./ranges";
import { periodSpan } from "./tally";
import { LeadTimeline, givenColumns, timelineOfGiven } from "./timeline";

export const PROJECTED_CONVERSION_HEADER: readonly string[] = [
  "Period",
  "Leads",
  "Clients so far",
  "Conversion so far",
  "Completion",
  "Projected conversion",
];

interface PeriodSums {
  leads: number;
  clients: number;
  /** Σ over the period's leads of (the number of lags ≤ the lead's age): F × lag count, exact. */
  lagsWithinAge: number;
}

/** Per distinct lead day, never per row: the day's leads and clients, and its age's F once. */
function sumByPeriod(
  timeline: LeadTimeline,
  distribution: LagDistribution,
  unit: PeriodUnit,
  asOf: number
): { periods: Map<number, PeriodSums>; first: number; last: number } {
  const periods = new Map<number, PeriodSums>();
  let first = Infinity;
  let last = -Infinity;
  for (let index = 0; index < timeline.days.length; index++) {
    const day = timeline.days[index];
    const counts = timeline.countsOfDay(index);
    const period = periodIndexOfDay(dayNumberFromSerialDay(day), unit);
    let sums = periods.get(period);
    if (sums === undefined) {
      sums = { leads: 0, clients: 0, lagsWithinAge: 0 };
      periods.set(period, sums);
      first = Math.min(first, period);
      last = Math.max(last, period);
    }
    sums.leads += counts.leads;
    sums.clients += counts.won;
    sums.lagsWithinAge += counts.leads * lagsWithin(distribution, asOf - day);
  }
  return { periods, first, last };
}

/**
 * One period's projection, the one rule PROJECTED_CONVERSION and the Marketing vs Sales balance
 * both follow. A figure that cannot be worked out is null: conversion so far, completion and
 * projected of an empty period; completion and projected without any lag; projected when the
 * period's Σ F(age) is 0 (too early to tell).
 */
export interface PeriodProjection {
  readonly label: string;
  readonly leads: number;
  /** Won leads, with or without a lag. */
  readonly clients: number;
  readonly conversionSoFar: number | null;
  /** The share of its eventual clients the period should have by as_of, 0 to 1. */
  readonly completion: number | null;
  /** min(1, clients ÷ Σ F(age)): at least the conversion so far. */
  readonly projected: number | null;
}

export interface PeriodProjections {
  /** Every period from the first dated lead's to the last's, empty ones included, oldest first. */
  readonly periods: readonly PeriodProjection[];
  /** The number of lags learnt from; 0 means no completion or projection could be worked out. */
  readonly lagCount: number;
}

function projectionOf(
  label: string,
  sums: PeriodSums | undefined,
  lagCount: number
): PeriodProjection {
  if (sums === undefined || sums.leads === 0) {
    return {
      label,
      leads: 0,
      clients: 0,
      conversionSoFar: null,
      completion: null,
      projected: null,
    };
  }
  const { leads, clients, lagsWithinAge } = sums;
  const conversionSoFar = clients / leads;
  if (lagCount === 0) {
    return { label, leads, clients, conversionSoFar, completion: null, projected: null };
  }
  // completion = (Σ F(age)) ÷ leads and projected = clients ÷ Σ F(age), with F = k ÷ lagCount:
  // the sums stay whole numbers, and dividing last keeps completion ≤ 1 and projected ≥ so far.
  const completion = lagsWithinAge / (lagCount * leads);
  const projected = lagsWithinAge === 0 ? null : Math.min(1, (clients * lagCount) / lagsWithinAge);
  return { label, leads, clients, conversionSoFar, completion, projected };
}

/**
 * Each period's leads, clients so far, conversion so far, completion and projected conversion
 * on `asOf` (a serial day), learnt from the timeline's own lags (rule 9).
 */
export function projectPeriods(
  timeline: LeadTimeline,
  unit: PeriodUnit,
  asOf: number
): Result<PeriodProjections> {
  const distribution = lagDistribution(timeline.lags);
  const { periods, first, last } = sumByPeriod(timeline, distribution, unit, asOf);
  if (periods.size === 0) return ok({ periods: [], lagCount: distribution.count });
  const span = periodSpan(first, last, unit);
  if (!span.ok) return span;
  return ok({
    periods: span.value.map((index) =>
      projectionOf(periodLabel(index, unit), periods.get(index), distribution.count)
    ),
    lagCount: distribution.count,
  });
}

function projectionRow(projection: PeriodProjection, lagCount: number): TableCell[] {
  const { label, leads, clients, conversionSoFar, completion, projected } = projection;
  if (conversionSoFar === null) {
    const empty: TallyError = errors.noLeadsInPeriod();
    return [label, 0, 0, empty, empty, empty];
  }
  if (lagCount === 0 || completion === null) {
    const nothingToLearn = errors.noLagsToProject();
    return [label, leads, clients, conversionSoFar, nothingToLearn, nothingToLearn];
  }
  return [
    label,
    leads,
    clients,
    conversionSoFar,
    completion,
    projected ?? errors.tooEarlyToProject(),
  ];
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
  const columns = givenColumns([
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
  const timeline = timelineOfGiven(columns.value, rules.value);
  if (!timeline.ok) return timeline;

  const projections = projectPeriods(timeline.value, unit.value, day.value);
  if (!projections.ok) return projections;
  const { periods, lagCount } = projections.value;
  return ok([
    [...PROJECTED_CONVERSION_HEADER],
    ...periods.map((projection) => projectionRow(projection, lagCount)),
  ]);
}
