/**
 * One pass over the leads' dates, outcomes and (optionally) closed dates that counts the leads of
 * each lead day by outcome and the lags of the clients (rule 9). Everything the time functions
 * and LEADS_BY_PERIOD compute afterwards is work per distinct day, not per row.
 *
 * The pass is the hot path of a million-row column, so it reads Excel's n×1 ranges in place and
 * does per row only what a bare count does: an outcome looked up in a map of the distinct outcome
 * cells, and a date that is a number (nearly every date) turned into its day by Math.floor alone.
 * Text dates, outcome labels and every check on a cell's kind are worked out once per distinct
 * cell, and problems are reported after the pass in a fixed order (shapes before error values,
 * dates before outcomes before closed), so the answer does not depend on which row came first.
 */
import { Cell, isBlank } from "./cells";
import { LAST_EXCEL_SERIAL, serialDayFromCell } from "./dates";
import { Result, TallyError, errors, fail, ok } from "./errors";
import type { OutcomeCounts } from "./tally";
import { checkRequired } from "./formulas";
import { OutcomeRules, classifyOutcome } from "./outcomes";
import {
  Column,
  ColumnOfRows,
  MALFORMED_ROW,
  RangeInput,
  checkCells,
  checkSameSize,
  toColumn,
} from "./ranges";

/** Outcome codes: also the slot of each day's counts. A blank outcome is open, but not a lead alone. */
const WON = 0;
const LOST = 1;
const OPEN = 2;
const BLANK_OPEN = 3;
const SLOTS = 4;

// Below every serial day a text date can have (year 1 is about -693,600).
const NO_DATE = -1e9;
const BLANK_DATE = -2e9;

export interface TimelineColumns {
  readonly dates: Column;
  /** null: no outcomes column; every lead is open and a row is a lead when its date is filled. */
  readonly outcomes: Column | null;
  /** null: no closed column; there are no lags. */
  readonly closed: Column | null;
  readonly rules: OutcomeRules;
  /** The worksheet-function arguments the columns came from, for messages. */
  readonly names?: { readonly dates: string; readonly outcomes: string; readonly closed: string };
}

export interface LeadTimeline {
  /** The distinct serial days of the leads' dates, in the order first seen. */
  readonly days: readonly number[];
  /** The leads of days[i] by outcome. */
  countsOfDay(index: number): OutcomeCounts;
  /** The leads without a usable date (rule 7) whose row is a lead (rule 10). */
  readonly noDate: OutcomeCounts;
  /** Lag in days → the number of clients with that lag (rule 9). */
  readonly lags: ReadonlyMap<number, number>;
}

type Reader = { readonly rows: readonly unknown[]; readonly inPlace: boolean } | null;

function readerOf(column: Column | null): Reader {
  if (column === null) return null;
  return column instanceof ColumnOfRows
    ? { rows: column.rows, inPlace: true }
    : { rows: column, inPlace: false };
}

/** The first problem of each kind and column, reported after the pass in this order. */
class Problems {
  private readonly found: (TallyError | null)[] = [null, null, null, null, null, null];

  note(slot: number, error: TallyError): void {
    if (this.found[slot] === null) this.found[slot] = error;
  }

  first(): TallyError | null {
    return this.found.find((error) => error !== null) ?? null;
  }
}

function countsFrom(slots: readonly number[], base: number): OutcomeCounts {
  const won = slots[base + WON];
  const lost = slots[base + LOST];
  const open = slots[base + OPEN] + slots[base + BLANK_OPEN];
  return { leads: won + lost + open, won, lost, open };
}

/** The timeline of a time function's columns as givenColumns read them: dates, closed, outcomes. */
export function timelineOfGiven(
  [dates, closed, outcomes]: readonly Column[],
  rules: OutcomeRules
): Result<LeadTimeline> {
  return leadTimeline({ dates, closed, outcomes, rules });
}

export function leadTimeline(columns: TimelineColumns): Result<LeadTimeline> {
  const names = columns.names ?? { dates: "dates", outcomes: "outcomes", closed: "closed" };
  const problems = new Problems();
  const outcomeCodes = new Map<Cell, number>();
  const dayIndex = new Map<number, number>();
  const days: number[] = [];
  const slots: number[] = [];
  const noDate = [0, 0, 0, 0];
  const lags = new Map<number, number>();

  // Slots 0-2: a malformed row of dates, outcomes, closed; 3-5: a cell no worksheet cell can be.
  const learnOutcome = (cell: Cell): number => {
    let code: number;
    if (cell === MALFORMED_ROW) {
      problems.note(1, errors.notRectangular(names.outcomes));
      code = OPEN;
    } else {
      const checked = checkCells([cell], names.outcomes);
      if (!checked.ok) problems.note(4, checked.error);
      const outcome = classifyOutcome(cell, columns.rules);
      code =
        outcome === "won" ? WON : outcome === "lost" ? LOST : isBlank(cell) ? BLANK_OPEN : OPEN;
    }
    outcomeCodes.set(cell, code);
    return code;
  };
  const learnDay = (cell: Cell, slot: number, argument: string): number => {
    let day: number;
    if (cell === MALFORMED_ROW) {
      problems.note(slot, errors.notRectangular(argument));
      day = NO_DATE;
    } else {
      const checked = checkCells([cell], argument);
      if (!checked.ok) problems.note(slot + 3, checked.error);
      day = isBlank(cell) ? BLANK_DATE : (serialDayFromCell(cell) ?? NO_DATE);
    }
    return day;
  };
  /** learnDay once per distinct cell of one column (dates, or closed). */
  const daysOf = (slot: number, argument: string): ((cell: Cell) => number) => {
    const known = new Map<Cell, number>();
    return (cell) => {
      let day = known.get(cell);
      if (day === undefined) {
        day = learnDay(cell, slot, argument);
        known.set(cell, day);
      }
      return day;
    };
  };
  const textDay = daysOf(0, names.dates);
  const closedTextDay = daysOf(2, names.closed);

  const dates = readerOf(columns.dates) as NonNullable<Reader>;
  const outcomes = readerOf(columns.outcomes);
  const closed = readerOf(columns.closed);
  const rows = dates.rows.length;
  const lastSerial = LAST_EXCEL_SERIAL + 1;

  for (let row = 0; row < rows; row++) {
    let code = BLANK_OPEN;
    if (outcomes !== null) {
      let cell: unknown = outcomes.rows[row];
      if (outcomes.inPlace)
        cell = Array.isArray(cell) && cell.length === 1 ? cell[0] : MALFORMED_ROW;
      const known = outcomeCodes.get(cell);
      code = known === undefined ? learnOutcome(cell) : known;
    }
    let dateCell: unknown = dates.rows[row];
    if (dates.inPlace) {
      dateCell = Array.isArray(dateCell) && dateCell.length === 1 ? dateCell[0] : MALFORMED_ROW;
    }
    // NaN and ±Infinity fail both comparisons and are no date, as rule 7 says.
    const day =
      typeof dateCell === "number"
        ? dateCell >= 1 && dateCell < lastSerial
          ? Math.floor(dateCell)
          : NO_DATE
        : textDay(dateCell);

    if (day <= NO_DATE) {
      if (day === BLANK_DATE && code === BLANK_OPEN) continue; // an empty row: not a lead
      noDate[code] += 1;
      continue;
    }
    let index = dayIndex.get(day);
    if (index === undefined) {
      index = days.length;
      dayIndex.set(day, index);
      days.push(day);
      slots.push(0, 0, 0, 0);
    }
    slots[index * SLOTS + code] += 1;

    if (code === WON && closed !== null) {
      let closedCell: unknown = closed.rows[row];
      if (closed.inPlace) {
        closedCell =
          Array.isArray(closedCell) && closedCell.length === 1 ? closedCell[0] : MALFORMED_ROW;
      }
      const closedDay =
        typeof closedCell === "number"
          ? closedCell >= 1 && closedCell < lastSerial
            ? Math.floor(closedCell)
            : NO_DATE
          : closedTextDay(closedCell);
      if (closedDay >= day) {
        const lag = closedDay - day;
        lags.set(lag, (lags.get(lag) ?? 0) + 1);
      }
    }
  }

  if (closed !== null) {
    // Closed cells of leads that are not clients are not read for a date, but a broken range or
    // an Excel error in them is still reported: the range as a whole is unusable.
    const problem = checkClosedColumn(closed, names.closed);
    if (problem !== null) problems.note(problem.slot, problem.error);
  }
  const problem = problems.first();
  if (problem !== null) return fail(problem);

  return ok({
    days,
    countsOfDay: (index) => countsFrom(slots, index * SLOTS),
    noDate: countsFrom(noDate, 0),
    lags,
  });
}

function checkClosedColumn(
  closed: NonNullable<Reader>,
  argument: string
): { slot: number; error: TallyError } | null {
  const distinct = new Set<unknown>();
  for (let row = 0; row < closed.rows.length; row++) {
    let cell: unknown = closed.rows[row];
    if (closed.inPlace) {
      if (!Array.isArray(cell) || cell.length !== 1) {
        return { slot: 2, error: errors.notRectangular(argument) };
      }
      cell = cell[0];
    }
    if (typeof cell === "object" && cell !== null) distinct.add(cell);
  }
  const checked = checkCells(distinct, argument);
  return checked.ok ? null : { slot: 5, error: checked.error };
}

/** The total of a timeline's leads by outcome, dated or not. */
export function timelineTotals(timeline: LeadTimeline): OutcomeCounts {
  const total = { ...timeline.noDate };
  for (let index = 0; index < timeline.days.length; index++) {
    const counts = timeline.countsOfDay(index);
    total.leads += counts.leads;
    total.won += counts.won;
    total.lost += counts.lost;
    total.open += counts.open;
  }
  return total;
}

/**
 * A time function's first checks, in the order their errors come: every named column given, then
 * each one column or one row of the first one's size (rule 1). Each function checks its own
 * arguments (period, statistic, as_of, won, lost) after this, in its own order, which sets which
 * error a user sees first.
 */
export function givenColumns(
  columns: readonly (readonly [argument: string, input: RangeInput])[]
): Result<Column[]> {
  const given = checkRequired(Object.fromEntries(columns));
  if (!given.ok) return given;
  return sameSizeColumns(columns);
}

/**
 * The columns a time function is given (dates, closed, outcomes, values…), each one column or one
 * row, all of the same size as the first (rule 1), or the first problem naming them.
 */
export function sameSizeColumns(
  columns: readonly (readonly [argument: string, input: RangeInput])[]
): Result<Column[]> {
  const read: Column[] = [];
  for (const [argument, input] of columns) {
    const column = toColumn(input, argument);
    if (!column.ok) return column;
    if (read.length > 0) {
      const sameSize = checkSameSize(read[0], columns[0][0], column.value, argument);
      if (!sameSize.ok) return sameSize;
    }
    read.push(column.value);
  }
  return ok(read);
}
