/**
 * Single-value arguments of the time functions (statistic, period, as_of), read by the rules
 * every function should share: left out, blank, or a 0 that stands for an empty cell means the
 * default. On Windows desktop an empty cell can reach a custom function as 0 rather than null
 * (OfficeDev/office-js issues 4702, 5262, 1951), and 0 is never a valid statistic, period or day.
 */
import { Cell, isBlank, toKey, toLabel } from "./cells";
import { serialDayFromCell } from "./dates";
import { Result, TallyError, errors, fail, ok } from "./errors";
import { PeriodUnit, parsePeriodUnit } from "./periods";
import { RangeInput, isTextLeftOut, toSingleValue } from "./ranges";

/** An optional argument that Excel passes as null when the user leaves it out. */
export type OptionalInput = RangeInput | null | undefined;

/** The one value of an optional argument, or null when it is left out or stands for an empty cell. */
export function optionalValue(input: OptionalInput, argument: string): Result<Cell> {
  // The 0 rule lives once, in ranges.isTextLeftOut, for every text-only argument (source too).
  if (isTextLeftOut(input)) return ok(null);
  const cell = toSingleValue(input, argument);
  if (!cell.ok) return cell;
  return isBlank(cell.value) ? ok(null) : cell;
}

/**
 * One of a few words, trimmed and in any case; a number or a boolean is refused with the same
 * message as an unknown word (rule 13).
 */
function oneOf<T extends string>(
  input: OptionalInput,
  argument: string,
  words: readonly T[],
  fallback: T,
  unknown: (given: string) => TallyError
): Result<T> {
  const cell = optionalValue(input, argument);
  if (!cell.ok) return cell;
  if (cell.value === null) return ok(fallback);
  if (typeof cell.value !== "string") return fail(unknown(toLabel(cell.value)));
  const key = toKey(toLabel(cell.value));
  const word = words.find((candidate) => candidate === key);
  return word === undefined ? fail(unknown(toLabel(cell.value))) : ok(word);
}

export type Statistic = "median" | "mean";

export function statisticArgument(input: OptionalInput): Result<Statistic> {
  return oneOf(input, "statistic", ["median", "mean"], "median", errors.unknownStatistic);
}

export function periodArgument(input: OptionalInput): Result<PeriodUnit> {
  const cell = optionalValue(input, "period");
  if (!cell.ok) return cell;
  if (cell.value !== null && typeof cell.value !== "string") {
    return fail(errors.unknownPeriod(toLabel(cell.value)));
  }
  return parsePeriodUnit(cell.value);
}

/**
 * as_of as a serial day (rule 11); left out, it is `today`, the day the caller's clock reads
 * (the engine never reads a clock).
 */
export function asOfArgument(input: OptionalInput, today: number): Result<number> {
  const cell = optionalValue(input, "as_of");
  if (!cell.ok) return cell;
  if (cell.value === null) return ok(today);
  const day = serialDayFromCell(cell.value);
  return day === null ? fail(errors.notADate("as_of", toLabel(cell.value))) : ok(day);
}
