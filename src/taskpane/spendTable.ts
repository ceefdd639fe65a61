/**
 * The owner's spend table: what each source cost (Source, Spend, and optionally Period). Which
 * tables can be one, and the rows of a new one.
 */
import {
  Cell,
  NO_SOURCE_LABEL,
  PeriodUnit,
  WriteValue,
  outcomeRules,
  periodIndexOfDay,
  periodLabel,
  tallyBySource,
  withoutErrorCells,
} from "../engine";

/** The name of the sheet and table "Create spend table" makes (or the first free one after it). */
export const SPEND_TABLE_NAME = "Spend";

export const NEW_SPEND_TABLE_HEADERS: readonly string[] = ["Source", "Spend", "Period"];

/** How many periods, up to the one under way, a new spend table has rows for. */
export const NEW_SPEND_TABLE_PERIODS = 3;

/**
 * One row per source of the leads (most leads first, as the tally spells them) and recent period
 * (the one under way and the two before, in the balance's unit, oldest first), Spend left blank
 * for the owner: a blank is "spend not entered", never 0.
 */
export function spendTableRows(
  sources: readonly Cell[],
  unit: PeriodUnit,
  today: number
): WriteValue[][] {
  const labels = tallyBySource(withoutErrorCells(sources), null, outcomeRules())
    .filter((group) => group.label !== NO_SOURCE_LABEL)
    .map((group) => group.label);
  const current = periodIndexOfDay(today, unit);
  const rows: WriteValue[][] = [];
  for (let back = NEW_SPEND_TABLE_PERIODS - 1; back >= 0; back--) {
    const period = periodLabel(current - back, unit);
    for (const label of labels) rows.push([label, null, period]);
  }
  return rows;
}
