/**
 * What a bench suite hands back to the runner (scripts/bench.js): rows for the one table every
 * suite shares, notes printed under it, and raw figures for bench/results.json.
 */

export interface BenchContext {
  /** Options from the command line, as strings (e.g. { leads: "1000000", rounds: "7" }). */
  readonly options: Readonly<Record<string, string>>;
  /** Progress for the terminal (stderr); never part of the results. */
  readonly log: (message: string) => void;
}

export interface BenchRow {
  readonly measurement: string;
  /** Column name → shown value. The runner shows the union of all rows' columns, in first-seen order. */
  readonly cells: Readonly<Record<string, string>>;
}

export interface SuiteResult {
  readonly suite: string;
  readonly title: string;
  readonly rows: readonly BenchRow[];
  readonly notes: readonly string[];
  /** True when every target the suite checks is met. */
  readonly targetsMet: boolean;
  /** True when every sanity check passed (a failed check makes the numbers meaningless). */
  readonly sane: boolean;
  readonly raw: unknown;
}

export interface BenchSuite {
  readonly name: string;
  readonly run: (context: BenchContext) => Promise<SuiteResult>;
}

/**
 * The columns every suite fills, so that the one table stays narrow: the figure itself, how it
 * compares with a baseline measured in the same run, the budget it is held to and whether it
 * is met, the peak memory where a call's memory is measured, and the detail behind the figure.
 */
export const COLUMNS = {
  result: "Result",
  baseline: "vs baseline",
  budget: "Budget",
  met: "Met",
  heap: "Peak heap",
  rss: "Peak RSS",
  detail: "Detail",
} as const;

export type Cells = Partial<Record<keyof typeof COLUMNS, string>>;

/** A table row from named cells; the runner lays the columns out in COLUMNS' order. */
export function benchRow(measurement: string, cells: Cells): BenchRow {
  const named: Record<string, string> = {};
  for (const key of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
    named[COLUMNS[key]] = cells[key] ?? "";
  }
  return { measurement, cells: named };
}

/** "yes", "NO" or "" (no budget), for the Met column. */
export function metText(met: boolean | null): string {
  return met === null ? "" : met ? "yes" : "NO";
}

/** Units: sizes in decimal kB and MB (1 kB = 1,000 bytes), as Excel's payload limits are; memory in MiB. */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const MB = (bytes: number): string =>
  bytes < 100_000 ? kB(bytes) : `${(bytes / 1e6).toFixed(2)} MB`;
export const MiB = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
export const ms = (value: number): string => `${value.toFixed(1)} ms`;
export const count = (value: number): string => value.toLocaleString("en-US");
