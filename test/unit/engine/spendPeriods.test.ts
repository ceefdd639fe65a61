import { spendPeriodOf } from "../../../src/engine";

describe("spendPeriodOf", () => {
  it("names no period for blanks, text that is no period label, and impossible labels", () => {
    for (const cell of [null, "", "August", "2026-13", "2026-Q5", "2026-W54", "2025-W53", true]) {
      expect(spendPeriodOf(cell, "month")).toBeNull();
    }
  });

  it("reads the balance's labels as their own kind of period", () => {
    expect(spendPeriodOf("2026-03", "quarter")).toMatchObject({ unit: "month", label: "2026-03" });
    expect(spendPeriodOf("2026-q1", "month")).toMatchObject({ unit: "quarter", label: "2026-Q1" });
    expect(spendPeriodOf(" 2026 ", "month")).toMatchObject({ unit: "year", label: "2026" });
    expect(spendPeriodOf("2026-W09", "month")).toMatchObject({ unit: "week", label: "2026-W09" });
    expect(spendPeriodOf("2026-W53", "month")).toMatchObject({ label: "2026-W53" });
  });

  it("reads a date (serial or ISO text) as its period in the balance's unit, a typed year as a year", () => {
    expect(spendPeriodOf(46249, "month")).toMatchObject({ unit: "month", label: "2026-08" });
    expect(spendPeriodOf(46249, "quarter")).toMatchObject({ unit: "quarter", label: "2026-Q3" });
    expect(spendPeriodOf("2026-08-15", "week")).toMatchObject({ unit: "week", label: "2026-W33" });
    expect(spendPeriodOf(2026, "month")).toMatchObject({ unit: "year", label: "2026" });
  });
});
