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
import { GeneratedSheet, MAX_CELL_TEXT, NO_RATE, SheetValue, fitInCell } from "./sheets";
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

/**
 * The labels joined with commas, as many as a cell holds: the settings allow 200 labels of 255
 * characters, about 51,000 characters joined, and Excel refuses more than 32,767 in a cell. The
 * labels left out are counted at the end.
 */
export function labelListText(labels: readonly string[]): string {
  const joined = labels.join(", ");
  if (joined.length <= MAX_CELL_TEXT) return joined;
  let text = "";
  for (let shown = 0; shown < labels.length; shown++) {
    const next = shown === 0 ? labels[0] : `${text}, ${labels[shown]}`;
    const note = `, … and ${labels.length - shown - 1} more labels`;
    if (next.length + note.length > MAX_CELL_TEXT) {
      return fitInCell(
        `${text}${shown === 0 ? "" : ", "}… and ${labels.length - shown} more labels`
      );
    }
    text = next;
  }
  return text;
}

function pad(row: SheetValue[], width: number): SheetValue[] {
  return row.concat(new Array<SheetValue>(Math.max(0, width - row.length)).fill(null));
}

export function buildTallySheet(input: TallySheetInput): { sheet: GeneratedSheet; tally: Tally } {
  const tally = tallyOf(input.sources, input.outcomes, input.rules);
  const width = LEADS_BY_OUTCOME_HEADER.length;
  const about: SheetValue[][] = [
    [TALLY_SHEET_NAME],
    ["Computed from", fitInCell(input.origin)],
    ["Columns", fitInCell(input.columns)],
    [
      "Won labels",
      labelListText(input.wonLabels.length > 0 ? input.wonLabels : DEFAULT_WON_LABELS),
    ],
    [
      "Lost labels",
      labelListText(input.lostLabels.length > 0 ? input.lostLabels : DEFAULT_LOST_LABELS),
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
