/**
 * Recognising the owner's lead columns by their header names, so the pane can propose a mapping
 * the owner only has to confirm.
 */
import { toKey, toLabel } from "./cells";

export const LEAD_FIELDS = ["date", "source", "outcome", "value", "notes"] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];

/** For each field, the index of its column among the headers, or null when there is none. */
export type ColumnMapping = { readonly [F in LeadField]: number | null };

/** The columns of the Leads table the add-in creates when the workbook has none. */
export const NEW_LEADS_TABLE_HEADERS: readonly string[] = [
  "Date",
  "Source",
  "Outcome",
  "Value",
  "Notes",
];

const HEADER_NAMES: { readonly [F in LeadField]: readonly string[] } = {
  source: ["source", "lead source", "channel", "origin", "how did you hear"],
  outcome: ["outcome", "status", "result", "stage"],
  date: ["date", "created", "received"],
  value: ["value", "amount", "revenue"],
  notes: ["notes", "note", "comments"],
};

function matches(header: string, name: string): boolean {
  // "How did you hear about us?" is a question, so it is matched by its beginning.
  return header === name || (name === "how did you hear" && header.startsWith(name));
}

/** The field a header names, if it is one of the recognised names (any case or spacing). */
export function fieldOfHeader(header: unknown): LeadField | null {
  const key = toKey(toLabel(header));
  for (const field of LEAD_FIELDS) {
    if (HEADER_NAMES[field].some((name) => matches(key, name))) return field;
  }
  return null;
}

/** The first column recognised for each field. */
export function guessMapping(headers: readonly unknown[]): ColumnMapping {
  const mapping: { [F in LeadField]: number | null } = {
    date: null,
    source: null,
    outcome: null,
    value: null,
    notes: null,
  };
  headers.forEach((header, index) => {
    const field = fieldOfHeader(header);
    if (field !== null && mapping[field] === null) mapping[field] = index;
  });
  return mapping;
}

/** A header row is taken for leads when it names a source column and an outcome or date column. */
export function looksLikeLeadsHeader(headers: readonly unknown[]): boolean {
  const mapping = guessMapping(headers);
  return mapping.source !== null && (mapping.outcome !== null || mapping.date !== null);
}

/**
 * Headers that name a spend table's columns. "Amount" is also a leads' value header, so a table
 * with Source, Amount and an outcome or date column is taken for leads first (looksLikeLeadsHeader).
 */
const SPEND_HEADER_NAMES = {
  spend: ["spend", "spent", "cost", "costs", "budget", "amount"],
  period: ["period", "month", "quarter", "week", "year", "date"],
} as const;

/** The columns of a spend table: Source and Spend, and a Period when there is one. */
export interface SpendColumns {
  readonly source: number;
  readonly spend: number;
  readonly period: number | null;
}

function indexOfName(headers: readonly unknown[], names: readonly string[]): number | null {
  // The first name in the list wins over later ones, whatever the column order.
  for (const name of names) {
    const index = headers.findIndex((header) => toKey(toLabel(header)) === name);
    if (index >= 0) return index;
  }
  return null;
}

/** The source, spend and period columns of a spend table, or null when the headers are not one. */
export function spendColumns(headers: readonly unknown[]): SpendColumns | null {
  const source = headers.findIndex((header) => fieldOfHeader(header) === "source");
  const spend = indexOfName(headers, SPEND_HEADER_NAMES.spend);
  if (source < 0 || spend === null) return null;
  return { source, spend, period: indexOfName(headers, SPEND_HEADER_NAMES.period) };
}

/** A header row is taken for a spend table when it names a Source and a Spend (Cost, Budget, Amount) column. */
export function looksLikeSpendHeader(headers: readonly unknown[]): boolean {
  return spendColumns(headers) !== null;
}
