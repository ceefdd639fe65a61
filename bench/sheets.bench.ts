/**
 * Sheets suite: the Lead Tally sheet (buildTallySheet) and the Marketing vs Sales sheet
 * (buildBalanceReport) computed end to end for a full-sheet Leads table (1,048,575 leads under the
 * header, five columns) in the in-memory workbook (src/workbook/memoryWorkbook.ts), with the calls
 * the pane makes: readColumns, build, writeGeneratedSheet (see runTally in
 * src/taskpane/hooks/useLeadTally.ts; the balance as the pane computes it, without a spend table).
 *
 * Each measurement runs in a fresh process that builds the workbook (not timed), then makes the
 * call: once cold (the pane's first click), then warm rounds; then once more for memory
 * (see memory.ts). The floor for each is the bare read: readColumns of the same columns alone, timed
 * in the same rounds, so "vs baseline" says what the engine and the write add to the read.
 */
import {
  Cell,
  DEFAULT_BALANCE_THRESHOLDS,
  WriteValue,
  buildBalanceReport,
  buildTallySheet,
  dayNumberFromCivil,
  outcomeRules,
} from "../src/engine";
import { MemoryWorkbook } from "../src/workbook/memoryWorkbook";
import { LeadsLocation } from "../src/workbook/workbook";
import { median, runAsChild, runChild } from "./child";
import { FULL_SHEET_LEADS, LEADS_HEADERS, generateLeadsTable } from "./leads-table";
import { PeakMemory, collectGarbage, measurePeakMemory, rssMethodText } from "./memory";
import {
  BenchContext,
  BenchRow,
  BenchSuite,
  MiB,
  SuiteResult,
  benchRow,
  count,
  metText,
  ms,
} from "./suite";

const DEFAULT_ROUNDS = 5;

/** Now, for the sheets' "computed at" and the balance's current period: fixed, so runs agree. */
const NOW = new Date(Date.UTC(2026, 0, 15, 12));
const COMPUTED_AT = 46037.5; // 2026-01-15 12:00 as an Excel serial

interface Measurement {
  readonly id: string;
  readonly label: string;
  readonly columns: readonly number[];
  /** The pane's work after the read; returns a number for the sanity check. */
  readonly build: (cells: Cell[][], workbook: MemoryWorkbook) => Promise<number>;
}

const MEASUREMENTS: readonly Measurement[] = [
  {
    id: "tally",
    label: "Tally sheet: readColumns + buildTallySheet + writeGeneratedSheet",
    columns: [1, 2],
    build: async ([sources, outcomes], workbook) => {
      const { sheet, tally } = buildTallySheet({
        sources,
        outcomes,
        rules: outcomeRules([], []),
        wonLabels: [],
        lostLabels: [],
        origin: 'table "Leads" on sheet "Leads"',
        columns: 'Source = "Source", Outcome = "Outcome"',
        computedAt: COMPUTED_AT,
      });
      await workbook.writeGeneratedSheet(sheet);
      return tally.total.won;
    },
  },
  {
    id: "balance",
    label: "Balance sheet: readColumns + buildBalanceReport + writeGeneratedSheet",
    columns: [0, 1, 2, 3],
    build: async ([dates, sources, outcomes, values], workbook) => {
      const report = buildBalanceReport({
        dates,
        sources,
        outcomes,
        values,
        spend: null,
        unit: "month",
        rules: outcomeRules([], []),
        thresholds: DEFAULT_BALANCE_THRESHOLDS,
        origin: 'table "Leads" on sheet "Leads"',
        computedAt: COMPUTED_AT,
        today: dayNumberFromCivil(NOW.getUTCFullYear(), NOW.getUTCMonth() + 1, NOW.getUTCDate()),
      });
      if (!report.ok) throw new Error(`buildBalanceReport: ${report.error.message}`);
      await workbook.writeGeneratedSheet(report.value.sheet);
      return report.value.periods.reduce((sum, period) => sum + period.won, 0);
    },
  },
];

function measurement(id: string): Measurement {
  const found = MEASUREMENTS.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`unknown measurement ${id}`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Child process: one measurement in a fresh process.

interface Split {
  readonly totalMs: number;
  readonly readMs: number;
  readonly buildAndWriteMs: number;
}

interface SheetsOutput {
  readonly id: string;
  readonly leads: number;
  readonly setupMs: number;
  readonly cold: Split;
  readonly warm: Split[];
  /** The bare read of the same columns, timed in the same rounds: the floor. */
  readonly floorMs: number[];
  readonly memory: PeakMemory;
  readonly won: { expected: number; actual: number };
}

/** The leads as the pane would write them: dates as date serials (a date format), the rest as they are. */
function workbookOf(rows: unknown[][]): MemoryWorkbook {
  const writeRows: WriteValue[][] = rows.map(([date, ...rest]) => [
    typeof date === "number" ? { serial: date } : (date as WriteValue),
    ...(rest as WriteValue[]),
  ]);
  return new MemoryWorkbook({
    sheets: [{ name: "Leads", tableName: "Leads", rows: [[...LEADS_HEADERS], ...writeRows] }],
  });
}

async function endToEnd(
  m: Measurement,
  workbook: MemoryWorkbook,
  location: LeadsLocation
): Promise<{ split: Split; won: number }> {
  const start = performance.now();
  const cells = await workbook.readColumns(location, m.columns, () => undefined);
  const read = performance.now();
  const won = await m.build(cells, workbook);
  const end = performance.now();
  return {
    split: { totalMs: end - start, readMs: read - start, buildAndWriteMs: end - read },
    won,
  };
}

async function sheetsChild(options: Readonly<Record<string, string>>): Promise<SheetsOutput> {
  const m = measurement(options.op);
  const rounds = Number(options.rounds ?? DEFAULT_ROUNDS);
  const leads = Number(options.rows ?? FULL_SHEET_LEADS);
  const setupStart = performance.now();
  const table = generateLeadsTable(leads);
  const workbook = workbookOf(table.rows);
  const [location] = await workbook.findLeads();
  if (location === undefined) throw new Error("the memory workbook did not find the Leads table");
  const setupMs = performance.now() - setupStart;
  collectGarbage();

  const cold = await endToEnd(m, workbook, location);
  const warm: Split[] = [];
  const floorMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // The call and its floor side by side, the order alternating, a full GC before each.
    const order = round % 2 === 0 ? ["call", "floor"] : ["floor", "call"];
    for (const which of order) {
      collectGarbage();
      if (which === "call") {
        warm.push((await endToEnd(m, workbook, location)).split);
      } else {
        const start = performance.now();
        await workbook.readColumns(location, m.columns, () => undefined);
        floorMs.push(performance.now() - start);
      }
    }
    process.stderr.write(".");
  }
  process.stderr.write("\n");
  const { result, memory } = await measurePeakMemory(() => endToEnd(m, workbook, location));
  return {
    id: m.id,
    leads,
    setupMs,
    cold: cold.split,
    warm,
    floorMs,
    memory,
    won: { expected: table.won, actual: result.won },
  };
}

// ---------------------------------------------------------------------------------------------
// The suite, in the runner's process.

async function runSheetsSuite(context: BenchContext): Promise<SuiteResult> {
  const outputs: SheetsOutput[] = [];
  for (const m of MEASUREMENTS) {
    context.log(`sheets: ${m.id} in a fresh process (rounds .)`);
    outputs.push(
      await runChild<SheetsOutput>(__filename, "measure", { ...context.options, op: m.id }, context)
    );
  }
  const rows: BenchRow[] = outputs.map((output) => {
    const m = measurement(output.id);
    const totals = output.warm.map((split) => split.totalMs);
    const ratios = output.warm.map((split, round) => split.totalMs / output.floorMs[round]);
    return benchRow(m.label, {
      result: `${ms(median(totals))} median`,
      baseline: `${median(ratios).toFixed(2)}× the bare read (${ms(median(output.floorMs))})`,
      met: metText(null),
      heap: `+${MiB(output.memory.peakExtraHeapBytes)}`,
      rss: `${output.memory.rssPeakIsExact ? "+" : "≤ +"}${MiB(output.memory.peakExtraRssBytes)}`,
      detail:
        `cold (first call) ${ms(output.cold.totalMs)}: read ${ms(output.cold.readMs)}, build + write ${ms(output.cold.buildAndWriteMs)}; ` +
        `warm: read ${ms(median(output.warm.map((split) => split.readMs)))}, build + write ${ms(median(output.warm.map((split) => split.buildAndWriteMs)))}`,
    });
  });
  const failed = outputs.filter((output) => output.won.expected !== output.won.actual);
  const first = outputs[0];
  const notes = [
    `Input: an in-memory workbook (src/workbook/memoryWorkbook.ts) with a Leads table filling the sheet: header + ${count(first.leads)} leads, ` +
      `5 columns (dates written as date serials); built in ${(first.setupMs / 1000).toFixed(1)} s per process (not timed). ` +
      `The tally reads Source and Outcome, the balance Date, Source, Outcome and Value (by month, no spend table), as the pane does.`,
    `Timing: per measurement a fresh node --expose-gc process: one cold call (the pane's first click; in Detail), then ${first.warm.length} rounds ` +
      `in which the call and the bare readColumns of the same columns run side by side (order alternating, full GC before each); ` +
      `Result = median of the warm calls; "vs baseline" = median over rounds of call ÷ bare read. No time budget is set for these.`,
    `Memory: one more call with the workbook loaded (heap ${MiB(first.memory.baselineHeapBytes)}, RSS ${MiB(first.memory.baselineRssBytes)} before it): ` +
      `peak heap over the baseline, garbage included (v8.GCProfiler), and peak RSS over the baseline (${rssMethodText(outputs.map((output) => output.memory))}).`,
    failed.length === 0
      ? `Sanity: clients counted by both sheets = the generated won leads (${count(first.won.expected)}).`
      : `SANITY FAILED: ${failed.map((output) => `${output.id}: expected ${output.won.expected} clients, got ${output.won.actual}`).join("; ")}.`,
  ];
  return {
    suite: "sheets",
    title: "Tally and balance sheets end to end in the in-memory workbook",
    rows,
    notes,
    targetsMet: true,
    sane: failed.length === 0,
    raw: { outputs },
  };
}

export const sheetsSuite: BenchSuite = { name: "sheets", run: runSheetsSuite };

if (require.main === module) {
  runAsChild((kind, options) => {
    if (kind === "measure") return sheetsChild(options);
    throw new Error(`unknown child ${kind}`);
  });
}
