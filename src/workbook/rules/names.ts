/**
 * Names for the sheets and tables the add-in adds, by Excel's rules; both workbooks (the Office.js
 * adapter and the in-memory one) take their names from here. Excel compares sheet names and table
 * names without regard to case; table names share one namespace with the workbook's defined names.
 *
 * A sheet name: at most 31 characters, none of : \ / ? * [ ], not beginning or ending with an
 * apostrophe, not blank, and not "History" (Excel keeps it for change tracking). Names are cut by
 * code point, never inside a surrogate pair (an emoji in the owner's name stays whole or goes).
 */

/** Excel's longest sheet name, in UTF-16 code units as JavaScript counts length. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** A sheet name Excel keeps for itself. */
const RESERVED_SHEET_NAMES = ["history"];

/** The name used when nothing of a preferred sheet name is left. */
const FALLBACK_SHEET_NAME = "Sheet";

function isTaken(name: string, taken: readonly string[]): boolean {
  const key = name.toLowerCase();
  return taken.some((other) => other.toLowerCase() === key);
}

/** The names a new sheet cannot have: those taken, and those Excel keeps for itself. */
function takenBySheets(taken: readonly string[]): readonly string[] {
  return [...taken, ...RESERVED_SHEET_NAMES];
}

/** The text cut to at most `length` UTF-16 code units, never inside a surrogate pair. */
export function cutToLength(text: string, length: number): string {
  let cut = "";
  for (const codePoint of text) {
    if (cut.length + codePoint.length > length) break;
    cut += codePoint;
  }
  return cut;
}

/** A preferred name with what Excel refuses in a sheet name taken out. */
export function sheetNameFrom(preferred: string): string {
  const cleaned = preferred.replace(/[:\\/?*[\]]/g, "").trim();
  return trimApostrophes(cleaned) || FALLBACK_SHEET_NAME;
}

function trimApostrophes(name: string): string {
  return name.replace(/^'+|'+$/g, "").trim();
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

/**
 * Keeps a sheet name within 31 characters by shortening the base, never the suffix, so that it
 * does not end with an apostrophe once cut.
 */
function sheetName(base: string, suffix: string): string {
  const cut = cutToLength(sheetNameFrom(base), MAX_SHEET_NAME_LENGTH - suffix.length);
  return (trimApostrophes(cut) || FALLBACK_SHEET_NAME) + suffix;
}

/** "Leads", "Leads 2", "Leads 3"… */
export function freeSheetName(base: string, taken: readonly string[]): string {
  return firstFree(sheetName(base, ""), takenBySheets(taken), (name, n) =>
    sheetName(base, ` ${n}`)
  );
}

/** "Lead Tally", "Lead Tally (2)", "Lead Tally (3)"…: the owner's sheet keeps the plain name. */
export function freeSheetNameInParentheses(base: string, taken: readonly string[]): string {
  return firstFree(sheetName(base, ""), takenBySheets(taken), (name, n) =>
    sheetName(base, ` (${n})`)
  );
}

/** A name for a sheet while it is being written, e.g. "Lead Tally (updating)". */
export function freeTemporarySheetName(base: string, taken: readonly string[]): string {
  return freeSheetName(sheetName(base, " (updating)"), taken);
}

/** A name for a generated sheet while its replacement takes its name, e.g. "Lead Tally (old)". */
export function freeAsideSheetName(base: string, taken: readonly string[]): string {
  return freeSheetName(sheetName(base, " (old)"), taken);
}

/** Excel's longest table name. */
export const MAX_TABLE_NAME_LENGTH = 255;
/** The table name used when a preferred name leaves nothing Excel would take. */
const FALLBACK_TABLE_NAME = "Table";
/** Excel's last column (XFD) and last row. */
const MAX_COLUMNS = 16384;
const MAX_ROWS = 1048576;

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/** "A", "B", … "Z", "AA", … for a zero-based column index: the inverse of columnNumber, less one. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * True for names Excel refuses for a table because they read as a reference: "A1", "XFD1048576",
 * "R", "C", "R1C1", "RC2"… (R1C1 forms are taken broadly: refusing one too many costs a number).
 */
export function looksLikeCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 !== null) {
    const row = Number(a1[2]);
    if (columnNumber(a1[1]) <= MAX_COLUMNS && row >= 1 && row <= MAX_ROWS) return true;
  }
  return /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * A table name from a preferred name, as Excel takes one: letters, digits, "_" and "." only (so
 * "Spend 2026" gives "Spend2026"), starting with a letter or "_", not a cell reference, at most
 * 255 characters with room for a number after it; else "Table".
 */
export function tableNameFrom(preferredName: string): string {
  const name = cutToLength(
    preferredName.replace(/[^\p{L}\p{N}_.]/gu, ""),
    MAX_TABLE_NAME_LENGTH - 5
  );
  const valid = /^[\p{L}_]/u.test(name) && !looksLikeCellReference(name);
  return valid ? name : FALLBACK_TABLE_NAME;
}

/**
 * "Leads", "Leads2", "Leads3"…: table names cannot contain spaces. Where a number after the base
 * would make a cell reference ("Tax2" is a cell), "Tax_2", "Tax_3"…
 */
export function freeTableName(base: string, taken: readonly string[]): string {
  const separator = looksLikeCellReference(`${base}2`) ? "_" : "";
  return firstFree(base, taken, (name, n) => `${name}${separator}${n}`);
}
