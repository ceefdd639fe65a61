/**
 * The Period cell of a spend row: a label as the balance shows its periods (2026-03, 2026-Q1,
 * 2026, 2026-W09), or a date, read as the period of the balance's unit it falls in.
 */
import { Cell, isBlank, toLabel } from "./cells";
import { dayNumberFromCell, dayNumberFromCivil } from "./dates";
import { PeriodUnit, periodIndexOfDay, periodLabel } from "./periods";

export interface SpendPeriod {
  readonly unit: PeriodUnit;
  readonly index: number;
  readonly label: string;
}

const LABELS: readonly { unit: PeriodUnit; pattern: RegExp }[] = [
  { unit: "month", pattern: /^(\d{4})-(\d{2})$/ },
  { unit: "quarter", pattern: /^(\d{4})-q([1-4])$/i },
  { unit: "week", pattern: /^(\d{4})-w(\d{2})$/i },
  { unit: "year", pattern: /^(\d{4})$/ },
];

function indexOf(unit: PeriodUnit, year: number, part: number): number {
  switch (unit) {
    case "month":
      return year * 12 + part - 1;
    case "quarter":
      return year * 4 + part - 1;
    case "year":
      return year;
    case "week":
      // ISO week 1 is the week holding 4 January.
      return periodIndexOfDay(dayNumberFromCivil(year, 1, 4), "week") + part - 1;
  }
}

function fromLabel(text: string): SpendPeriod | null {
  for (const { unit, pattern } of LABELS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const index = indexOf(unit, Number(match[1]), Number(match[2] ?? 0));
    const label = periodLabel(index, unit);
    // 2026-13 or 2026-W54 name no period: the label must come back as it was written.
    return label.toLowerCase() === text.toLowerCase() ? { unit, index, label } : null;
  }
  return null;
}

/**
 * The period a spend row's Period cell names, or null when it names none. A whole number from
 * 1000 to 9999 is a year: Excel stores a typed 2026 as the number 2026, and as a date serial it
 * would be a day in 1905, which no spend table means.
 */
export function spendPeriodOf(cell: Cell, unit: PeriodUnit): SpendPeriod | null {
  if (isBlank(cell)) return null;
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= 1000 && cell <= 9999) {
    return { unit: "year", index: cell, label: String(cell) };
  }
  if (typeof cell === "string") {
    const named = fromLabel(toLabel(cell));
    if (named !== null) return named;
  }
  const day = dayNumberFromCell(cell);
  if (day === null) return null;
  const index = periodIndexOfDay(day, unit);
  return { unit, index, label: periodLabel(index, unit) };
}
