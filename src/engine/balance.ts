/**
 * Marketing against sales, period by period: leads are what marketing brought, clients what
 * sales converted. The diagnosis compares the latest complete periods with the ones before them
 * and names which side is holding the business back, by thresholds the owner can change. Its
 * words name the figures it compared, so they can be checked against the chart beside them.
 */
import { BalanceThresholds } from "./balanceThresholds";
import type { PeriodProjection } from "./projection";
import { PeriodGroup } from "./tally";

// The thresholds live apart so the settings (read with the pane's first view) can use their
// defaults without bringing the diagnosis into the first view's scripts.
export type { BalanceThresholds } from "./balanceThresholds";
export { DEFAULT_BALANCE_THRESHOLDS } from "./balanceThresholds";

export type BalanceVerdict =
  | "marketing-heavy"
  | "sales-heavy"
  | "both-down"
  | "conversion-low"
  | "balanced"
  | "not-enough-data";

/** The leads and conversion of a run of periods the diagnosis compared. */
export interface ComparedWindow {
  /** "2026-06" or "2026-06 to 2026-08". */
  readonly periods: string;
  readonly leads: number;
  /** Clients so far. */
  readonly clients: number;
  /**
   * Conversion of the window's leads: clients ÷ leads, except that a period named in the
   * comparison's `projected` counts its leads × its projected conversion instead of its clients.
   */
  readonly rate: number;
}

/** A period the diagnosis may judge; completion and projected are there when it could be projected. */
export interface JudgedPeriod extends PeriodGroup {
  readonly completion?: number | null;
  readonly projected?: number | null;
}

/** A recent period judged on its projected conversion, or left out as too young to judge. */
export interface ProjectedUse {
  readonly label: string;
  readonly completion: number;
  readonly projected: number | null;
}

export interface Comparison {
  readonly recent: ComparedWindow;
  readonly before: ComparedWindow;
  /** (recent − before) ÷ before leads. */
  readonly leadChange: number;
  readonly conversion: "rose" | "fell" | "held";
  readonly target: number;
  /** The recent periods whose projected conversion stood in for their conversion so far. */
  readonly projected: readonly ProjectedUse[];
}

export interface Diagnosis {
  readonly verdict: BalanceVerdict;
  /** One paragraph in plain words that names the periods, leads, conversion and target it compared. */
  readonly text: string;
  /** The figures behind the words; null when there was not enough data to compare. */
  readonly comparison: Comparison | null;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

const UNIT_PLURALS: Record<string, string> = {
  month: "months",
  quarter: "quarters",
  year: "years",
  week: "weeks",
};

function spanWords(count: number, unit: string): string {
  const words = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  const number = count < words.length ? words[count] : String(count);
  return count === 1
    ? `the last ${unit}`
    : `the last ${number} ${UNIT_PLURALS[unit] ?? `${unit}s`}`;
}

/** True when a period is judged on its projected conversion rather than its clients so far. */
function usesProjection(period: JudgedPeriod): boolean {
  return (
    typeof period.completion === "number" &&
    period.completion < 1 &&
    typeof period.projected === "number"
  );
}

/** The clients a window's conversion counts: projected ones where the period is judged so. */
function countedClients(period: JudgedPeriod): number {
  return usesProjection(period) ? (period.projected as number) * period.leads : period.won;
}

function windowOf(periods: readonly JudgedPeriod[]): ComparedWindow {
  const leads = periods.reduce((sum, period) => sum + period.leads, 0);
  const clients = periods.reduce((sum, period) => sum + period.won, 0);
  const counted = periods.reduce((sum, period) => sum + countedClients(period), 0);
  const first = periods[0]?.label ?? "";
  const last = periods[periods.length - 1]?.label ?? "";
  return {
    periods: first === last ? first : `${first} to ${last}`,
    leads,
    clients,
    rate: leads === 0 ? 0 : counted / leads,
  };
}

/**
 * The periods the diagnosis judges, oldest first, and the recent ones left out: from the first
 * period still maturing whose completion is below the threshold (or that cannot be projected),
 * that period and every later one are too young to judge.
 */
export function judgedPeriods(
  periods: readonly JudgedPeriod[],
  threshold: number
): { judged: JudgedPeriod[]; leftOut: ProjectedUse[] } {
  const young = (period: JudgedPeriod): boolean =>
    typeof period.completion === "number" &&
    period.completion < 1 &&
    (period.completion < threshold || period.projected === null);
  const cut = periods.findIndex(young);
  if (cut < 0) return { judged: [...periods], leftOut: [] };
  return {
    judged: periods.slice(0, cut),
    leftOut: periods
      .slice(cut)
      .filter((period) => typeof period.completion === "number")
      .map((period) => ({
        label: period.label,
        completion: period.completion as number,
        projected: period.projected ?? null,
      })),
  };
}

function compare(
  periods: readonly JudgedPeriod[],
  thresholds: BalanceThresholds
): Comparison | null {
  const size = thresholds.windowPeriods;
  if (periods.length < 2 * size) return null;
  const compared = periods.slice(-2 * size);
  const recent = windowOf(compared.slice(size));
  const before = windowOf(compared.slice(0, size));
  if (recent.leads + before.leads < thresholds.minimumLeads || before.leads === 0) return null;
  const step = recent.rate - before.rate;
  return {
    recent,
    before,
    leadChange: (recent.leads - before.leads) / before.leads,
    conversion:
      step >= thresholds.conversionChange
        ? "rose"
        : -step >= thresholds.conversionChange
          ? "fell"
          : "held",
    target: thresholds.targetConversionRate,
    projected: compared.filter(usesProjection).map((period) => ({
      label: period.label,
      completion: period.completion as number,
      projected: period.projected as number,
    })),
  };
}

/** "2026-09 (completion 95%) and 2026-10 (completion 82%)". */
function completionList(periods: readonly ProjectedUse[]): string {
  const named = periods.map(
    (period) => `${period.label} (completion ${percent(period.completion)})`
  );
  return named.length < 2
    ? named.join("")
    : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
}

/** "comparing 2026-04 to 2026-06 with 2026-01 to 2026-03, leads went from 12 to 20 (up 67%) and conversion from 23% to 44% (target 50%)" */
function figuresWords(comparison: Comparison): string {
  const { recent, before, leadChange, conversion, target } = comparison;
  const leadTrend =
    leadChange === 0
      ? "no change"
      : `${leadChange > 0 ? "up" : "down"} ${percent(Math.abs(leadChange))}`;
  const rateWords =
    conversion === "held"
      ? `conversion held at about ${percent(recent.rate)} (${percent(before.rate)} before)`
      : `conversion ${conversion} from ${percent(before.rate)} to ${percent(recent.rate)}`;
  const projected =
    comparison.projected.length === 0
      ? ""
      : `, using projected conversion for ${completionList(comparison.projected)}`;
  return (
    `comparing ${recent.periods} with ${before.periods}, leads went from ${before.leads} to ` +
    `${recent.leads} (${leadTrend}) and ${rateWords}, against a ${percent(target)} target` +
    projected
  );
}

function verdictOf(comparison: Comparison, thresholds: BalanceThresholds): BalanceVerdict {
  const leadsUp = comparison.leadChange >= thresholds.leadChange;
  const leadsDown = comparison.leadChange <= -thresholds.leadChange;
  const belowTarget = comparison.recent.rate < comparison.target;
  // Sales is named the bottleneck only when conversion fell as leads rose: a rate that rose while
  // leads rose is sales keeping up, however far it still is from the target.
  if (leadsUp && comparison.conversion === "fell") return "marketing-heavy";
  if (leadsDown) return belowTarget ? "both-down" : "sales-heavy";
  return belowTarget ? "conversion-low" : "balanced";
}

function adviceOf(verdict: BalanceVerdict, comparison: Comparison): string {
  switch (verdict) {
    case "marketing-heavy":
      return "Marketing-heavy: more leads than sales can convert; sales capacity is the bottleneck";
    case "sales-heavy":
      return "Sales-heavy: conversion meets the target but leads fell; invest in marketing";
    case "both-down":
      return "Both need attention: leads fell and conversion is below the target";
    case "conversion-low":
      return comparison.conversion === "rose"
        ? "Conversion below target, though rising: keep improving how leads are followed up"
        : "Conversion below target: look at how leads are followed up";
    default:
      return "Balanced: leads hold up and conversion meets the target";
  }
}

/** Why the youngest periods were left out, naming their completion. */
function leftOutWords(leftOut: readonly ProjectedUse[], threshold: number): string {
  if (leftOut.length === 0) return "";
  const verb = leftOut.length === 1 ? "is" : "are";
  return (
    ` ${capitalise(completionList(leftOut))} ${verb} too recent to judge (completion below ` +
    `${percent(threshold)}) and left out.`
  );
}

/**
 * `periods` are consecutive dated periods, oldest first. Without projections (no completion on
 * any), complete ones only: the period still under way has fewer leads so far and open leads that
 * have not had time to convert, and would read as a fall; `underWay` names that period, to say it
 * was left out. With projections, recent periods still maturing are judged on their projected
 * conversion once their completion reaches the threshold, and left out below it (see
 * judgedPeriods); `underWay` then names the period under way only when it is not in `periods`.
 */
export function diagnoseBalance(
  periods: readonly JudgedPeriod[],
  unit: string,
  thresholds: BalanceThresholds,
  underWay: string | null = null
): Diagnosis {
  const { judged, leftOut } = judgedPeriods(periods, thresholds.projectionCompletion);
  const left =
    (underWay === null ? "" : ` ${underWay} is under way and left out.`) +
    leftOutWords(leftOut, thresholds.projectionCompletion);
  const comparison = compare(judged, thresholds);
  if (comparison === null) {
    const size = thresholds.windowPeriods;
    return {
      verdict: "not-enough-data",
      text:
        `Not enough data yet: the diagnosis compares ${spanWords(size, unit)} with the ${size} ` +
        `before them and needs at least ${thresholds.minimumLeads} leads in all.${left}`,
      comparison: null,
    };
  }
  const verdict = verdictOf(comparison, thresholds);
  return {
    verdict,
    text: `${adviceOf(verdict, comparison)}. ${capitalise(figuresWords(comparison))}.${left}`,
    comparison,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A period as the chart and the table show it. */
export interface PeriodRow extends PeriodGroup {
  /** The period under way: its figures are so far, not a fall. */
  readonly soFar: boolean;
  /** Fewer leads than the thin-period threshold. */
  readonly thin: boolean;
  /**
   * With a Closed column and at least one lag (rule 9), PROJECTED_CONVERSION's figures for the
   * period (null where it has none: an empty period, or projected when too early to tell);
   * absent otherwise.
   */
  readonly conversionSoFar?: number | null;
  readonly completion?: number | null;
  readonly projected?: number | null;
}

/**
 * The periods marked: the one under way (label `current`) as so far, the small ones as thin, and
 * each with its projection when there are projections (from projectPeriods, with lags).
 *
 * A projection from a completion below `judgeFrom` (the diagnosis' threshold) is too early to
 * tell: a month a few days old with no client yet projects 0%, with one client 100%. It is left
 * out (null) here, so the table, the sheet, the chart and the diagnosis show the same periods
 * projected, and no young period is drawn as a collapse.
 */
export function periodRows(
  periods: readonly PeriodGroup[],
  current: string,
  thinPeriodLeads: number,
  projections: readonly PeriodProjection[] | null = null,
  judgeFrom = 0
): PeriodRow[] {
  const byLabel = new Map(projections?.map((projection) => [projection.label, projection]));
  return periods.map((period) => {
    const row = {
      ...period,
      soFar: period.label === current,
      thin: period.leads < thinPeriodLeads,
    };
    const projection = byLabel.get(period.label);
    if (projection === undefined) return row;
    const { conversionSoFar, completion, projected } = projection;
    const tooEarly = completion !== null && completion < judgeFrom;
    return { ...row, conversionSoFar, completion, projected: tooEarly ? null : projected };
  });
}

/**
 * A recent period still maturing: it should get more clients yet, by the business's own timing
 * (completion below 1). Its projected conversion is shown beside its conversion so far.
 */
export function isMaturing(row: PeriodRow): boolean {
  return typeof row.completion === "number" && row.completion < 1;
}

/**
 * What the diagnosis is given: the complete periods, and the period under way too when it has a
 * completion to be judged by (judgedPeriods then keeps or leaves it out by its completion);
 * otherwise the period under way is named to say it was left out, as without projections.
 */
export function diagnosisPeriods(
  rows: readonly PeriodRow[],
  current: string
): { periods: PeriodRow[]; underWay: string | null } {
  const complete = rows.filter((row) => row.label < current);
  const underWay = rows.find((row) => row.label === current);
  if (underWay === undefined) return { periods: complete, underWay: null };
  return typeof underWay.completion === "number"
    ? { periods: [...complete, underWay], underWay: null }
    : { periods: complete, underWay: current };
}

/** "so far", "thin (4 leads)", "so far; thin (4 leads)", or "". */
export function periodNote(row: PeriodRow): string {
  const notes: string[] = [];
  if (row.soFar) notes.push("so far");
  if (row.thin) notes.push(`thin (${row.leads} lead${row.leads === 1 ? "" : "s"})`);
  if (isMaturing(row) && row.projected === null && row.leads > 0) {
    notes.push(
      `too early to project (completion ${Math.round((row.completion as number) * 100)}%)`
    );
  }
  return notes.join("; ");
}

/**
 * A week view where most complete weeks are thin jumps between 0% and 100% on single leads; a
 * month says more. Null when the view is not by week or the weeks are full enough.
 */
export function thinWeeksAdvice(
  rows: readonly PeriodRow[],
  unit: string,
  thinPeriodLeads: number
): string | null {
  if (unit !== "week") return null;
  const complete = rows.filter((row) => !row.soFar);
  const thin = complete.filter((row) => row.thin).length;
  if (complete.length === 0 || thin * 2 <= complete.length) return null;
  return (
    `${thin} of ${complete.length} weeks have fewer than ${thinPeriodLeads} leads, so their ` +
    "conversion jumps on single leads; view by month."
  );
}
