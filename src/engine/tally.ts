/**
 * Counting leads by group (source or period) and outcome.
 *
 * Rows are first counted by their raw (identifying cell, outcome cell) pair, which is as cheap as
 * counting can be; labels, keys, outcome classes and dates are then worked out once per distinct
 * raw value rather than once per row. A million leads usually hold a few hundred distinct values.
 */
import { Cell, toKey, toLabel } from "./cells";
import { dayNumberFromSerialDay } from "./dates";
import { Result, errors, fail, ok } from "./errors";
import { Column, ColumnOfRows, MALFORMED_ROW, checkCells, readerOf } from "./ranges";
import { OutcomeClass, OutcomeRules, outcomeClassifier } from "./outcomes";
import { PeriodUnit, periodIndexOfDay, periodLabel } from "./periods";
import { leadTimeline } from "./timeline";

export interface OutcomeCounts {
  leads: number;
  won: number;
  lost: number;
  open: number;
}

export interface SourceGroup extends OutcomeCounts {
  /** The most frequent spelling of the source, or NO_SOURCE_LABEL. */
  readonly label: string;
  /** What spellings are grouped by; NO_SOURCE_LABEL for leads without a source (or with that text). */
  readonly key: string;
}

export interface PeriodGroup extends OutcomeCounts {
  /** 2026-03, 2026-Q1, 2026, 2026-W09, or NO_DATE_LABEL. */
  readonly label: string;
}

export const NO_SOURCE_LABEL = "(no source)";
export const NO_DATE_LABEL = "(no date)";

/** Enough for 96 years by week; more is a sign of a mistyped date, not of a real report. */
export const MAX_PERIODS = 5000;

type RawPairCounts = Map<Cell, Map<Cell, number>>;

/** The worksheet-function arguments the columns came from, for messages. */
export interface ColumnNames {
  readonly ids: string;
  readonly outcomes: string;
}

function zeroCounts(): OutcomeCounts {
  return { leads: 0, won: 0, lost: 0, open: 0 };
}

function addCounts(target: OutcomeCounts, outcome: OutcomeClass, count: number): void {
  target.leads += count;
  target[outcome] += count;
}

export function sumCounts(groups: readonly OutcomeCounts[]): OutcomeCounts {
  const total = zeroCounts();
  for (const group of groups) {
    total.leads += group.leads;
    total.won += group.won;
    total.lost += group.lost;
    total.open += group.open;
  }
  return total;
}

function malformed(column: Column): Result<never> {
  return fail(errors.notRectangular(column instanceof ColumnOfRows ? column.argument : "range"));
}

/**
 * Without an outcomes column every row pairs with the same blank outcome. A malformed row of an
 * n×1 range is counted under MALFORMED_ROW like any value, and reported once counting is done,
 * so the check costs nothing in the loop.
 */
function countRawPairs(
  ids: Column,
  outcomes: Column | null,
  idOf: (cell: Cell) => Cell,
  names: ColumnNames
): Result<RawPairCounts> {
  const idAt = readerOf(ids);
  const outcomeAt = outcomes === null ? null : readerOf(outcomes);
  const pairs: RawPairCounts = new Map();
  for (let row = 0; row < ids.length; row++) {
    const id = idOf(idAt(row));
    const outcome = outcomeAt === null ? null : outcomeAt(row);
    let byOutcome = pairs.get(id);
    if (byOutcome === undefined) {
      byOutcome = new Map();
      pairs.set(id, byOutcome);
    }
    byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
  }
  if (pairs.has(MALFORMED_ROW)) return malformed(ids);
  if (outcomes !== null) {
    for (const byOutcome of pairs.values()) {
      if (byOutcome.has(MALFORMED_ROW)) return malformed(outcomes);
    }
  }
  // Error values and ranges inside cells, checked once per distinct value.
  const idsChecked = checkCells(pairs.keys(), names.ids);
  if (!idsChecked.ok) return idsChecked;
  for (const byOutcome of pairs.values()) {
    const outcomesChecked = checkCells(byOutcome.keys(), names.outcomes);
    if (!outcomesChecked.ok) return outcomesChecked;
  }
  return ok(pairs);
}

/**
 * Adds the leads among one raw identifier's rows to a group. A row whose identifying cell is
 * blank is still a lead when its outcome is filled in; rows blank in both are the empty rows
 * tables end with.
 */
function addRows(
  target: OutcomeCounts,
  byOutcome: Map<Cell, number>,
  identifierIsBlank: boolean,
  classOf: (cell: Cell) => OutcomeClass
): number {
  let added = 0;
  for (const [outcome, count] of byOutcome) {
    if (identifierIsBlank && toLabel(outcome) === "") continue;
    addCounts(target, classOf(outcome), count);
    added += count;
  }
  return added;
}

interface SourceGroupBuilder {
  readonly key: string;
  readonly counts: OutcomeCounts;
  /** Leads per spelling, in the order each spelling was first seen. */
  readonly spellings: Map<string, number>;
}

/** The spelling with the most leads; the first seen wins a tie (a Map keeps insertion order). */
export function mostFrequentSpelling(spellings: Map<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

/** Most leads first; ties in key order, by UTF-16 code unit so the order is the same everywhere. */
function byLeadsThenKey(a: SourceGroup, b: SourceGroup): number {
  if (a.leads !== b.leads) return b.leads - a.leads;
  if (a.key === b.key) return 0;
  return a.key < b.key ? -1 : 1;
}

function keepIdentity(cell: Cell): Cell {
  return cell;
}

/** Leads grouped by source, sorted by leads (most first). `outcomes` null means there is no outcomes column. */
export function tallyBySource(
  sources: readonly Cell[],
  outcomes: readonly Cell[] | null,
  rules: OutcomeRules
): SourceGroup[] {
  const groups = tallySourceColumn(sources, outcomes, rules);
  // Lists have no rows to be malformed; only an n×1 range read in place can fail.
  return groups.ok ? groups.value : [];
}

/** tallyBySource over columns that may be n×1 ranges read in place. */
export function tallySourceColumn(
  sources: Column,
  outcomes: Column | null,
  rules: OutcomeRules,
  names: ColumnNames = { ids: "sources", outcomes: "outcomes" }
): Result<SourceGroup[]> {
  const pairs = countRawPairs(sources, outcomes, keepIdentity, names);
  if (!pairs.ok) return pairs;
  const classOf = outcomeClassifier(rules);
  const builders = new Map<string, SourceGroupBuilder>();
  const noSource = zeroCounts();

  for (const [source, byOutcome] of pairs.value) {
    const label = toLabel(source);
    if (label === "") {
      addRows(noSource, byOutcome, true, classOf);
      continue;
    }
    const key = toKey(label);
    // The text "(no source)" typed in the data means what the blank group's label says: its leads
    // join that group rather than make a second row with the same label.
    if (key === NO_SOURCE_LABEL) {
      addRows(noSource, byOutcome, false, classOf);
      continue;
    }
    let builder = builders.get(key);
    if (builder === undefined) {
      builder = { key, counts: zeroCounts(), spellings: new Map() };
      builders.set(key, builder);
    }
    const added = addRows(builder.counts, byOutcome, false, classOf);
    builder.spellings.set(label, (builder.spellings.get(label) ?? 0) + added);
  }

  const groups: SourceGroup[] = [];
  for (const builder of builders.values()) {
    groups.push({
      label: mostFrequentSpelling(builder.spellings),
      key: builder.key,
      ...builder.counts,
    });
  }
  if (noSource.leads > 0)
    groups.push({ label: NO_SOURCE_LABEL, key: NO_SOURCE_LABEL, ...noSource });
  return ok(groups.sort(byLeadsThenKey));
}

/**
 * The periods from `first` to `last` (period indexes), or the error for a span past MAX_PERIODS:
 * a mistyped year must not make a table of thousands of rows.
 */
export function periodSpan(first: number, last: number, unit: PeriodUnit): Result<number[]> {
  const count = last - first + 1;
  if (count > MAX_PERIODS) {
    return fail(
      errors.tooManyPeriods(
        count,
        unit,
        periodLabel(first, unit),
        periodLabel(last, unit),
        MAX_PERIODS
      )
    );
  }
  const indexes: number[] = [];
  for (let index = first; index <= last; index++) indexes.push(index);
  return ok(indexes);
}

/**
 * Leads grouped by period, every period from the first dated lead's to the last's (empty ones
 * too), then the leads without a usable date in one NO_DATE_LABEL group. Counted per distinct
 * day (leadTimeline), so the calendar arithmetic runs once per day, not once per row.
 */
export function tallyByPeriod(
  dates: Column,
  outcomes: Column | null,
  unit: PeriodUnit,
  rules: OutcomeRules,
  names: ColumnNames = { ids: "dates", outcomes: "outcomes" }
): Result<PeriodGroup[]> {
  const timeline = leadTimeline({
    dates,
    outcomes,
    closed: null,
    rules,
    names: { dates: names.ids, outcomes: names.outcomes, closed: "closed" },
  });
  if (!timeline.ok) return timeline;
  const { days, noDate } = timeline.value;
  const byPeriod = new Map<number, OutcomeCounts>();
  let first = Infinity;
  let last = -Infinity;
  for (let index = 0; index < days.length; index++) {
    const period = periodIndexOfDay(dayNumberFromSerialDay(days[index]), unit);
    let counts = byPeriod.get(period);
    if (counts === undefined) {
      counts = zeroCounts();
      byPeriod.set(period, counts);
      first = Math.min(first, period);
      last = Math.max(last, period);
    }
    const day = timeline.value.countsOfDay(index);
    counts.leads += day.leads;
    counts.won += day.won;
    counts.lost += day.lost;
    counts.open += day.open;
  }

  const groups: PeriodGroup[] = [];
  if (byPeriod.size > 0) {
    const span = periodSpan(first, last, unit);
    if (!span.ok) return span;
    for (const index of span.value) {
      groups.push({ label: periodLabel(index, unit), ...(byPeriod.get(index) ?? zeroCounts()) });
    }
  }
  if (noDate.leads > 0) groups.push({ label: NO_DATE_LABEL, ...noDate });
  return ok(groups);
}
