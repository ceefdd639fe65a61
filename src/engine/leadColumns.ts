/**
 * Recognising the owner's lead columns by their header names, so the pane can propose a mapping
 * the owner only has to confirm.
 *
 * Owners paste in exports from CRMs and web forms and keep trackers made from templates, so the
 * names below are the labels those tools use (Salesforce's and Zoho's lead fields, HubSpot's
 * contact properties, Pipedrive's "Deal - " export columns, Meta lead-ads downloads, Google and
 * Microsoft Forms response sheets), each with a score: where a sheet has two candidates for one
 * field, the more specific name wins ("Lead Date" over "Follow-up Date", "Lifecycle Stage" over
 * "Lead Status"). A header is compared whole, after folding case, underscores and punctuation,
 * so "Original Source Drill-Down 1" or "Annual Revenue" (the company's, not the job's) are not
 * taken for "Original Source" or "Revenue".
 */
import { toKey, toLabel } from "./cells";

/** "closed" is the day a lead was decided (won or lost); it is optional everywhere. */
export const LEAD_FIELDS = ["date", "source", "outcome", "value", "notes", "closed"] as const;
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
  "Closed",
];

type Names = Readonly<Record<string, number>>;

/** Whole header names (folded) and how sure each is. */
const HEADER_NAMES: { readonly [F in LeadField]: Names } = {
  source: {
    "lead source": 100,
    source: 95,
    "original source": 90,
    "source channel": 90,
    "marketing source": 85,
    "referral source": 85,
    "lead channel": 85,
    channel: 70,
    "utm source": 60,
    origin: 50,
    // Meta lead-ads downloads: the app the form was filled in (fb, ig).
    platform: 20,
  },
  outcome: {
    outcome: 100,
    "lifecycle stage": 96,
    "lead status": 95,
    status: 90,
    result: 80,
    "deal stage": 70,
    stage: 65,
    "lead stage": 65,
    "pipeline stage": 60,
  },
  date: {
    date: 100,
    "lead date": 100,
    "date received": 95,
    received: 90,
    "enquiry date": 95,
    "inquiry date": 95,
    "created date": 90,
    "create date": 90,
    "date created": 90,
    "creation date": 90,
    created: 90,
    "created at": 90,
    "created on": 90,
    "created time": 90,
    "deal created": 90,
    "lead created": 90,
    timestamp: 85,
    "submission date": 80,
    "submitted at": 80,
    "submitted on": 80,
    "completion time": 75,
    "start time": 70,
  },
  value: {
    value: 100,
    "deal value": 95,
    "job value": 95,
    "sale value": 95,
    "sales value": 95,
    "won value": 90,
    amount: 90,
    "deal amount": 90,
    revenue: 85,
    "sale amount": 85,
    price: 60,
  },
  // The day a lead was decided. Exact names only: "closed" and "won" are also words that rule a
  // header out as the lead's own date (OTHER_WORDS).
  closed: {
    closed: 100,
    "closed date": 100,
    "date closed": 100,
    "closed on": 95,
    "won date": 95,
    "date won": 95,
    "decision date": 95,
    "date decided": 90,
    decided: 85,
    "close date": 85,
    "closing date": 80,
    "deal closed": 80,
  },
  notes: {
    notes: 100,
    note: 100,
    comments: 95,
    comment: 95,
    description: 60,
    message: 50,
    details: 40,
  },
};

/** A question on a form: matched by its beginning. */
const QUESTION_STARTS: readonly string[] = [
  "how did you hear",
  "where did you hear",
  "how did you find",
  "where did you find",
];

/**
 * Headers that contain a field's word but are about something else: a follow-up, closing or
 * birth date is not when the lead came in; Pipedrive's "Source origin" says how a deal was
 * entered (import, API), not where it came from; weighted or expected values are forecasts.
 */
const OTHER_WORDS: readonly string[] = [
  "follow",
  "close",
  "closed",
  "closing",
  "converted",
  "won",
  "lost",
  "modified",
  "updated",
  "last",
  "next",
  "due",
  "expected",
  "birth",
  "weighted",
  "annual",
  "origin",
  "id",
  "payment",
  "invoice",
];

/** The words a header may merely contain, at a low score, when nothing better names the field. */
const FIELD_WORDS: { readonly [F in LeadField]: readonly string[] } = {
  source: ["source"],
  outcome: ["status", "outcome"],
  date: ["date"],
  value: ["value", "amount"],
  notes: ["notes", "note", "comments"],
  closed: [],
};
const WORD_SCORE = 10;

/** Prefixes of export columns that name the record they belong to (Pipedrive: "Deal - Value"). */
const RECORD_PREFIXES: readonly string[] = ["deal ", "lead "];

/** Lower case, punctuation and underscores as spaces, one space between words. */
function fold(header: unknown): string {
  return toKey(toLabel(header))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function scoreOf(header: string, field: LeadField): number {
  const named = HEADER_NAMES[field][header];
  if (named !== undefined) return named;
  if (field === "source" && QUESTION_STARTS.some((start) => header.startsWith(start))) return 80;
  const words = header.split(" ");
  if (words.some((word) => OTHER_WORDS.includes(word))) return 0;
  return words.some((word) => FIELD_WORDS[field].includes(word)) ? WORD_SCORE : 0;
}

/** How sure it is that a header names a field: 0 when it does not. */
export function headerScore(header: unknown, field: LeadField): number {
  const folded = fold(header);
  let best = scoreOf(folded, field);
  // "Deal - Status" is the deal's status: scored as "status", and as "deal status" would be.
  for (const prefix of RECORD_PREFIXES) {
    if (folded.startsWith(prefix))
      best = Math.max(best, scoreOf(folded.slice(prefix.length), field));
  }
  return best;
}

/** The field a header most likely names, or null when it names none. */
export function fieldOfHeader(header: unknown): LeadField | null {
  let best: LeadField | null = null;
  let bestScore = 0;
  for (const field of LEAD_FIELDS) {
    const score = headerScore(header, field);
    if (score > bestScore) {
      best = field;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The best column for each field, no column for two fields: the surest pairs are taken first,
 * and between equally sure columns the leftmost.
 */
export function guessMapping(headers: readonly unknown[]): ColumnMapping {
  const mapping: { [F in LeadField]: number | null } = {
    date: null,
    source: null,
    outcome: null,
    value: null,
    notes: null,
    closed: null,
  };
  const pairs: { field: LeadField; column: number; score: number }[] = [];
  headers.forEach((header, column) => {
    for (const field of LEAD_FIELDS) {
      const score = headerScore(header, field);
      if (score > 0) pairs.push({ field, column, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const taken = new Set<number>();
  for (const { field, column } of pairs) {
    if (mapping[field] !== null || taken.has(column)) continue;
    mapping[field] = column;
    taken.add(column);
  }
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
