import { isSpendHeader, spendColumns, spendTableRows } from "../../../src/taskpane/spendTable";
import { columnLetters } from "../../../src/taskpane/balanceRun";

describe("spendColumns", () => {
  it("needs a source column and an amount column", () => {
    expect(spendColumns([])).toBeNull();
    expect(spendColumns(["Source", "Notes"])).toBeNull();
    expect(spendColumns(["Item", "Cost"])).toBeNull();
    expect(isSpendHeader(["Date", "Source", "Outcome"])).toBe(false);
  });

  it("finds Source, then Spend, Cost, Budget or Amount (Spend first), and an optional Period", () => {
    expect(spendColumns(["Source", "Spend", "Period"])).toEqual({ source: 0, spend: 1, period: 2 });
    expect(spendColumns(["Month", " lead source ", "Amount", "SPEND"])).toEqual({
      source: 1,
      spend: 3,
      period: 0,
    });
    expect(spendColumns(["Channel", "Budget"])).toEqual({ source: 0, spend: 1, period: null });
    expect(isSpendHeader(["How did you hear about us?", "Cost"])).toBe(true);
  });
});

describe("spendTableRows", () => {
  it("gives one row per source of the leads, most leads first, as the tally spells them, with Spend and Period empty", () => {
    expect(spendTableRows([])).toEqual([]);
    expect(spendTableRows(["Website", " website", "Flyers", "", null, "WEBSITE", "=1+1"])).toEqual([
      ["Website", null, null],
      ["=1+1", null, null],
      ["Flyers", null, null],
    ]);
  });
});

describe("columnLetters", () => {
  it("names columns as Excel does", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });
});
