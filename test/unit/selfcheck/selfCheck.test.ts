/*
 * The self-check against the fake Excel through the real adapter, as it runs in real Excel
 * (src/selfcheck/selfCheck.ts): every check passes there, and the workbook is left as it was. The
 * fake creates a calculated column from a formula typed into an empty table column, as Excel does
 * (support.microsoft.com, "Use calculated columns in an Excel table"), which the formula-column
 * check relies on.
 */
import { SETTINGS_KEY, createExcelWorkbook } from "../../../src/workbook/excelWorkbook";
import { SELF_CHECK_MARK, SelfCheckResult, runSelfCheck } from "../../../src/selfcheck/selfCheck";
import { FakeExcel } from "../../support/excelMock";

const NOW = new Date(Date.UTC(2026, 10, 25, 15, 0, 0));

function workbookState(excel: FakeExcel): string {
  return JSON.stringify({
    sheets: excel.sheets.map((sheet) => ({
      name: sheet.name,
      cells: sheet.cells,
      formats: sheet.formats,
      marks: [...sheet.customProperties],
    })),
    tables: excel.tables.map((table) => table.name),
    settings: [...excel.settings],
  });
}

async function selfCheck(excel: FakeExcel, isSetSupported = excel.isSetSupported) {
  const shown: SelfCheckResult[] = [];
  const results = await runSelfCheck({
    workbook: createExcelWorkbook({ run: excel.run, isSetSupported }),
    run: excel.run,
    isSetSupported,
    now: NOW,
    onResult: (result) => shown.push(result),
  });
  return { results, shown };
}

describe("the self-check against the fake Excel", () => {
  it("runs every check through the adapter and passes them, each with what Excel answered", async () => {
    const excel = new FakeExcel();
    const { results, shown } = await selfCheck(excel);

    expect(results.map((result) => result.id)).toEqual([
      "requirement-sets",
      "settings",
      "append",
      "formula-column",
      "literal-text",
      "error-cells",
      "combo-chart",
      "refresh-in-place",
      "left-as-found",
    ]);
    expect(shown).toEqual(results);
    for (const result of results) {
      expect(result.answer.trim()).not.toBe("");
      // The answer rides along so a failing check says what Excel answered.
      expect(result).toEqual({ ...result, ok: true });
    }
    expect(results.find((r) => r.id === "literal-text")?.answer).toBe(
      'wrote "=1+1", "+44 20 7946 0000", "0012", "TRUE", "2026-03-01"; ' +
        'read "=1+1", "+44 20 7946 0000", "0012", "TRUE", "2026-03-01"'
    );
    // The fake does not calculate, so only the formula of the answer is asserted.
    expect(results.find((r) => r.id === "formula-column")?.answer).toMatch(
      /^Days of the new row: formula "=\[@Value\]\*2", /
    );
    expect(results.find((r) => r.id === "error-cells")?.answer).toBe("read #N/A, #DIV/0!");
    expect(results.find((r) => r.id === "requirement-sets")?.answer).toBe(
      "ExcelApi 1.12: yes; SharedRuntime 1.1: yes; CustomFunctionsRuntime 1.2: yes"
    );
  });

  it("leaves the workbook as it found it: the owner's sheets, tables and settings untouched, scratch sheets gone", async () => {
    const excel = new FakeExcel();
    excel.addTable({
      name: "Leads",
      sheet: "Leads",
      headers: ["Date", "Source", "Outcome"],
      rows: [[46082, "Referral", "Won"]],
    });
    excel.addSheetWith("Lead Tally", [["An owner's sheet of that name"]]);
    excel.settings.set(SETTINGS_KEY, '{"target":0.3}');
    const before = workbookState(excel);

    const { results } = await selfCheck(excel);

    expect(workbookState(excel)).toBe(before);
    expect(results.at(-1)).toMatchObject({ id: "left-as-found", ok: true });
    expect(results.at(-1)?.answer).toMatch(/^deleted 3 scratch sheets \("LT check /);
  });

  it("deletes no setting it did not find, and removes the one it wrote", async () => {
    const excel = new FakeExcel();
    await selfCheck(excel);
    expect(excel.settings.has(SETTINGS_KEY)).toBe(false);
    expect(excel.sheets).toEqual([]);
  });

  it("cleans up a scratch sheet an interrupted earlier run left, and nothing unmarked", async () => {
    const excel = new FakeExcel();
    excel
      .addSheetWith("LT check old", [["left over"]])
      .customProperties.set(SELF_CHECK_MARK, "old");
    excel.addSheetWith("LT check mine", [["the owner's, unmarked"]]);
    await selfCheck(excel);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["LT check mine"]);
  });

  it("fails a check with what Excel answered, and still cleans up", async () => {
    const excel = new FakeExcel();
    const noCustomFunctions12 = (set: string, version: string) =>
      !(set === "CustomFunctionsRuntime" && version === "1.2");
    excel.failOn = (label) =>
      label.startsWith("setting LeadTally.settings")
        ? new Error("The workbook is read-only.")
        : undefined;
    const { results } = await selfCheck(excel, noCustomFunctions12);
    expect(results[0]).toMatchObject({
      id: "requirement-sets",
      ok: false,
      answer: "ExcelApi 1.12: yes; SharedRuntime 1.1: yes; CustomFunctionsRuntime 1.2: no",
    });
    expect(results[1]).toMatchObject({
      id: "settings",
      ok: false,
      answer: "Excel refused: The workbook is read-only.",
    });
    expect(excel.sheets).toEqual([]);
  });
});
