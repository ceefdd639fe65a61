/**
 * Marketing against sales, period by period: leads are what marketing brought, clients what
 * sales converted. The diagnosis compares the latest complete periods with the ones before them
 * and names which side is holding the business back, by thresholds the owner can change.
 */
import { PeriodGroup } from "./tally";

export interface BalanceThresholds {
  /** The conversion rate the owner aims for, 0 to 1. */
  readonly targetConversionRate: number;
  /** How many complete periods make "recent"; the same number before them make "before". */
  readonly windowPeriods: number;
  /** A change in leads at least this large (0.2 = 20%) counts as up or down. */
  readonly leadChange: number;
  /** A change in conversion rate at least this large, in points (0.05 = 5 points), counts as a rise or fall. */
  readonly conversionChange: number;
  /** Fewer leads than this in the two windows together is too few to judge. */
  readonly minimumLeads: number;
}

export const DEFAULT_BALANCE_THRESHOLDS: BalanceThresholds = {
  targetConversionRate: 0.25,
  windowPeriods: 3,
  leadChange: 0.2,
  conversionChange: 0.05,
  minimumLeads: 20,
};

export type BalanceVerdict =
  | "marketing-heavy"
  | "sales-heavy"
  | "both-down"
  | "conversion-low"
  | "balanced"
  | "not-enough-data";

export interface Diagnosis {
  readonly verdict: BalanceVerdict;
  /** One sentence in plain words, e.g. "Marketing-heavy: leads up 35% … sales capacity is the bottleneck." */
  readonly text: string;
}

interface Window {
  readonly leads: number;
  readonly clients: number;
}

function windowOf(periods: readonly PeriodGroup[]): Window {
  return periods.reduce(
    (sum, period) => ({ leads: sum.leads + period.leads, clients: sum.clients + period.won }),
    {
      leads: 0,
      clients: 0,
    }
  );
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
  const words = [
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
  ];
  const number = count < words.length ? words[count] : String(count);
  return count === 1
    ? `the last ${unit}`
    : `the last ${number} ${UNIT_PLURALS[unit] ?? `${unit}s`}`;
}

/**
 * `periods` are consecutive dated periods, oldest first, complete ones only: the period still
 * under way has fewer leads so far and open leads that have not had time to convert, and would
 * read as a fall.
 */
export function diagnoseBalance(
  periods: readonly PeriodGroup[],
  unit: string,
  thresholds: BalanceThresholds
): Diagnosis {
  const size = thresholds.windowPeriods;
  const recent = windowOf(periods.slice(-size));
  const before = windowOf(periods.slice(-2 * size, -size));
  const span = spanWords(size, unit);
  if (
    periods.length < 2 * size ||
    recent.leads + before.leads < thresholds.minimumLeads ||
    before.leads === 0
  ) {
    return {
      verdict: "not-enough-data",
      text:
        `Not enough data yet: the diagnosis compares ${span} with the ${size} before them ` +
        `and needs at least ${thresholds.minimumLeads} leads in all.`,
    };
  }

  const leadChange = (recent.leads - before.leads) / before.leads;
  const recentRate = recent.leads === 0 ? 0 : recent.clients / recent.leads;
  const beforeRate = before.clients / before.leads;
  const leadsUp = leadChange >= thresholds.leadChange;
  const leadsDown = leadChange <= -thresholds.leadChange;
  const rateFell = beforeRate - recentRate >= thresholds.conversionChange;
  const belowTarget = recentRate < thresholds.targetConversionRate;
  const leadWords = `leads ${leadChange >= 0 ? "up" : "down"} ${percent(Math.abs(leadChange))} over ${span}`;

  if (leadsUp && (rateFell || belowTarget)) {
    const conversion = rateFell
      ? `conversion fell from ${percent(beforeRate)} to ${percent(recentRate)}`
      : `conversion is ${percent(recentRate)}, below the ${percent(thresholds.targetConversionRate)} target`;
    return {
      verdict: "marketing-heavy",
      text: `Marketing-heavy: ${leadWords} while ${conversion}; sales capacity is the bottleneck.`,
    };
  }
  if (leadsDown && !belowTarget) {
    return {
      verdict: "sales-heavy",
      text: `Sales-heavy: conversion ${percent(recentRate)} but ${leadWords}; invest in marketing.`,
    };
  }
  if (leadsDown && belowTarget) {
    return {
      verdict: "both-down",
      text:
        `Both need attention: ${leadWords} and conversion is ${percent(recentRate)}, ` +
        `below the ${percent(thresholds.targetConversionRate)} target.`,
    };
  }
  if (belowTarget) {
    return {
      verdict: "conversion-low",
      text:
        `Conversion below target: ${percent(recentRate)} against ${percent(thresholds.targetConversionRate)}, ` +
        `with ${leadWords}; look at how leads are followed up.`,
    };
  }
  return {
    verdict: "balanced",
    text:
      `Balanced: ${leadWords}, conversion ${percent(recentRate)} against a ` +
      `${percent(thresholds.targetConversionRate)} target.`,
  };
}
