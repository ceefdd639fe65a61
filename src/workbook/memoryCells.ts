/**
 * The in-memory workbook's cells as Excel reads and writes them, and edits that mirror an Excel
 * operation, kept apart from memoryWorkbook.ts so that each stays small.
 */
import { Cell, WriteValue, excelErrorCell } from "../engine";
import { StoredCell } from "./memoryDisplay";
import { DATE_FORMAT } from "./workbook";

/**
 * A cell as Excel hands it over to the adapter's reads: empty as "", an error value as an error
 * cell (as the adapter makes of a cell whose valueTypes says "Error"), else its value.
 */
export function readCell(cell: StoredCell | undefined): Cell {
  if (cell === undefined) return "";
  if (cell.error !== undefined) return excelErrorCell(cell.error) ?? cell.value;
  return cell.value;
}

export function storedCell(value: WriteValue): StoredCell | undefined {
  if (value === null) return undefined;
  if (typeof value === "object") return { value: value.serial, numberFormat: DATE_FORMAT };
  return { value };
}

/**
 * As Range.delete with the cells below shifted up (office-js-docs-reference excel.range delete):
 * one sheet row goes from `firstColumn` over `width` columns, and the cells below it move up.
 */
export function shiftCellsUp<T>(
  rows: (T | undefined)[][],
  sheetRow: number,
  firstColumn: number,
  width: number
): void {
  for (let r = sheetRow; r < rows.length; r++) {
    const below = rows[r + 1];
    const cells = (rows[r] ??= []);
    for (let c = firstColumn; c < firstColumn + width; c++) cells[c] = below?.[c];
  }
}

/** A lead row index the leads still reach, for a row of `width` values written into them. */
export function reachesRow(row: number, rowCount: number, written: number, width: number): boolean {
  return Number.isInteger(row) && row >= 0 && row < rowCount && written === width;
}
