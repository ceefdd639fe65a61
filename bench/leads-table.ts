/**
 * A full-sheet Leads table for the workbook benchmarks: the header row (Date, Source, Outcome,
 * Value, Notes, the columns of the table the add-in creates) and 1,048,575 leads below it, so the
 * table fills all 1,048,576 rows Excel has. Deterministic: the same seed gives the same rows.
 *
 * Dates, sources and outcomes come from generate-leads.ts (messy spellings, times of day, a few
 * dates typed as text); a won lead has a value in currency units with cents, others none; one
 * lead in four has a note of 10 to 60 characters.
 */
import { GeneratedLeads, generateLeads, mulberry32 } from "./generate-leads";

/** Rows on an Excel sheet; the table's header takes the first. */
export const EXCEL_ROWS = 1_048_576;
export const FULL_SHEET_LEADS = EXCEL_ROWS - 1;
export const LEADS_HEADERS = ["Date", "Source", "Outcome", "Value", "Notes"] as const;

const NOTE_PARTS = [
  "Called back",
  "wants a quote",
  "for three rooms",
  "asked about prices",
  "came with a friend",
  "follow up next week",
  "sent brochure",
  "no answer",
  "met at the fair",
];

export interface LeadsTable {
  /** Data rows only, five cells each; dates as Excel serials (or ISO text), blanks as "". */
  readonly rows: unknown[][];
  readonly won: number;
  readonly withNotes: number;
  readonly generated: GeneratedLeads["stats"];
}

/** Won outcomes, as generate-leads.ts spells them (its messy variants included). */
function isWonSpelling(outcome: string): boolean {
  const key = outcome.replace(/\s+/g, " ").trim().toLowerCase();
  return key === "won" || key === "closed won" || key === "client" || key === "sold";
}

export function generateLeadsTable(leads = FULL_SHEET_LEADS, seed = 20260101): LeadsTable {
  const base = generateLeads({ leads, seed, blankRows: 0 });
  const random = mulberry32(seed ^ 0x5bd1e995);
  const rows: unknown[][] = new Array(leads);
  let won = 0;
  let withNotes = 0;
  for (let row = 0; row < leads; row++) {
    const outcome = base.outcomes[row][0] as string;
    let value: number | string = "";
    if (isWonSpelling(outcome)) {
      value = Math.round((50 + random() * 4950) * 100) / 100;
      won++;
    }
    let note = "";
    if (random() < 0.25) {
      const first = NOTE_PARTS[Math.floor(random() * NOTE_PARTS.length)];
      const second = NOTE_PARTS[Math.floor(random() * NOTE_PARTS.length)];
      note = random() < 0.5 ? first : `${first}; ${second}`;
      withNotes++;
    }
    rows[row] = [base.dates[row][0], base.sources[row][0], outcome, value, note];
  }
  return { rows, won, withNotes, generated: base.stats };
}
