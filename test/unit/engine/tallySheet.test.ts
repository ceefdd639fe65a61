import { leadsByOutcomeFormula } from "../../../src/engine/formulas";
import { outcomeRules } from "../../../src/engine/outcomes";
import { NO_RATE } from "../../../src/engine/sheets";
import { buildTallySheet } from "../../../src/engine/tallySheet";

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
});
