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
    expect(error.message).toBe("There is no spend to divide by.");
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
