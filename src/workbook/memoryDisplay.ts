/**
 * What the preview shows of the in-memory workbook: its cells as stored, and the text Excel would
 * display for them in the formats Lead Tally writes; its sheets as grids and the chart a generated
 * sheet carries. Nothing here changes a workbook.
 */
import { BalanceChart, civilFromDayNumber, dayNumberFromSerial } from "../engine";

export type StoredValue = string | number | boolean;

export interface StoredCell {
  readonly value: StoredValue;
  /** The owner's formula (a calculated column's, say); the preview does not compute it. */
  readonly formula?: string;
  /** An Excel error value the cell holds ("#N/A", "#DIV/0!"…); `value` is then its text. */
  readonly error?: string;
  readonly numberFormat?: string;
  readonly bold?: boolean;
}

/** A chart on a sheet, with the values of the block of cells it is drawn from. */
export interface SheetChart {
  readonly description: BalanceChart;
  /**
   * The chart's data block as stored, header row first: the period column, then the column
   * series, then the line series. Empty cells are null.
   */
  readonly values: readonly (readonly (StoredValue | null)[])[];
}

/** A sheet as the preview shows it: the displayed text of every cell from A1 to the last used one. */
export interface SheetGrid {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
  /** True for a sheet Lead Tally made. */
  readonly generated: boolean;
  readonly chart: SheetChart | null;
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

function displayDate(serial: number, format: string): string {
  const day = dayNumberFromSerial(serial);
  if (day === null) return String(serial);
  const { year, month, day: dayOfMonth } = civilFromDayNumber(day);
  const date = `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(dayOfMonth)}`;
  if (!format.includes("hh")) return date;
  const minutes = Math.round((serial - Math.floor(serial)) * 24 * 60);
  return `${date} ${pad2(Math.floor(minutes / 60) % 24)}:${pad2(minutes % 60)}`;
}

/**
 * A number in the number formats Lead Tally writes: "0.0%", "#,##0.00", '0.00"×"', '"£"#,##0'
 * (decimals, thousands separators, a percentage, a quoted prefix or suffix). As in Excel, a
 * negative number's minus sign comes before a quoted prefix: -£150.
 */
function displayNumber(value: number, format: string): string {
  const prefix = /^"([^"]*)"/.exec(format)?.[1] ?? "";
  const suffix = /"([^"]*)"$/.exec(format)?.[1] ?? "";
  const pattern = format.replace(/^"[^"]*"/, "").replace(/"[^"]*"$/, "");
  const percent = pattern.endsWith("%");
  const decimals = (pattern.split(".")[1] ?? "").replace(/[^0#]/g, "").length;
  let text = Math.abs(percent ? value * 100 : value).toFixed(decimals);
  if (pattern.includes(",")) {
    const [whole, fraction] = text.split(".");
    text = whole.replace(/\B(?=(\d{3})+$)/g, ",") + (fraction === undefined ? "" : `.${fraction}`);
  }
  const sign = value < 0 ? "-" : "";
  return `${sign}${prefix}${text}${percent ? "%" : ""}${suffix}`;
}

/** The text Excel would display for a cell, for the formats Lead Tally writes. */
export function displayText(cell: StoredCell | undefined): string {
  if (cell === undefined) return "";
  if (cell.formula !== undefined) return cell.formula;
  if (cell.error !== undefined) return cell.error;
  const { value, numberFormat = "General" } = cell;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (/y/i.test(numberFormat)) return displayDate(value, numberFormat);
  if (numberFormat === "General") return String(value);
  return displayNumber(value, numberFormat);
}

/** A sheet's cells as the preview shows them, from A1 to the last used one. */
export function sheetGrid(
  name: string,
  rows: readonly (readonly (StoredCell | undefined)[] | undefined)[],
  generated: boolean,
  chart: BalanceChart | undefined
): SheetGrid {
  const width = rows.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
  return {
    name,
    generated,
    // Array.from, not map: rows never written are holes, and map would skip them.
    rows: Array.from({ length: rows.length }, (_, r) =>
      Array.from({ length: width }, (_, c) => displayText(rows[r]?.[c]))
    ),
    chart: chart === undefined ? null : chartOf(rows, chart),
  };
}

/** The values of a chart's data block: the period column, the column series, the line series. */
export function chartOf(
  rows: readonly (readonly (StoredCell | undefined)[] | undefined)[],
  chart: BalanceChart
): SheetChart {
  const width = 2 + chart.columnSeries.length + (chart.projectedSeries === undefined ? 0 : 1);
  const values = Array.from({ length: chart.rowCount }, (_, r) =>
    Array.from(
      { length: width },
      (_, c) => rows[chart.dataRow + r]?.[chart.dataColumn + c]?.value ?? null
    )
  );
  return { description: chart, values };
}
