/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  DEFAULT_BALANCE_THRESHOLDS,
  buildBalanceReport,
  dayNumberFromSerial,
  outcomeRules,
} from "../../../../src/engine";
import { WorkbookPreview } from "../../../../src/taskpane/components/WorkbookPreview";
import { MemoryWorkbook } from "../../../../src/workbook/memoryWorkbook";

const created: {
  config: { data: { labels: string[]; datasets: { label: string; data: unknown[] }[] } };
}[] = [];

jest.mock("chart.js", () => {
  class Chart {
    static register(): void {}
    constructor(_canvas: unknown, config: (typeof created)[number]["config"]) {
      created.push({ config });
    }
    destroy(): void {}
  }
  return { Chart };
});

function balanceSheet() {
  const report = buildBalanceReport({
    dates: [46000, 46030, 46085],
    sources: ["Website", "Referral", "Website"],
    outcomes: ["Won", "Lost", "Won"],
    values: null,
    spend: null,
    unit: "month",
    rules: outcomeRules(),
    thresholds: DEFAULT_BALANCE_THRESHOLDS,
    origin: 'table "Leads" on sheet "Leads"',
    computedAt: 46096.5,
    today: dayNumberFromSerial(46096) ?? 0,
  });
  if (!report.ok) throw new Error(report.error.message);
  return report.value.sheet;
}

beforeEach(() => {
  created.length = 0;
});

describe("WorkbookPreview's sheet tabs and charts", () => {
  it("moves between sheets with the arrow keys, Home and End, with one tab stop", () => {
    const workbook = new MemoryWorkbook({
      sheets: ["One", "Two", "Three"].map((name) => ({ name, rows: [[name]] })),
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbookPreview workbook={workbook} />
      </FluentProvider>
    );
    const tab = (name: string) => screen.getByRole("tab", { name });
    screen.getByRole("tablist", { name: "Sheets" });
    expect(["One", "Two", "Three"].map((name) => tab(name).tabIndex)).toEqual([0, -1, -1]);
    fireEvent.keyDown(tab("One"), { key: "ArrowRight" });
    expect(tab("Two").getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(tab("Two"));
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe(tab("Two").id);
    fireEvent.keyDown(tab("Two"), { key: "End" });
    expect(tab("Three").getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(tab("Three"), { key: "ArrowRight" });
    expect(tab("One").getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(tab("One"), { key: "ArrowLeft" });
    expect(tab("Three").getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(tab("Three"), { key: "Home" });
    screen.getByRole("table", { name: "One" });
  });

  it("draws a generated sheet's chart under its grid, from the sheet's own cells", async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: "Leads", rows: [["Date"]] }] });
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbookPreview workbook={workbook} />
      </FluentProvider>
    );
    expect(screen.queryByRole("img")).toBeNull();
    await act(async () => {
      await workbook.writeGeneratedSheet(balanceSheet());
    });
    fireEvent.click(screen.getByRole("tab", { name: "Marketing vs Sales" }));
    screen.getByRole("table", { name: "Marketing vs Sales" });
    const chart = await screen.findByRole("img", { name: "Chart on sheet Marketing vs Sales" });
    expect(chart.closest("figure")?.querySelector("figcaption")?.textContent).toBe(
      "Marketing vs Sales"
    );
    await waitFor(() => expect(created).toHaveLength(1));
    const { data } = created[0].config;
    // The period under way is labelled so far and left off the rate line, as on the sheet.
    expect(data.labels).toEqual(["2025-12", "2026-01", "2026-02", "2026-03 (so far)"]);
    expect(data.datasets.map((set) => [set.label, set.data])).toEqual([
      ["Leads", [1, 1, 0, 1]],
      ["Clients", [1, 0, 0, 1]],
      ["Conversion rate", [1, 0, null, null]],
    ]);
    // Another sheet has no chart.
    fireEvent.click(screen.getByRole("tab", { name: "Leads" }));
    expect(screen.queryByRole("img")).toBeNull();
  });
});
