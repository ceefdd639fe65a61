/**
 * rewriteTexts in both workbooks, with the same assertions: the chosen cells of one column become
 * literal text, no other cell changes, and a write Excel refuses part way leaves nothing changed.
 */
import { createExcelWorkbook } from "../../../src/workbook/excelWorkbook";
import { createSampleWorkbook } from "../../../src/workbook/sampleLeads";
import type { LeadsLocation, LeadWorkbook } from "../../../src/workbook/workbook";
import { FakeExcel, FakeOfficeError } from "../../support/excelMock";

const HEADERS = ["Date", "Source", "Outcome", "Value", "Notes"];
const ROWS = [
  [46000, "Walk in", "Won", 10, "a"],
  [46001, "Walk-in", "Open", "", ""],
  [46002, " walk in ", "Lost", "", "=not a formula"],
  [46003, "Website", "Won", 5, ""],
];

async function allCells(workbook: LeadWorkbook, location: LeadsLocation) {
  return workbook.readColumns(location, [0, 1, 2, 3, 4]);
}

interface Subject {
  readonly workbook: LeadWorkbook;
  /** Null: the leads the workbook finds. */
  readonly location: LeadsLocation | null;
}

function memorySubject(): Subject {
  return { workbook: createSampleWorkbook(new Date(2026, 2, 15)), location: null };
}

function excelSubject(): Subject & { location: LeadsLocation; failOnce(row: number): void } {
  const excel = new FakeExcel();
  excel.addTable({ name: "Leads", sheet: "Leads", headers: HEADERS, rows: ROWS });
  const workbook = createExcelWorkbook({ run: excel.run, isSetSupported: () => true });
  return {
    workbook,
    location: {
      sheetName: "Leads",
      tableName: "Leads",
      headerRow: 0,
      firstColumn: 0,
      headers: HEADERS,
      rowCount: ROWS.length,
    },
    // The write of the given data row's source cell fails, once.
    failOnce: (row) => {
      let failed = false;
      excel.failOn = (label) => {
        if (failed || label !== `values 'Leads'!B${row + 2}`) return undefined;
        failed = true;
        return new FakeOfficeError("GeneralException", "Excel stopped.");
      };
    },
  };
}

describe.each([
  ["the in-memory workbook", memorySubject],
  ["the Excel adapter", excelSubject],
])("rewriteTexts in %s", (_name, make) => {
  async function setUp() {
    const subject = make();
    const location = subject.location ?? (await subject.workbook.findLeads())[0];
    return { ...subject, location };
  }

  it("rewrites only the chosen cells, as literal text", async () => {
    const { workbook, location } = await setUp();
    const before = await allCells(workbook, location);
    await workbook.rewriteTexts(location, 1, [
      { row: 0, text: "Walk-in" },
      { row: 2, text: "=1+1" },
    ]);
    const after = await allCells(workbook, location);
    const expected = before.map((column) => column.slice());
    expected[1][0] = "Walk-in";
    expected[1][2] = "=1+1";
    expect(after).toEqual(expected);
  });

  it("refuses a row outside the leads, or text too long for a cell, writing nothing", async () => {
    const { workbook, location } = await setUp();
    const before = await allCells(workbook, location);
    await expect(
      workbook.rewriteTexts(location, 1, [
        { row: 0, text: "Walk-in" },
        { row: location.rowCount, text: "x" },
      ])
    ).rejects.toThrow(/row/i);
    await expect(
      workbook.rewriteTexts(location, 1, [
        { row: 0, text: "Walk-in" },
        { row: 1, text: "x".repeat(32768) },
      ])
    ).rejects.toThrow(/32,?767/);
    expect(await allCells(workbook, location)).toEqual(before);
  });
});

describe("rewriteTexts in the Excel adapter, when Excel stops part way", () => {
  it("puts every cell back as it was and reports the error", async () => {
    const subject = excelSubject();
    const before = await allCells(subject.workbook, subject.location);
    subject.failOnce(2);
    await expect(
      subject.workbook.rewriteTexts(subject.location, 1, [
        { row: 0, text: "Walk-in" },
        { row: 2, text: "Walk-in" },
      ])
    ).rejects.toThrow("Excel stopped.");
    expect(await allCells(subject.workbook, subject.location)).toEqual(before);
  });
});
