import { daysToConvertFormula, salesVelocityFormula } from "../../../src/engine/timeToConvert";

const D = 46082; // 2026-03-01
const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

function errorOf(result: { ok: boolean; error?: { code: string; message: string } }) {
  if (result.ok) throw new Error("expected an error");
  return result.error as { code: string; message: string };
}

describe("daysToConvertFormula", () => {
  it("refuses missing arguments, mismatched sizes and a bad statistic with #VALUE!", () => {
    expect(errorOf(daysToConvertFormula(column(D), null, column("Won"))).message).toBe(
      "closed is missing: give it a range of cells."
    );
    expect(
      errorOf(daysToConvertFormula(column(D, D), column(D), column("Won", "Won"))).message
    ).toBe("dates has 2 cells but closed has 1; give them ranges of the same size.");
    const statistic = errorOf(
      daysToConvertFormula(column(D), column(D), column("Won"), null, "mode")
    );
    expect(statistic).toEqual({
      kind: "tally-error",
      code: "invalidValue",
      message: 'statistic must be "median" or "mean"; "mode" is neither.',
    });
  });

  it("gives #VALUE! before #N/A: a bad statistic with no lag at all is still #VALUE!", () => {
    expect(
      errorOf(daysToConvertFormula(column(D), column(null), column("Open"), null, 3)).code
    ).toBe("invalidValue");
  });

  it("is #N/A with a message when no client has a lag (rule 12)", () => {
    const error = errorOf(
      daysToConvertFormula(column(D, D, null), column(D - 3, null, D), column("Won", "Won", "Won"))
    );
    expect(error.code).toBe("notAvailable");
    expect(error.message).toMatch(/^No client has a lead date and a closed date on or after it/);
  });

  it("is the median lag of an odd count", () => {
    const result = daysToConvertFormula(
      column(D, D, D, D),
      column(D + 3, D + 30, D + 10, D + 99),
      column("Won", "won", "Client", "Lost")
    );
    expect(result).toEqual({ ok: true, value: 10 });
  });

  it("is the mean of the two middle lags of an even count", () => {
    const result = daysToConvertFormula(
      column(D, D, D, D),
      column(D + 3, D + 30, D + 10, D + 1),
      column("Won", "Won", "Won", "Won")
    );
    expect(result).toEqual({ ok: true, value: 6.5 });
  });

  it("gives the mean for statistic mean (any case), and counts only the owner's won labels", () => {
    const dates = column(D, D, D);
    const closed = column(D + 1, D + 2, D + 9);
    const outcomes = column("Signed", "Signed", "Won");
    expect(daysToConvertFormula(dates, closed, outcomes, null, " MEAN ")).toEqual({
      ok: true,
      value: 9,
    });
    expect(daysToConvertFormula(dates, closed, outcomes, [["Signed"]], "mean")).toEqual({
      ok: true,
      value: 1.5,
    });
  });

  it("treats a 0 statistic as an empty cell (median)", () => {
    expect(daysToConvertFormula(column(D), column(D + 4), column("Won"), null, 0)).toEqual({
      ok: true,
      value: 4,
    });
  });
});

describe("salesVelocityFormula", () => {
  // Three decided (2 won, 1 lost), two open; client values 1000 and 3000; lags 10 and 30.
  const dates = column(D, D, D, D, D + 1);
  const closed = column(D + 10, D + 30, D + 2, null, null);
  const outcomes = column("Won", "Won", "Lost", "", "Proposal");
  const values = column(1000, 3000, "n/a", "?", null);

  it("is open × win rate × average client value ÷ mean lag", () => {
    // 2 × (2/3) × 2000 ÷ 20 = 133.33…
    const result = salesVelocityFormula(dates, closed, outcomes, values);
    expect(result.ok && result.value).toBeCloseTo((2 * (2 / 3) * 2000) / 20, 10);
  });

  it("leaves blank values out of the mean and reads negative numbers as given", () => {
    const result = salesVelocityFormula(dates, closed, outcomes, column(-500, null, 1, 1, 1));
    expect(result.ok && result.value).toBeCloseTo((2 * (2 / 3) * -500) / 20, 10);
  });

  it("refuses text or a boolean in a won lead's value, naming the cell, before any #N/A", () => {
    const error = errorOf(
      salesVelocityFormula(dates, closed, outcomes, column(1000, "$3,000", 1, 1, 1))
    );
    expect(error.message).toBe('values must hold numbers; cell 2 holds "$3,000".');
    const beforeNa = errorOf(
      salesVelocityFormula(column(D), column(null), column("Won"), column(true))
    );
    expect(beforeNa).toMatchObject({
      code: "invalidValue",
      message: 'values must hold numbers; cell 1 holds "TRUE".',
    });
  });

  it("is #N/A when there is no decided lead, no client value, no lag, or a mean lag of 0", () => {
    const cases: [unknown[][], unknown[][], unknown[][], unknown[][], RegExp][] = [
      [column(D), column(null), column("Open"), column(5), /^No lead is won or lost yet/],
      [
        column(D, D),
        column(D + 5, null),
        column("Won", "Lost"),
        column(null, 9),
        /^No client has a value/,
      ],
      [
        column(D, D),
        column(null, null),
        column("Won", "Lost"),
        column(9, 9),
        /^No client has a lead date and a closed date/,
      ],
      [
        column(D, D),
        column(D, null),
        column("Won", "Open"),
        column(9, 9),
        /mean time to convert of 0 days/,
      ],
    ];
    for (const [d, c, o, v, message] of cases) {
      const error = errorOf(salesVelocityFormula(d, c, o, v));
      expect(error.code).toBe("notAvailable");
      expect(error.message).toMatch(message);
    }
  });

  it("refuses amounts whose velocity is beyond what Excel can hold, naming values", () => {
    const huge = column(Number.MAX_VALUE, Number.MAX_VALUE, 1, 1, 1);
    const error = errorOf(
      salesVelocityFormula(dates, column(D + 1, D + 1, null, null, null), outcomes, huge)
    );
    expect(error.code).toBe("invalidValue");
    expect(error.message).toMatch(/^values holds amounts too large/);
  });

  it("is 0 when no lead is open", () => {
    expect(salesVelocityFormula(column(D), column(D + 2), column("Won"), column(100))).toEqual({
      ok: true,
      value: 0,
    });
  });

  it("uses the owner's lost labels for the win rate", () => {
    const result = salesVelocityFormula(dates, closed, outcomes, values, null, [["Proposal"]]);
    // Lost now means "Proposal": won 2, lost 1, open 2 ("Lost" and "").
    expect(result.ok && result.value).toBeCloseTo((2 * (2 / 3) * 2000) / 20, 10);
  });
});
