/** @jest-environment jsdom */
import { mediaPreferences } from "../../../support/jsdom";
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../../src/taskpane/components/App";
import { createSampleWorkbook } from "../../../../src/workbook/sampleLeads";
import type { LeadWorkbook } from "../../../../src/workbook/workbook";

jest.mock("chart.js", () => {
  class Chart {
    static register(): void {}
    destroy(): void {}
  }
  return {
    Chart,
    BarController: 1,
    BarElement: 2,
    CategoryScale: 3,
    LinearScale: 4,
    Legend: 5,
    Tooltip: 6,
  };
});

const NOW = new Date(2026, 2, 15, 10, 30);
const now = () => NOW;

afterEach(() => {
  mediaPreferences.dark = false;
});

/** The background colour the FluentProvider's theme rule sets (Fluent inserts it into the CSSOM). */
function themeBackground(): string | undefined {
  const rules = Array.from(document.styleSheets).flatMap((sheet) =>
    Array.from(sheet.cssRules, (rule) => rule.cssText)
  );
  const rule = rules.find((text) => text.includes("--colorNeutralBackground1:"));
  return /--colorNeutralBackground1:\s*([^;]+);/.exec(rule ?? "")?.[1].trim();
}

describe("App", () => {
  it("shows a workbook error in an error MessageBar, in words", async () => {
    const workbook = createSampleWorkbook(NOW);
    workbook.findLeads = () => Promise.reject({ code: "InvalidOperation" });
    render(<App workbook={workbook} preview={workbook} now={now} />);
    await screen.findByText(/^Looking for the leads did not work\. Excel could not do this/);
    // After a failed search the owner can still act: the way to create a table stays open.
    expect(
      (screen.getByRole("button", { name: "Create leads table" }) as HTMLButtonElement).disabled
    ).toBe(false);
  });

  it("runs the preview end to end: leads found, a lead recorded and marked, a tally shown", async () => {
    const workbook = createSampleWorkbook(NOW);
    render(<App workbook={workbook} preview={workbook} now={now} />);
    screen.getByText(/not connected to Excel/);
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual([
      "Lead Tally",
    ]);
    // The preview's part loads on demand.
    await waitFor(() =>
      expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
        "Leads",
        "Record a lead",
        "Tally",
        "Marketing vs Sales",
        "Workbook preview",
      ])
    );
    await screen.findByText('Table "Leads" on sheet "Leads": 60 leads');

    fireEvent.click(await screen.findByRole("button", { name: "Record a lead from Website" }));
    await screen.findByText("Last lead: row 62, Website");
    await screen.findByText("Saved: row 62, Website");
    screen.getByText('Table "Leads" on sheet "Leads": 61 leads');
    fireEvent.click(screen.getByRole("button", { name: "Mark won" }));
    await screen.findByText("Row 62 (Website) marked Won, closed 2026-03-15.");

    const leads = await screen.findByRole("table", { name: "Leads" });
    const lastRow = within(leads).getAllByRole("row").at(-1) as HTMLElement;
    expect(Array.from(lastRow.querySelectorAll("td"), (td) => td.textContent)).toEqual([
      "2026-03-15",
      "Website",
      "Won",
      "",
      "",
      // The sample leads' Closed column: Mark won writes the day with the outcome (issue 12).
      "2026-03-15",
    ]);

    fireEvent.click(screen.getByRole("button", { name: "Tally" }));
    await screen.findByText("Lead Tally sheet updated");
    const table = await screen.findByRole("table", { name: "Leads by source" });
    const total = within(table).getAllByRole("row").at(-1) as HTMLElement;
    expect(total.querySelector("td")?.textContent).toBe("Total");
    expect(total.querySelectorAll("td")[1].textContent).toBe("61");
    await screen.findByRole("img", { name: "Chart: leads and clients by source" });
    screen.getByRole("tab", { name: "Lead Tally" });
  }, 30_000);

  it("names the costliest paid channel in the summary once the balance has read the spend, as its investment row says", async () => {
    const workbook = createSampleWorkbook(NOW);
    render(<App workbook={workbook} preview={workbook} now={now} />);
    await screen.findByText('Table "Leads" on sheet "Leads": 60 leads');
    expect(screen.queryByText(/^Costliest per client:/)).toBeNull();
    fireEvent.click(await screen.findByRole("button", { name: "Balance chart" }));
    const investment = await screen.findByRole(
      "table",
      { name: "Marketing as an investment" },
      { timeout: 10_000 }
    );
    const line = (await screen.findByText(/^Costliest per client:/)).textContent ?? "";
    const [, label, perClient] = /^Costliest per client: (.+?), (\S+) a client/.exec(line) ?? [];
    // The same source and figure as its row in the investment table (Cost per client column).
    const headers = within(investment)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent ?? "");
    const column = headers.indexOf("Cost per client");
    const row = within(investment)
      .getAllByRole("row")
      .find((tr) => tr.querySelector("td")?.textContent?.startsWith(label));
    expect(row).toBeDefined();
    expect(row?.querySelectorAll("td")[column].textContent).toContain(perClient);
  }, 30_000);

  it("starts the preview in the browser's dark theme, and the switch changes it", async () => {
    mediaPreferences.dark = true;
    const workbook = createSampleWorkbook(NOW);
    render(<App workbook={workbook} preview={workbook} now={now} />);
    await screen.findByText(/60 leads/);
    const toggle = (await screen.findByRole("switch", { name: "Dark theme" })) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(themeBackground()).toBe(webDarkTheme.colorNeutralBackground1);
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(false);
    expect(themeBackground()).toBe(webLightTheme.colorNeutralBackground1);
  });

  it("in Excel: no preview notice, no theme switch, no workbook preview", async () => {
    const sample = createSampleWorkbook(NOW);
    const excelLike: LeadWorkbook = {
      isPreview: false,
      findLeads: () => sample.findLeads(),
      readColumns: (...args) => sample.readColumns(...args),
      appendRows: (...args) => sample.appendRows(...args),
      setCell: (...args) => sample.setCell(...args),
      setRowCells: (...args) => sample.setRowCells(...args),
      addDateColumn: (...args) => sample.addDateColumn(...args),
      rewriteTexts: (...args) => sample.rewriteTexts(...args),
      removeWrittenRow: (...args) => sample.removeWrittenRow(...args),
      setListValidation: (...args) => sample.setListValidation(...args),
      selectedRow: (...args) => sample.selectedRow(...args),
      createLeadsTable: () => sample.createLeadsTable(),
      findTables: (accepts) => sample.findTables(accepts),
      createTable: (...args) => sample.createTable(...args),
      writeGeneratedSheet: (sheet) => sample.writeGeneratedSheet(sheet),
      readCulture: () => sample.readCulture(),
      loadSettings: () => sample.loadSettings(),
      saveSettings: (settings) => sample.saveSettings(settings),
    };
    render(<App workbook={excelLike} now={now} officeDark />);
    await screen.findByText(/60 leads/);
    expect(screen.queryByText(/not connected to Excel/)).toBeNull();
    expect(screen.queryByRole("switch")).toBeNull();
    expect(screen.queryByRole("heading", { name: "Workbook preview" })).toBeNull();
  });

  it("asks the job's value where the lead was marked: beside the chase list, or in Record a lead", async () => {
    const workbook = createSampleWorkbook(NOW);
    render(<App workbook={workbook} preview={workbook} now={now} />);
    const chase = await screen.findByRole("region", { name: "Open leads" });
    const record = screen.getByRole("region", { name: "Record a lead" });
    // The chase list's closed day is the Record section's: picked in one, shown in both.
    const closedOn = within(chase).getByRole("group", { name: "Won or lost on:" });
    fireEvent.click(within(closedOn).getByRole("button", { name: "Yesterday" }));
    const recordDay = within(record).getByRole("group", { name: "Closed on:" });
    expect(within(recordDay).getByRole("button", { name: "Yesterday" })).toHaveProperty(
      "ariaPressed",
      "true"
    );
    const list = within(chase).getByRole("list", { name: /^To chase/ });
    const first = within(list).getAllByRole("button", { name: /^Mark won, row / })[0];
    const sheetRow = /row (\d+)$/.exec(first.getAttribute("aria-label") as string)?.[1];
    fireEvent.click(first);
    const value = await within(chase).findByRole("textbox", {
      name: `Value of the job (row ${sheetRow})`,
    });
    expect(document.activeElement).toBe(value);
    expect(within(record).queryByRole("textbox", { name: /^Value of the job/ })).toBeNull();
    await screen.findByText(new RegExp(`^Row ${sheetRow} .*marked Won, closed 2026-03-14\\.$`));
    fireEvent.change(value, { target: { value: "900" } });
    fireEvent.click(within(chase).getByRole("button", { name: "Save value" }));
    await screen.findByText(`Row ${sheetRow}: value 900 saved.`);
    expect(within(chase).queryByRole("textbox", { name: /^Value of the job/ })).toBeNull();

    fireEvent.click(within(record).getByRole("button", { name: "Record a lead from Website" }));
    await screen.findByText("Saved: row 62, Website");
    fireEvent.click(within(record).getByRole("button", { name: "Mark won" }));
    await within(record).findByRole("textbox", { name: "Value of the job (row 62)" });
    expect(within(chase).queryByRole("textbox", { name: /^Value of the job/ })).toBeNull();
  }, 30_000);
});
