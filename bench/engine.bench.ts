/**
 * Engine suite: LEADS_BY_SOURCE and LEADS_BY_PERIOD over a million generated leads, timed beside
 * the floor measured in the same run (a bare nested-Map count of the raw pairs), and the peak
 * memory each call takes.
 *
 * The runner (scripts/bench.js) calls engineSuite.run(), which starts child processes of this
 * file: one for the timings (all four measurements interleaved in rounds), then one fresh
 * process per measurement for memory, so one call's heap never hides in another's.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands ranges over as any[][]. */

import {
  daysToConvert,
  leadsByPeriod,
  leadsBySource,
  projectedConversion,
} from "../src/functions/functions";
import { median, runAsChild, runChild } from "./child";
import { installCustomFunctionsStub } from "../test/support/customFunctionsStub";
import { GeneratedLeads, LeadOptions, generateLeads } from "./generate-leads";
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

export const TARGET_RATIO = 1.25;
const DEFAULT_ROUNDS = 11;
const DEFAULT_WARMUP = 3;

type Matrix = any[][];

// ---------------------------------------------------------------------------------------------
// The floors: what counting costs at the very least. Two copies on purpose, so that each stays
// monomorphic (one sees text keys, the other mostly numbers): a floor should be as fast as it gets.

function floorSourcePairs(sources: Matrix, outcomes: Matrix): Map<unknown, Map<unknown, number>> {
  const pairs = new Map<unknown, Map<unknown, number>>();
  for (let row = 0; row < sources.length; row++) {
    const id = sources[row][0];
    const outcome = outcomes[row][0];
    let byOutcome = pairs.get(id);
    if (byOutcome === undefined) {
      byOutcome = new Map();
      pairs.set(id, byOutcome);
    }
    byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
  }
  return pairs;
}

function floorDatePairs(dates: Matrix, outcomes: Matrix): Map<unknown, Map<unknown, number>> {
  const pairs = new Map<unknown, Map<unknown, number>>();
  for (let row = 0; row < dates.length; row++) {
    const id = dates[row][0];
    const outcome = outcomes[row][0];
    let byOutcome = pairs.get(id);
    if (byOutcome === undefined) {
      byOutcome = new Map();
      pairs.set(id, byOutcome);
    }
    byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------
// Checksums, so that every result is used and nothing can be optimised away.

interface Digest {
  /** Leads (or rows) counted. */
  readonly total: number;
  /** Distinct pairs, or table rows. */
  readonly size: number;
  readonly checksum: number;
}

function digestPairs(pairs: Map<unknown, Map<unknown, number>>): Digest {
  let total = 0;
  let size = 0;
  let checksum = 0;
  for (const byOutcome of pairs.values()) {
    for (const count of byOutcome.values()) {
      total += count;
      size++;
      checksum = (checksum * 31 + count) % 2147483647;
    }
  }
  return { total, size, checksum };
}

/** A single number (DAYS_TO_CONVERT): the number itself is the checksum. */
function digestNumber(value: number): Digest {
  return { total: 1, size: 1, checksum: Math.round(value * 1e6) % 2147483647 };
}

/** as_of for PROJECTED_CONVERSION: fixed, so the result does not depend on the day of the run. */
const AS_OF = 46053; // 2026-01-31, a month after the last lead

/** Sums the Leads column (index 1) of a spilled table; the checksum covers every numeric cell. */
function digestTable(table: any[][]): Digest {
  let total = 0;
  let checksum = 0;
  for (let row = 1; row < table.length; row++) {
    const cells = table[row];
    total += Number(cells[1]);
    for (const cell of cells) {
      if (typeof cell === "number")
        checksum = (checksum * 31 + Math.round(cell * 1e6)) % 2147483647;
      else if (typeof cell === "string") checksum = (checksum * 31 + cell.length) % 2147483647;
    }
  }
  return { total, size: table.length - 1, checksum };
}

// ---------------------------------------------------------------------------------------------
// The measurements.

interface Operation {
  readonly id: string;
  readonly label: string;
  /** The floor this is compared with; none for a floor. */
  readonly floor: string | null;
  readonly run: (data: GeneratedLeads) => Digest;
}

export const OPERATIONS: readonly Operation[] = [
  {
    id: "floor-source",
    label: "floor: nested Map of raw (source, outcome)",
    floor: null,
    run: (data) => digestPairs(floorSourcePairs(data.sources, data.outcomes)),
  },
  {
    id: "leads-by-source",
    label: "LEADS_BY_SOURCE(sources, outcomes)",
    floor: "floor-source",
    run: (data) => digestTable(leadsBySource(data.sources, data.outcomes)),
  },
  {
    id: "floor-date",
    label: "floor: nested Map of raw (date, outcome)",
    floor: null,
    run: (data) => digestPairs(floorDatePairs(data.dates, data.outcomes)),
  },
  {
    id: "leads-by-period",
    label: "LEADS_BY_PERIOD(dates, outcomes)",
    floor: "floor-date",
    run: (data) => digestTable(leadsByPeriod(data.dates, data.outcomes)),
  },
  // Each function below has a floor of its own (the same bare count), so that every round times
  // each floor once, right next to its function.
  {
    id: "floor-whole-date",
    label: "floor: nested Map of raw (whole-day date, outcome)",
    floor: null,
    run: (data) => digestPairs(floorDatePairs(data.wholeDates, data.outcomes)),
  },
  {
    id: "leads-by-period-whole",
    label: "LEADS_BY_PERIOD(dates, outcomes), whole-day dates",
    floor: "floor-whole-date",
    run: (data) => digestTable(leadsByPeriod(data.wholeDates, data.outcomes)),
  },
  {
    id: "floor-date-projected",
    label: "floor: nested Map of raw (date, outcome)",
    floor: null,
    run: (data) => digestPairs(floorDatePairs(data.dates, data.outcomes)),
  },
  {
    id: "projected-conversion",
    label: "PROJECTED_CONVERSION(dates, closed, outcomes, , , as_of)",
    floor: "floor-date-projected",
    run: (data) =>
      digestTable(
        projectedConversion(data.dates, data.closed, data.outcomes, null, undefined, AS_OF)
      ),
  },
  {
    id: "floor-date-days",
    label: "floor: nested Map of raw (date, outcome)",
    floor: null,
    run: (data) => digestPairs(floorDatePairs(data.dates, data.outcomes)),
  },
  {
    id: "days-to-convert",
    label: "DAYS_TO_CONVERT(dates, closed, outcomes)",
    floor: "floor-date-days",
    run: (data) => digestNumber(daysToConvert(data.dates, data.closed, data.outcomes)),
  },
  {
    id: "floor-whole-date-projected",
    label: "floor: nested Map of raw (whole-day date, outcome)",
    floor: null,
    run: (data) => digestPairs(floorDatePairs(data.wholeDates, data.outcomes)),
  },
  {
    id: "projected-conversion-whole",
    label: "PROJECTED_CONVERSION, whole-day dates",
    floor: "floor-whole-date-projected",
    run: (data) =>
      digestTable(
        projectedConversion(data.wholeDates, data.closed, data.outcomes, null, undefined, AS_OF)
      ),
  },
  {
    id: "floor-whole-date-days",
    label: "floor: nested Map of raw (whole-day date, outcome)",
    floor: null,
    run: (data) => digestPairs(floorDatePairs(data.wholeDates, data.outcomes)),
  },
  {
    id: "days-to-convert-whole",
    label: "DAYS_TO_CONVERT, whole-day dates",
    floor: "floor-whole-date-days",
    run: (data) => digestNumber(daysToConvert(data.wholeDates, data.closed, data.outcomes)),
  },
];

/** The target of each function against its floor: 1.25× unless the issue sets another. */
function targetOf(id: string): number {
  return id.startsWith("projected-conversion") ? 1.5 : TARGET_RATIO;
}

function operation(id: string): Operation {
  const found = OPERATIONS.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`unknown operation ${id}`);
  return found;
}

interface Sanity {
  readonly check: string;
  readonly expected: number;
  readonly actual: number;
}

function sanityChecks(
  data: GeneratedLeads,
  digests: Record<string, Digest>,
  tables: Record<string, any[][]>
): Sanity[] {
  const bySource = tables["leads-by-source"];
  const byPeriod = tables["leads-by-period"];
  const clients = (table: any[][]) => table.slice(1).reduce((sum, row) => sum + Number(row[2]), 0);
  return [
    {
      check: "LEADS_BY_SOURCE leads = generated non-blank leads",
      expected: data.nonBlankLeads,
      actual: digests["leads-by-source"].total,
    },
    {
      check: "LEADS_BY_PERIOD leads = generated non-blank leads",
      expected: data.nonBlankLeads,
      actual: digests["leads-by-period"].total,
    },
    {
      check: "LEADS_BY_SOURCE clients = generated won outcomes",
      expected: data.stats.outcomeFamilies.won,
      actual: clients(bySource),
    },
    {
      check: "LEADS_BY_PERIOD clients = generated won outcomes",
      expected: data.stats.outcomeFamilies.won,
      actual: clients(byPeriod),
    },
    {
      check: "LEADS_BY_SOURCE sources (messy spellings grouped)",
      expected: 12,
      actual: bySource.length - 1,
    },
    {
      check: "LEADS_BY_PERIOD months (2023-01 to 2025-12)",
      expected: 36,
      actual: byPeriod.length - 1,
    },
    {
      check: "LEADS_BY_PERIOD on whole-day dates: the same table",
      expected: digests["leads-by-period"].checksum,
      actual: digests["leads-by-period-whole"].checksum,
    },
    {
      check: "PROJECTED_CONVERSION leads = generated non-blank leads (every lead is dated)",
      expected: data.nonBlankLeads,
      actual: digests["projected-conversion"].total,
    },
    {
      check: "PROJECTED_CONVERSION clients so far = generated won outcomes",
      expected: data.stats.outcomeFamilies.won,
      actual: clients(tables["projected-conversion"]),
    },
    {
      check: "PROJECTED_CONVERSION on whole-day dates: the same table",
      expected: digests["projected-conversion"].checksum,
      actual: digests["projected-conversion-whole"].checksum,
    },
    {
      check: "DAYS_TO_CONVERT = the median lag computed plainly (x1000)",
      expected: Math.round(plainMedianLag(data) * 1000),
      actual: Math.round(tables["days-to-convert"][0][0] * 1000),
    },
    {
      check: "DAYS_TO_CONVERT on whole-day dates: the same (x1000)",
      expected: digests["days-to-convert"].checksum,
      actual: digests["days-to-convert-whole"].checksum,
    },
    {
      check: "floor (source) rows = all rows",
      expected: data.rows,
      actual: digests["floor-source"].total,
    },
    {
      check: "floor (date) rows = all rows",
      expected: data.rows,
      actual: digests["floor-date"].total,
    },
  ];
}

/** The median lag by sorting every lag: won outcomes as the generator spells them. */
function plainMedianLag(data: GeneratedLeads): number {
  const won = /^(won|closed won|client|sold)$/;
  const lags: number[] = [];
  for (let row = 0; row < data.rows; row++) {
    const outcome = String(data.outcomes[row][0]).trim().replace(/\s+/g, " ").toLowerCase();
    const closed = data.closed[row][0];
    if (!won.test(outcome) || typeof closed !== "number") continue;
    lags.push(closed - data.wholeDates[row][0]);
  }
  lags.sort((a, b) => a - b);
  const middle = lags.length / 2;
  return lags.length % 2 === 1 ? lags[Math.floor(middle)] : (lags[middle - 1] + lags[middle]) / 2;
}

function leadOptions(options: Readonly<Record<string, string>>): Partial<LeadOptions> {
  const chosen: { leads?: number; seed?: number } = {};
  if (options.leads !== undefined) chosen.leads = Number(options.leads);
  if (options.seed !== undefined) chosen.seed = Number(options.seed);
  return chosen;
}

// ---------------------------------------------------------------------------------------------
// Child process: timings. Warm-up rounds, then rounds in which every measurement runs once, each
// call next to its floor; a full garbage collection before each call (not timed), so that each
// call pays for its own garbage and not for the previous one's.

/**
 * Each call runs right next to its floor, so a change in the machine's load between them is
 * small; which of the two goes first, and which pair goes first, alternate from round to round.
 */
function roundOrder(round: number): Operation[] {
  const r = round + 1024; // warm-up rounds are negative
  const pairs = OPERATIONS.filter((op) => op.floor !== null).map((op) => {
    const pair = [operation(op.floor as string), op];
    return Math.floor(r / 2) % 2 === 1 ? pair.reverse() : pair;
  });
  if (r % 2 === 1) pairs.reverse();
  return pairs.flat();
}

interface TimingOutput {
  readonly times: Record<string, number[]>;
  readonly pairedRatios: Record<string, number[]>;
  readonly digests: Record<string, Digest>;
  readonly sanity: Sanity[];
  readonly generationMs: number;
  readonly rows: number;
  readonly nonBlankLeads: number;
  readonly stats: GeneratedLeads["stats"];
  readonly options: GeneratedLeads["options"];
  readonly distinct: Record<string, number>;
}

function timingChild(options: Readonly<Record<string, string>>): TimingOutput {
  installCustomFunctionsStub();
  const rounds = Number(options.rounds ?? DEFAULT_ROUNDS);
  const warmup = Number(options.warmup ?? DEFAULT_WARMUP);
  const started = performance.now();
  const data = generateLeads(leadOptions(options));
  const generationMs = performance.now() - started;

  const times: Record<string, number[]> = {};
  const digests: Record<string, Digest> = {};
  for (const op of OPERATIONS) times[op.id] = [];

  for (let round = -warmup; round < rounds; round++) {
    for (const op of roundOrder(round)) {
      collectGarbage();
      const start = process.hrtime.bigint();
      const digest = op.run(data);
      const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
      const previous = digests[op.id];
      if (
        previous !== undefined &&
        (previous.checksum !== digest.checksum || previous.total !== digest.total)
      ) {
        throw new Error(`${op.id} gave a different result in round ${round}`);
      }
      digests[op.id] = digest;
      if (round >= 0) times[op.id].push(elapsedMs);
    }
    process.stderr.write(round < 0 ? "w" : ".");
  }
  process.stderr.write("\n");

  const pairedRatios: Record<string, number[]> = {};
  for (const op of OPERATIONS) {
    if (op.floor === null) continue;
    const floorTimes = times[op.floor];
    pairedRatios[op.id] = times[op.id].map((time, round) => time / floorTimes[round]);
  }
  const tables = {
    "leads-by-source": leadsBySource(data.sources, data.outcomes),
    "leads-by-period": leadsByPeriod(data.dates, data.outcomes),
    "projected-conversion": projectedConversion(
      data.dates,
      data.closed,
      data.outcomes,
      null,
      undefined,
      AS_OF
    ),
    "days-to-convert": [[daysToConvert(data.dates, data.closed, data.outcomes)]],
  };
  const distinct = {
    sourceValues: floorSourcePairs(data.sources, data.outcomes).size,
    dateValues: floorDatePairs(data.dates, data.outcomes).size,
    dateValuesTimeDropped: new Set(
      data.dates.map((row) => (typeof row[0] === "number" ? Math.floor(row[0]) : row[0]))
    ).size,
    sourceOutcomePairs: digests["floor-source"].size,
    dateOutcomePairs: digests["floor-date"].size,
  };
  return {
    times,
    pairedRatios,
    digests,
    sanity: sanityChecks(data, digests, tables),
    generationMs,
    rows: data.rows,
    nonBlankLeads: data.nonBlankLeads,
    stats: data.stats,
    options: data.options,
    distinct,
  };
}

// ---------------------------------------------------------------------------------------------
// Child process: memory of one measurement, in a fresh process holding only the input: one
// warm-up call (compiled code is not what we measure), then the measured call (see memory.ts).

interface MemoryOutput extends PeakMemory {
  readonly id: string;
  readonly inputHeapBytes: number;
  readonly checksum: number;
}

async function memoryChild(options: Readonly<Record<string, string>>): Promise<MemoryOutput> {
  installCustomFunctionsStub();
  const op = operation(options.op);
  collectGarbage();
  const empty = process.memoryUsage().heapUsed;
  const data = generateLeads(leadOptions(options));
  collectGarbage();
  const inputHeapBytes = process.memoryUsage().heapUsed - empty;

  const warm = op.run(data).checksum;
  const { result, memory } = await measurePeakMemory(() => op.run(data));
  return { id: op.id, inputHeapBytes, checksum: warm + result.checksum, ...memory };
}

// ---------------------------------------------------------------------------------------------
// The suite, run by scripts/bench.js in the parent process.

async function runEngineSuite(context: BenchContext): Promise<SuiteResult> {
  const childOptions = { ...context.options };
  context.log(`engine: timing (warm-up w, rounds .) in a child process`);
  const timing = await runChild<TimingOutput>(__filename, "time", childOptions, context);
  const memory: Record<string, MemoryOutput> = {};
  for (const op of OPERATIONS) {
    context.log(`engine: memory of ${op.id} in a fresh process`);
    memory[op.id] = await runChild<MemoryOutput>(
      __filename,
      "memory",
      { ...childOptions, op: op.id },
      context
    );
  }

  const medians: Record<string, number> = {};
  for (const op of OPERATIONS) medians[op.id] = median(timing.times[op.id]);

  const ratioText = (id: string, of: (id: string) => number) =>
    `${(of(id) / of(operation(id).floor as string)).toFixed(2)}×`;

  let targetsMet = true;
  const summary: Record<string, unknown> = {};
  const rows: BenchRow[] = OPERATIONS.map((op) => {
    const times = timing.times[op.id];
    const mem = memory[op.id];
    let ratio: number | null = null;
    let met: boolean | null = null;
    if (op.floor !== null) {
      ratio = median(timing.pairedRatios[op.id]);
      met = ratio <= targetOf(op.id);
      targetsMet &&= met;
    }
    const row = benchRow(op.label, {
      result: `${ms(medians[op.id])} median`,
      baseline: ratio === null ? "(the floor)" : `${ratio.toFixed(2)}× its floor`,
      budget: ratio === null ? "" : `≤ ${targetOf(op.id).toFixed(2)}× floor`,
      met: metText(met),
      heap: `+${MiB(mem.peakExtraHeapBytes)}`,
      rss: `${mem.rssPeakIsExact ? "+" : "≤ +"}${MiB(mem.peakExtraRssBytes)}`,
      detail: `min ${ms(Math.min(...times))}; ${times.length} rounds`,
    });
    summary[op.id] = {
      label: op.label,
      medianMs: medians[op.id],
      minMs: Math.min(...times),
      timesMs: times,
      floor: op.floor,
      medianPairedRatio: ratio,
      pairedRatios: op.floor === null ? null : timing.pairedRatios[op.id],
      ratioOfMedians: op.floor === null ? null : medians[op.id] / medians[op.floor],
      ratioOfMins:
        op.floor === null ? null : Math.min(...times) / Math.min(...timing.times[op.floor]),
      memory: mem,
    };
    return row;
  });

  const failed = timing.sanity.filter((check) => check.expected !== check.actual);
  const input = memory["floor-source"].inputHeapBytes;
  const rounds = timing.times[OPERATIONS[0].id].length;
  const notes = [
    `Input: ${count(timing.nonBlankLeads)} leads + ${timing.options.blankRows} blank rows = ${count(timing.rows)} rows, ` +
      `5 columns (source, outcome, date, the date as a whole-day serial, closed date) as n×1 matrices (${MiB(input)} of heap); seed ${timing.options.seed}, generated in ${ms(timing.generationMs)}.`,
    `Data: 12 sources, ${count(timing.stats.messySources)} messy source cells (${((100 * timing.stats.messySources) / timing.nonBlankLeads).toFixed(1)}%), ` +
      `${timing.stats.distinctSourceSpellings} spellings; outcomes won ${count(timing.stats.outcomeFamilies.won)}, ` +
      `lost ${count(timing.stats.outcomeFamilies.lost)}, open ${count(timing.stats.outcomeFamilies.open)}; ` +
      `dates 2023-01-01..2025-12-31: ${count(timing.stats.wholeSerials)} whole serials, ${count(timing.stats.serialsWithTime)} with a time, ` +
      `${count(timing.stats.isoTexts)} ISO texts.`,
    `Distinct raw values: ${count(timing.distinct.sourceValues)} sources (${count(timing.distinct.sourceOutcomePairs)} source×outcome pairs), ` +
      `${count(timing.distinct.dateValues)} dates (${count(timing.distinct.dateOutcomePairs)} date×outcome pairs), ` +
      `${count(timing.distinct.dateValuesTimeDropped)} dates once the time of day is dropped, which LEADS_BY_PERIOD does before counting ` +
      `(so it hashes fewer distinct keys than its floor, which counts the raw dates).`,
    `Timing: ${rounds} rounds after ${Number(context.options.warmup ?? DEFAULT_WARMUP)} warm-up rounds; in each round every call runs right after ` +
      `or right before its floor (the order alternating), with a full GC before each call (not timed). ` +
      `"vs baseline" = the median over rounds of (call ÷ its floor in the same round), which cancels most of the machine's changing load; ` +
      `for comparison, median ÷ median: ${ratioText("leads-by-source", (id) => medians[id])}, min ÷ min: ${ratioText("leads-by-source", (id) => Math.min(...timing.times[id]))} ` +
      `(LEADS_BY_SOURCE), ${ratioText("leads-by-period", (id) => medians[id])} and ${ratioText("leads-by-period", (id) => Math.min(...timing.times[id]))} (LEADS_BY_PERIOD). ` +
      `The calls go through the real custom functions in src/functions/functions.ts (CustomFunctions stubbed); LEADS_BY_PERIOD by month. ` +
      `PROJECTED_CONVERSION (by month, as_of 2026-01-31) and DAYS_TO_CONVERT read the closed dates too (whole days, lags of about 20 days on average, ` +
      `5% of clients without one); each function has a floor of its own, the same bare count of (date, outcome) pairs, timed next to it. ` +
      `"whole-day dates": the same leads with every date a whole serial (no time of day, no text), as a Date column typed by hand holds them; their floor counts those raw pairs.`,
    `Memory: each call measured in a fresh node --expose-gc process holding only the input: one warm-up call, full GC, then the measured call. ` +
      `Peak heap = largest V8 used-heap seen before each GC during the call (v8.GCProfiler) or right after it, minus the baseline (garbage included). ` +
      `Peak RSS = the kernel's high-water mark minus the baseline RSS (${rssMethodText(Object.values(memory))})` +
      `${Object.values(memory).every((m) => m.rssPeakIsExact) ? "" : '; "≤" marks a call that did not raise the process\'s earlier high-water mark, so only an upper bound is known'}. ` +
      `Baseline with the input loaded: heap ${MiB(memory["floor-source"].baselineHeapBytes)}, RSS ${MiB(memory["floor-source"].baselineRssBytes)}.`,
    failed.length === 0
      ? `Sanity: all ${timing.sanity.length} checks passed (e.g. LEADS_BY_SOURCE counted ${count(timing.digests["leads-by-source"].total)} leads = ${count(timing.nonBlankLeads)} generated).`
      : `SANITY FAILED: ${failed.map((check) => `${check.check}: expected ${check.expected}, got ${check.actual}`).join("; ")}.`,
  ];

  return {
    suite: "engine",
    title: `Engine on ${count(timing.nonBlankLeads)} leads`,
    rows,
    notes,
    targetsMet,
    sane: failed.length === 0,
    raw: {
      summary,
      sanity: timing.sanity,
      generation: { options: timing.options, stats: timing.stats, ms: timing.generationMs },
      distinct: timing.distinct,
    },
  };
}

export const engineSuite: BenchSuite = { name: "engine", run: runEngineSuite };

if (require.main === module) {
  runAsChild((kind, options) => {
    if (kind === "time") return timingChild(options);
    if (kind === "memory") return memoryChild(options);
    throw new Error(`unknown child ${kind}`);
  });
}
