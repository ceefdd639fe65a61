/**
 * What the add-in writes to a workbook, as plain data: the engine builds it, the workbook
 * adapters write it. Nothing here knows about Office.js.
 */
/** A date written to a cell as an Excel serial number with a date format, so Excel sees a real date. */
export interface ExcelDate {
  readonly serial: number;
}

/**
 * A value the add-in writes. Text is always written as literal text: never evaluated as a
 * formula, never turned into a number or a date.
 */
export type WriteValue = string | number | boolean | null | ExcelDate;

/** The most characters an Excel cell holds; Excel refuses longer text. */
export const MAX_CELL_TEXT = 32_767;

/** The start of a text, at most `length` UTF-16 units, never half of a surrogate pair. */
export function textStart(text: string, length: number): string {
  const start = text.slice(0, Math.max(0, length));
  const last = start.charCodeAt(start.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? start.slice(0, -1) : start;
}

/**
 * Text for a generated sheet's cell: as it is when a cell holds it, else its start with a note of
 * how long it was, so a long header or table name shortens the sheet's description rather than
 * making Excel refuse the whole sheet.
 */
export function fitInCell(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const note = `… (shortened from ${text.length.toLocaleString("en-US")} characters)`;
  return textStart(text, MAX_CELL_TEXT - note.length) + note;
}

export interface TooLongText {
  readonly row: number;
  readonly column: number;
  readonly length: number;
}

/**
 * The first text longer than an Excel cell holds, or null. Such text is refused before anything is
 * sent: Excel would reject the whole batch, or keep only part of the text, and the owner must
 * learn which it is.
 */
export function firstTooLongText(rows: readonly (readonly WriteValue[])[]): TooLongText | null {
  for (let row = 0; row < rows.length; row++) {
    for (let column = 0; column < rows[row].length; column++) {
      const value = rows[row][column];
      if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
        return { row, column, length: value.length };
      }
    }
  }
  return null;
}

/** "is 40,000 characters long; an Excel cell holds at most 32,767. Nothing was written." */
export function tooLongReason(length: number): string {
  const count = (n: number): string => n.toLocaleString("en-US");
  return (
    `is ${count(length)} characters long; an Excel cell holds at most ${count(MAX_CELL_TEXT)}. ` +
    "Nothing was written."
  );
}

/** "self-check": the scratch sheet of the self-check (src/selfcheck), never the owner's tally or balance. */
export type GeneratedSheetKind = "lead-tally" | "marketing-vs-sales" | "self-check";

/** A value in a generated sheet. */
export type SheetValue = WriteValue;

/**
 * What a generated sheet shows where a rate has nothing to divide by: a dash reads better to an
 * owner than #DIV/0!, and the sheet stays plain values that need no add-in to display.
 */
export const NO_RATE = "–";

export interface CellFormat {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** An Excel number format such as "0.0%" or "yyyy-mm-dd hh:mm". */
  readonly numberFormat: string;
}

/** A sheet the add-in makes and may later replace, and only ever its own. */
export interface GeneratedSheet {
  readonly kind: GeneratedSheetKind;
  /** The name it gets unless a sheet of the owner's already has it. */
  readonly preferredName: string;
  /** Rows of values from A1, rectangular. */
  readonly rows: readonly (readonly SheetValue[])[];
  readonly boldRows: readonly number[];
  readonly formats: readonly CellFormat[];
  /** A native Excel chart built from a block of this sheet's cells. */
  readonly chart?: BalanceChart;
}

/**
 * Leads and clients as clustered columns, the conversion rate as a line on a secondary axis,
 * from a block whose first row is the header and first column the period.
 */
export interface BalanceChart {
  readonly title: string;
  /** The data block: header row and period column included. */
  readonly dataRow: number;
  readonly dataColumn: number;
  readonly rowCount: number;
  /** Period, then the column series, then the line series, in that order. */
  readonly columnSeries: readonly string[];
  readonly lineSeries: string;
  /**
   * A second line series in the column after the first, drawn dashed on the same axis: the
   * projected conversion of recent periods, so it cannot be read as a fall. Absent without one.
   */
  readonly projectedSeries?: string;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  readonly secondaryAxisTitle: string;
  /** Where the chart's top-left corner goes. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
  /** Where to say so when the Excel in use cannot draw the line on a secondary axis (ExcelApi 1.8). */
  readonly fallbackNote: { readonly row: number; readonly column: number; readonly text: string };
}
