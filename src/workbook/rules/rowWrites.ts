/**
 * What both workbooks check and lay out for writing several cells of one lead row at once (the
 * outcome with its closed date), and for adding a column at the leads' right end: the same words
 * in both, and nothing written before every check has passed.
 */
import { WriteValue } from "../../engine";
import type { LeadsLocation } from "../workbook";
import { checkRow, checkRowWidths, checkTextLengths } from "./checks";
import { describeLocation, LEAD_TALLY_ERROR, WorkbookError } from "./errors";
import { isBlankRow } from "./tableRows";

/** One value per header, null for a cell not written; at least one cell written. */
export function checkRowCells(
  location: LeadsLocation,
  row: number,
  values: readonly WriteValue[]
): void {
  checkRowWidths(location, [values]);
  checkRow(location, row);
  checkTextLengths(location, [values], row, 0);
}

/**
 * The row's values laid at the columns' places now (`at`, offsets from the leads' first column),
 * `width` cells wide: a column the leads do not have (one inserted since) gets null, left alone.
 */
export function rowAt(
  values: readonly WriteValue[],
  at: readonly number[],
  width: number
): WriteValue[] {
  const laid: WriteValue[] = Array.from({ length: width }, () => null);
  values.forEach((value, index) => (laid[at[index]] = value));
  return laid;
}

/** How a header is compared for a clash: trimmed, inner spaces folded, any case. */
function headerKey(header: string): string {
  return header.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Refuses a new column's header that is blank or that the leads already have (now, or when they
 * were found): two columns of one name would leave the owner, and Lead Tally, guessing which is
 * which.
 */
export function checkNewColumnHeader(
  location: LeadsLocation,
  header: string,
  headersNow: readonly string[]
): void {
  if (header.trim() === "") {
    throw new WorkbookError(LEAD_TALLY_ERROR, "A new column needs a header.");
  }
  const key = headerKey(header);
  if ([...location.headers, ...headersNow].some((taken) => headerKey(taken) === key)) {
    throw new WorkbookError(
      LEAD_TALLY_ERROR,
      `The ${describeLocation(location)} already has a column "${header.trim()}": choose it in the ` +
        "columns rather than adding another."
    );
  }
}

/**
 * The column right of the leads (its header cell and the cells beside every lead row) must be
 * empty: a new column goes there, and nothing of the owner's is written over or pushed aside.
 */
export function checkFreeColumn(
  location: LeadsLocation,
  header: string,
  cells: readonly unknown[]
): void {
  if (isBlankRow(cells)) return;
  throw new WorkbookError(
    LEAD_TALLY_ERROR,
    `The column just right of the ${describeLocation(location)} is not empty, so Lead Tally did ` +
      `not add a "${header.trim()}" column there (it never writes over your cells). Add the ` +
      "column yourself, or move what is beside the leads, then choose it in the columns."
  );
}
