/**
 * Turning the ranges a custom function receives into flat lists of cells, with clear errors for
 * shapes that cannot be a column of leads.
 */
import { Cell } from "./cells";
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

/** One column of n rows or one row of n columns, as a flat list of n cells. */
export function toColumn(input: RangeInput, argument: string): Result<Cell[]> {
  const shape = shapeOf(input, argument);
  if (!shape.ok) return shape;
  if (!Array.isArray(input)) return ok([input]);
  const matrix = input as unknown[][];
  const { rows, columns } = shape.value;
  if (rows === 1) return ok(matrix[0].slice());
  if (columns !== 1) return fail(errors.notOneColumnOrRow(argument, rows, columns));
  const cells: Cell[] = new Array(rows);
  for (let i = 0; i < rows; i++) cells[i] = matrix[i][0];
  return ok(cells);
}

/** Every cell of a range of any rectangular shape, row by row (for lists such as the won labels). */
export function toCellList(input: RangeInput, argument: string): Result<Cell[]> {
  const shape = shapeOf(input, argument);
  if (!shape.ok) return shape;
  if (!Array.isArray(input)) return ok([input]);
  return ok((input as unknown[][]).flat());
}

/** A single value: a bare value, or a range of exactly one cell. */
export function toSingleValue(input: RangeInput, argument: string): Result<Cell> {
  const shape = shapeOf(input, argument);
  if (!shape.ok) return shape;
  if (!Array.isArray(input)) return ok(input);
  const { rows, columns } = shape.value;
  if (rows !== 1 || columns !== 1) return fail(errors.notOneValue(argument, rows, columns));
  return ok((input as unknown[][])[0][0]);
}

/** Two columns that describe the same leads must line up cell for cell. */
export function checkSameSize(
  first: readonly Cell[],
  firstArgument: string,
  second: readonly Cell[],
  secondArgument: string
): Result<void> {
  if (first.length === second.length) return ok(undefined);
  return fail(errors.sizeMismatch(firstArgument, first.length, secondArgument, second.length));
}
