/** The row a recorded lead becomes in the leads table, and the day it is dated. */
import {
  isoTextOfDayNumber,
  dayNumberFromIsoText,
  dayNumberFromSerial,
  serialFromDayNumber,
  serialFromLocalTime,
  type ColumnMapping,
  type WriteValue,
} from "../engine";
import type { LeadsLocation } from "../workbook/workbook";

export interface QueuedLead {
  readonly source: string;
  /** The lead's day as an Excel serial, worked out when the button was clicked. */
  readonly serial: number;
  /** The owner's name or note for the lead, written to the Notes column if there is one. */
  readonly note?: string | null;
}

/** The day recorded leads are dated: remembered until the owner changes it. */
export type LeadDay =
  | { readonly kind: "today" }
  | { readonly kind: "yesterday" }
  | { readonly kind: "date"; readonly iso: string };

export const NEEDS_SOURCE = "Choose the leads and their Source column first.";
export const NEEDS_DATE = "Choose the leads and their Date and Source columns first.";

/** The serial of the lead's day, or null for a picked date that is no date. */
export function serialOfDay(day: LeadDay, now: Date): number | null {
  const today = Math.floor(serialFromLocalTime(now));
  if (day.kind === "today") return today;
  if (day.kind === "yesterday") return today - 1;
  const picked = dayNumberFromIsoText(day.iso);
  return picked === null ? null : serialFromDayNumber(picked);
}

/** "2026-11-20" for a date serial, as the Closed column shows it (yyyy-mm-dd). */
export function isoOfSerial(serial: number): string {
  const day = dayNumberFromSerial(serial);
  return day === null ? String(serial) : isoTextOfDayNumber(day);
}

/**
 * Null in every column the lead does not fill, so the owner's formulas there stay. The source is
 * written first and nothing else overwrites its column, whatever the mapping says.
 */
export function leadRow(
  location: LeadsLocation,
  mapping: ColumnMapping,
  lead: QueuedLead
): WriteValue[] {
  const row = new Array<WriteValue>(location.headers.length).fill(null);
  const put = (column: number | null, value: WriteValue) => {
    if (column !== null && row[column] === null) row[column] = value;
  };
  put(mapping.source, lead.source);
  put(mapping.date, { serial: lead.serial });
  put(mapping.outcome, "Open");
  const note = lead.note?.trim() ?? "";
  if (note !== "") put(mapping.notes, note);
  return row;
}

/**
 * The cells Mark won or Mark lost writes in a lead's row, one per header: the outcome label and,
 * with a Closed column, the day it closed; null everywhere else, so nothing else is touched.
 */
export function outcomeRow(
  location: LeadsLocation,
  mapping: ColumnMapping,
  label: string,
  closedSerial: number | null
): WriteValue[] {
  const row = new Array<WriteValue>(location.headers.length).fill(null);
  if (mapping.outcome !== null) row[mapping.outcome] = label;
  if (mapping.closed !== null && closedSerial !== null && row[mapping.closed] === null) {
    row[mapping.closed] = { serial: closedSerial };
  }
  return row;
}

/** Two fields mapped to one column, named for a message; null when every field has its own. */
export function sharedColumn(
  mapping: ColumnMapping,
  names: Readonly<Record<keyof ColumnMapping, string>>
): string | null {
  const fields = Object.keys(mapping) as (keyof ColumnMapping)[];
  for (const [i, a] of fields.entries()) {
    for (const b of fields.slice(i + 1)) {
      if (mapping[a] !== null && mapping[a] === mapping[b]) return `${names[a]} and ${names[b]}`;
    }
  }
  return null;
}

/**
 * A job's value as typed: digits with an optional decimal point, thousands commas and a leading
 * currency sign allowed ("$1,200.50"); null for anything else, negative amounts included.
 */
export function parseJobValue(text: string): number | null {
  const match = /^\s*[$€£]?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*$/.exec(text);
  if (match === null) return null;
  const amount = Number(match[1].replace(/,/g, "") + (match[2] ?? ""));
  return Number.isFinite(amount) ? amount : null;
}
