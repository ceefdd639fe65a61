import { projectedConversionFormula } from "../../../src/engine/projection";
import { isTallyError } from "../../../src/engine/errors";

const MARCH_1 = 46082; // 2026-03-01
const APRIL_1 = 46113;
const MAY_1 = 46143;
const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);
const HEADER = [
  "Period",
  "Leads",
  "Clients so far",
  "Conversion so far",
  "Completion",
  "Projected conversion",
];

/** Error cells as their code, so rows compare at a glance. */
function shown(result: ReturnType<typeof projectedConversionFormula>): unknown[][] {
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((row) => row.map((cell) => (isTallyError(cell) ? cell.code : cell)));
}

describe("projectedConversionFormula", () => {
  it("refuses a bad period or as_of with #VALUE!, naming it", () => {
    const args = [column(MARCH_1), column(null), column("Won")] as const;
    const period = projectedConversionFormula(...args, "fortnight", null, null, MAY_1);
    expect(period.ok || period.error.message).toMatch(/^period must be/);
    const asOf = projectedConversionFormula(...args, null, null, "tomorrow", MAY_1);
    expect(asOf.ok || asOf.error).toMatchObject({
      code: "invalidValue",
      message: expect.stringMatching(/^as_of must be a date/),
    });
    const sizes = projectedConversionFormula(
      column(1, 2),
      column(1),
      column("Won", "Won"),
      null,
      null,
      null,
      MAY_1
    );
    expect(sizes.ok || sizes.error.message).toMatch(/^dates has 2 cells but closed has 1/);
  });

  it("is the header row alone with no dated lead", () => {
    const result = projectedConversionFormula(
      column("junk", null),
      column(null, null),
      column("Won", "Open"),
      null,
      null,
      null,
      MAY_1
    );
    expect(shown(result)).toEqual([HEADER]);
  });

  it("projects each period from the distribution of all lags, with every period between, empty ones as #DIV/0!", () => {
    // Lags 0, 10, 20, 40 (four clients of March). April has no lead. May: two leads, one client.
    const dates = column(MARCH_1, MARCH_1, MARCH_1, MARCH_1, MARCH_1, MAY_1, MAY_1 + 5, "junk");
    const closed = column(
      MARCH_1,
      MARCH_1 + 10,
      MARCH_1 + 20,
      MARCH_1 + 40,
      null,
      MAY_1 + 1,
      null,
      null
    );
    const outcomes = column("Won", "Won", "Won", "Won", "Lost", "Won", "", "Won");
    const asOf = MAY_1 + 10;
    const table = shown(projectedConversionFormula(dates, closed, outcomes, null, null, asOf, 0));
    // Lags now 0, 1, 10, 20, 40 (May's client has lag 1). March's leads are 71 days old: F = 1.
    // May: ages 10 and 5 → F(10) = 3/5, F(5) = 2/5; sum 1; completion 1/2; projected 1 ÷ 1 = 1.
    expect(table).toEqual([
      HEADER,
      ["2026-03", 5, 4, 0.8, 1, 0.8],
      ["2026-04", 0, 0, "divisionByZero", "divisionByZero", "divisionByZero"],
      ["2026-05", 2, 1, 0.5, 0.5, 1],
    ]);
  });

  it("caps the projection at 1 and gives a number at least the conversion so far", () => {
    const dates = column(MARCH_1, MARCH_1, MAY_1, MAY_1, MAY_1, MAY_1);
    const closed = column(MARCH_1 + 30, MARCH_1 + 60, MAY_1, null, null, null);
    const outcomes = column("Won", "Won", "Won", "Won", "", "");
    // as_of = May 1: lags 0, 30, 60 and May's Won without a closed date (no lag). F(0) = 1/3.
    const table = shown(projectedConversionFormula(dates, closed, outcomes, null, null, MAY_1, 0));
    expect(table[3]).toEqual(["2026-05", 4, 2, 0.5, 1 / 3, 1]);
    expect(table[1][4]).toBe(1);
  });

  it("is #N/A in Completion and Projected for every non-empty period when no client has a lag", () => {
    const table = shown(
      projectedConversionFormula(
        column(MARCH_1, MAY_1),
        column(null, MARCH_1),
        column("Won", "Won"),
        null,
        null,
        MAY_1,
        0
      )
    );
    expect(table.slice(1)).toEqual([
      ["2026-03", 1, 1, 1, "notAvailable", "notAvailable"],
      ["2026-04", 0, 0, "divisionByZero", "divisionByZero", "divisionByZero"],
      ["2026-05", 1, 1, 1, "notAvailable", "notAvailable"],
    ]);
  });

  it("is #N/A in Projected only when a period is too young for any lag (leads after as_of too)", () => {
    const dates = column(MARCH_1, APRIL_1, MAY_1);
    const closed = column(MARCH_1 + 5, null, null);
    const outcomes = column("Won", "", "");
    const table = shown(
      projectedConversionFormula(dates, closed, outcomes, null, null, APRIL_1 + 3, 0)
    );
    expect(table.slice(1)).toEqual([
      ["2026-03", 1, 1, 1, 1, 1],
      ["2026-04", 1, 0, 0, 0, "notAvailable"],
      ["2026-05", 1, 0, 0, 0, "notAvailable"],
    ]);
  });

  it("uses the period of LEADS_BY_PERIOD, and today when as_of is left out (or 0)", () => {
    const args = [column(MARCH_1, MAY_1), column(MARCH_1 + 2, null), column("Won", "")] as const;
    const byQuarter = shown(projectedConversionFormula(...args, "Quarter", null, null, MAY_1 + 2));
    expect(byQuarter).toEqual([HEADER, ["2026-Q1", 1, 1, 1, 1, 1], ["2026-Q2", 1, 0, 0, 1, 0]]);
    const zero = shown(projectedConversionFormula(...args, 0, null, 0, MAY_1 + 2));
    expect(zero.map((row) => row[0])).toEqual(["Period", "2026-03", "2026-04", "2026-05"]);
    expect(zero[3]).toEqual(["2026-05", 1, 0, 0, 1, 0]);
  });

  it("stops at the 5,000-period limit of LEADS_BY_PERIOD", () => {
    const result = projectedConversionFormula(
      column("1900-01-15", "2316-09-01"),
      column(null, null),
      column("", ""),
      null,
      null,
      null,
      MAY_1
    );
    expect(result.ok || result.error.message).toMatch(
      /^dates span 5001 months \(1900-01 to 2316-09\)/
    );
  });
});
