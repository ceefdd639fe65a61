/**
 * Reporting periods. Each period is an integer index so that a run of periods can be listed
 * without gaps by counting from the first to the last; labels sort as text in the same order.
 */
import { Cell, isBlank, toKey, toLabel } from "./cells";
import { civilFromDayNumber, dayNumberFromCivil } from "./dates";
import { Result, errors, fail, ok } from "./errors";

export type PeriodUnit = "month" | "quarter" | "year" | "week";

export const PERIOD_UNITS: readonly PeriodUnit[] = ["month", "quarter", "year", "week"];

/** Blank means month, the period most small businesses report by. */
export function parsePeriodUnit(cell: Cell): Result<PeriodUnit> {
  if (isBlank(cell)) return ok("month");
  const key = toKey(toLabel(cell));
  const unit = PERIOD_UNITS.find((candidate) => candidate === key);
  return unit === undefined ? fail(errors.unknownPeriod(toLabel(cell))) : ok(unit);
}

// 1970-01-05 was a Monday; ISO weeks start on Mondays.
const FIRST_MONDAY = dayNumberFromCivil(1970, 1, 5);

export function periodIndexOfDay(dayNumber: number, unit: PeriodUnit): number {
  if (unit === "week") return Math.floor((dayNumber - FIRST_MONDAY) / 7);
  const { year, month } = civilFromDayNumber(dayNumber);
  switch (unit) {
    case "month":
      return year * 12 + (month - 1);
    case "quarter":
      return year * 4 + Math.floor((month - 1) / 3);
    case "year":
      return year;
  }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** 2026-03, 2026-Q1, 2026, or 2026-W09 (ISO 8601 week: the week belongs to the year of its Thursday). */
export function periodLabel(index: number, unit: PeriodUnit): string {
  switch (unit) {
    case "month":
      return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
    case "quarter":
      return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
    case "year":
      return pad(index, 4);
    case "week": {
      const thursday = FIRST_MONDAY + index * 7 + 3;
      const { year } = civilFromDayNumber(thursday);
      const week = Math.floor((thursday - dayNumberFromCivil(year, 1, 1)) / 7) + 1;
      return `${pad(year, 4)}-W${pad(week, 2)}`;
    }
  }
}
