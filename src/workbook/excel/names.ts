/**
 * Free names for the sheets and tables the add-in adds. Excel compares sheet names and table
 * names without regard to case; table names share one namespace with the workbook's defined names.
 */

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;

function isTaken(name: string, taken: readonly string[]): boolean {
  const key = name.toLowerCase();
  return taken.some((other) => other.toLowerCase() === key);
}

/** The base name if free, else the first free `suffix(n)` form for n = 2, 3, … */
function firstFree(
  base: string,
  taken: readonly string[],
  withNumber: (base: string, n: number) => string
): string {
  if (!isTaken(base, taken)) return base;
  for (let n = 2; ; n++) {
    const name = withNumber(base, n);
    if (!isTaken(name, taken)) return name;
  }
}

/** Keeps a sheet name within 31 characters by shortening the base, never the suffix. */
function sheetName(base: string, suffix: string): string {
  return base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
}

/** "Leads", "Leads 2", "Leads 3"… */
export function freeSheetName(base: string, taken: readonly string[]): string {
  return firstFree(sheetName(base, ""), taken, (name, n) => sheetName(base, ` ${n}`));
}

/** "Lead Tally", "Lead Tally (2)", "Lead Tally (3)"…: the owner's sheet keeps the plain name. */
export function freeSheetNameInParentheses(base: string, taken: readonly string[]): string {
  return firstFree(sheetName(base, ""), taken, (name, n) => sheetName(base, ` (${n})`));
}

/** A name for a sheet while it is being written, e.g. "Lead Tally (updating)". */
export function freeTemporarySheetName(base: string, taken: readonly string[]): string {
  return freeSheetName(sheetName(base, " (updating)"), taken);
}

/** A name for a generated sheet while its replacement takes its name, e.g. "Lead Tally (old)". */
export function freeAsideSheetName(base: string, taken: readonly string[]): string {
  return freeSheetName(sheetName(base, " (old)"), taken);
}

/** "Leads", "Leads2", "Leads3"…: table names cannot contain spaces. */
export function freeTableName(base: string, taken: readonly string[]): string {
  return firstFree(base, taken, (name, n) => `${name}${n}`);
}
