/**
 * What a worksheet cell means to Lead Tally: blank or not, the label it shows, and the key that
 * groups spellings of the same label together.
 */

/** A cell value as Excel hands it over: text, number, boolean or empty. Anything else is tolerated. */
export type Cell = unknown;

const WHITESPACE_RUN = /\s+/g;

/**
 * The code of an Excel error value ("#N/A", "#DIV/0!"…) passed as a cell, or null. Excel does not
 * call a custom function with an error argument unless its metadata allows it, so these come only
 * from callers in code; they are refused by name rather than read as text.
 */
export function excelErrorCode(cell: Cell): string | null {
  if (typeof cell !== "object" || cell === null || Array.isArray(cell)) return null;
  let code: unknown;
  try {
    code = (cell as { code?: unknown }).code;
  } catch {
    return null;
  }
  return typeof code === "string" && code.startsWith("#") ? code : null;
}

export function isBlank(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  return typeof cell === "string" && cell.trim() === "";
}

/**
 * The text a cell stands for: text trimmed with inner whitespace runs folded to one space,
 * numbers as Excel shows them (numberLabel), booleans as Excel shows them. Blank cells give "".
 */
export function toLabel(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim().replace(WHITESPACE_RUN, " ");
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "number") return numberLabel(cell);
  return printed(cell).trim().replace(WHITESPACE_RUN, " ");
}

/** Excel keeps 15 significant digits of a number: what its formula bar and `=A1&""` show. */
const EXCEL_DIGITS = 15;

/**
 * A number as Excel writes it in text: rounded to 15 significant digits, so 0.1+0.2 is "0.3" (not
 * JavaScript's "0.30000000000000004") and 1234567890123456800 is "1234567890123460000"; from
 * 1E+21 up and below 0.000001 in E notation ("1E+21", "1.5E-7"), with Excel's capital E and sign.
 * A cell's on-screen General format may show fewer digits when the column is narrow; the label
 * does not depend on column widths.
 */
export function numberLabel(value: number): string {
  const rounded = Number(value.toPrecision(EXCEL_DIGITS));
  // String() drops trailing zeros and uses E notation only outside 1E-7 to 1E+21; the largest
  // doubles round up to Infinity, so they keep toPrecision's digits instead.
  const text = Number.isFinite(rounded)
    ? String(rounded)
    : value.toPrecision(EXCEL_DIGITS).replace(/\.?0+e/, "e");
  return text.replace("e", "E");
}

/** Excel only passes text, numbers and booleans; anything else must still not throw. */
function printed(cell: Cell): string {
  try {
    return String(cell);
  } catch {
    return "(unreadable value)";
  }
}

/**
 * The grouping key of a label. NFKC folds compatibility forms (full-width letters, ligatures) so
 * that what looks the same groups together; toLowerCase rather than toLocaleLowerCase keeps the
 * result the same on every machine, whatever its locale. NFKC runs again after lower-casing
 * because lower-casing can make a letter that composes with the mark after it: "J" + caron has
 * no precomposed capital, but lower-cased it is "j" + caron, which NFKC composes to "ǰ", the key
 * of the lower-case spelling.
 */
export function toKey(label: string): string {
  return label.normalize("NFKC").toLowerCase().normalize("NFKC");
}
