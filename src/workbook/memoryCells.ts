/**
 * Edits of the in-memory workbook's cells that mirror an Excel operation, kept apart from
 * memoryWorkbook.ts so that each stays small.
 */

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
