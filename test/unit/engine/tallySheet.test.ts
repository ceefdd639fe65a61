import { leadsByOutcomeFormula } from "../../../src/engine/formulas";
import { outcomeRules } from "../../../src/engine/outcomes";
import { NO_RATE } from "../../../src/engine/sheets";
import { buildTallySheet, conversionTimeOf } from "../../../src/engine/tallySheet";

const sources = ["Website", "website", "Referral", "Walk-in", null, ""];
const outcomes = ["Won", "Lost", "Open", "", "Client", ""];

function build() {
  return buildTallySheet({
    sources,
    outcomes,
    rules: outcomeRules(),
    wonLabels: [],
    lostLabels: ["Lost", "Gone"],
    origin: 'table "Leads" on sheet "Leads"',
    columns: 'Source = "Source", Outcome = "Outcome"',
    computedAt: 46082.5,
  });
}

describe("buildTallySheet", () => {
  it("says what it was computed from and when, above the table", () => {
    const { sheet } = build();
    expect(sheet.rows.slice(0, 7).map((row) => row.slice(0, 2))).toEqual([
      ["Lead Tally", null],
      ["Computed from", 'table "Leads" on sheet "Leads"'],
      ["Columns", 'Source = "Source", Outcome = "Outcome"'],
      [
        "Won labels",
        "won, closed won, client, customer, converted, sale, sold, closed - converted, closed - won, closedwon",
      ],
      ["Lost labels", "Lost, Gone"],
      ["Leads", 5],
      ["Computed at", { serial: 46082.5 }],
    ]);
  });

  it("has the same rows as LEADS_BY_OUTCOME, then a total row, with a dash for a rate with no denominator", () => {
    const { sheet } = build();
    const formula = leadsByOutcomeFormula(
      sources.map((cell) => [cell]),
      outcomes.map((cell) => [cell])
    );
    expect(formula.ok).toBe(true);
    if (!formula.ok) return;
    const expected = formula.value.map((row) =>
      row.map((cell) => (typeof cell === "object" ? NO_RATE : cell))
    );
    expect(sheet.rows.slice(8, 8 + expected.length)).toEqual(expected);
    expect(sheet.rows[sheet.rows.length - 1]).toEqual(["Total", 5, 2, 1, 2, 0.4, 2 / 3]);
    expect(sheet.rows.find((row) => row[0] === "Referral")).toEqual([
      "Referral",
      1,
      0,
      0,
      1,
      0,
      NO_RATE,
    ]);
  });

  it("is rectangular, bolds the title, header and total rows, and formats rates as percentages", () => {
    const { sheet } = build();
    const width = sheet.rows[0].length;
    expect(sheet.rows.every((row) => row.length === width)).toBe(true);
    expect(sheet.boldRows).toEqual([0, 8, sheet.rows.length - 1]);
    expect(sheet.formats).toContainEqual({
      row: 9,
      column: 5,
      rowCount: sheet.rows.length - 9,
      columnCount: 2,
      numberFormat: "0.0%",
    });
  });

  it("with lead and closed dates, adds each source's median days to convert and the clients it is measured on", () => {
    const { sheet, time } = buildTallySheet({
      sources: ["Website", "website", "Referral", "Walk-in", null, "", "Website", "Website"],
      outcomes: ["Won", "Lost", "Open", "", "Client", "", "Won", "Won"],
      rules: outcomeRules(),
      wonLabels: [],
      lostLabels: [],
      origin: "o",
      columns: "c",
      computedAt: 46082.5,
      timeToConvert: {
        // Website: lags 10 and 21 (a time of day ignored); its third client closed before its
        // lead day has no lag. (no source): lag 5. The Lost lead's closed date is not a lag.
        dates: [46082, 46082, 46083, null, 46085, null, "2026-03-01", 46082],
        closed: [46092, 46083, null, null, 46090, null, 46103.9, 46081],
      },
    });
    const header = sheet.rows[8];
    expect(header.slice(7)).toEqual(["Median days to convert", "Clients measured"]);
    const rowOf = (label: string) => sheet.rows.find((row) => row[0] === label) ?? [];
    expect(rowOf("Website").slice(7)).toEqual([15.5, 2]);
    expect(rowOf("Referral").slice(7)).toEqual([NO_RATE, 0]);
    expect(rowOf("(no source)").slice(7)).toEqual([5, 1]);
    expect(rowOf("Total").slice(7)).toEqual([10, 3]);
    // The pane is given the same figures, a source without a lag as no median (not 0).
    if (time === null) throw new Error("no time to convert");
    expect(conversionTimeOf(time, "website")).toEqual({ medianDays: 15.5, clients: 2 });
    expect(conversionTimeOf(time, "referral")).toEqual({ medianDays: null, clients: 0 });
    expect(time.total).toEqual({ medianDays: 10, clients: 3 });
    // The first seven cells stay LEADS_BY_OUTCOME's; the sheet stays rectangular.
    expect(rowOf("Website").slice(0, 3)).toEqual(["Website", 4, 3]);
    expect(sheet.rows.every((row) => row.length === 9)).toBe(true);
    expect(sheet.formats).toContainEqual({
      row: 9,
      column: 7,
      rowCount: sheet.rows.length - 9,
      columnCount: 1,
      numberFormat: "0.0",
    });
  });

  it("without closed dates (the column is optional) has no time columns", () => {
    expect(build().sheet.rows[8]).toHaveLength(7);
    expect(build().time).toBeNull();
  });
});
