/**
 * Edits of the in-memory workbook's cells that mirror an Excel operation, kept apart from
 * memoryWorkbook.ts so that each stays small.
 */
import { Cell, excelErrorCell, GeneratedSheet, WriteValue } from "../engine";
import type { StoredCell } from "./memoryDisplay";
import type { SheetArea } from "./rules/headerRows";
import { checkFreeColumn } from "./rules/rowWrites";
import { DATE_FORMAT, LeadsLocation } from "./workbook";

/**
 * A cell as Excel hands it over to the adapter's reads: empty as "", an error value as an error
 * cell (as the adapter makes of a cell whose valueTypes says "Error"), else its value.
 */
export function readCell(cell: StoredCell | undefined): Cell {
  if (cell === undefined) return "";
  if (cell.error !== undefined) return excelErrorCell(cell.error) ?? cell.value;
  return cell.value;
}

/** A value as stored: a date as its serial with a date format, as Excel stores it. */
export function storedCell(value: WriteValue): StoredCell | undefined {
  if (value === null) return undefined;
  if (typeof value === "object") return { value: value.serial, numberFormat: DATE_FORMAT };
  return { value };
}

/** A generated sheet's number formats and bold rows, over the cells just written. */
export function formatGeneratedCells(
  rows: (StoredCell | undefined)[][],
  generated: GeneratedSheet
): void {
  for (const format of generated.formats) {
    for (let r = format.row; r < format.row + format.rowCount; r++) {
      for (let c = format.column; c < format.column + format.columnCount; c++) {
        const cell = rows[r]?.[c];
        if (cell !== undefined) rows[r][c] = { ...cell, numberFormat: format.numberFormat };
      }
    }
  }
  for (const r of generated.boldRows) {
    rows[r] = (rows[r] ?? []).map((cell) => cell && { ...cell, bold: true });
  }
}

/**
 * A new date column: its header at `headerRow` and, below it, `rowCount` cells formatted as
 * dates; refused (nothing changed) unless all of them are empty now (rules/rowWrites.ts).
 */
export function putDateColumn(
  rows: (StoredCell | undefined)[][],
  location: LeadsLocation,
  header: string,
  at: { readonly headerRow: number; readonly column: number; readonly rowCount: number }
): void {
  const cells = Array.from({ length: at.rowCount + 1 }, (_, r) =>
    readCell(rows[at.headerRow + r]?.[at.column])
  );
  checkFreeColumn(location, header, cells);
  (rows[at.headerRow] ??= [])[at.column] = { value: header.trim() };
  formatColumn(rows, at.headerRow + 1, at.column, at.rowCount, DATE_FORMAT);
}

/**
 * Gives `count` cells of a column a number format, as Range.numberFormat does: an empty cell
 * keeps it for what is typed there later.
 */
export function formatColumn(
  rows: (StoredCell | undefined)[][],
  firstRow: number,
  column: number,
  count: number,
  numberFormat: string
): void {
  for (let r = firstRow; r < firstRow + count; r++) {
    const cells = (rows[r] ??= []);
    cells[column] = { ...(cells[column] ?? { value: "" }), numberFormat };
  }
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

/** The values of an area of a sheet, "" where empty. */
export function areaCells(
  values: readonly (readonly Cell[] | undefined)[],
  area: SheetArea
): Cell[][] {
  return Array.from({ length: area.lastRow - area.firstRow + 1 }, (_, r) =>
    Array.from(
      { length: area.lastColumn - area.firstColumn + 1 },
      (_, c) => values[area.firstRow + r]?.[area.firstColumn + c] ?? ""
    )
  );
}

/** The owner's formulas and error cells of a sheet given to the preview or a test, in place. */
export function putFormulasAndErrors(
  rows: (StoredCell | undefined)[][],
  init: {
    readonly formulas?: readonly { row: number; column: number; formula: string }[];
    readonly errors?: readonly { row: number; column: number; code: string }[];
  }
): void {
  for (const { row, column, formula } of init.formulas ?? []) {
    (rows[row] ??= [])[column] = { value: "", formula };
  }
  for (const { row, column, code } of init.errors ?? []) {
    (rows[row] ??= [])[column] = { value: code, error: code };
  }
}
