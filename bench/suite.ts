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
