/**
 * Turning the ranges a custom function receives into flat lists of cells, with clear errors for
 * shapes that cannot be a column of leads.
 */
import { Cell, excelErrorCode } from "./cells";
import { Result, errors, fail, ok } from "./errors";

/** A range as Excel passes it (rows of cells), or a bare value when called from code. */
export type RangeInput = unknown;

/** Every row an array; a plain loop, because every() skips the holes of a sparse array. */
function isMatrix(input: RangeInput): input is readonly unknown[][] {
  if (!Array.isArray(input)) return false;
  for (let row = 0; row < input.length; row++) {
    if (!Array.isArray(input[row])) return false;
  }
  return true;
}

function shapeOf(input: RangeInput, argument: string): Result<{ rows: number; columns: number }> {
  if (!Array.isArray(input)) return ok({ rows: 1, columns: 1 });
  if (input.length === 0) return fail(errors.emptyRange(argument));
  if (!isMatrix(input)) return fail(errors.notRectangular(argument));
  const columns = input[0].length;
  if (columns === 0) return fail(errors.emptyRange(argument));
  for (const row of input) {
    if (row.length !== columns) return fail(errors.notRectangular(argument));
  }
  return ok({ rows: input.length, columns });
}

/** Where a row of an n×1 range is not a one-cell array: such a range is not a column. */
export const MALFORMED_ROW: unique symbol = Symbol("malformed row");

/**
 * An Excel n×1 range read where it is. Such a range is n small row arrays; copying them into a
 * flat list cost more than counting the leads (a benchmark measured it), so each row is checked
 * and read in the one pass that counts it.
 */
export class ColumnOfRows {
  constructor(
    readonly rows: readonly unknown[],
    readonly argument: string
  ) {}

  get length(): number {
    return this.rows.length;
  }

  cellAt(row: number): Cell | typeof MALFORMED_ROW {
    const cells = this.rows[row];
    return Array.isArray(cells) && cells.length === 1 ? cells[0] : MALFORMED_ROW;
  }
}

/** One column of cells: a list, or an n×1 range read in place. */
export type Column = readonly Cell[] | ColumnOfRows;

/** A function that reads a column's cells by row. */
export function readerOf(column: Column): (row: number) => Cell {
  if (column instanceof ColumnOfRows) return (row) => column.cellAt(row);
  return (row) => column[row];
}

/**
 * One column of n rows or one row of n columns. Only the first row's width is checked here; the
 * rows of an n×1 range are checked as they are read (see ColumnOfRows).
 */
export function toColumn(input: RangeInput, argument: string): Result<Column> {
  if (!Array.isArray(input)) return ok([input]);
  if (input.length === 0) return fail(errors.emptyRange(argument));
  const first: unknown = input[0];
  if (!Array.isArray(first)) return fail(errors.notRectangular(argument));
  if (first.length === 0) return fail(errors.emptyRange(argument));
  if (input.length === 1) return ok(first);
  if (first.length !== 1)
    return fail(errors.notOneColumnOrRow(argument, input.length, first.length));
  return ok(new ColumnOfRows(input, argument));
}

/** A column as a flat list, for the computations that are not on the hot path. */
export function toCells(column: Column): Result<Cell[]> {
  if (!(column instanceof ColumnOfRows)) return ok(column.slice());
  const cells: Cell[] = new Array(column.length);
  for (let row = 0; row < column.length; row++) {
    const cell = column.cellAt(row);
    if (cell === MALFORMED_ROW) return fail(errors.notRectangular(column.argument));
    cells[row] = cell;
  }
  return ok(cells);
}

/**
 * Whether an optional argument that only text can fill (`source`, `period`, `statistic`) was left
 * out. Excel passes a left-out argument as null; on Windows desktop a reference to an empty cell
 * can arrive as 0 instead of null (OfficeDev/office-js issues 4702, 5262 and 1951), and 0 is no
 * source, period or statistic, so 0 (bare, or as a one-cell range) counts as left out too.
 */
export function isTextLeftOut(input: RangeInput): boolean {
  if (input === null || input === undefined || input === 0) return true;
  return (
    Array.isArray(input) &&
    input.length === 1 &&
    Array.isArray(input[0]) &&
    input[0].length === 1 &&
    input[0][0] === 0
  );
}

/** A required argument that Excel passed as left out (null), or a caller as undefined. */
export function checkGiven(input: RangeInput, argument: string): Result<void> {
  return input === null || input === undefined ? fail(errors.missing(argument)) : ok(undefined);
}

/**
 * The first cell that no worksheet cell can be, as an error: an Excel error value, or a range
 * inside a cell. Checked on lists of distinct values or on the short, off-the-hot-path columns.
 */
export function checkCells(cells: Iterable<Cell>, argument: string): Result<void> {
  for (const cell of cells) {
    // Text, numbers, booleans and blanks, nearly every cell, pass at once.
    if (typeof cell !== "object" || cell === null) continue;
    if (Array.isArray(cell)) return fail(errors.notRectangular(argument));
    const code = excelErrorCode(cell);
    if (code !== null) return fail(errors.errorValue(argument, code));
  }
  return ok(undefined);
}

/** Every cell of a range of any rectangular shape, row by row (for lists such as the won labels). */
export function toCellList(input: RangeInput, argument: string): Result<Cell[]> {
  const shape = shapeOf(input, argument);
  if (!shape.ok) return shape;
  const cells = Array.isArray(input) ? (input as unknown[][]).flat() : [input];
  const checked = checkCells(cells, argument);
  return checked.ok ? ok(cells) : checked;
}

/** A single value: a bare value, or a range of exactly one cell. */
export function toSingleValue(input: RangeInput, argument: string): Result<Cell> {
  const shape = shapeOf(input, argument);
  if (!shape.ok) return shape;
  const { rows, columns } = shape.value;
  if (rows !== 1 || columns !== 1) return fail(errors.notOneValue(argument, rows, columns));
  const cell = Array.isArray(input) ? (input as unknown[][])[0][0] : input;
  const checked = checkCells([cell], argument);
  return checked.ok ? ok(cell) : checked;
}

/** Two columns that describe the same leads must line up cell for cell. */
export function checkSameSize(
  first: { readonly length: number },
  firstArgument: string,
  second: { readonly length: number },
  secondArgument: string
): Result<void> {
  if (first.length === second.length) return ok(undefined);
  return fail(errors.sizeMismatch(firstArgument, first.length, secondArgument, second.length));
}
