import {
  CustomFunctionsError,
  installCustomFunctionsStub,
} from "../../support/customFunctionsStub";
import * as functions from "../../../src/functions/functions";

installCustomFunctionsStub();

/** Excel passes an omitted optional argument as null, which the TypeScript signatures (kept as
 * `any[][]` so the metadata declares a matrix) cannot say. */
const OMITTED = null as never;

function column(...cells: unknown[]): unknown[][] {
  return cells.map((cell) => [cell]);
}

function thrownBy(call: () => unknown): CustomFunctionsError {
  try {
    call();
  } catch (error) {
    if (error instanceof CustomFunctionsError) return error;
    throw new Error(`threw something other than CustomFunctions.Error: ${String(error)}`);
  }
  throw new Error("did not throw");
}

describe("the custom functions' contract", () => {
  it("exports each function under its Excel name in camelCase", () => {
    expect(Object.keys(functions).sort()).toEqual(
      [
        "conversionRate",
        "costPerClient",
        "costPerLead",
        "daysToConvert",
        "openLeadsByAge",
        "projectedConversion",
        "salesVelocity",
        "leadsByOutcome",
        "leadsByPeriod",
        "leadsBySource",
        "marketingRoi",
        "winRate",
      ].sort()
    );
  });

  it("throws #VALUE! with a message for a bad shape", () => {
    const error = thrownBy(() =>
      functions.conversionRate(
        [
          [1, 2],
          [3, 4],
        ],
        column("Won", "Lost")
      )
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      "sources must be one column or one row; it has 2 rows and 2 columns."
    );
  });

  it("throws #VALUE! saying the sizes differ", () => {
    const error = thrownBy(() => functions.leadsByOutcome(column("Web", "Walk-in"), column("Won")));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      "sources has 2 cells but outcomes has 1; give them ranges of the same size."
    );
  });

  it("throws #DIV/0! when there are no leads", () => {
    expect(thrownBy(() => functions.conversionRate(column(null), column(null))).code).toBe(
      "#DIV/0!"
    );
    expect(thrownBy(() => functions.winRate(column("Web"), column("Open"))).code).toBe("#DIV/0!");
  });

  it("turns an unexpected exception into #VALUE! with a reason instead of letting it escape", () => {
    // A range whose every read fails: nothing Excel sends, but the wrapper must hold anyway.
    const hostile = new Proxy([], {
      get() {
        throw new Error("boom");
      },
    });
    const error = thrownBy(() => functions.leadsBySource(hostile));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("Lead Tally could not compute this: boom");
  });

  it("computes the rates", () => {
    const sources = column("Web", "web", "Walk-in", "Walk-in");
    const outcomes = column("Won", "Lost", "Open", "Sold");
    expect(functions.conversionRate(sources, outcomes, OMITTED, OMITTED)).toBe(0.5);
    expect(functions.conversionRate(sources, outcomes, "WEB", OMITTED)).toBe(0.5);
    expect(functions.winRate(sources, outcomes, OMITTED, OMITTED, OMITTED)).toBeCloseTo(2 / 3);
    expect(functions.winRate(sources, outcomes, "walk-in", OMITTED, OMITTED)).toBe(1);
  });

  it("spills tables with an error value in a cell that has nothing to divide by", () => {
    const table = functions.leadsByPeriod(
      column("2026-01-10", "2026-03-02"),
      column("Won", "Lost"),
      "month",
      OMITTED
    );
    expect(table.slice(0, 2)).toEqual([
      ["Period", "Leads", "Clients", "Conversion rate"],
      ["2026-01", 1, 1, 1],
    ]);
    expect(table[2].slice(0, 3)).toEqual(["2026-02", 0, 0]);
    expect(table[2][3]).toBeInstanceOf(CustomFunctionsError);
    expect((table[2][3] as CustomFunctionsError).code).toBe("#DIV/0!");
    expect(table[3]).toEqual(["2026-03", 1, 0, 0]);
  });

  it("spills LEADS_BY_SOURCE and LEADS_BY_OUTCOME", () => {
    const sources = column("Referral", "Website", "referral");
    const outcomes = column("Client", "", "Dead");
    expect(functions.leadsBySource(sources, outcomes, OMITTED)).toEqual([
      ["Source", "Leads", "Clients", "Conversion rate"],
      ["Referral", 2, 1, 0.5],
      ["Website", 1, 0, 0],
    ]);
    const crossTab = functions.leadsByOutcome(sources, outcomes, OMITTED, OMITTED);
    expect(crossTab[1]).toEqual(["Referral", 2, 1, 1, 0, 0.5, 0.5]);
    expect((crossTab[2][6] as CustomFunctionsError).code).toBe("#DIV/0!");
  });

  it("computes the money functions, with #DIV/0! for no spend", () => {
    const spendSources = column("Website", "Radio");
    const spend = column(300, 100);
    const sources = column("Website", "website", "Radio", "Referral");
    const outcomes = column("Won", "", "Lost", "Won");
    const values = column(900, null, null, 200);
    expect(functions.costPerLead(spendSources, spend, sources, OMITTED)).toBe(100);
    expect(
      functions.costPerClient(spendSources, spend, sources, outcomes, "WEBSITE", OMITTED)
    ).toBe(300);
    expect(
      functions.marketingRoi(spendSources, spend, sources, outcomes, values, OMITTED, OMITTED)
    ).toBe(1.75);
    const error = thrownBy(() =>
      functions.marketingRoi(spendSources, spend, sources, outcomes, values, "Referral", OMITTED)
    );
    expect(error.code).toBe("#DIV/0!");
    // Excel shows no message with #DIV/0! (CustomFunctions.ErrorCode reference, divisionByZero:
    // "A custom error message can't be used"); the stub drops it as Excel does, and none is sent.
    expect(error.message).toBeUndefined();
  });

  it("sends no message with #DIV/0!, which Excel would never show", () => {
    const created: { code: string; message?: string }[] = [];
    const real = (globalThis as { CustomFunctions: { Error: unknown } }).CustomFunctions;
    const Recording = class {
      constructor(code: string, message?: string) {
        created.push({ code, message });
      }
    };
    (globalThis as Record<string, unknown>).CustomFunctions = { ...real, Error: Recording };
    try {
      expect(() => functions.conversionRate(column(null), column(null))).toThrow(Recording);
    } finally {
      (globalThis as Record<string, unknown>).CustomFunctions = real;
    }
    expect(created).toEqual([{ code: "#DIV/0!", message: undefined }]);
  });

  it("gives #N/A with a message for a source that matches no lead, in every function that filters by source", () => {
    const sources = column("Website", "Referral");
    const outcomes = column("Won", "Lost");
    const spendSources = column("Website", "Radio");
    const spend = column(300, 100);
    const values = column(900, null);
    const calls: [string, () => unknown][] = [
      ["CONVERSION_RATE", () => functions.conversionRate(sources, outcomes, "Radio", OMITTED)],
      ["WIN_RATE", () => functions.winRate(sources, outcomes, "Radio", OMITTED, OMITTED)],
      ["COST_PER_LEAD", () => functions.costPerLead(spendSources, spend, sources, "Radio")],
      [
        "COST_PER_CLIENT",
        () => functions.costPerClient(spendSources, spend, sources, outcomes, "Radio", OMITTED),
      ],
    ];
    for (const [name, call] of calls) {
      const error = thrownBy(call);
      expect({ name, code: error.code, message: error.message }).toEqual({
        name,
        code: "#N/A",
        message: 'No leads from source "Radio".',
      });
    }
    // MARKETING_ROI of a source with spend and no lead: all of the spend lost.
    expect(
      functions.marketingRoi(spendSources, spend, sources, outcomes, values, "Radio", OMITTED)
    ).toBe(-1);
  });

  describe("an empty cell that Windows desktop passes as 0 (OfficeDev/office-js issues 4702, 5262, 1951)", () => {
    // A `source`, `period` or `statistic` of 0 (bare or a one-cell range) is treated as left out.
    const sources = column("Website", "website", "Referral", "Walk-in");
    const outcomes = column("Won", "Lost", "Won", "");
    const spendSources = column("Website", "Referral");
    const spend = column(300, 100);
    const values = column(900, null, 100, null);
    const dates = column(46082, 46113, "2026-03-20", null);

    for (const zero of [0, [[0]]]) {
      const shown = JSON.stringify(zero);
      it(`CONVERSION_RATE: source ${shown} is all leads`, () => {
        expect(functions.conversionRate(sources, outcomes, zero, OMITTED)).toBe(0.5);
      });
      it(`WIN_RATE: source ${shown} is all leads`, () => {
        expect(functions.winRate(sources, outcomes, zero, OMITTED, OMITTED)).toBeCloseTo(2 / 3);
      });
      it(`COST_PER_LEAD: source ${shown} is all sources`, () => {
        expect(functions.costPerLead(spendSources, spend, sources, zero)).toBe(100);
      });
      it(`COST_PER_CLIENT: source ${shown} is all sources`, () => {
        expect(functions.costPerClient(spendSources, spend, sources, outcomes, zero, OMITTED)).toBe(
          200
        );
      });
      it(`MARKETING_ROI: source ${shown} is all sources`, () => {
        expect(
          functions.marketingRoi(spendSources, spend, sources, outcomes, values, zero, OMITTED)
        ).toBe(1.5);
      });
      it(`DAYS_TO_CONVERT: statistic ${shown} is the default, median`, () => {
        const closed = column(46090, 46120, 46100, null);
        expect(functions.daysToConvert(dates, closed, outcomes, OMITTED, zero)).toBe(
          functions.daysToConvert(dates, closed, outcomes, OMITTED, "median")
        );
      });
      it(`PROJECTED_CONVERSION: period ${shown} is the default, month`, () => {
        const closed = column(46090, 46120, 46100, null);
        expect(
          functions.projectedConversion(dates, closed, outcomes, zero, OMITTED, 46200)
        ).toEqual(functions.projectedConversion(dates, closed, outcomes, "month", OMITTED, 46200));
      });
      it(`LEADS_BY_PERIOD: period ${shown} is the default, month`, () => {
        expect(functions.leadsByPeriod(dates, outcomes, zero, OMITTED)).toEqual(
          functions.leadsByPeriod(dates, outcomes, "month", OMITTED)
        );
      });
    }

    it("LEADS_BY_SOURCE and LEADS_BY_OUTCOME have no text-only argument: 0 in a won list is a label", () => {
      // Their optional arguments are lists of outcome labels, where 0 is a value like any other.
      expect(functions.leadsBySource(sources, column(0, 0, "Won", ""), [[0]])).toEqual([
        ["Source", "Leads", "Clients", "Conversion rate"],
        ["Website", 2, 2, 1],
        ["Referral", 1, 0, 0],
        ["Walk-in", 1, 0, 0],
      ]);
      expect(functions.leadsByOutcome(sources, column(0, 0, "Won", ""), [[0]], OMITTED)[1]).toEqual(
        ["Website", 2, 2, 0, 0, 1, 1]
      );
    });

    it("a source of 0 written as text is still a source", () => {
      const error = thrownBy(() => functions.conversionRate(sources, outcomes, "0", OMITTED));
      expect(error.code).toBe("#N/A");
    });
  });

  it("treats every omitted optional argument (null) as its default", () => {
    expect(functions.leadsBySource(column("A"), OMITTED, OMITTED)).toEqual([
      ["Source", "Leads"],
      ["A", 1],
    ]);
    expect(functions.leadsByPeriod(column(46082), OMITTED, OMITTED, OMITTED)).toEqual([
      ["Period", "Leads"],
      ["2026-03", 1],
    ]);
  });

  it("computes the time functions, with #N/A and its message where the data cannot give a figure", () => {
    const dates = column(46082, 46082, 46090, 46100);
    const closed = column(46092, 46084, null, null);
    const outcomes = column("Won", "Won", "Lost", "");
    expect(functions.daysToConvert(dates, closed, outcomes, OMITTED, OMITTED)).toBe(6);
    expect(functions.daysToConvert(dates, closed, outcomes, OMITTED, "Mean")).toBe(6);
    const values = column(100, 300, null, null);
    // 1 open × 2/3 × 200 ÷ 6
    expect(functions.salesVelocity(dates, closed, outcomes, values, OMITTED, OMITTED)).toBeCloseTo(
      (2 / 3) * (200 / 6)
    );
    const error = thrownBy(() =>
      functions.daysToConvert(dates, column(null, null, null, null), outcomes, OMITTED, OMITTED)
    );
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/^No client has a lead date and a closed date/);
  });

  it("spills PROJECTED_CONVERSION and OPEN_LEADS_BY_AGE, as_of given or the computer's date", () => {
    const dates = column(46082, 46082, 46100);
    const closed = column(46092, null, null);
    const outcomes = column("Won", "", "");
    expect(functions.projectedConversion(dates, closed, outcomes, OMITTED, OMITTED, 46110)).toEqual(
      [
        [
          "Period",
          "Leads",
          "Clients so far",
          "Conversion so far",
          "Completion",
          "Projected conversion",
        ],
        ["2026-03", 3, 1, 1 / 3, 1, 1 / 3],
      ]
    );
    expect(functions.openLeadsByAge(dates, outcomes, "2026-03-20", OMITTED, OMITTED)).toEqual([
      ["Age", "Open leads"],
      ["0 to 7 days", 1],
      ["8 to 30 days", 1],
      ["31 to 90 days", 0],
      ["over 90 days", 0],
      ["(no date)", 0],
    ]);
    // Left out, as_of is the local date when the cell is computed (the wrapper reads the clock).
    jest.useFakeTimers({ now: new Date(2026, 5, 30, 23, 30) });
    try {
      const byAge = functions.openLeadsByAge(dates, outcomes, OMITTED, OMITTED, OMITTED);
      // 2026-06-30 is serial 46203: 121 and 103 days after the two open leads.
      expect(byAge[4]).toEqual(["over 90 days", 2]);
      expect(functions.openLeadsByAge(dates, outcomes, 46203, OMITTED, OMITTED)).toEqual(byAge);
      expect(functions.openLeadsByAge(dates, outcomes, 46204, OMITTED, OMITTED)).toEqual(byAge);
    } finally {
      jest.useRealTimers();
    }
    const bad = thrownBy(() =>
      functions.openLeadsByAge(dates, outcomes, "someday", OMITTED, OMITTED)
    );
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toMatch(/^as_of must be a date/);
  });
});
