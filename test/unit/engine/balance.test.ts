import { DEFAULT_BALANCE_THRESHOLDS, diagnoseBalance } from "../../../src/engine/balance";
import { PeriodGroup } from "../../../src/engine/tally";

/** Three periods before and three recent ones, with the given totals spread over them. */
function periods(before: [number, number], recent: [number, number]): PeriodGroup[] {
  const spread = ([leads, clients]: [number, number], start: number): PeriodGroup[] =>
    [0, 1, 2].map((i) => {
      const share = (total: number) => Math.floor(total / 3) + (i < total % 3 ? 1 : 0);
      const won = share(clients);
      const all = share(leads);
      return { label: `2026-0${start + i}`, leads: all, won, lost: 0, open: all - won };
    });
  return [...spread(before, 1), ...spread(recent, 4)];
}

const thresholds = DEFAULT_BALANCE_THRESHOLDS;

describe("diagnoseBalance", () => {
  it("says there is not enough data with fewer periods than two windows, or too few leads", () => {
    expect(
      diagnoseBalance(periods([100, 30], [135, 24]).slice(1), "month", thresholds).verdict
    ).toBe("not-enough-data");
    const few = diagnoseBalance(periods([6, 2], [9, 3]), "month", thresholds);
    expect(few).toEqual({
      verdict: "not-enough-data",
      text:
        "Not enough data yet: the diagnosis compares the last three months with the 3 before them " +
        "and needs at least 20 leads in all.",
    });
    expect(diagnoseBalance(periods([0, 0], [40, 10]), "month", thresholds).verdict).toBe(
      "not-enough-data"
    );
  });

  it("finds marketing-heavy: leads up while conversion falls", () => {
    expect(diagnoseBalance(periods([100, 30], [135, 24]), "month", thresholds)).toEqual({
      verdict: "marketing-heavy",
      text:
        "Marketing-heavy: leads up 35% over the last three months while conversion fell from 30% to 18%; " +
        "sales capacity is the bottleneck.",
    });
  });

  it("finds marketing-heavy when leads rise and conversion stays below target", () => {
    expect(diagnoseBalance(periods([100, 20], [130, 26]), "quarter", thresholds).text).toBe(
      "Marketing-heavy: leads up 30% over the last three quarters while conversion is 20%, below the 25% target; " +
        "sales capacity is the bottleneck."
    );
  });

  it("finds sales-heavy: good conversion but falling leads", () => {
    expect(diagnoseBalance(periods([100, 40], [80, 36]), "month", thresholds)).toEqual({
      verdict: "sales-heavy",
      text: "Sales-heavy: conversion 45% but leads down 20% over the last three months; invest in marketing.",
    });
  });

  it("finds both down", () => {
    expect(diagnoseBalance(periods([100, 20], [70, 7]), "month", thresholds).text).toBe(
      "Both need attention: leads down 30% over the last three months and conversion is 10%, below the 25% target."
    );
  });

  it("finds conversion below target with steady leads", () => {
    expect(diagnoseBalance(periods([100, 10], [105, 10]), "week", thresholds).text).toBe(
      "Conversion below target: 10% against 25%, with leads up 5% over the last three weeks; " +
        "look at how leads are followed up."
    );
  });

  it("finds balance", () => {
    expect(diagnoseBalance(periods([100, 30], [110, 33]), "month", thresholds)).toEqual({
      verdict: "balanced",
      text: "Balanced: leads up 10% over the last three months, conversion 30% against a 25% target.",
    });
  });

  it("follows the owner's thresholds", () => {
    const strict = { ...thresholds, leadChange: 0.05, targetConversionRate: 0.35 };
    expect(diagnoseBalance(periods([100, 30], [110, 33]), "month", strict).verdict).toBe(
      "marketing-heavy"
    );
    const oneMonth = { ...thresholds, windowPeriods: 1, minimumLeads: 0 };
    expect(diagnoseBalance(periods([100, 30], [110, 33]), "month", oneMonth).text).toMatch(
      /over the last month/
    );
  });
});
