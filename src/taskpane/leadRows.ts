/** The row a recorded lead becomes in the leads table. */
import type { ColumnMapping, WriteValue } from "../engine";
import type { LeadsLocation } from "../workbook/workbook";

export interface QueuedLead {
  readonly source: string;
  /** Today's date as an Excel serial, read when the button was clicked. */
  readonly serial: number;
}

export const NEEDS_SOURCE = "Choose the leads and their Source column first.";
export const NEEDS_DATE = "Choose the leads and their Date and Source columns first.";

/** Null in every column the lead does not fill, so the owner's formulas there stay. */
export function leadRow(
  location: LeadsLocation,
  mapping: ColumnMapping,
  lead: QueuedLead
): WriteValue[] {
  const row = new Array<WriteValue>(location.headers.length).fill(null);
  if (mapping.source !== null) row[mapping.source] = lead.source;
  if (mapping.date !== null) row[mapping.date] = { serial: lead.serial };
  if (mapping.outcome !== null) row[mapping.outcome] = "Open";
  return row;
}
