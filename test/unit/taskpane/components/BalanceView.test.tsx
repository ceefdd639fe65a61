/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  DEFAULT_BALANCE_THRESHOLDS,
  buildBalanceReport,
  dayNumberFromSerial,
  outcomeRules,
} from "../../../../src/engine";
import { BalanceView } from "../../../../src/taskpane/components/BalanceView";
import type { BalanceResult } from "../../../../src/taskpane/hooks/useLeadTally";

jest.mock("chart.js", () => {
  class Chart {
    static register(): void {}
    destroy(): void {}
  }
  return { Chart };
});

function result(
  withSpend: boolean,
  sheetName: string | null = "Marketing vs Sales",
  writing = false,
  today = 46096,
  withClosed = false,
  spendAmounts = [2000, 450]
): BalanceResult {
  // 25 website leads, 5 won at 1,000 each; 3 flyer leads, 1 won at 300; mail spent for nothing.
  const sources = [...new Array(25).fill("Website"), "Flyers", "Flyers", "Flyers"];
  const outcomes = sources.map((source, index) =>
    (source === "Website" && index < 5) || index === 25 ? "Won" : "Open"
  );
  const values = outcomes.map((outcome, index) =>
    outcome !== "Won" ? null : index === 25 ? 300 : 1000
  );
  const dates = sources.map((_, index) => 46000 + index * 3);
  // The first client took 60 days, the others 10: a lead younger than 60 days is 5/6 complete.
  const closed = outcomes.map((outcome, index) =>
    outcome === "Won" ? dates[index] + (index === 0 ? 60 : 10) : null
  );
  const report = buildBalanceReport({
    dates,
    closed: withClosed ? closed : null,
    sources,
    outcomes,
    values,
    spend: withSpend
      ? // Flyers has no spend row: its spend is not entered, not 0.
        { sources: ["Website", "Direct mail"], amounts: spendAmounts }
      : null,
    unit: "month",
    rules: outcomeRules(),
    thresholds: DEFAULT_BALANCE_THRESHOLDS,
    origin: 'table "Leads" on sheet "Leads"',
    computedAt: 46096.5,
    today: dayNumberFromSerial(today) ?? 0,
  });
  if (!report.ok) throw new Error(report.error.message);
  return {
    report: report.value,
    unit: "month",
    target: 0.25,
    spendFrom: withSpend ? 'table "Spend" on sheet "Spend"' : null,
    spendFound: false,
    thinPeriodLeads: 10,
    projectionCompletion: 0.7,
    problems: [],
    sheetName,
    writing,
  };
}

function rowsOf(name: string): string[][] {
  return within(screen.getByRole("table", { name }))
    .getAllByRole("row")
    .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent ?? ""));
}

function renderView(balance: BalanceResult) {
  render(
    <FluentProvider theme={webLightTheme}>
      <BalanceView balance={balance} dark={false} />
    </FluentProvider>
  );
}

describe("BalanceView", () => {
  it("says when the sheet could not be written", () => {
    renderView(result(false, null));
    screen.getByText("The Marketing vs Sales sheet was not written: see why above.");
  });

  it("says the sheet is being written", () => {
    renderView(result(false, null, true));
    screen.getByText("Writing the Marketing vs Sales sheet…");
  });

  it("names the sheet it wrote to when one of the owner's had the name", () => {
    renderView(result(false, "Marketing vs Sales (2)"));
    screen.getByText(/^Marketing vs Sales sheet updated: written to "Marketing vs Sales \(2\)"/);
  });

  it("shows the diagnosis, the target, the chart, and each source's rate with its range or few-leads mark, value and revenue", () => {
    const balance = result(false);
    renderView(balance);
    screen.getByText("Marketing vs Sales sheet updated");
    screen.getByText(balance.report.diagnosis.text);
    screen.getByText(/your target conversion rate is 25\.0%/);
    screen.getByRole("img", { name: "Chart: leads, clients and conversion rate by period" });
    expect(rowsOf("Clients by source")).toEqual([
      [
        "Source",
        "Clients of leads",
        "Conversion rate (95% range)",
        "Average client value",
        "Revenue",
      ],
      ["Website", "5 of 25", "20.0%9–39%", "1,000", "5,000"],
      ["Flyers", "1 of 3", "33.3%6–79%few leads", "300", "300"],
    ]);
    screen.getByText(/With a spend table/);
    expect(screen.queryByRole("table", { name: "Marketing as an investment" })).toBeNull();
  });

  it("with spend: paid channels' costs with what a lead is worth, spend not entered apart, and a total over paid channels only", () => {
    renderView(result(true));
    screen.getByText(
      'Spend read from table "Spend" on sheet "Spend". The spend table has no Period column, so each ' +
        "source's spend covers all its leads."
    );
    expect(rowsOf("Marketing as an investment")).toEqual([
      ["Source", "Spend", "Cost per lead (worth)", "Cost per client", "ROI", "Return on spend"],
      ["Website", "2,000", "80.00worth 200", "400", "150.0%", "2.50×"],
      ["Direct mail", "450", "–", "–", "-100.0%", "0.00×"],
      ["Flyers", "spend not entered", "–worth 100", "–", "–", "–"],
      [
        "Total over paid channels (Website, Direct mail)",
        "2,450",
        "98.00",
        "490",
        "104.1%",
        "2.04×",
      ],
      ["Spend not entered (Flyers)", "spend not entered", "–", "–", "–", "–"],
    ]);
  });

  it("shows a ratio beyond the largest number as too large, never Infinity or NaN", () => {
    // 5,000 of revenue on a spend of 1e-306: ROI and return on spend overflow.
    renderView(result(true, "Marketing vs Sales", false, 46096, false, [1e-306, 450]));
    const website = rowsOf("Marketing as an investment").find((row) => row[0] === "Website");
    expect(website?.slice(4)).toEqual(["too large", "too large"]);
    expect(document.body.textContent).not.toMatch(/Infinity|NaN/);
  });

  it("marks the period under way as so far, and offers the planner", () => {
    // Today in February, the last month with leads.
    renderView(result(true, "Marketing vs Sales", false, 46070));
    screen.getByText(/2026-02 is under way: drawn hollow and labelled "so far"/);
    screen.getByRole("textbox", { name: "Clients wanted next month" });
    screen.getByText(/^To get \d+ clients? next month at current rates/);
  });

  it("with closed dates: recent periods' conversion so far beside projected conversion and completion, and when the diagnosis uses it", () => {
    // Today 2026-03-15. January: 5 leads complete, 5 at 5/6 (no client): 91.7% complete,
    // projected 0%. February: 10 leads at 5/6, 1 client: 10% so far, 0.1 ÷ 5/6 = 12% projected.
    renderView(result(false, "Marketing vs Sales", false, 46096, true));
    expect(rowsOf("Recent periods")).toEqual([
      ["Month", "Leads", "Conversion so far", "Projected", "Completion"],
      ["2026-01", "10", "0.0%", "0.0%", "91.7%"],
      ["2026-02", "10", "10.0%", "12.0%", "83.3%"],
    ]);
    screen.getByText(/The diagnosis uses it for periods at least 70\.0% complete/);
  });

  it("without closed dates shows no recent-periods table", () => {
    renderView(result(false));
    expect(screen.queryByRole("table", { name: "Recent periods" })).toBeNull();
  });
});
