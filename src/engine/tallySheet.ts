/**
 * The "Lead Tally" sheet: per source the leads, won, lost, open, conversion rate and win rate,
 * a total row, and above them a block that says what the numbers were computed from and when.
 * The counts come from the same tallyBySource the worksheet functions use, so the sheet and
 * =TALLY.LEADS_BY_OUTCOME agree on the same data.
 */
import { Cell } from "./cells";
import { serialDayFromCell } from "./dates";
import { isTallyError } from "./errors";
import { LEADS_BY_OUTCOME_HEADER, outcomeRow } from "./formulas";
import { lagDistribution, medianLag } from "./lags";
import { keyOfSource } from "./money";
import {
  DEFAULT_LOST_LABELS,
  DEFAULT_WON_LABELS,
  OutcomeRules,
  outcomeClassifier,
} from "./outcomes";
import {
  CellFormat,
  GeneratedSheet,
  MAX_CELL_TEXT,
  NO_RATE,
  SheetValue,
  fitInCell,
} from "./sheets";
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
  /**
   * The lead dates and closed dates, the same length as sources, when both columns are mapped
   * (the closed column is optional): the sheet then shows the time to convert per source.
   */
  readonly timeToConvert?: {
    readonly dates: readonly Cell[];
    readonly closed: readonly Cell[];
  } | null;
}

export const TIME_TO_CONVERT_HEADER: readonly string[] = [
  "Median days to convert",
  "Clients measured",
];

/** Lag → clients, per source key and for all sources (rule 9). */
interface LagsBySource {
  readonly bySource: Map<string, Map<number, number>>;
  readonly all: Map<number, number>;
}

function lagsBySource(
  sources: readonly Cell[],
  outcomes: readonly Cell[],
  dates: readonly Cell[],
  closed: readonly Cell[],
  rules: OutcomeRules
): LagsBySource {
  const bySource = new Map<string, Map<number, number>>();
  const all = new Map<number, number>();
  const classOf = outcomeClassifier(rules);
  for (let row = 0; row < sources.length; row++) {
    if (classOf(outcomes[row]) !== "won") continue;
    const leadDay = serialDayFromCell(dates[row]);
    const closedDay = serialDayFromCell(closed[row]);
    if (leadDay === null || closedDay === null || closedDay < leadDay) continue;
    const lag = closedDay - leadDay;
    // The keys tallyBySource groups by: blank sources are "(no source)".
    const { key } = keyOfSource(sources[row]);
    let lags = bySource.get(key);
    if (lags === undefined) {
      lags = new Map();
      bySource.set(key, lags);
    }
    lags.set(lag, (lags.get(lag) ?? 0) + 1);
    all.set(lag, (all.get(lag) ?? 0) + 1);
  }
  return { bySource, all };
}

/** A source's time to convert: the median lag and the number of clients it is measured on. */
export interface ConversionTime {
  /** Median days from lead date to closed date (rule 9); null when no client has a lag. */
  readonly medianDays: number | null;
  readonly clients: number;
}

/** The time to convert per source key (as tallyBySource groups them) and over all sources. */
export interface TimeToConvert {
  readonly bySource: ReadonlyMap<string, ConversionTime>;
  readonly total: ConversionTime;
}

function conversionTime(lags: Map<number, number>): ConversionTime {
  const distribution = lagDistribution(lags);
  return {
    medianDays: distribution.count === 0 ? null : medianLag(distribution),
    clients: distribution.count,
  };
}

/** The time to convert of a source key; no client measured for a source without a lag. */
export function conversionTimeOf(time: TimeToConvert, key: string): ConversionTime {
  return time.bySource.get(key) ?? { medianDays: null, clients: 0 };
}

/** Median days and the number of clients it is measured on; a dash with no client measured. */
function timeCells(time: ConversionTime): SheetValue[] {
  return [time.medianDays ?? NO_RATE, time.clients];
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

/** The sheet, the counts it shows, and its time to convert (null without closed dates). */
export interface TallySheetResult {
  readonly sheet: GeneratedSheet;
  readonly tally: Tally;
  readonly time: TimeToConvert | null;
}

function timeToConvertOf(input: TallySheetInput): TimeToConvert | null {
  if (!input.timeToConvert || input.outcomes === null) return null;
  const { dates, closed } = input.timeToConvert;
  const lags = lagsBySource(input.sources, input.outcomes, dates, closed, input.rules);
  const bySource = new Map<string, ConversionTime>();
  for (const [key, histogram] of lags.bySource) bySource.set(key, conversionTime(histogram));
  return { bySource, total: conversionTime(lags.all) };
}

export function buildTallySheet(input: TallySheetInput): TallySheetResult {
  const tally = tallyOf(input.sources, input.outcomes, input.rules);
  const time = timeToConvertOf(input);
  const width =
    LEADS_BY_OUTCOME_HEADER.length + (time === null ? 0 : TIME_TO_CONVERT_HEADER.length);
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
  // With closed dates, each row of LEADS_BY_OUTCOME's is followed by the source's time to convert.
  const withTime = (row: SheetValue[], of: (time: TimeToConvert) => ConversionTime) =>
    time === null ? row : [...row, ...timeCells(of(time))];
  const body: SheetValue[][] = [
    time === null
      ? [...LEADS_BY_OUTCOME_HEADER]
      : [...LEADS_BY_OUTCOME_HEADER, ...TIME_TO_CONVERT_HEADER],
    ...tally.groups.map((group) =>
      withTime(countsRow(group.label, group), (t) => conversionTimeOf(t, group.key))
    ),
    withTime(countsRow("Total", tally.total), (t) => t.total),
  ];
  const rows = [...about, ...body].map((row) => pad(row, width));
  const firstCountRow = headerRow + 1;
  const formats: CellFormat[] = [
    { row: 6, column: 1, rowCount: 1, columnCount: 1, numberFormat: "yyyy-mm-dd hh:mm" },
    {
      row: firstCountRow,
      column: 5,
      rowCount: body.length - 1,
      columnCount: 2,
      numberFormat: "0.0%",
    },
  ];
  if (time !== null) {
    formats.push({
      row: firstCountRow,
      column: LEADS_BY_OUTCOME_HEADER.length,
      rowCount: body.length - 1,
      columnCount: 1,
      numberFormat: "0.0",
    });
  }
  return {
    tally,
    time,
    sheet: {
      kind: "lead-tally",
      preferredName: TALLY_SHEET_NAME,
      rows,
      boldRows: [0, headerRow, rows.length - 1],
      formats,
    },
  };
}
