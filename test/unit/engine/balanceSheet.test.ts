import { DEFAULT_BALANCE_THRESHOLDS } from "../../../src/engine/balance";
import { BalanceInput, buildBalanceReport } from "../../../src/engine/balanceSheet";
import { dayNumberFromCivil } from "../../../src/engine/dates";
import { outcomeRules } from "../../../src/engine/outcomes";
import { NO_RATE } from "../../../src/engine/sheets";

const input: BalanceInput = {
  dates: ["2026-01-05", "2026-01-20", "2026-03-02", "2026-03-09", "junk", "2026-04-01"],
  sources: ["Website", "Referral", "Website", "Radio", "Website", "Referral"],
  outcomes: ["Won", "Lost", "Sold", "", "Won", "Client"],
  values: [1000, null, 500, null, 200, 300],
  spend: { sources: ["Website", "Radio"], amounts: [400, 100] },
  unit: "month",
  rules: outcomeRules(),
  thresholds: DEFAULT_BALANCE_THRESHOLDS,
  origin: 'table "Leads" on sheet "Leads"',
  computedAt: 46113.5,
  today: dayNumberFromCivil(2026, 4, 15),
};

function report() {
  const result = buildBalanceReport(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function rowStartingWith(label: string, after = 0) {
  return report().sheet.rows.find((row, index) => index >= after && row[0] === label);
}

describe("buildBalanceReport", () => {
  it("passes on a bad spend amount as an error", () => {
    const result = buildBalanceReport({
      ...input,
      spend: { sources: ["Website"], amounts: ["lots"] },
    });
    expect(result.ok).toBe(false);
  });

  it("lists every period with leads, clients, rate and target, an empty one's rate blank for the chart's line", () => {
    const { sheet } = report();
    const header = sheet.rows.findIndex((row) => row[0] === "Period" && row[1] === "Leads");
    expect(sheet.rows.slice(header, header + 5).map((row) => row.slice(0, 5))).toEqual([
      ["Period", "Leads", "Clients", "Conversion rate", "Target"],
      ["2026-01", 2, 1, 0.5, 0.25],
      ["2026-02", 0, 0, null, 0.25],
      ["2026-03", 2, 1, 0.5, 0.25],
      ["2026-04", 1, 1, 1, 0.25],
    ]);
  });

  it("judges on complete periods only, and says there is not enough data here", () => {
    const { diagnosis, sheet } = report();
    expect(diagnosis.verdict).toBe("not-enough-data");
    expect(sheet.rows[1]).toEqual(expect.arrayContaining(["Diagnosis", diagnosis.text]));
  });

  it("shows which sources bring clients, with their interval and a small-sample note", () => {
    const website = rowStartingWith("Website");
    expect(website?.slice(0, 4)).toEqual(["Website", 3, 3, 1]);
    expect(website?.[6]).toBe("few leads");
    expect(website?.slice(7, 9)).toEqual([1700 / 3, 1700]);
    expect(typeof website?.[4]).toBe("number");
  });

  it("with spend: cost per lead and per client, ROI and return on spend, and a total", () => {
    const { sheet } = report();
    const investment = sheet.rows.findIndex((row) => row[0] === "Marketing as an investment");
    const radio = rowStartingWith("Radio", investment);
    expect(radio?.slice(0, 9)).toEqual(["Radio", 100, 1, 0, 0, 100, NO_RATE, -1, 0]);
    const total = rowStartingWith("Total", investment);
    expect(total?.slice(0, 9)).toEqual(["Total", 500, 6, 4, 2000, 500 / 6, 125, 3, 4]);
  });

  it("has no investment block without a spend table", () => {
    const result = buildBalanceReport({ ...input, spend: null });
    expect(
      result.ok && result.value.sheet.rows.some((row) => row[0] === "Marketing as an investment")
    ).toBe(false);
  });

  it("describes a chart over the period block: columns for leads and clients, a line for the rate", () => {
    const { sheet, periods } = report();
    const chart = sheet.chart!;
    expect(sheet.rows[chart.dataRow].slice(0, 4)).toEqual([
      "Period",
      "Leads",
      "Clients",
      "Conversion rate",
    ]);
    expect(chart.rowCount).toBe(periods.length + 1);
    expect(chart.columnSeries).toEqual(["Leads", "Clients"]);
    expect(chart.lineSeries).toBe("Conversion rate");
    expect(sheet.rows[chart.fallbackNote.row].every((cell) => cell === null)).toBe(true);
  });

  it("is rectangular", () => {
    const { sheet } = report();
    expect(new Set(sheet.rows.map((row) => row.length)).size).toBe(1);
  });
});
