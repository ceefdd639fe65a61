/**
 * What both workbooks check and lay out for writing several cells of one lead row at once (the
 * outcome with its closed date), and for adding a column at the leads' right end: the same words
 * in both, and nothing written before every check has passed.
 */
import { Cell, WriteValue, toKey, toLabel } from "../../engine";
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
 * Which lead a row write is meant for: the row still reads `label` in `column` (the lead's source
 * as the pane read it), compared as sources are (any case). A row number alone goes stale when
 * the owner sorts the sheet or adds or deletes rows between the pane's read and the click, and
 * the outcome would land on another lead's row.
 */
export interface RowIdentity {
  readonly column: number;
  /** The label read before; "" for a blank cell. */
  readonly label: string;
}

/** Refuses the write, before anything is written, when the row no longer holds that lead. */
export function checkRowIdentity(
  location: LeadsLocation,
  row: number,
  identity: RowIdentity | undefined,
  /** The row's cell under a column (an index into location.headers) as it is now. */
  cellNow: (column: number) => Cell
): void {
  if (identity === undefined) return;
  const now = toLabel(cellNow(identity.column));
  if (toKey(now) === toKey(identity.label)) return;
  const was = identity.label === "" ? "a blank" : `"${identity.label}"`;
  throw new WorkbookError(
    LEAD_TALLY_ERROR,
    `Row ${location.headerRow + row + 2} of the ${describeLocation(location)} no longer holds the ` +
      `lead it held: its ${location.headers[identity.column] ?? "source"} was ${was} and is now ` +
      `${now === "" ? "blank" : `"${now}"`} (rows sorted, added or deleted since the leads were ` +
      "read). Nothing was written: choose Find leads again, then the lead."
  );
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
