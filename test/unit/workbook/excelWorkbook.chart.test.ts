/**
 * The Marketing vs Sales chart as the Office.js adapter builds it, under the fake Excel: a native
 * combo chart over the sheet's own period table, written with the sheet and swapped in with it.
 */
import {
  BalanceInput,
  BalanceReport,
  buildBalanceReport,
  DEFAULT_BALANCE_THRESHOLDS,
  dayNumberFromCivil,
  GeneratedSheet,
  outcomeRules,
} from "../../../src/engine";
import { CHART_HEIGHT, CHART_WIDTH } from "../../../src/workbook/excel/charts";
import { createExcelWorkbook, GENERATED_MARK_KEY } from "../../../src/workbook/excelWorkbook";
import { LeadWorkbook } from "../../../src/workbook/workbook";
import {
  address,
  cellsOf,
  ChartModel,
  FakeExcel,
  FakeOfficeError,
  SheetModel,
} from "../../support/excelMock";

const SHEET = "Marketing vs Sales";

const input: BalanceInput = {
  dates: ["2026-01-05", "2026-01-20", "2026-02-02", "2026-03-09", "2026-03-30", "2026-04-01"],
  sources: ["Website", "Referral", "Website", "Radio", "Website", "Referral"],
  outcomes: ["Won", "Lost", "Sold", "", "Lost", "Client"],
  values: [1000, null, 500, null, null, 300],
  spend: null,
  unit: "month",
  rules: outcomeRules(),
  thresholds: DEFAULT_BALANCE_THRESHOLDS,
  origin: 'table "Leads" on sheet "Leads"',
  computedAt: 46113.5,
  today: dayNumberFromCivil(2026, 4, 15),
};

function balanceReport(changes: Partial<BalanceInput> = {}): BalanceReport {
  const result = buildBalanceReport({ ...input, ...changes });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

let excel: FakeExcel;
let workbook: LeadWorkbook;

beforeEach(() => {
  excel = new FakeExcel();
  // The adapter asks the fake's own isSetSupported, so both agree on what this Excel has.
  workbook = createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
});

afterEach(() => {
  expect(excel.loads.filter((load) => !load.properties)).toEqual([]);
  expect(excel.unsynced).toEqual([]);
});

const names = () => excel.sheets.map((sheet) => sheet.name);

function onlyChart(sheet: SheetModel | null): ChartModel {
  expect(sheet?.charts).toHaveLength(1);
  return (sheet as SheetModel).charts[0];
}

/** What an older Excel must never be sent: the line, the secondary axis, an axis format. */
const lineOrSecondary = (label: string) =>
  /chartType|axisGroup|Secondary|axis \(.*\) numberFormat|lineStyle/.test(label);

/** An earlier Marketing vs Sales sheet of the add-in's, with a chart of its own. */
function oldBalanceSheet(): { sheet: SheetModel; cells: string } {
  const sheet = excel.addSheetWith(SHEET, [
    ["Period", "Leads"],
    ["2025-12", 4],
  ]);
  sheet.customProperties.set(GENERATED_MARK_KEY, "marketing-vs-sales");
  sheet.charts.push(
    new ChartModel(
      sheet,
      "ColumnClustered",
      { sheet, row: 0, column: 0, rowCount: 2, columnCount: 2 },
      "Columns"
    )
  );
  return { sheet, cells: JSON.stringify(sheet.cells) };
}

describe("the Marketing vs Sales chart", () => {
  it.each([
    ["Excel refuses the chart itself", "add chart"],
    ["Excel refuses the line on the secondary axis", "axisGroup"],
    ["Excel refuses the rate axis format", "numberFormat 0%"],
    ["Excel refuses the chart's position", "setPosition"],
  ])("leaves no half-made sheet when %s, and the old sheet as it was", async (_, failing) => {
    const old = oldBalanceSheet();
    excel.failOn = (label) =>
      label.includes(failing)
        ? new FakeOfficeError("GeneralException", "chart refused")
        : undefined;

    await expect(workbook.writeGeneratedSheet(balanceReport().sheet)).rejects.toThrow(
      "chart refused"
    );

    expect(names()).toEqual([SHEET]);
    expect(excel.sheetNamed(SHEET)).toBe(old.sheet);
    expect(JSON.stringify(old.sheet.cells)).toBe(old.cells);
    expect(old.sheet.charts).toHaveLength(1);
    // The chart was built on the temporary sheet, in the round trip that wrote its content.
    const failed = excel.syncs.findIndex((sync) => sync.error !== undefined);
    expect(failed).toBe(1);
    expect(excel.syncs[failed].operations).toContain(`add sheet "${SHEET} (updating)"`);
    expect(excel.operations()).not.toContain(`delete sheet "${SHEET}"`);
    expect(excel.operations()).toContain(`delete sheet "${SHEET} (updating)"`);
  });

  it("leaves no half-made sheet when Excel says it has ExcelApi 1.8 but refuses the line", async () => {
    const old = oldBalanceSheet();
    excel.excelApi = 7;
    const trusting = createExcelWorkbook({ run: excel.run, isSetSupported: () => true });

    const writing = trusting.writeGeneratedSheet(balanceReport().sheet);

    await expect(writing).rejects.toThrow("needs ExcelApi 1.8");
    expect(((await writing.catch((e: unknown) => e)) as FakeOfficeError).code).toBe("ApiNotFound");
    expect(names()).toEqual([SHEET]);
    expect(excel.sheetNamed(SHEET)).toBe(old.sheet);
    expect(JSON.stringify(old.sheet.cells)).toBe(old.cells);
  });

  it("shows leads and clients as clustered columns over the period table, the rate as a line on a percent secondary axis", async () => {
    const report = balanceReport();
    const description = report.sheet.chart;
    if (description === undefined) throw new Error("the report has no chart");

    expect(await workbook.writeGeneratedSheet(report.sheet)).toBe(SHEET);

    const sheet = excel.sheetNamed(SHEET);
    const chart = onlyChart(sheet);
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.seriesBy).toBe("Columns");
    // Exactly the period block: header row, one row a period; period, leads, clients, rate.
    expect(chart.source.sheet).toBe(sheet);
    expect(address(chart.source)).toBe(`'${SHEET}'!A8:D12`);
    expect(chart.source).toMatchObject({
      row: description.dataRow,
      column: description.dataColumn,
      rowCount: description.rowCount,
      columnCount: 4,
    });
    expect(cellsOf(chart.source)).toEqual([
      ["Period", "Leads", "Clients", "Conversion rate"],
      ["2026-01", 2, 1, 0.5],
      ["2026-02", 1, 1, 1],
      ["2026-03", 2, 0, 0],
      // The period under way: labelled, and off the rate line (a blank cell reads back as "").
      ["2026-04 (so far)", 1, 1, ""],
    ]);

    expect(
      chart.series.map((series) => ({
        name: series.name,
        chartType: series.chartType,
        axisGroup: series.axisGroup,
        categories: chart.categories(series),
        values: chart.values(series),
      }))
    ).toEqual([
      {
        name: "Leads",
        chartType: "ColumnClustered",
        axisGroup: "Primary",
        categories: ["2026-01", "2026-02", "2026-03", "2026-04 (so far)"],
        values: report.periods.map((period) => period.leads),
      },
      {
        name: "Clients",
        chartType: "ColumnClustered",
        axisGroup: "Primary",
        categories: ["2026-01", "2026-02", "2026-03", "2026-04 (so far)"],
        values: report.periods.map((period) => period.won),
      },
      {
        name: "Conversion rate",
        chartType: "Line",
        axisGroup: "Secondary",
        categories: ["2026-01", "2026-02", "2026-03", "2026-04 (so far)"],
        values: [0.5, 1, 0, ""],
      },
    ]);

    expect(chart.title).toBe("Marketing vs Sales");
    expect(chart.legend).toEqual({ visible: true, position: "Bottom" });
    expect(excel.operations()).toContain(
      `legend visible true of chart on sheet "${SHEET} (updating)"`
    );
    expect(chart.axes()).toEqual([
      { type: "Category", group: "Primary", title: "Month", numberFormat: null },
      { type: "Value", group: "Primary", title: "Leads and clients", numberFormat: null },
      { type: "Value", group: "Secondary", title: "Conversion rate", numberFormat: "0%" },
    ]);

    // Beside the tables, from the anchor cell, at a readable size.
    expect(address(chart.topLeft as NonNullable<typeof chart.topLeft>)).toBe(`'${SHEET}'!K1`);
    expect(chart.topLeft).toMatchObject({
      row: description.anchorRow,
      column: description.anchorColumn,
    });
    expect([chart.width, chart.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    expect(CHART_WIDTH).toBeGreaterThanOrEqual(400);

    // No note where the line is drawn.
    const note = description.fallbackNote;
    expect(sheet?.value(note.row, note.column)).toBe("");
  });

  it("costs no extra round trip: the chart goes with the content, then onto the refreshed sheet", async () => {
    const report = balanceReport();
    const withoutChart: GeneratedSheet = { ...report.sheet, chart: undefined };

    await workbook.writeGeneratedSheet(withoutChart);
    expect(excel.syncs).toHaveLength(3);
    excel.syncs.length = 0;
    await workbook.writeGeneratedSheet(withoutChart);
    const plain = excel.syncs.length;
    excel.syncs.length = 0;
    await workbook.writeGeneratedSheet(report.sheet);

    // A refresh in place: the sheets there are; the new content built aside; the old content
    // backed up; the new content copied in place.
    expect(excel.syncs).toHaveLength(plain);
    expect(plain).toBe(4);
    const temporary = `${SHEET} (updating)`;
    const chartSyncs = excel.syncs
      .map((sync, index) =>
        sync.operations.some((op) => op.startsWith("add chart ColumnClustered")) ? index : -1
      )
      .filter((index) => index >= 0);
    expect(chartSyncs).toEqual([1, 3]);
    expect(excel.syncs[1].operations).toContain(`add sheet "${temporary}"`);
    expect(excel.syncs[1].operations).toContain(
      `add chart ColumnClustered of '${temporary}'!A8:D12 by Columns`
    );
    expect(excel.syncs[3].operations).toContain(
      `add chart ColumnClustered of '${SHEET}'!A8:D12 by Columns`
    );
    expect(excel.syncs[3].operations).toContain(`delete sheet "${temporary}"`);
    // The refreshed sheet has the one new chart.
    expect(names()).toEqual([SHEET]);
    expect(onlyChart(excel.sheetNamed(SHEET)).sheet.deleted).toBe(false);
  });

  it("without ExcelApi 1.8: leads and clients only, no line or secondary-axis call, and the sheet says why", async () => {
    excel.excelApi = 7;
    const report = balanceReport();
    const description = report.sheet.chart;
    if (description === undefined) throw new Error("the report has no chart");

    expect(await workbook.writeGeneratedSheet(report.sheet)).toBe(SHEET);

    const sheet = excel.sheetNamed(SHEET) as SheetModel;
    const chart = onlyChart(sheet);
    expect(chart.type).toBe("ColumnClustered");
    expect(address(chart.source)).toBe(`'${SHEET}'!A8:C12`);
    expect(chart.series.map((series) => [series.name, series.chartType, series.axisGroup])).toEqual(
      [
        ["Leads", "ColumnClustered", "Primary"],
        ["Clients", "ColumnClustered", "Primary"],
      ]
    );
    expect(excel.operations().filter(lineOrSecondary)).toEqual([]);
    expect(chart.axes().map((axis) => [axis.type, axis.group, axis.title])).toEqual([
      ["Category", "Primary", "Month"],
      ["Value", "Primary", "Leads and clients"],
    ]);
    expect(chart.title).toBe("Marketing vs Sales");
    expect(chart.legend).toEqual({ visible: true, position: "Bottom" });

    // The note, as literal text, in the empty row above the period table.
    const note = description.fallbackNote;
    expect(note.text).toMatch(/ExcelApi 1\.8/);
    expect(sheet.value(note.row, note.column)).toBe(note.text);
    expect(sheet.format(note.row, note.column)).toBe("@");
    expect(sheet.value(note.row + 1, note.column)).toBe("Period");
  });

  // The projected rate's dashed line: ChartSeries.format.line is a ChartLineFormat, whose
  // lineStyle ("Dash" among Excel.ChartLineStyle) is ExcelApi 1.7 (office-js-docs-reference
  // docs/docs-ref-autogen/excel/excel/excel.chartlineformat.yml).
  const closed = ["2026-02-14", null, "2026-02-12", null, null, "2026-04-03"];

  it("with a Closed column: the projected rate as a second line on the rate axis, dashed", async () => {
    // Judged from 50% completion, so March and April (2/3 complete) are projected; at the default
    // 70% they are too early to tell and their cells stay blank (the next assertion).
    const report = balanceReport({
      closed,
      thresholds: { ...DEFAULT_BALANCE_THRESHOLDS, projectionCompletion: 0.5 },
    });
    const description = report.sheet.chart;
    if (description === undefined) throw new Error("the report has no chart");
    expect(description.projectedSeries).toBe("Projected conversion");

    expect(await workbook.writeGeneratedSheet(report.sheet)).toBe(SHEET);
    const chart = onlyChart(excel.sheetNamed(SHEET));
    expect(address(chart.source)).toBe(`'${SHEET}'!A8:E12`);
    expect(
      chart.series.map((series) => [
        series.name,
        series.chartType,
        series.axisGroup,
        series.lineStyle,
        chart.values(series),
      ])
    ).toEqual([
      ["Leads", "ColumnClustered", "Primary", "Automatic", [2, 1, 2, 1]],
      ["Clients", "ColumnClustered", "Primary", "Automatic", [1, 1, 0, 1]],
      ["Conversion so far", "Line", "Secondary", "Automatic", [0.5, 1, 0, ""]],
      // Only the periods still maturing: March (its lead of 30 March, 16 days old) and April.
      [
        "Projected conversion",
        "Line",
        "Secondary",
        "Dash",
        // March's leads of 9 and 30 March are 37 and 16 days old: F = 2/3 each, no client yet, 0%;
        // April's client, 14 days old: 1 ÷ 2/3, capped at 100%. January and February are complete.
        ["", "", 0, 1],
      ],
    ]);
    expect(chart.series[3].values).toMatchObject({ column: 4 });

    // At the default 70%, neither is judged: the dashed series is there, with nothing drawn.
    await workbook.writeGeneratedSheet(balanceReport({ closed }).sheet);
    const young = onlyChart(excel.sheetNamed(SHEET));
    expect(young.values(young.series[3])).toEqual(["", "", "", ""]);
  });

  it("with a Closed column but without ExcelApi 1.8: no line, so no dashed line either", async () => {
    excel.excelApi = 7;
    const report = balanceReport({ closed });
    expect(await workbook.writeGeneratedSheet(report.sheet)).toBe(SHEET);
    const chart = onlyChart(excel.sheetNamed(SHEET));
    expect(address(chart.source)).toBe(`'${SHEET}'!A8:C12`);
    expect(excel.operations().filter(lineOrSecondary)).toEqual([]);
  });

  it("draws no chart while there is no period to show", async () => {
    excel.excelApi = 7;
    const report = balanceReport({ dates: [], sources: [], outcomes: [], values: [] });
    expect(report.sheet.chart?.rowCount).toBe(1);

    await workbook.writeGeneratedSheet(report.sheet);

    const sheet = excel.sheetNamed(SHEET) as SheetModel;
    expect(sheet.charts).toEqual([]);
    expect(excel.operations().filter((label) => /chart/.test(label))).toEqual([]);
    const note = report.sheet.chart?.fallbackNote;
    expect(note && sheet.value(note.row, note.column)).toBe("");
  });
});
