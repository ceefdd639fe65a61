/**
 * What both workbooks refuse before anything is written, with the same words: a column or row
 * that is not one of the leads', a row of the wrong width, text longer than a cell holds.
 */
import { firstTooLongText, tooLongReason, WriteValue } from "../../engine";
import type { GeneratedSheet } from "../../engine";
import type { LeadsLocation } from "../workbook";
import { describeLocation, LEAD_TALLY_ERROR, WorkbookError } from "./errors";

export function checkColumn(location: LeadsLocation, column: number): void {
  if (!Number.isInteger(column) || column < 0 || column >= location.headers.length) {
    throw new WorkbookError(
      LEAD_TALLY_ERROR,
      `Column ${column} is not one of the ${location.headers.length} columns of the ${describeLocation(location)}.`
    );
  }
}

/**
 * A data row (zero-based) must be one of the location's rows as the caller knows them: both
 * workbooks check against `location.rowCount`, not a count looked up again, so a row the pane
 * does not show is never written.
 */
export function checkRow(location: LeadsLocation, row: number): void {
  if (!Number.isInteger(row) || row < 0 || row >= location.rowCount) {
    throw new WorkbookError(
      LEAD_TALLY_ERROR,
      `Row ${row + 1} is not one of the ${location.rowCount} rows of the ${describeLocation(location)}.`
    );
  }
}

/** Each new row has one value per column of the leads. */
export function checkRowWidths(
  location: LeadsLocation,
  rows: readonly (readonly WriteValue[])[]
): void {
  const width = location.headers.length;
  const wrong = rows.findIndex((row) => row.length !== width);
  if (wrong >= 0) {
    throw new WorkbookError(
      LEAD_TALLY_ERROR,
      `Row ${wrong + 1} to add has ${rows[wrong].length} values; the ${describeLocation(location)} has ${width} columns.`
    );
  }
}

/** A new table has columns, rows as wide as its headers and no text too long for a cell. */
export function checkNewTable(
  headers: readonly string[],
  rows: readonly (readonly WriteValue[])[]
): void {
  if (headers.length === 0)
    throw new WorkbookError(LEAD_TALLY_ERROR, "A new table needs at least one column.");
  const wrong = rows.findIndex((row) => row.length !== headers.length);
  if (wrong >= 0) {
    throw new WorkbookError(
      LEAD_TALLY_ERROR,
      `Row ${wrong + 1} of the new table has ${rows[wrong].length} values; it has ${headers.length} columns.`
    );
  }
  const tooLong = firstTooLongText(rows);
  if (tooLong !== null) {
    throw new WorkbookError(
      LEAD_TALLY_ERROR,
      `The text for row ${tooLong.row + 1}, column "${headers[tooLong.column]}" of the new table ${tooLongReason(tooLong.length)}`
    );
  }
}

/** Refuses text longer than a cell holds, saying which row and column of the leads it is for. */
export function checkTextLengths(
  location: LeadsLocation,
  rows: readonly (readonly WriteValue[])[],
  firstRow: number,
  firstColumn: number
): void {
  const tooLong = firstTooLongText(rows);
  if (tooLong === null) return;
  const header = location.headers[firstColumn + tooLong.column] ?? "";
  throw new WorkbookError(
    LEAD_TALLY_ERROR,
    `The text for row ${firstRow + tooLong.row + 1}, column "${header}" ${tooLongReason(tooLong.length)}`
  );
}

/** "A1", "B4", "AA10": a cell's address from zero-based indexes. */
function cellAddress(row: number, column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}

/** One cell of one lead row (setCell): a known column and row, text a cell can hold. */
export function checkCellWrite(
  location: LeadsLocation,
  row: number,
  column: number,
  value: WriteValue
): void {
  checkColumn(location, column);
  checkRow(location, row);
  checkTextLengths(location, [[value]], row, column);
}

/** Texts rewritten in one column (rewriteTexts): the column, then each row and its text. */
export function checkTextWrites(
  location: LeadsLocation,
  column: number,
  writes: readonly { readonly row: number; readonly text: string }[]
): void {
  checkColumn(location, column);
  for (const { row, text } of writes) {
    checkRow(location, row);
    checkTextLengths(location, [[text]], row, column);
  }
}

/** Refuses a generated sheet with text longer than a cell holds, naming the cell. */
export function checkGeneratedText(sheet: GeneratedSheet): void {
  const tooLong = firstTooLongText(sheet.rows);
  if (tooLong === null) return;
  throw new WorkbookError(
    LEAD_TALLY_ERROR,
    `The text for cell ${cellAddress(tooLong.row, tooLong.column)} of the ${sheet.preferredName} sheet ` +
      tooLongReason(tooLong.length)
  );
}
