/**
 * Finding a header row (of leads, or of whatever a predicate takes) on a sheet that keeps its
 * rows as a plain range, not as a table, and counting the rows below it. Both workbooks go by
 * these rules: the Excel adapter over the values it loads (the sheet's used range, values only,
 * and its first HEADER_SCAN_ROWS rows), the in-memory workbook over its cells (usedArea).
 */
import { Cell, isBlank, toLabel } from "../../engine";

/** Whether a row of headers is one being looked for (the leads', the spend table's…). */
export type AcceptsHeaders = (headers: readonly string[]) => boolean;

/** The sheet rows scanned for a header, from the top of the used range (values only). */
export const HEADER_SCAN_ROWS = 20;
/** The columns scanned, from the left of the used range: a header row wider than this is not one. */
export const HEADER_SCAN_COLUMNS = 256;

/** A sheet area that belongs to a table, zero-based and inclusive. */
export interface SheetArea {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

export interface HeaderRow {
  readonly row: number;
  readonly firstColumn: number;
  readonly headers: string[];
}

/** A header as the owner typed it; a number or boolean header as Excel shows it. */
export function headerText(cell: Cell): string {
  return typeof cell === "string" ? cell : toLabel(cell);
}

/**
 * The span of a row that holds the headers: the first run of adjacent non-blank cells that
 * `accepts` takes (a row may hold other things beside them), or else, when it takes only the row
 * as a whole, everything from its first to its last non-blank cell.
 */
function headerSpan(
  row: readonly Cell[],
  accepts: AcceptsHeaders
): { first: number; end: number } | null {
  let first = -1;
  for (let column = 0; column <= row.length; column++) {
    const blank = column === row.length || isBlank(row[column]);
    if (!blank && first < 0) first = column;
    if (blank && first >= 0) {
      if (accepts(row.slice(first, column).map(headerText))) return { first, end: column };
      first = -1;
    }
  }
  if (!accepts(row.map(headerText))) return null;
  const filled = row.map((cell, column) => (isBlank(cell) ? -1 : column)).filter((c) => c >= 0);
  return { first: filled[0], end: filled[filled.length - 1] + 1 };
}

function overlaps(area: SheetArea, row: number, first: number, last: number): boolean {
  return (
    row >= area.firstRow &&
    row <= area.lastRow &&
    first <= area.lastColumn &&
    last >= area.firstColumn
  );
}

/**
 * The first row of a window of cells (its top-left at sheet row `top`, column `left`) that
 * `accepts` takes as a header row and is not part of a table.
 */
export function findHeaderRow(
  window: readonly (readonly Cell[])[],
  top: number,
  left: number,
  tables: readonly SheetArea[],
  accepts: AcceptsHeaders
): HeaderRow | null {
  for (let index = 0; index < window.length; index++) {
    const span = headerSpan(window[index], accepts);
    if (span === null) continue;
    const row = top + index;
    const firstColumn = left + span.first;
    const lastColumn = left + span.end - 1;
    if (tables.some((area) => overlaps(area, row, firstColumn, lastColumn))) continue;
    return {
      row,
      firstColumn,
      headers: window[index].slice(span.first, span.end).map(headerText),
    };
  }
  return null;
}

/**
 * The used range of a grid of cells, values only, as Excel's getUsedRangeOrNullObject(true)
 * reports it: from the first to the last row and column holding a non-blank value; null when
 * there is none.
 */
export function usedArea(rows: readonly (readonly Cell[] | undefined)[]): SheetArea | null {
  let area: SheetArea | null = null;
  rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell === undefined || isBlank(cell)) return;
      area = {
        firstRow: area?.firstRow ?? r,
        lastRow: r,
        firstColumn: Math.min(area?.firstColumn ?? c, c),
        lastColumn: Math.max(area?.lastColumn ?? c, c),
      };
    })
  );
  return area;
}

/** The cells a header row is looked for in: the used area's first rows and columns. */
export function headerWindow(area: SheetArea): SheetArea {
  return {
    firstRow: area.firstRow,
    lastRow: Math.min(area.lastRow, area.firstRow + HEADER_SCAN_ROWS - 1),
    firstColumn: area.firstColumn,
    lastColumn: Math.min(area.lastColumn, area.firstColumn + HEADER_SCAN_COLUMNS - 1),
  };
}

/**
 * The rows of a plain range: every row below its header down to the last row with a value
 * anywhere on the sheet (`lastUsedRow`, -1 on an empty sheet), blank rows between included, so
 * a new row never goes over anything of the owner's below the leads.
 */
export function plainRangeRowCount(lastUsedRow: number, headerRow: number): number {
  return Math.max(0, lastUsedRow - headerRow);
}
