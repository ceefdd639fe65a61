import { errors, isTallyError } from "../../../src/engine/errors";
import {
  conversionRateFormula,
  leadsByOutcomeFormula,
  leadsByPeriodFormula,
  leadsBySourceFormula,
  winRateFormula,
} from "../../../src/engine/formulas";

/** Ranges as Excel passes them: one column of n rows. */
function column(...cells: unknown[]): unknown[][] {
  return cells.map((cell) => [cell]);
}

const sources = column(
  "Website",
  "website ",
  "Referral",
  "Referral",
  "Walk-in",
  "Walk-in",
  "Walk-in",
  null,
  null
);
const outcomes = column("Won", "Lost", "Client", "", "Lost", "Dead", "Proposal sent", "Won", null);

function errorOf(result: { ok: boolean; error?: { code: string; message: string } }) {
  return result.ok ? undefined : result.error;
}

describe("conversionRateFormula", () => {
  it("rejects a 2-D range and ranges of different sizes", () => {
    expect(
      errorOf(
        conversionRateFormula(
          [
            [1, 2],
            [3, 4],
          ],
          outcomes
        )
      )?.message
    ).toMatch(/^sources must be one column or one row/);
    expect(errorOf(conversionRateFormula(sources, column("Won")))).toEqual(
      errors.sizeMismatch("sources", 9, "outcomes", 1)
    );
  });

  it("gives #DIV/0! with no leads, and names a source with none", () => {
    expect(errorOf(conversionRateFormula(column(null, ""), column("", null)))).toEqual(
      errors.noLeads()
    );
    expect(errorOf(conversionRateFormula(sources, outcomes, "Radio"))).toEqual(
      errors.noLeadsForSource("Radio")
    );
  });

  it("gives #N/A, a look-up that found nothing, for a source that matches no lead", () => {
    // Excel shows a message with #N/A but none with #DIV/0! (CustomFunctions.ErrorCode reference).
    expect(errorOf(conversionRateFormula(sources, outcomes, "Radio"))).toEqual({
      kind: "tally-error",
      code: "notAvailable",
      message: 'No leads from source "Radio".',
    });
    expect(errorOf(winRateFormula(sources, outcomes, "Radio"))?.code).toBe("notAvailable");
  });

  it("rejects a range as the source filter", () => {
    expect(errorOf(conversionRateFormula(sources, outcomes, [["a"], ["b"]]))?.message).toMatch(
      /^source must be one value/
    );
  });

  it("divides clients by all leads", () => {
    // 8 leads (the last row is blank in both columns), 3 clients: Won, Client, and the Won without a source.
    expect(conversionRateFormula(sources, outcomes)).toEqual({ ok: true, value: 3 / 8 });
  });

  it("filters by source key, whatever the spelling", () => {
    expect(conversionRateFormula(sources, outcomes, " WEBSITE")).toEqual({ ok: true, value: 0.5 });
    expect(conversionRateFormula(sources, outcomes, [["referral"]])).toEqual({
      ok: true,
      value: 0.5,
    });
    expect(conversionRateFormula(sources, outcomes, "walk-in")).toEqual({ ok: true, value: 0 });
  });

  it("selects the leads without a source with (no source)", () => {
    expect(conversionRateFormula(sources, outcomes, "(no source)")).toEqual({ ok: true, value: 1 });
  });

  it("uses the owner's won labels", () => {
    expect(conversionRateFormula(sources, outcomes, null, "Proposal sent")).toEqual({
      ok: true,
      value: 1 / 8,
    });
    expect(conversionRateFormula(sources, outcomes, null, [["won", "client"]])).toEqual({
      ok: true,
      value: 3 / 8,
    });
  });
});

describe("winRateFormula", () => {
  it("gives #DIV/0! when nothing is decided", () => {
    expect(errorOf(winRateFormula(column("Web"), column("Open")))).toEqual(errors.noDecidedLeads());
    expect(errorOf(winRateFormula(column(null), column(null)))).toEqual(errors.noLeads());
  });

  it("divides won by decided leads", () => {
    // Won 3 (Won, Client, Won); lost 3 (Lost, Lost, Dead).
    expect(winRateFormula(sources, outcomes)).toEqual({ ok: true, value: 0.5 });
    expect(winRateFormula(sources, outcomes, "Walk-in")).toEqual({ ok: true, value: 0 });
  });

  it("uses the owner's lost labels", () => {
    expect(winRateFormula(sources, outcomes, null, null, "Proposal sent")).toEqual({
      ok: true,
      value: 3 / 4,
    });
  });
});

describe("leadsBySourceFormula", () => {
  it("rejects a column with a malformed row, found while counting", () => {
    const result = leadsBySourceFormula([["Web"], ["Web", "x"]], [["Won"], ["Lost"]]);
    expect(result).toEqual({ ok: false, error: errors.notRectangular("sources") });
    const outcomesBad = leadsBySourceFormula(column("Web", "Ads"), [["Won"], "Lost"]);
    expect(outcomesBad).toEqual({ ok: false, error: errors.notRectangular("outcomes") });
  });

  it("rejects a mismatched outcomes range", () => {
    expect(errorOf(leadsBySourceFormula(sources, column("Won", "Lost")))?.code).toBe(
      "invalidValue"
    );
  });

  it("with outcomes: Source | Leads | Clients | Conversion rate, most leads first", () => {
    expect(leadsBySourceFormula(sources, outcomes)).toEqual({
      ok: true,
      value: [
        ["Source", "Leads", "Clients", "Conversion rate"],
        ["Walk-in", 3, 0, 0],
        ["Referral", 2, 1, 0.5],
        ["Website", 2, 1, 0.5],
        ["(no source)", 1, 1, 1],
      ],
    });
  });

  it("without outcomes: Source | Leads", () => {
    expect(leadsBySourceFormula(sources)).toEqual({
      ok: true,
      value: [
        ["Source", "Leads"],
        ["Walk-in", 3],
        ["Referral", 2],
        ["Website", 2],
      ],
    });
  });

  it("gives the header row alone when there are no leads", () => {
    expect(leadsBySourceFormula(column(null, " "), column("", null))).toEqual({
      ok: true,
      value: [["Source", "Leads", "Clients", "Conversion rate"]],
    });
  });

  it("accepts one row of n columns", () => {
    expect(leadsBySourceFormula([["A", "a", "B"]])).toEqual({
      ok: true,
      value: [
        ["Source", "Leads"],
        ["A", 2],
        ["B", 1],
      ],
    });
  });
});

describe("leadsByPeriodFormula", () => {
  const dates = column(46082, "2026-03-20", "2026-05-02T09:30", "2025-02-30", null);
  const dateOutcomes = column("Won", "", "Sold", "Lost", "Won");

  it("rejects an unknown period and a range as the period", () => {
    expect(errorOf(leadsByPeriodFormula(dates, dateOutcomes, "fortnight"))?.message).toMatch(
      /^period must be/
    );
    expect(
      errorOf(leadsByPeriodFormula(dates, dateOutcomes, [["month", "week"]]))?.message
    ).toMatch(/^period must be one value/);
  });

  it("lists every month with an error cell for an empty one, then (no date)", () => {
    const result = leadsByPeriodFormula(dates, dateOutcomes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value[0]).toEqual(["Period", "Leads", "Clients", "Conversion rate"]);
    expect(result.value[1]).toEqual(["2026-03", 2, 1, 0.5]);
    expect(result.value[2].slice(0, 3)).toEqual(["2026-04", 0, 0]);
    expect(isTallyError(result.value[2][3]) && result.value[2][3].code).toBe("divisionByZero");
    expect(result.value[3]).toEqual(["2026-05", 1, 1, 1]);
    expect(result.value[4]).toEqual(["(no date)", 2, 1, 0.5]);
  });

  it("takes the period in any case, and counts leads only without outcomes", () => {
    expect(leadsByPeriodFormula(dates, null, "YEAR")).toEqual({
      ok: true,
      value: [
        ["Period", "Leads"],
        ["2026", 3],
        ["(no date)", 1],
      ],
    });
  });

  it("gives the header row alone when there are no leads", () => {
    expect(leadsByPeriodFormula(column(null), null, "week")).toEqual({
      ok: true,
      value: [["Period", "Leads"]],
    });
  });
});

describe("leadsByOutcomeFormula", () => {
  it("rejects ranges of different sizes", () => {
    expect(errorOf(leadsByOutcomeFormula(column("a", "b"), column("Won")))?.code).toBe(
      "invalidValue"
    );
  });

  it("splits each source's leads into won, lost and open with both rates", () => {
    const result = leadsByOutcomeFormula(sources, outcomes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.slice(0, 4)).toEqual([
      ["Source", "Leads", "Won", "Lost", "Open", "Conversion rate", "Win rate"],
      ["Walk-in", 3, 0, 2, 1, 0, 0],
      ["Referral", 2, 1, 0, 1, 0.5, 1],
      ["Website", 2, 1, 1, 0, 0.5, 0.5],
    ]);
    expect(result.value[4]).toEqual(["(no source)", 1, 1, 0, 0, 1, 1]);
  });

  it("puts #DIV/0! in the win rate of a source with no decided lead", () => {
    const result = leadsByOutcomeFormula(column("Radio"), column("Open"));
    expect(result.ok && result.value[1].slice(0, 6)).toEqual(["Radio", 1, 0, 0, 1, 0]);
    expect(result.ok && result.value[1][6]).toEqual(errors.noDecidedLeads());
  });
});
