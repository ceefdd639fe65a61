/** @jest-environment jsdom */
import "../../../support/jsdom";
import { TextEncoder } from "util";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SelfCheckPanel } from "../../../../src/taskpane/components/SelfCheckPanel";
import { createExcelWorkbook } from "../../../../src/workbook/excelWorkbook";
import { FakeExcel } from "../../../support/excelMock";

// The fake Excel weighs its requests with TextEncoder, which jsdom's globals lack.
Object.assign(globalThis, { TextEncoder });

describe("SelfCheckPanel", () => {
  it("runs the self-check on the workbook in use and lists a line per check with Excel's answer", async () => {
    const excel = new FakeExcel();
    const workbook = createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
    render(
      <FluentProvider theme={webLightTheme}>
        <SelfCheckPanel
          workbook={workbook}
          excel={{ run: excel.run, isSetSupported: excel.isSetSupported }}
          now={() => new Date(Date.UTC(2026, 10, 25))}
        />
      </FluentProvider>
    );
    expect(screen.queryByRole("list", { name: "Self-check results" })).toBeNull();

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Check this Excel" }));
    });
    await waitFor(() => screen.getByText(/checks (passed|failed)\./));

    const lines = screen.getAllByRole("listitem").map((item) => item.textContent ?? "");
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe(
      "PASS The requirement sets Lead Tally needs" +
        "ExcelApi 1.12: yes; SharedRuntime 1.1: yes; CustomFunctionsRuntime 1.2: yes"
    );
    expect(lines[8]).toMatch(/^PASS The workbook is left as it was found/);
    // The scratch sheets are gone again.
    expect(excel.sheets).toEqual([]);
    expect(screen.getByRole("button", { name: "Check this Excel" })).toHaveProperty(
      "disabled",
      false
    );
  });
});
