/**
 * How the pane names the leads and their columns to the owner, and in the Lead Tally sheet.
 */
import { ColumnMapping, LEAD_FIELDS, LeadField } from "../engine";
import type { LeadsLocation } from "../workbook/workbook";

export const FIELD_NAMES: { readonly [F in LeadField]: string } = {
  date: "Date",
  source: "Source",
  outcome: "Outcome",
  value: "Value",
  notes: "Notes",
  closed: "Closed",
};

/** The 1-based sheet row number the owner sees for a zero-based data row. */
export function sheetRowOf(location: LeadsLocation, dataRow: number): number {
  return location.headerRow + dataRow + 2;
}

/** 'table "Leads" on sheet "Leads"', or 'the rows under row 3 on sheet "Enquiries"'. */
export function describeLocation(location: LeadsLocation): string {
  if (location.tableName !== null) {
    return `table "${location.tableName}" on sheet "${location.sheetName}"`;
  }
  return `the rows under row ${location.headerRow + 1} on sheet "${location.sheetName}"`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "60 leads", "1 lead". */
export function leadCount(count: number): string {
  return `${count} ${count === 1 ? "lead" : "leads"}`;
}

/** The name a column goes by: its header, or its position when the header is empty. */
export function columnName(headers: readonly string[], index: number): string {
  const header = headers[index] ?? "";
  const duplicated = headers.filter((other) => other === header).length > 1;
  if (header === "" || duplicated) {
    return header === "" ? `(column ${index + 1})` : `${header} (column ${index + 1})`;
  }
  return header;
}

/** 'Source = "Lead source", Outcome = "Status"', for the tally sheet. */
export function describeColumns(headers: readonly string[], mapping: ColumnMapping): string {
  return LEAD_FIELDS.filter((field) => mapping[field] !== null)
    .map((field) => `${FIELD_NAMES[field]} = "${columnName(headers, mapping[field] as number)}"`)
    .join(", ");
}
