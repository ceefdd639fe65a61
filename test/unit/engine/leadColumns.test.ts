import {
  fieldOfHeader,
  guessMapping,
  looksLikeLeadsHeader,
  looksLikeSpendHeader,
  spendColumns,
} from "../../../src/engine/leadColumns";

describe("fieldOfHeader", () => {
  it("recognises nothing in unrelated or blank headers", () => {
    for (const header of ["Name", "Phone", "", null, 42, "Sources of income"]) {
      expect(fieldOfHeader(header)).toBeNull();
    }
  });

  it("recognises every documented header name in any case and spacing", () => {
    const expected: [string, string][] = [
      ["Source", "source"],
      [" lead  SOURCE ", "source"],
      ["Channel", "source"],
      ["Origin", "source"],
      ["How did you hear about us?", "source"],
      ["Outcome", "outcome"],
      ["Status", "outcome"],
      ["Result", "outcome"],
      ["Stage", "outcome"],
      ["Date", "date"],
      ["Created", "date"],
      ["Received", "date"],
      ["Value", "value"],
      ["Amount", "value"],
      ["Revenue", "value"],
      ["Notes", "notes"],
    ];
    for (const [header, field] of expected) expect(fieldOfHeader(header)).toBe(field);
  });
});

describe("guessMapping", () => {
  it("maps the first recognised column of each field", () => {
    expect(guessMapping(["Name", "Received", "Channel", "Status", "Amount", "Status"])).toEqual({
      date: 1,
      source: 2,
      outcome: 3,
      value: 4,
      notes: null,
    });
  });
});

describe("looksLikeLeadsHeader", () => {
  it("needs a source column and an outcome or date column", () => {
    expect(looksLikeLeadsHeader(["Source"])).toBe(false);
    expect(looksLikeLeadsHeader(["Status", "Date"])).toBe(false);
    expect(looksLikeLeadsHeader(["Source", "Status"])).toBe(true);
    expect(looksLikeLeadsHeader(["Date", "Channel"])).toBe(true);
  });
});

describe("spendColumns", () => {
  it("needs a source column and an amount column", () => {
    expect(spendColumns([])).toBeNull();
    expect(spendColumns(["Source", "Notes"])).toBeNull();
    expect(spendColumns(["Item", "Cost"])).toBeNull();
    expect(looksLikeSpendHeader(["Date", "Source", "Outcome"])).toBe(false);
  });

  it("finds Source, then Spend, Cost, Budget or Amount (Spend first), and an optional Period", () => {
    expect(spendColumns(["Source", "Spend", "Period"])).toEqual({ source: 0, spend: 1, period: 2 });
    expect(spendColumns(["Month", " lead source ", "Amount", "SPEND"])).toEqual({
      source: 1,
      spend: 3,
      period: 0,
    });
    expect(spendColumns(["Channel", "Budget"])).toEqual({ source: 0, spend: 1, period: null });
    expect(looksLikeSpendHeader(["How did you hear about us?", "Cost"])).toBe(true);
    expect(spendColumns(["Source", "Amount", "Date"])).toEqual({ source: 0, spend: 1, period: 2 });
  });
});
