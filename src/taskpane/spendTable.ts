/**
 * The owner's spend table: what each source cost (Source, Spend, and optionally Period). Which
 * tables can be one, and the rows of a new one.
 */
import {
  Cell,
  NO_SOURCE_LABEL,
  WriteValue,
  fieldOfHeader,
  outcomeRules,
  tallyBySource,
  withoutErrorCells,
  toKey,
  toLabel,
} from "../engine";

/** The name of the sheet and table "Create spend table" makes (or the first free one after it). */
export const SPEND_TABLE_NAME = "Spend";

export const NEW_SPEND_TABLE_HEADERS: readonly string[] = ["Source", "Spend", "Period"];

/** Headers that name the amount spent. "Amount" is also a leads' value header: see spendColumns. */
const SPEND_NAMES: readonly string[] = ["spend", "spent", "cost", "costs", "budget", "amount"];
const PERIOD_NAMES: readonly string[] = ["period", "month"];

export interface SpendColumns {
  readonly source: number;
  readonly spend: number;
  readonly period: number | null;
}

function indexOfName(headers: readonly string[], names: readonly string[]): number | null {
  // The first name in the list wins over later ones, whatever the column order.
  for (const name of names) {
    const index = headers.findIndex((header) => toKey(toLabel(header)) === name);
    if (index >= 0) return index;
  }
  return null;
}

/** The source, spend and period columns of a spend table, or null when the headers are not one. */
export function spendColumns(headers: readonly string[]): SpendColumns | null {
  const source = headers.findIndex((header) => fieldOfHeader(header) === "source");
  const spend = indexOfName(headers, SPEND_NAMES);
  if (source < 0 || spend === null) return null;
  return { source, spend, period: indexOfName(headers, PERIOD_NAMES) };
}

export function isSpendHeader(headers: readonly string[]): boolean {
  return spendColumns(headers) !== null;
}

/** One row per source of the leads (most leads first), Spend and Period left for the owner. */
export function spendTableRows(sources: readonly Cell[]): WriteValue[][] {
  return tallyBySource(withoutErrorCells(sources), null, outcomeRules())
    .filter((group) => group.label !== NO_SOURCE_LABEL)
    .map((group) => [group.label, null, null]);
}
