/**
 * What the adapter hands to Range.values and Range.numberFormat for the values it writes.
 *
 * Range.values parses text as if the owner had typed it: "=A1", "+1", "-x" and "@x" become
 * formulas, "0012" the number 12, "TRUE" a boolean, "2026-03-01" a date and "5%" the number 0.05.
 * A cell formatted as text ("@") keeps what is written as it is, so every non-empty text is given
 * the "@" format before its value is written, in the same batch. Dates are written as their serial
 * with a date format, so Excel sees a real date.
 */
import { DATE_FORMAT, ExcelDate, WriteValue } from "../workbook";

/** Excel's number format for text: what is written is stored as it is. */
export const TEXT_FORMAT = "@";
export { DATE_FORMAT };

/**
 * A value for Range.values. null leaves the cell as it is, "" clears it (office-js-docs-pr
 * docs/excel/excel-add-ins-blank-null-values.md): a cell the add-in has nothing to say about gets
 * null, so an owner's formula there (a calculated column such as "Days open") is kept.
 */
export type RangeValue = string | number | boolean | null;
/** null leaves a cell's number format as it is: Office.js skips null entries of a 2-D array. */
export type RangeFormat = string | null;

export function isExcelDate(value: WriteValue): value is ExcelDate {
  return typeof value === "object" && value !== null;
}

/** The value for Range.values: a date as its serial number; null stays null (cell left alone). */
export function rangeValue(value: WriteValue): RangeValue {
  if (value === null) return null;
  if (isExcelDate(value)) return value.serial;
  return value;
}

/**
 * The number format a written value needs, or null for none. An empty text clears the cell and
 * has nothing to protect; leaving its format alone keeps a number typed there later a number.
 */
export function rangeFormat(value: WriteValue): RangeFormat {
  if (typeof value === "string") return value === "" ? null : TEXT_FORMAT;
  if (isExcelDate(value)) return DATE_FORMAT;
  return null;
}

export function rangeValues(rows: readonly (readonly WriteValue[])[]): RangeValue[][] {
  return rows.map((row) => row.map(rangeValue));
}

export function rangeFormats(rows: readonly (readonly WriteValue[])[]): RangeFormat[][] {
  return rows.map((row) => row.map(rangeFormat));
}

/** True when a format array sets at least one cell, so the assignment is worth sending. */
export function setsAnyFormat(formats: readonly (readonly RangeFormat[])[]): boolean {
  return formats.some((row) => row.some((format) => format !== null));
}

/** Where a text too long for an Excel cell is, zero-based, and how long it is. */
// The length check is the engine's, shared with the in-memory workbook.
export { firstTooLongText, tooLongReason } from "../../engine";
export type { TooLongText } from "../../engine";
