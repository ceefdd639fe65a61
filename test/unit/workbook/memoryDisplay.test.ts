/** What the preview shows of the in-memory workbook's cells and charts (src/workbook/memoryDisplay.ts). */
import type { BalanceChart } from "../../../src/engine";
import { chartOf, displayText } from "../../../src/workbook/memoryDisplay";

describe("displayText", () => {
  it("shows numbers in the formats Lead Tally writes, as Excel would", () => {
    expect(displayText(undefined)).toBe("");
    expect(displayText({ value: 1234567.891, numberFormat: "#,##0.00" })).toBe("1,234,567.89");
    expect(displayText({ value: -1234.5, numberFormat: "#,##0.00" })).toBe("-1,234.50");
    expect(displayText({ value: 999.999, numberFormat: "#,##0.00" })).toBe("1,000.00");
    expect(displayText({ value: 1.5, numberFormat: '0.00"×"' })).toBe("1.50×");
    expect(displayText({ value: -0.25, numberFormat: "0.0%" })).toBe("-25.0%");
    expect(displayText({ value: 0.5, numberFormat: "0%" })).toBe("50%");
    expect(displayText({ value: 0.125 })).toBe("0.125");
    // Money in a culture's currency (moneyFormat.ts): the minus sign before a leading symbol.
    expect(displayText({ value: -1512.5, numberFormat: '"£"#,##0' })).toBe("-£1,513");
    expect(displayText({ value: 28.5, numberFormat: '"$"#,##0.00' })).toBe("$28.50");
    expect(displayText({ value: 1234.5, numberFormat: '#,##0.00" €"' })).toBe("1,234.50 €");
    expect(displayText({ value: true })).toBe("TRUE");
    expect(displayText({ value: "#DIV/0!", error: "#DIV/0!", numberFormat: "0%" })).toBe("#DIV/0!");
  });
});

describe("chartOf", () => {
  it("takes the chart's data block from the cells, empty cells as null", () => {
    const cell = (value: string | number) => ({ value });
    const rows = [
      undefined,
      [undefined, cell("Period"), cell("Leads"), cell("Rate")],
      [undefined, cell("Jan"), cell(3), undefined],
      [undefined, cell("Feb"), cell(0), cell(0.5)],
    ];
    const chart: BalanceChart = {
      title: "Leads by month",
      dataRow: 1,
      dataColumn: 1,
      rowCount: 3,
      columnSeries: ["Leads"],
      lineSeries: "Rate",
      categoryAxisTitle: "Month",
      valueAxisTitle: "Leads",
      secondaryAxisTitle: "Rate",
      anchorRow: 0,
      anchorColumn: 5,
      fallbackNote: { row: 0, column: 5, text: "" },
    };
    const shown = chartOf(rows, chart);
    expect(shown.description).toBe(chart);
    expect(shown.values).toEqual([
      ["Period", "Leads", "Rate"],
      ["Jan", 3, null],
      ["Feb", 0, 0.5],
    ]);
  });
});
