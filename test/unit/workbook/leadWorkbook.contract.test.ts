/**
 * One contract, two workbooks: the same LeadWorkbook operations with the same assertions against
 * the in-memory workbook (the preview's) and the Office.js adapter over the fake Excel, so that
 * the two cannot drift apart unnoticed. Each workbook is built from the same description; only
 * what the interface cannot show (a formula in a cell) is looked at through the workbook's own
 * test view.
 */
import { buildTallySheet, excelErrorCode, outcomeRules } from "../../../src/engine";
import { createExcelWorkbook } from "../../../src/workbook/excelWorkbook";
import { MemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { LEAD_TALLY_ERROR, WorkbookError } from "../../../src/workbook/rules/errors";
import { describeError } from "../../../src/taskpane/errorMessages";
import type { LeadWorkbook, LeadsLocation } from "../../../src/workbook/workbook";
import { FakeExcel, Formula } from "../../support/excelMock";

/** A sheet to start with: rows from A1, optionally a table over them, and formulas of its own. */
interface SheetInit {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
  readonly tableName?: string;
  readonly calculated?: Readonly<Record<string, string>>;
  readonly formulas?: readonly { row: number; column: number; formula: string }[];
  /** Cells holding Excel error values, such as #N/A from a lookup. */
  readonly errors?: readonly { row: number; column: number; code: string }[];
}

interface Subject {
  readonly workbook: LeadWorkbook;
  /** The list rule on a sheet column: its source and alert style, or null. */
  listRuleAt(sheet: string, column: number): { source: string; style: string } | null;
  /** The formula in a cell (zero-based), or null when it holds none. */
  formulaAt(sheet: string, row: number, column: number): string | null;
  /** The number format of a cell (zero-based), "General" when it has none. */
  formatAt(sheet: string, row: number, column: number): string;
}

function memorySubject(sheets: readonly SheetInit[]): Subject {
  const workbook = new MemoryWorkbook({
    sheets: sheets.map((sheet) => ({
      name: sheet.name,
      rows: sheet.rows,
      tableName: sheet.tableName,
      calculatedColumns: sheet.calculated,
      formulas: sheet.formulas,
      errors: sheet.errors,
    })),
  });
  return {
    workbook,
    listRuleAt: (sheet, column) => workbook.listValidationAt(sheet, column),
    // The preview shows a formula cell as its formula, never computed.
    formulaAt: (sheet, row, column) => {
      const text = workbook.listSheets().find((grid) => grid.name === sheet)?.rows[row]?.[column];
      return text !== undefined && text.startsWith("=") ? text : null;
    },
    formatAt: (sheet, row, column) => workbook.numberFormatAt(sheet, row, column) ?? "General",
  };
}

function excelSubject(sheets: readonly SheetInit[]): Subject {
  const excel = new FakeExcel();
  for (const sheet of sheets) {
    if (sheet.tableName !== undefined) {
      excel.addTable({
        name: sheet.tableName,
        sheet: sheet.name,
        headers: (sheet.rows[0] ?? []).map(String),
        rows: sheet.rows.slice(1),
        calculated: sheet.calculated,
      });
    } else {
      excel.addSheetWith(sheet.name, sheet.rows);
    }
    const model = excel.sheetNamed(sheet.name);
    for (const { row, column, formula } of sheet.formulas ?? []) {
      model?.setValue(row, column, { formula } satisfies Formula);
    }
    for (const { row, column, code } of sheet.errors ?? []) {
      model?.setValue(row, column, { error: code });
    }
  }
  const workbook = createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
  return {
    workbook,
    listRuleAt: (sheet, column) => {
      const rule = excel.sheetNamed(sheet)?.validations.get(column);
      if (rule === undefined) return null;
      const { list } = rule.rule as { list: { inCellDropDown: boolean; source: string } };
      const { style } = rule.errorAlert as { style: string };
      return list.inCellDropDown ? { source: list.source, style } : null;
    },
    formulaAt: (sheet, row, column) => {
      const value = excel.sheetNamed(sheet)?.value(row, column);
      return typeof value === "object" && value !== null && "formula" in value
        ? (value as Formula).formula
        : null;
    },
    formatAt: (sheet, row, column) => excel.sheetNamed(sheet)?.format(row, column) ?? "General",
  };
}

const SUBJECTS: readonly [string, (sheets: readonly SheetInit[]) => Subject][] = [
  ["the in-memory workbook", memorySubject],
  ["the Excel adapter over the fake Excel", excelSubject],
];

const HEADERS = ["Date", "Source", "Outcome", "Days open"];

function leadsSheet(extra: Partial<SheetInit> = {}): SheetInit {
  return {
    name: "Leads",
    tableName: "Leads",
    rows: [HEADERS, [46000, "Website", "Won", null]],
    calculated: { "Days open": "=TODAY()-[@Date]" },
    ...extra,
  };
}

async function onlyLeads(workbook: LeadWorkbook): Promise<LeadsLocation> {
  const [location] = await workbook.findLeads();
  return location;
}

function tallySheet(source: string) {
  return buildTallySheet({
    sources: [source],
    outcomes: ["Won"],
    rules: outcomeRules(),
    wonLabels: [],
    lostLabels: [],
    origin: 'table "Leads" on sheet "Leads"',
    columns: 'Source = "Source"',
    computedAt: 46082.5,
  }).sheet;
}

describe.each(SUBJECTS)("LeadWorkbook contract: %s", (_, make) => {
  it("appendRows grows the table by the new rows, which read back in order", async () => {
    const { workbook } = make([leadsSheet()]);
    const updated = await workbook.appendRows(await onlyLeads(workbook), [
      [{ serial: 46100 }, "Referral", "Open", null],
      [{ serial: 46101 }, "=1+1", "Open", null],
    ]);
    expect(updated.rowCount).toBe(3);
    const found = await onlyLeads(workbook);
    expect(found).toMatchObject({ tableName: "Leads", rowCount: 3 });
    expect(await workbook.readColumns(found, [0, 1])).toEqual([
      [46000, 46100, 46101],
      ["Website", "Referral", "=1+1"],
    ]);
  });

  it('appendRows leaves a calculated column\'s formula in the new row (null, never "")', async () => {
    // docs/excel/excel-add-ins-blank-null-values.md: "" clears a cell, null leaves it as it is.
    const subject = make([leadsSheet()]);
    await subject.workbook.appendRows(await onlyLeads(subject.workbook), [
      [{ serial: 46100 }, "Referral", "Open", null],
    ]);
    expect(subject.formulaAt("Leads", 2, 3)).toBe("=TODAY()-[@Date]");
    expect(subject.formulaAt("Leads", 1, 3)).toBe("=TODAY()-[@Date]");
  });

  it("setCell with no value clears the cell, formula included: that is the owner's choice", async () => {
    const subject = make([leadsSheet()]);
    await subject.workbook.setCell(await onlyLeads(subject.workbook), 0, 3, null);
    expect(subject.formulaAt("Leads", 1, 3)).toBeNull();
  });

  it("removeWrittenRow refuses a row that changed since it was written, and says which cell", async () => {
    const { workbook } = make([leadsSheet()]);
    const written = [{ serial: 46100 }, "Referral", "Open", null];
    const updated = await workbook.appendRows(await onlyLeads(workbook), [written]);
    await workbook.setCell(updated, 1, 2, "Won");
    expect(await workbook.removeWrittenRow(updated, 1, written)).toEqual({
      removed: false,
      reason: expect.stringContaining('its "Outcome" cell in the leads table "Leads" has changed'),
    });
    // A row the leads no longer reach is not removed either (rows deleted or sorted since).
    expect(await workbook.removeWrittenRow(updated, 5, written)).toMatchObject({ removed: false });
    expect(await workbook.readColumns(await onlyLeads(workbook), [1, 2])).toEqual([
      ["Website", "Referral"],
      ["Won", "Won"],
    ]);
  });

  it("removeWrittenRow removes the unchanged row it wrote and leaves the rows above as they were", async () => {
    // Range.delete with shift up (ExcelApi 1.1; office-js-docs-reference excel.range delete):
    // the rows below move up and the table shrinks; the calculated column stays in the others.
    const subject = make([leadsSheet()]);
    const { workbook } = subject;
    const written = [{ serial: 46100 }, "=1+1", "Open", null];
    const updated = await workbook.appendRows(await onlyLeads(workbook), [written]);
    const result = await workbook.removeWrittenRow(updated, 1, written);
    expect(result).toEqual({ removed: true, location: { ...updated, rowCount: 1 } });
    const found = await onlyLeads(workbook);
    expect(found).toMatchObject({ tableName: "Leads", rowCount: 1 });
    expect(await workbook.readColumns(found, [0, 1, 2])).toEqual([[46000], ["Website"], ["Won"]]);
    expect(subject.formulaAt("Leads", 1, 3)).toBe("=TODAY()-[@Date]");
  });

  it("setListValidation puts a warning-style list on the whole column, found by its header", async () => {
    // docs/excel/excel-add-ins-data-validation.md (ExcelApi 1.8) and the co-authoring guidance:
    // one rule over the table's whole column; a warning lets the owner type a new source.
    const subject = make([
      leadsSheet({
        rows: [
          ["Date", "Outcome", "Source", "Days open"],
          [46000, "Won", "Website", null],
        ],
      }),
    ]);
    const found = await onlyLeads(subject.workbook);
    const stale: LeadsLocation = { ...found, headers: HEADERS };
    await subject.workbook.setListValidation(stale, 1, ["Website", "Walk-in"]);
    expect(subject.listRuleAt("Leads", 2)).toEqual({ source: "Website,Walk-in", style: "Warning" });
    expect(subject.listRuleAt("Leads", 1)).toBeNull();
    // Setting it again replaces the rule rather than failing over the old one.
    await subject.workbook.setListValidation(stale, 1, ["Website", "Walk-in", "Radio"]);
    expect(subject.listRuleAt("Leads", 2)?.source).toBe("Website,Walk-in,Radio");
    await expect(subject.workbook.setListValidation(stale, 1, ["Smith, Jones"])).rejects.toThrow(
      '"Smith, Jones" has a comma'
    );
    await expect(
      subject.workbook.setListValidation(
        stale,
        1,
        Array.from({ length: 30 }, (_, i) => `Source ${i}`)
      )
    ).rejects.toThrow("Excel holds at most 255");
    expect(subject.listRuleAt("Leads", 2)?.source).toBe("Website,Walk-in,Radio");
  });

  it("writeGeneratedSheet refreshes in place: a formula of the owner's that refers to it survives", async () => {
    const subject = make([
      leadsSheet(),
      {
        name: "My report",
        rows: [],
        formulas: [{ row: 0, column: 0, formula: "='Lead Tally'!B6" }],
      },
    ]);
    expect(await subject.workbook.writeGeneratedSheet(tallySheet("Website"))).toBe("Lead Tally");
    expect(await subject.workbook.writeGeneratedSheet(tallySheet("Referral"))).toBe("Lead Tally");
    expect(subject.formulaAt("My report", 0, 0)).toBe("='Lead Tally'!B6");
  });

  it("finds the columns again by their headers: a value goes under its header, whatever moved", async () => {
    // The leads as they were found, before the owner swapped the Source and Outcome columns.
    const { workbook } = make([
      leadsSheet({
        rows: [
          ["Date", "Outcome", "Source", "Days open"],
          [46000, "Won", "Website", null],
        ],
      }),
    ]);
    const found = await onlyLeads(workbook);
    const stale: LeadsLocation = { ...found, headers: HEADERS };
    const updated = await workbook.appendRows(stale, [
      [{ serial: 46100 }, "Referral", "Open", null],
    ]);
    expect(updated).toEqual({ ...stale, rowCount: 2 });
    expect(await workbook.readColumns(stale, [1, 2])).toEqual([
      ["Website", "Referral"],
      ["Won", "Open"],
    ]);
    await workbook.setCell(updated, 1, 2, "Lost");
    expect(await workbook.readColumns(found, [1])).toEqual([["Won", "Lost"]]);
  });

  it("says plainly that a column is gone rather than reading or writing another", async () => {
    const { workbook } = make([leadsSheet()]);
    const stale: LeadsLocation = {
      ...(await onlyLeads(workbook)),
      headers: ["Date", "Channel", "Outcome", "Days open"],
    };
    const message = 'The column "Channel" is no longer in the leads table "Leads"';
    await expect(workbook.readColumns(stale, [1])).rejects.toThrow(message);
    await expect(workbook.appendRows(stale, [[null, "Radio", "Open", null]])).rejects.toThrow(
      message
    );
    await expect(workbook.setCell(stale, 0, 1, "Radio")).rejects.toThrow(message);
    expect((await onlyLeads(workbook)).rowCount).toBe(1);
    // One error class for both, and the pane shows the message as it is.
    const error = (await workbook
      .readColumns(stale, [1])
      .catch((e: unknown) => e)) as WorkbookError;
    expect(error).toBeInstanceOf(WorkbookError);
    expect(describeError(error, "The tally")).toBe(`The tally did not work: ${error.message}`);
  });

  it("looks for a header row in the first 20 rows of the sheet's used range, outside tables", async () => {
    const blank = (count: number) => Array.from({ length: count }, () => []);
    const { workbook } = make([
      // A title, then the headers 25 rows down: past the rows looked at.
      { name: "Far", rows: [["Leads of 2026"], ...blank(24), HEADERS, [46000, "Web", "Won"]] },
      // Nothing above the headers: the used range starts at them, however far down.
      { name: "Low", rows: [...blank(60), HEADERS, [46000, "Web", "Won"]] },
    ]);
    expect(await workbook.findLeads()).toEqual([
      {
        sheetName: "Low",
        tableName: null,
        headerRow: 60,
        firstColumn: 0,
        headers: HEADERS,
        rowCount: 1,
      },
    ]);
  });

  it("counts a plain range's rows down to the last row with a value anywhere on its sheet", async () => {
    const { workbook } = make([
      {
        name: "Plain",
        rows: [HEADERS, [46000, "Web", "Won"], [], [null, null, null, null, null, null, "a note"]],
      },
    ]);
    const found = await onlyLeads(workbook);
    expect(found.rowCount).toBe(3);
    const updated = await workbook.appendRows(found, [
      [{ serial: 46100 }, "Referral", "Open", null],
    ]);
    expect(updated.rowCount).toBe(4);
    expect(await workbook.readColumns(updated, [1])).toEqual([["Web", "", "", "Referral"]]);
  });

  it("checks setCell's row against the rows of the location it is given", async () => {
    const { workbook } = make([leadsSheet()]);
    const found = await onlyLeads(workbook);
    const updated = await workbook.appendRows(found, [
      [{ serial: 46100 }, "Referral", "Open", null],
    ]);
    await expect(workbook.setCell(found, 1, 2, "Lost")).rejects.toThrow(
      'Row 2 is not one of the 1 rows of the leads table "Leads".'
    );
    await workbook.setCell(updated, 1, 2, "Lost");
    expect(await workbook.readColumns(updated, [2])).toEqual([["Won", "Lost"]]);
  });

  it("refuses what it cannot do with the same error and words", async () => {
    const { workbook } = make([leadsSheet()]);
    const found = await onlyLeads(workbook);
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: WorkbookError) => ({ code: error.code, message: error.message })
      );
    expect(await refusal(workbook.readColumns({ ...found, tableName: "Gone" }, [1]))).toEqual({
      code: LEAD_TALLY_ERROR,
      message:
        'The leads table "Gone" no longer exists. It may have been renamed or deleted; find the leads again.',
    });
    expect(await refusal(workbook.readColumns(found, [4]))).toEqual({
      code: LEAD_TALLY_ERROR,
      message: 'Column 4 is not one of the 4 columns of the leads table "Leads".',
    });
    expect(await refusal(workbook.appendRows(found, [["Radio"]]))).toEqual({
      code: LEAD_TALLY_ERROR,
      message: 'Row 1 to add has 1 values; the leads table "Leads" has 4 columns.',
    });
    expect(await refusal(workbook.setCell(found, 0, 1, "x".repeat(32768)))).toMatchObject({
      code: LEAD_TALLY_ERROR,
      message: expect.stringMatching(/^The text for row 1, column "Source" /),
    });
    expect(await refusal(workbook.createTable("Spend", ["Source", "Spend"], [["Web"]]))).toEqual({
      code: LEAD_TALLY_ERROR,
      message: "Row 1 of the new table has 1 values; it has 2 columns.",
    });
    expect((await onlyLeads(workbook)).rowCount).toBe(1);
  });

  it("adds leads below a table's blank rows, and into an empty table's one blank row", async () => {
    // Blank rows the owner left at the end of a table are its rows (rules/tableRows.ts).
    const { workbook } = make([
      leadsSheet({ rows: [HEADERS, [46000, "Website", "Won", null], [], []] }),
    ]);
    const found = await onlyLeads(workbook);
    expect(found.rowCount).toBe(3);
    const updated = await workbook.appendRows(found, [
      [{ serial: 46100 }, "Referral", "Open", null],
    ]);
    expect(updated.rowCount).toBe(4);
    expect(await workbook.readColumns(await onlyLeads(workbook), [1])).toEqual([
      ["Website", "", "", "Referral"],
    ]);
    // A new table without data: its first lead goes into the blank row under the headers.
    const empty = await workbook.createTable("Spend", ["Source", "Spend"], []);
    const first = await workbook.appendRows(empty, [["Website", 120]]);
    expect(first.rowCount).toBe(1);
    expect(await workbook.readColumns(first, [0, 1])).toEqual([["Website"], [120]]);
  });

  it("finds an empty table, whose one blank row Excel counts, with no leads", async () => {
    // Excel shows a table without data with one blank row, and table.rows.getCount() may count
    // it: findLeads must say 0 leads, as appendRows does when it fills that row.
    const { workbook } = make([leadsSheet({ rows: [HEADERS, []], calculated: {} })]);
    expect((await onlyLeads(workbook)).rowCount).toBe(0);
  });

  it("reads an error cell as an error value, and text that looks like one as text", async () => {
    const { workbook } = make([
      leadsSheet({
        rows: [HEADERS, [46000, "Website", "Won", null], [46001, "#N/A", "Open", null]],
        errors: [{ row: 1, column: 1, code: "#N/A" }],
      }),
    ]);
    const [sources] = await workbook.readColumns(await onlyLeads(workbook), [1]);
    expect(sources.map((cell) => excelErrorCode(cell))).toEqual(["#N/A", null]);
    expect(sources[1]).toBe("#N/A");
  });

  it("rewriteTexts checks every row first, then writes each text under its header now", async () => {
    const { workbook } = make([
      leadsSheet({
        rows: [
          ["Date", "Outcome", "Source", "Days open"],
          [46000, "Won", "Walk in", null],
          [46001, "Open", "walk-in", null],
        ],
      }),
    ]);
    const found = await onlyLeads(workbook);
    const stale: LeadsLocation = { ...found, headers: HEADERS, rowCount: 1 };
    await expect(
      workbook.rewriteTexts(stale, 1, [
        { row: 0, text: "Walk-in" },
        { row: 1, text: "Walk-in" },
      ])
    ).rejects.toThrow('Row 2 is not one of the 1 rows of the leads table "Leads".');
    expect(await workbook.readColumns(found, [2])).toEqual([["Walk in", "walk-in"]]);
    await workbook.rewriteTexts({ ...stale, rowCount: 2 }, 1, [
      { row: 0, text: "Walk-in" },
      { row: 1, text: "0012" },
    ]);
    expect(await workbook.readColumns(found, [1, 2])).toEqual([
      ["Won", "Open"],
      ["Walk-in", "0012"],
    ]);
  });

  it("readCulture tells the culture money is shown in: en-US with $ unless told otherwise", async () => {
    const { workbook } = make([leadsSheet()]);
    expect(await workbook.readCulture()).toEqual({ name: "en-US", currencySymbol: "$" });
  });

  it("names new tables and their sheets alike, by Excel's rules", async () => {
    const { workbook } = make([leadsSheet()]);
    expect(await workbook.createTable("Spend", ["Source", "Spend"], [])).toMatchObject({
      sheetName: "Spend",
      tableName: "Spend",
    });
    expect(await workbook.createTable("Spend", ["Source", "Spend"], [])).toMatchObject({
      sheetName: "Spend (2)",
      tableName: "Spend2",
    });
    expect(await workbook.createTable("History", ["Source", "Spend"], [])).toMatchObject({
      sheetName: "History (2)",
      tableName: "History",
    });
    // An apostrophe inside a sheet name is allowed; at either end it is not.
    expect(await workbook.createTable("Q1: [web]/'ads'", ["Source", "Spend"], [])).toMatchObject({
      sheetName: "Q1 web'ads",
      tableName: "Q1webads",
    });
    expect(await workbook.createLeadsTable()).toMatchObject({
      sheetName: "Leads (2)",
      tableName: "Leads2",
    });
  });

  describe("the closed date: setRowCells and addDateColumn", () => {
    const CLOSED_HEADERS = ["Date", "Source", "Outcome", "Days open", "Closed"];

    it("setRowCells writes the outcome as literal text and the closed date as a date, leaving null cells as they are", async () => {
      const subject = make([
        leadsSheet({ rows: [CLOSED_HEADERS, [46000, "Website", "Open", null, null]] }),
      ]);
      const { workbook } = subject;
      const location = await onlyLeads(workbook);
      await workbook.setRowCells(location, 0, [null, null, "=Won", null, { serial: 46010 }]);
      expect(await workbook.readColumns(location, [0, 1, 2, 4])).toEqual([
        [46000],
        ["Website"],
        ["=Won"],
        [46010],
      ]);
      expect(subject.formatAt("Leads", 1, 4)).toBe("yyyy-mm-dd");
      // docs/excel/excel-add-ins-blank-null-values.md: null leaves the calculated column's formula.
      expect(subject.formulaAt("Leads", 1, 3)).toBe("=TODAY()-[@Date]");
    });

    it("setRowCells refuses a row it does not know or a row of the wrong width, writing nothing", async () => {
      const { workbook } = make([
        leadsSheet({ rows: [CLOSED_HEADERS, [46000, "Website", "Open", null, null]] }),
      ]);
      const location = await onlyLeads(workbook);
      await expect(
        workbook.setRowCells(location, 1, [null, null, "Won", null, { serial: 46010 }])
      ).rejects.toThrow('Row 2 is not one of the 1 rows of the leads table "Leads".');
      await expect(workbook.setRowCells(location, 0, [null, "Won"])).rejects.toThrow(
        'Row 1 to add has 2 values; the leads table "Leads" has 5 columns.'
      );
      expect(await workbook.readColumns(location, [2, 4])).toEqual([["Open"], [""]]);
    });

    it("setRowCells writes only while the row still holds the lead chosen (its source, any case), else nothing", async () => {
      const { workbook } = make([
        leadsSheet({
          rows: [
            CLOSED_HEADERS,
            [46000, "Website", "Open", null, null],
            [46001, "Referral", "Open", null, null],
          ],
        }),
      ]);
      const location = await onlyLeads(workbook);
      const won = [null, null, "Won", null, { serial: 46010 }];
      // The pane read row 1 as Website's; the owner has sorted since, and Referral is there now.
      await expect(
        workbook.setRowCells(location, 1, won, { column: 1, label: "Website" })
      ).rejects.toThrow(
        'Row 3 of the leads table "Leads" no longer holds the lead it held: its Source was ' +
          '"Website" and is now "Referral"'
      );
      expect(await workbook.readColumns(location, [2, 4])).toEqual([
        ["Open", "Open"],
        ["", ""],
      ]);
      await workbook.setRowCells(location, 0, won, { column: 1, label: "WEBSITE" });
      expect(await workbook.readColumns(location, [2])).toEqual([["Won", "Open"]]);
    });

    it("addDateColumn adds Closed at a table's right end, dated cells, found again with the leads", async () => {
      const subject = make([leadsSheet()]);
      const { workbook } = subject;
      const location = await onlyLeads(workbook);
      const added = await workbook.addDateColumn(location, "Closed");
      expect(added.headers).toEqual([...HEADERS, "Closed"]);
      expect((await onlyLeads(workbook)).headers).toEqual([...HEADERS, "Closed"]);
      expect(subject.formatAt("Leads", 1, 4)).toBe("yyyy-mm-dd");
      await workbook.setRowCells(added, 0, [null, null, "Lost", null, { serial: 46020 }]);
      expect(await workbook.readColumns(added, [2, 4])).toEqual([["Lost"], [46020]]);
    });

    it("addDateColumn writes a header row's new header right of its last one, only into an empty column", async () => {
      const rows = [
        ["Date", "Source", "Outcome"],
        [46000, "Website", "Open"],
        [46001, "Referral", "Won"],
      ];
      const subject = make([{ name: "Leads", rows }]);
      const { workbook } = subject;
      const location = await onlyLeads(workbook);
      const added = await workbook.addDateColumn(location, " Closed ");
      expect(added).toMatchObject({
        tableName: null,
        headers: ["Date", "Source", "Outcome", "Closed"],
      });
      expect((await onlyLeads(workbook)).headers).toEqual(["Date", "Source", "Outcome", "Closed"]);
      expect(subject.formatAt("Leads", 2, 3)).toBe("yyyy-mm-dd");
      await workbook.setRowCells(added, 1, [null, null, null, { serial: 46030 }]);
      expect(await workbook.readColumns(added, [3])).toEqual([["", 46030]]);
    });

    it("addDateColumn refuses a column beside the leads that holds anything, and changes nothing", async () => {
      const rows = [
        ["Date", "Source", "Outcome"],
        [46000, "Website", "Open"],
        [46001, "Referral", "Won", "call back"],
      ];
      const subject = make([{ name: "Leads", rows }]);
      const { workbook } = subject;
      const location = await onlyLeads(workbook);
      await expect(workbook.addDateColumn(location, "Closed")).rejects.toThrow(
        'The column just right of the leads sheet "Leads" is not empty, so Lead Tally did not add a "Closed" column there'
      );
      expect(subject.formatAt("Leads", 1, 3)).toBe("General");
      expect((await onlyLeads(workbook)).headers).toEqual(["Date", "Source", "Outcome"]);
      const table = make([leadsSheet({ rows: [HEADERS, [46000, "Website", "Won", null, "x"]] })]);
      await expect(
        table.workbook.addDateColumn(await onlyLeads(table.workbook), "Closed")
      ).rejects.toThrow("is not empty");
    });

    it("addDateColumn refuses a header the leads already have, in any case or spacing", async () => {
      const { workbook } = make([leadsSheet()]);
      const location = await onlyLeads(workbook);
      await expect(workbook.addDateColumn(location, "days  OPEN")).rejects.toThrow(
        'The leads table "Leads" already has a column "days  OPEN"'
      );
      expect((await onlyLeads(workbook)).headers).toEqual(HEADERS);
    });
  });
});
