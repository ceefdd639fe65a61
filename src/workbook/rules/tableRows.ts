/**
 * The rows of a table that hold leads. Excel shows a table without data with one blank row under
 * its headers (and counts it as 0 or 1 rows), so that row is not a lead and the first new lead
 * goes into it. Any other row is one of the owner's, blank ones at the end included (kept for
 * typing into, say): new leads go below the last row, never into a blank row the owner left.
 * Both workbooks count and append by this rule.
 */

/** True for a row Excel shows as empty: every value blank (a formula that gives "" included). */
export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((value) => value === "" || value === null || value === undefined);
}

/** The table's lead rows from its row count and the values of its last row. */
export function tableLeadRows(rowCount: number, lastRow: readonly unknown[]): number {
  return rowCount === 0 || (rowCount === 1 && isBlankRow(lastRow)) ? 0 : rowCount;
}
