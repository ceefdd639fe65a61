/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { WorkbookPreview } from "../../../../src/taskpane/components/WorkbookPreview";
import { MemoryWorkbook } from "../../../../src/workbook/memoryWorkbook";

function cellsOf(table: HTMLElement): (string | null)[][] {
  return within(table)
    .getAllByRole("row")
    .map((row) => Array.from(row.querySelectorAll("td"), (cell) => cell.textContent));
}

describe("WorkbookPreview", () => {
  it("says so when the workbook has no sheets", () => {
    render(<WorkbookPreview workbook={new MemoryWorkbook()} />);
    screen.getByText("The workbook has no sheets.");
  });

  it("has one tab per sheet and shows the chosen sheet's displayed values, row 1 first", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        {
          name: "Leads",
          tableName: "Leads",
          rows: [
            ["Date", "Source", "Outcome"],
            [{ serial: 46096 }, "=1+1", "Won"],
          ],
        },
        { name: "Notes", rows: [["<b>not bold</b>"]] },
      ],
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbookPreview workbook={workbook} />
      </FluentProvider>
    );
    screen.getByRole("heading", { level: 2, name: "Workbook preview" });
    expect(screen.getAllByRole("tab")).toHaveLength(2);
    expect(screen.getByRole("tab", { name: "Leads" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tab", { name: "Notes" }).getAttribute("aria-selected")).toBe("false");
    expect(cellsOf(screen.getByRole("table", { name: "Leads" }))).toEqual([
      ["Date", "Source", "Outcome"],
      ["2026-03-15", "=1+1", "Won"],
    ]);

    fireEvent.click(screen.getByRole("tab", { name: "Notes" }));
    const notes = screen.getByRole("table", { name: "Notes" });
    // Workbook text is shown as text, never as markup.
    expect(cellsOf(notes)).toEqual([["<b>not bold</b>"]]);
    expect(notes.querySelector("b")).toBeNull();

    // A sheet added to the workbook appears without anything else to do.
    await act(async () => {
      await workbook.writeGeneratedSheet({
        kind: "lead-tally",
        preferredName: "Lead Tally",
        rows: [["Lead Tally", 0.5]],
        boldRows: [0],
        formats: [{ row: 0, column: 1, rowCount: 1, columnCount: 1, numberFormat: "0.0%" }],
      });
    });
    fireEvent.click(screen.getByRole("tab", { name: "Lead Tally" }));
    expect(cellsOf(screen.getByRole("table", { name: "Lead Tally" }))).toEqual([
      ["Lead Tally", "50.0%"],
    ]);
  });

  it("selects the clicked cell, as Excel does, so Use selected row can be tried", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        {
          name: "Leads",
          tableName: "Leads",
          rows: [
            ["Date", "Source", "Outcome"],
            [{ serial: 46096 }, "Website", "Open"],
            [{ serial: 46096 }, "Walk-in", "Open"],
          ],
        },
      ],
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbookPreview workbook={workbook} />
      </FluentProvider>
    );
    const [location] = await workbook.findLeads();
    expect(await workbook.selectedRow(location)).toBeNull();
    fireEvent.click(screen.getByText("Walk-in"));
    expect(await workbook.selectedRow(location)).toBe(1);
  });

  it("selects a cell with the arrow keys, as the mouse does, staying on the sheet", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        {
          name: "Leads",
          tableName: "Leads",
          rows: [
            ["Date", "Source", "Outcome"],
            [{ serial: 46096 }, "Website", "Open"],
            [{ serial: 46096 }, "Walk-in", "Open"],
          ],
        },
      ],
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbookPreview workbook={workbook} />
      </FluentProvider>
    );
    const [location] = await workbook.findLeads();
    const region = screen.getByRole("region", { name: /^Leads sheet; the arrow keys select/ });
    fireEvent.keyDown(region, { key: "ArrowDown" });
    expect(await workbook.selectedRow(location)).toBe(0);
    fireEvent.keyDown(region, { key: "ArrowDown" });
    fireEvent.keyDown(region, { key: "ArrowDown" });
    expect(await workbook.selectedRow(location)).toBe(1);
    fireEvent.keyDown(region, { key: "ArrowRight" });
    expect(region.getAttribute("aria-description")).toBe("Selected: row 3, column 2");
    fireEvent.keyDown(region, { key: "ArrowUp" });
    fireEvent.keyDown(region, { key: "ArrowUp" });
    // The header row is a cell like any other, but no lead.
    expect(await workbook.selectedRow(location)).toBeNull();
    fireEvent.keyDown(region, { key: "x" });
    expect(region.getAttribute("aria-description")).toBe("Selected: row 1, column 2");
  });
});
