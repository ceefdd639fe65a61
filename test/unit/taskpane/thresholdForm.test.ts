import { DEFAULT_BALANCE_THRESHOLDS, parseSettings } from "../../../src/engine";
import {
  THRESHOLD_FIELDS,
  parseThresholds,
  parseTypedNumber,
  thresholdTexts,
} from "../../../src/taskpane/thresholdForm";

const DEFAULT_TEXTS = thresholdTexts(DEFAULT_BALANCE_THRESHOLDS);

describe("parseThresholds", () => {
  it("refuses each out-of-range or unreadable value with what the field accepts, from the engine's limits", () => {
    const parsed = parseThresholds({
      targetConversionRate: "120",
      windowPeriods: "2.5",
      leadChange: "-5",
      conversionChange: "lots",
      minimumLeads: "",
      thinPeriodLeads: "0",
      projectionCompletion: "101",
    });
    expect(parsed).toEqual({
      ok: false,
      problems: {
        targetConversionRate: "Type a percentage from 0 to 100.",
        windowPeriods: "Type a whole number from 1 to 24.",
        leadChange: "Type a percentage from 0 to 1,000.",
        conversionChange: '"lots" is not a number. Type a number of points from 0 to 100.',
        minimumLeads: "Type a whole number from 0 to 1,000,000.",
        thinPeriodLeads: "Type a whole number from 1 to 1,000,000.",
        projectionCompletion: "Type a percentage from 0 to 100.",
      },
    });
  });

  it("shows the defaults as the owner types them, and reads them back unchanged", () => {
    expect(DEFAULT_TEXTS).toEqual({
      targetConversionRate: "25",
      windowPeriods: "3",
      leadChange: "20",
      conversionChange: "5",
      minimumLeads: "20",
      thinPeriodLeads: "10",
      projectionCompletion: "70",
    });
    expect(parseThresholds(DEFAULT_TEXTS)).toEqual({
      ok: true,
      thresholds: DEFAULT_BALANCE_THRESHOLDS,
    });
  });

  it("turns percentages and points into the fractions the engine keeps, without binary noise", () => {
    const parsed = parseThresholds({
      ...DEFAULT_TEXTS,
      targetConversionRate: "14.1%",
      conversionChange: "7",
      leadChange: "1000",
    });
    expect(parsed).toEqual({
      ok: true,
      thresholds: {
        ...DEFAULT_BALANCE_THRESHOLDS,
        targetConversionRate: 0.141,
        conversionChange: 0.07,
        leadChange: 10,
      },
    });
    // What is accepted is what the engine accepts when the settings are read back.
    if (!parsed.ok) throw new Error("refused");
    const stored = { version: 1, balance: { unit: "month", thresholds: parsed.thresholds } };
    expect(parseSettings(stored).problems).toEqual([]);
  });

  it("accepts the edges of every range", () => {
    const low = parseThresholds({
      targetConversionRate: "0",
      windowPeriods: "1",
      leadChange: "0",
      conversionChange: "0",
      minimumLeads: "0",
      thinPeriodLeads: "1",
      projectionCompletion: "0",
    });
    const high = parseThresholds({
      targetConversionRate: "100",
      windowPeriods: "24",
      leadChange: "1,000",
      conversionChange: "100",
      minimumLeads: "1,000,000",
      thinPeriodLeads: "1,000,000",
      projectionCompletion: "100",
    });
    expect(low.ok && high.ok).toBe(true);
    expect(THRESHOLD_FIELDS).toHaveLength(7);
  });
});

describe("parseTypedNumber", () => {
  it("reads what owners type, and nothing else", () => {
    expect(parseTypedNumber("")).toBeNull();
    expect(parseTypedNumber("1e3")).toBeNull();
    expect(parseTypedNumber("12,5,0")).toBeNull();
    expect(parseTypedNumber(" 25 % ")).toBe(25);
    expect(parseTypedNumber("12,5")).toBe(12.5);
    expect(parseTypedNumber("1,000")).toBe(1000);
    expect(parseTypedNumber("-3")).toBe(-3);
  });
});
