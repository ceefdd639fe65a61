/**
 * Whether a lead row still holds what the add-in wrote into it: the rule that lets the pane undo
 * its last recorded lead. An undo removes a row, so it must never remove one the owner (or a
 * co-author) has touched since: any cell that differs from what was written, and the row stays.
 * Both workbooks decide by this rule.
 */
import { Cell, WriteValue } from "../../engine";

/** What a written value reads back as: a date as its serial, text and numbers as they are. */
function readBack(value: Exclude<WriteValue, null>): Cell {
  return typeof value === "object" ? value.serial : value;
}

/**
 * The index of the first column whose cell no longer holds what was written, or null while the
 * row is as it was written. A column written as null was left as it was (a calculated column's
 * formula, say), so it is not compared.
 */
export function changedColumn(written: readonly WriteValue[], now: readonly Cell[]): number | null {
  for (let column = 0; column < written.length; column++) {
    const value = written[column];
    if (value === null) continue;
    if (now[column] !== readBack(value)) return column;
  }
  return null;
}

/** Why a written row was not removed, naming the column that changed. */
export function changedRowMessage(header: string, where: string): string {
  return (
    `The lead was not removed: its "${header}" cell in the ${where} has changed since Lead Tally ` +
    "wrote it, so it may be yours now. Delete the row in Excel if you mean to."
  );
}

/** Why a written row was not removed when the leads no longer reach it. */
export function missingRowMessage(where: string): string {
  return (
    `The lead was not removed: the ${where} no longer has the row Lead Tally wrote ` +
    "(rows were deleted or sorted since)."
  );
}
