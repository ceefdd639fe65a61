/**
 * Marketing against sales, period by period: leads are what marketing brought, clients what
 * sales converted. The diagnosis compares the latest complete periods with the ones before them
 * and names which side is holding the business back, by thresholds the owner can change. Its
 * words name the figures it compared, so they can be checked against the chart beside them.
 */
import { BalanceThresholds } from "./balanceThresholds";
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
  readonly clients: number;
  readonly rate: number;
}

export interface Comparison {
  readonly recent: ComparedWindow;
  readonly before: ComparedWindow;
  /** (recent − before) ÷ before leads. */
  readonly leadChange: number;
  readonly conversion: "rose" | "fell" | "held";
  readonly target: number;
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

function windowOf(periods: readonly PeriodGroup[]): ComparedWindow {
  const leads = periods.reduce((sum, period) => sum + period.leads, 0);
  const clients = periods.reduce((sum, period) => sum + period.won, 0);
  const first = periods[0]?.label ?? "";
  const last = periods[periods.length - 1]?.label ?? "";
  return {
    periods: first === last ? first : `${first} to ${last}`,
    leads,
    clients,
    rate: leads === 0 ? 0 : clients / leads,
  };
}

function compare(
  periods: readonly PeriodGroup[],
  thresholds: BalanceThresholds
): Comparison | null {
  const size = thresholds.windowPeriods;
  if (periods.length < 2 * size) return null;
  const recent = windowOf(periods.slice(-size));
  const before = windowOf(periods.slice(-2 * size, -size));
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
  };
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
  return (
    `comparing ${recent.periods} with ${before.periods}, leads went from ${before.leads} to ` +
    `${recent.leads} (${leadTrend}) and ${rateWords}, against a ${percent(target)} target`
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

/**
 * `periods` are consecutive dated periods, oldest first, complete ones only: the period still
 * under way has fewer leads so far and open leads that have not had time to convert, and would
 * read as a fall. `underWay` names that period, to say it was left out.
 */
export function diagnoseBalance(
  periods: readonly PeriodGroup[],
  unit: string,
  thresholds: BalanceThresholds,
  underWay: string | null = null
): Diagnosis {
  const left = underWay === null ? "" : ` ${underWay} is under way and left out.`;
  const comparison = compare(periods, thresholds);
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
}

/** The periods marked: the one under way (label `current`) as so far, the small ones as thin. */
export function periodRows(
  periods: readonly PeriodGroup[],
  current: string,
  thinPeriodLeads: number
): PeriodRow[] {
  return periods.map((period) => ({
    ...period,
    soFar: period.label === current,
    thin: period.leads < thinPeriodLeads,
  }));
}

/** "so far", "thin (4 leads)", "so far; thin (4 leads)", or "". */
export function periodNote(row: PeriodRow): string {
  const notes: string[] = [];
  if (row.soFar) notes.push("so far");
  if (row.thin) notes.push(`thin (${row.leads} lead${row.leads === 1 ? "" : "s"})`);
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
