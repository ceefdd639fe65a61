import { asOfArgument, periodArgument, statisticArgument } from "../../../src/engine/arguments";

const TODAY = 46100;

describe("statisticArgument (rule 13)", () => {
  it("refuses other words, numbers and booleans with #VALUE!, quoting them", () => {
    for (const [given, shown] of [
      ["average", "average"],
      [5, "5"],
      [true, "TRUE"],
      ["0", "0"],
    ] as const) {
      expect(statisticArgument(given)).toEqual({
        ok: false,
        error: {
          kind: "tally-error",
          code: "invalidValue",
          message: `statistic must be "median" or "mean"; "${shown}" is neither.`,
        },
      });
    }
  });

  it("refuses a range of more than one cell", () => {
    const result = statisticArgument([["median", "mean"]]);
    expect(result.ok || result.error.message).toBe(
      "statistic must be one value, not a range of 1 rows and 2 columns."
    );
  });

  it("reads median and mean trimmed, in any case, from a bare value or a 1×1 range", () => {
    expect(statisticArgument(" MEAN ")).toEqual({ ok: true, value: "mean" });
    expect(statisticArgument([["Median"]])).toEqual({ ok: true, value: "median" });
  });

  it("takes left out, blank and a 0 that stands for an empty cell as median", () => {
    for (const given of [null, undefined, "", "  ", [[null]], 0, [[0]]]) {
      expect(statisticArgument(given)).toEqual({ ok: true, value: "median" });
    }
  });
});

describe("periodArgument (rule 13)", () => {
  it("refuses numbers and booleans other than 0", () => {
    expect(periodArgument(12).ok).toBe(false);
    expect(periodArgument(false).ok).toBe(false);
    expect(periodArgument("fortnight").ok).toBe(false);
  });

  it("reads the four units, and 0 or blank as month", () => {
    expect(periodArgument(" Quarter")).toEqual({ ok: true, value: "quarter" });
    expect(periodArgument(0)).toEqual({ ok: true, value: "month" });
    expect(periodArgument(null)).toEqual({ ok: true, value: "month" });
  });
});

describe("asOfArgument (rule 11)", () => {
  it("refuses anything that is not a date, naming as_of", () => {
    for (const [given, shown] of [
      ["yesterday", "yesterday"],
      ["2025-02-30", "2025-02-30"],
      [-5, "-5"],
      [true, "TRUE"],
      [2958466, "2958466"],
    ] as const) {
      const result = asOfArgument(given, TODAY);
      expect(result.ok || result.error).toEqual({
        kind: "tally-error",
        code: "invalidValue",
        message: `as_of must be a date (an Excel date or yyyy-mm-dd text); "${shown}" is not one.`,
      });
    }
  });

  it("reads an Excel date without its time of day, or yyyy-mm-dd text", () => {
    expect(asOfArgument(46082.75, TODAY)).toEqual({ ok: true, value: 46082 });
    expect(asOfArgument([["2026-03-01"]], TODAY)).toEqual({ ok: true, value: 46082 });
  });

  it("is today when left out, blank, or 0 (an empty cell on Windows desktop)", () => {
    for (const given of [null, undefined, "", [[null]], 0]) {
      expect(asOfArgument(given, TODAY)).toEqual({ ok: true, value: TODAY });
    }
  });
});
