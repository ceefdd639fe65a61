/**
 * The "Lead Tally" sheet: per source the leads, won, lost, open, conversion rate and win rate,
 * a total row, and above them a block that says what the numbers were computed from and when.
 * The counts come from the same tallyBySource the worksheet functions use, so the sheet and
 * =TALLY.LEADS_BY_OUTCOME agree on the same data.
 */
import { Cell } from "./cells";
import { isTallyError } from "./errors";
import { LEADS_BY_OUTCOME_HEADER, outcomeRow } from "./formulas";
import { DEFAULT_LOST_LABELS, DEFAULT_WON_LABELS, OutcomeRules } from "./outcomes";
import { GeneratedSheet, NO_RATE, SheetValue } from "./sheets";
import { OutcomeCounts, SourceGroup, sumCounts, tallyBySource } from "./tally";

export const TALLY_SHEET_NAME = "Lead Tally";

export interface TallySheetInput {
  readonly sources: readonly Cell[];
  /** null when the leads have no outcome column. */
  readonly outcomes: readonly Cell[] | null;
  readonly rules: OutcomeRules;
  /** The owner's labels as they typed them; empty for the defaults. */
  readonly wonLabels: readonly string[];
  readonly lostLabels: readonly string[];
  /** Where the leads came from, e.g. 'table "Leads" on sheet "Leads"'. */
  readonly origin: string;
  /** The columns used, e.g. 'Source = "Lead source", Outcome = "Status"'. */
  readonly columns: string;
  /** When it was computed, as an Excel serial on the owner's clock. */
  readonly computedAt: number;
}

export interface Tally {
  readonly groups: readonly SourceGroup[];
  readonly total: OutcomeCounts;
}

export function tallyOf(
  sources: readonly Cell[],
  outcomes: readonly Cell[] | null,
  rules: OutcomeRules
): Tally {
  const groups = tallyBySource(sources, outcomes, rules);
  return { groups, total: sumCounts(groups) };
}

/** The same row as LEADS_BY_OUTCOME's, with a dash where a rate has nothing to divide by. */
function countsRow(label: string, counts: OutcomeCounts): SheetValue[] {
  return outcomeRow(label, counts).map((cell) => (isTallyError(cell) ? NO_RATE : cell));
}

function pad(row: SheetValue[], width: number): SheetValue[] {
  return row.concat(new Array<SheetValue>(Math.max(0, width - row.length)).fill(null));
}

export function buildTallySheet(input: TallySheetInput): { sheet: GeneratedSheet; tally: Tally } {
  const tally = tallyOf(input.sources, input.outcomes, input.rules);
  const width = LEADS_BY_OUTCOME_HEADER.length;
  const about: SheetValue[][] = [
    [TALLY_SHEET_NAME],
    ["Computed from", input.origin],
    ["Columns", input.columns],
    ["Won labels", (input.wonLabels.length > 0 ? input.wonLabels : DEFAULT_WON_LABELS).join(", ")],
    [
      "Lost labels",
      (input.lostLabels.length > 0 ? input.lostLabels : DEFAULT_LOST_LABELS).join(", "),
    ],
    ["Leads", tally.total.leads],
    ["Computed at", { serial: input.computedAt }],
    [],
  ];
  const headerRow = about.length;
  const body: SheetValue[][] = [
    [...LEADS_BY_OUTCOME_HEADER],
    ...tally.groups.map((group) => countsRow(group.label, group)),
    countsRow("Total", tally.total),
  ];
  const rows = [...about, ...body].map((row) => pad(row, width));
  const firstCountRow = headerRow + 1;
  return {
    tally,
    sheet: {
      kind: "lead-tally",
      preferredName: TALLY_SHEET_NAME,
      rows,
      boldRows: [0, headerRow, rows.length - 1],
      formats: [
        { row: 6, column: 1, rowCount: 1, columnCount: 1, numberFormat: "yyyy-mm-dd hh:mm" },
        {
          row: firstCountRow,
          column: 5,
          rowCount: body.length - 1,
          columnCount: 2,
          numberFormat: "0.0%",
        },
      ],
    },
  };
}
