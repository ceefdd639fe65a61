import {
  GeneratedSheet,
  parseSettings,
  DEFAULT_SETTINGS,
  TallySettings,
} from "../../../src/engine";
import {
  createExcelWorkbook,
  GENERATED_MARK_KEY,
  SETTINGS_KEY,
  WorkbookError,
} from "../../../src/workbook/excelWorkbook";
import { LeadsLocation, LeadWorkbook, ReadProgress } from "../../../src/workbook/workbook";
import { TARGET_RESPONSE_BYTES } from "../../../src/workbook/excel/blocks";
import { FakeExcel, FakeOfficeError, SheetModel } from "../../support/excelMock";

const HEADERS = ["Date", "Source", "Outcome", "Value", "Notes"];

let excel: FakeExcel;
let workbook: LeadWorkbook;

beforeEach(() => {
  excel = new FakeExcel();
  workbook = createExcelWorkbook({ run: excel.run, isSetSupported: () => true });
});

afterEach(() => {
  // Every load names what it loads; nothing is left queued when a batch ends.
  expect(excel.loads.filter((load) => !load.properties)).toEqual([]);
  expect(excel.unsynced).toEqual([]);
  // Never table.rows.add: a merge conflict for co-authors (docs/excel/co-authoring-in-excel-add-ins.md,
  // "Avoid table row conflicts").
  expect(excel.coAuthoringRisks).toEqual([]);
});

function tableLocation(rowCount: number, extra: Partial<LeadsLocation> = {}): LeadsLocation {
  return {
    sheetName: "Leads",
    tableName: "Leads",
    headerRow: 0,
    firstColumn: 0,
    headers: HEADERS,
    rowCount,
    ...extra,
  };
}

function leadRow(i: number): unknown[] {
  // Notes of 100 characters make about 140 bytes a row in the columns read below.
  return [
    45000 + (i % 700),
    `Source ${i % 7}`,
    i % 3 === 0 ? "Won" : "Lost",
    i,
    `note ${i} `.padEnd(100, "."),
  ];
}

function addLeadsTable(rowCount: number): SheetModel {
  const rows = Array.from({ length: rowCount }, (_, i) => leadRow(i));
  return excel.addTable({ name: "Leads", sheet: "Leads", headers: HEADERS, rows }).sheet;
}

/** The cells of a sheet as a test can compare them: values and formats, row by row. */
function snapshot(sheet: SheetModel): string {
  return JSON.stringify({ cells: sheet.cells, formats: sheet.formats });
}

function payloadError(code: string): FakeOfficeError {
  return new FakeOfficeError(
    code,
    `The ${code === "RequestPayloadSizeLimitExceeded" ? "request" : "response"} payload size has exceeded the limit.`
  );
}

describe("readColumns", () => {
  it("gives up with a clear error once a block of one row is still too large", async () => {
    addLeadsTable(20_000);
    excel.responseLimit = 10;

    const reading = workbook.readColumns(tableLocation(20_000), [4]);

    await expect(reading).rejects.toThrow(WorkbookError);
    await expect(reading).rejects.toThrow(
      'Excel could not hand over row 1 of the leads table "Leads": even that one row is more than Excel allows in one response.'
    );
    const error = (await reading.catch((e: unknown) => e)) as WorkbookError;
    expect((error.cause as FakeOfficeError).code).toBe("ResponsePayloadSizeLimitExceeded");
    // 20,000 rows, then halves down to one row (10,000, 5,000 … 2, 1): 15 attempts.
    expect(excel.syncs).toHaveLength(15);
    expect(excel.syncs[14].operations).toEqual([
      "load values of 'Leads'!E2",
      'rows.getCount of tables.getItem("Leads")',
      "load values of 'Leads'!A1:E1",
    ]);
  });

  it("says so when the leads table is gone, keeping Office's error as the cause", async () => {
    const reading = workbook.readColumns(tableLocation(10), [1]);

    await expect(reading).rejects.toThrow(
      'The leads table "Leads" no longer exists. It may have been renamed or deleted; find the leads again.'
    );
    const error = (await reading.catch((e: unknown) => e)) as WorkbookError;
    expect((error.cause as FakeOfficeError).code).toBe("ItemNotFound");
  });

  it("refuses a column that is not one of the headers, before asking Excel", async () => {
    await expect(workbook.readColumns(tableLocation(10), [5])).rejects.toThrow(
      'Column 5 is not one of the 5 columns of the leads table "Leads".'
    );
    expect(excel.syncs).toHaveLength(0);
  });

  it("reads a 120,000-row table in blocks of values, every row once and in order", async () => {
    addLeadsTable(120_000);
    const progress: ReadProgress[] = [];

    const [sources, outcomes, notes] = await workbook.readColumns(
      tableLocation(120_000),
      [1, 2, 4],
      (p) => progress.push(p)
    );

    expect(sources).toEqual(Array.from({ length: 120_000 }, (_, i) => leadRow(i)[1]));
    expect(outcomes).toEqual(Array.from({ length: 120_000 }, (_, i) => leadRow(i)[2]));
    expect(notes).toEqual(Array.from({ length: 120_000 }, (_, i) => leadRow(i)[4]));
    // Several blocks, each one round trip reading the adjacent Source and Outcome as one range.
    expect(excel.syncs.length).toBeGreaterThanOrEqual(3);
    // The first round trip also counts the rows as they are now.
    expect(excel.syncs[0].operations).toEqual([
      "load values of 'Leads'!B2:C20001",
      "load values of 'Leads'!E2:E20001",
      'rows.getCount of tables.getItem("Leads")',
      "load values of 'Leads'!A1:E1",
    ]);
    for (const sync of excel.syncs.slice(1)) {
      expect(sync.operations).toHaveLength(2);
      expect(sync.operations.every((op) => op.startsWith("load values of "))).toBe(true);
    }
    // The first block is 20,000 rows; the next are sized from it to about TARGET_RESPONSE_BYTES.
    for (const sync of excel.syncs.slice(1, -1)) {
      expect(sync.responseBytes).toBeGreaterThan(0.9 * TARGET_RESPONSE_BYTES);
      expect(sync.responseBytes).toBeLessThanOrEqual(TARGET_RESPONSE_BYTES);
    }
    // Values only (no cell reads as an error's text, so no types are looked up), and the header
    // row once, in the first round trip.
    expect(excel.loads.filter((load) => load.properties !== "values")).toEqual([]);
    expect(
      excel.loads.filter((load) => load.target === 'tables.getItem("Leads").getHeaderRowRange()')
    ).toHaveLength(1);
    // Progress after every block, rising to the total.
    expect(progress).toHaveLength(excel.syncs.length);
    expect(progress[0]).toEqual({ rowsRead: 20_000, totalRows: 120_000 });
    expect(progress[progress.length - 1]).toEqual({ rowsRead: 120_000, totalRows: 120_000 });
    progress.slice(1).forEach((p, i) => expect(p.rowsRead).toBeGreaterThan(progress[i].rowsRead));
    // Some seconds on a busy shared machine: 120,000 rows go through the fake Excel.
  }, 30_000);

  it("halves the block on ResponsePayloadSizeLimitExceeded and still reads every row", async () => {
    addLeadsTable(30_000);
    excel.responseLimit = 1_500_000;

    const [notes] = await workbook.readColumns(tableLocation(30_000), [4]);

    expect(notes).toEqual(Array.from({ length: 30_000 }, (_, i) => leadRow(i)[4]));
    const failed = excel.syncs.filter((sync) => sync.error !== undefined);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((sync) => /response payload size/.test(sync.error ?? ""))).toBe(true);
    // 20,000 rows of notes weigh about 2.1 MB: the block is halved to 10,000 and read.
    expect(excel.syncs[0].error).toBeDefined();
    expect(excel.syncs[1].operations).toEqual([
      "load values of 'Leads'!E2:E10001",
      'rows.getCount of tables.getItem("Leads")',
      "load values of 'Leads'!A1:E1",
    ]);
    expect(excel.syncs[1].error).toBeUndefined();
    const succeeded = excel.syncs.filter((sync) => sync.error === undefined);
    expect(succeeded.every((sync) => sync.responseBytes <= 1_500_000)).toBe(true);
  });

  it.each([
    ["the code RequestPayloadSizeLimitExceeded", payloadError("RequestPayloadSizeLimitExceeded")],
    ["the code ResponsePayloadSizeLimitExceeded", payloadError("ResponsePayloadSizeLimitExceeded")],
    [
      "the name in the message only",
      new FakeOfficeError(
        "GeneralException",
        "RequestPayloadSizeLimitExceeded: The request payload size has exceeded the limit."
      ),
    ],
  ])("retries the same block, halved, on an error with %s", async (_, error) => {
    addLeadsTable(30_000);
    let failures = 2;
    excel.failOn = (label) =>
      label.startsWith("load values") && failures-- > 0 ? error : undefined;

    const [sources] = await workbook.readColumns(tableLocation(30_000), [1]);

    expect(sources).toEqual(Array.from({ length: 30_000 }, (_, i) => leadRow(i)[1]));
    expect(excel.syncs.slice(0, 3).map((sync) => sync.operations)).toEqual([
      [],
      [],
      [
        "load values of 'Leads'!B2:B5001",
        'rows.getCount of tables.getItem("Leads")',
        "load values of 'Leads'!A1:E1",
      ],
    ]);
  });

  it('reads an error cell as the error value it is, and the text "#N/A" written literally as text', async () => {
    // Range.values gives an error cell as its text; only valueTypes ("Error" rather than
    // "String", Excel.RangeValueType) tells them apart. Loading it for every cell doubled each
    // read's payload, so only the cells that read as an error's text are looked up.
    const sheet = excel.addTable({
      name: "Leads",
      sheet: "Leads",
      headers: HEADERS,
      rows: [[45000, "Website", "Won", 1, ""]],
    }).sheet;
    const texts = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"];
    await excel.run(async (context) => {
      const cells = context.workbook.worksheets.getItem("Leads").getRangeByIndexes(2, 1, 10, 1);
      cells.values = [...texts, "#CALC!", "#BUSY!"].map((text) => [text]);
      await context.sync();
    });
    const literal = await workbook.appendRows(tableLocation(11), [[null, "#N/A", "", null, null]]);
    expect(sheet.format(12, 1)).toBe("@");

    const [sources] = await workbook.readColumns(literal, [1]);

    // The block's values first; then, in a round trip of their own, the types of only the cells
    // whose value reads as an error's text (B2 holds "Website", so it is not looked up).
    expect(excel.syncs.slice(-2).map((sync) => sync.operations)).toEqual([
      [
        "load values of 'Leads'!B2:B13",
        'rows.getCount of tables.getItem("Leads")',
        "load values of 'Leads'!A1:E1",
      ],
      Array.from({ length: 11 }, (_, index) => `load valueTypes of 'Leads'!B${index + 3}`),
    ]);
    expect(sources).toEqual([
      "Website",
      ...[...texts, "#CALC!", "#BUSY!"].map((code) => ({ code })),
      "#N/A",
    ]);
  });

  it("passes other errors through as they are", async () => {
    addLeadsTable(100);
    const error = new FakeOfficeError("GeneralException", "An internal error has occurred.");
    excel.failOn = () => error;

    await expect(workbook.readColumns(tableLocation(100), [1])).rejects.toBe(error);
    expect(excel.syncs).toHaveLength(1);
  });

  it("reads a plain range under a header row by its sheet position", async () => {
    excel.addSheetWith("Sheet1", [
      ["Leads 2025"],
      [],
      [null, "Date", "Lead source", "Status"],
      [null, 45000, "Radio", "Won"],
      [null, 45001, "Web", "Lost"],
    ]);
    const location: LeadsLocation = {
      sheetName: "Sheet1",
      tableName: null,
      headerRow: 2,
      firstColumn: 1,
      headers: ["Date", "Lead source", "Status"],
      rowCount: 2,
    };

    expect(await workbook.readColumns(location, [2, 1])).toEqual([
      ["Won", "Lost"],
      ["Radio", "Web"],
    ]);
    expect(excel.syncs.map((sync) => sync.operations)).toEqual([
      [
        "load values of 'Sheet1'!C4:D5",
        "load rowIndex,rowCount of 'Sheet1'!A1:D5",
        // The header row, with room for columns inserted since, checked in the same round trip.
        "load values of 'Sheet1'!B3:AJ3",
      ],
    ]);
  });

  it("reads the rows as they are now: rows typed since the leads were found, none deleted", async () => {
    const table = excel.addTable({
      name: "Leads",
      sheet: "Leads",
      headers: HEADERS,
      rows: [leadRow(0), leadRow(1), leadRow(2), leadRow(3)],
    });
    const progress: ReadProgress[] = [];

    expect(await workbook.readColumns(tableLocation(2), [1], (p) => progress.push(p))).toEqual([
      [0, 1, 2, 3].map((i) => leadRow(i)[1]),
    ]);
    // Two rows were read with the count, then the other two.
    expect(excel.syncs.map((sync) => sync.operations[0])).toEqual([
      "load values of 'Leads'!B2:B3",
      "load values of 'Leads'!B4:B5",
    ]);
    expect(progress).toEqual([
      { rowsRead: 2, totalRows: 4 },
      { rowsRead: 4, totalRows: 4 },
    ]);

    table.rowCount = 1;
    expect(await workbook.readColumns(tableLocation(4), [1])).toEqual([[leadRow(0)[1]]]);
    table.rowCount = 0;
    expect(await workbook.readColumns(tableLocation(0), [1, 2])).toEqual([[], []]);
    expect(excel.syncs).toHaveLength(4);
  });
});

describe("findLeads", () => {
  it("lists lead tables first, then header rows on the owner's sheets, in three round trips", async () => {
    excel.addTable({
      name: "Contacts",
      sheet: "Data",
      headers: ["Name", "Email"],
      rows: [["A", "a@x"]],
    });
    excel.addTable({
      name: "Leads",
      sheet: "Leads",
      headerRow: 1,
      firstColumn: 1,
      headers: ["Date", "Source", "Status", "Notes"],
      rows: [
        [45000, "Radio", "Won", ""],
        [45001, "Web", "Lost", "call back"],
      ],
    });
    excel.addSheetWith("Old leads", [
      ["Leads of 2025"],
      [],
      [null, "Date", "How did you hear about us?", "Outcome", null, "Total"],
      [null, 45000, "Radio", "Won", null, 2],
      [null, 45001, "Web", "Lost"],
      [],
      [null, null, null, null, null, "a note further down"],
    ]);
    const generated = excel.addSheetWith("Lead Tally", [["Source", "Outcome", "Leads"]]);
    generated.customProperties.set(GENERATED_MARK_KEY, "lead-tally");
    excel.addSheetWith("Empty");
    // A table with its header row turned off is passed over: asking for its headers would fail.
    const hidden = excel.addTable({
      name: "Hidden",
      sheet: "Hidden",
      headers: ["Source", "Outcome"],
    });
    hidden.showHeaders = false;
    hidden.sheet.put(0, 0, [
      ["", ""],
      ["Radio", "Won"],
    ]);

    const found = await workbook.findLeads();

    expect(found).toEqual([
      {
        sheetName: "Leads",
        tableName: "Leads",
        headerRow: 1,
        firstColumn: 1,
        headers: ["Date", "Source", "Status", "Notes"],
        rowCount: 2,
      },
      {
        sheetName: "Old leads",
        tableName: null,
        headerRow: 2,
        firstColumn: 1,
        headers: ["Date", "How did you hear about us?", "Outcome"],
        rowCount: 4,
      },
    ]);
    expect(excel.syncs).toHaveLength(3);
    // The scan reads values only, of the first rows of each used range of the owner's sheets.
    expect(excel.syncs[2].operations).toEqual([
      "load values of 'Data'!A1:B2",
      "load values of 'Leads'!B2:E4",
      "load values of 'Old leads'!A1:F7",
      "load values of 'Hidden'!A2:B2",
    ]);
  });

  it("finds nothing in an empty workbook", async () => {
    excel.addSheetWith("Sheet1");
    expect(await workbook.findLeads()).toEqual([]);
    expect(excel.syncs).toHaveLength(2);
  });
});

describe("appendRows", () => {
  function tableWithValueFormat(): SheetModel {
    const sheet = excel.addTable({
      name: "Leads",
      sheet: "Leads",
      headers: HEADERS,
      rows: [[45000, "Radio", "Won", 1200, ""]],
    }).sheet;
    sheet.setFormat(1, 0, "yyyy-mm-dd");
    sheet.setFormat(1, 3, "#,##0");
    sheet.put(0, 6, [["Owner's cell"], [42]]);
    return sheet;
  }

  it("refuses rows of the wrong width before asking Excel", async () => {
    await expect(workbook.appendRows(tableLocation(1), [["a", "b"]])).rejects.toThrow(
      'Row 1 to add has 2 values; the leads table "Leads" has 5 columns.'
    );
    expect(excel.syncs).toHaveLength(0);
  });

  it("adds all rows to a table below it, text as literal text, and touches nothing else", async () => {
    const sheet = tableWithValueFormat();
    const before = snapshot(sheet);
    const texts = [
      "=SUM(A1:A9)",
      "+44 20 7946 0000",
      "-",
      "@handle",
      "2026-03-01",
      "0012",
      "TRUE",
      "5%",
    ];
    const rows = texts.map((text, i) => [
      { serial: 46082 + i },
      text,
      text,
      i === 0 ? null : 100 * i,
      text,
    ]);

    const updated = await workbook.appendRows(tableLocation(1), rows);

    expect(updated).toEqual(tableLocation(1 + texts.length));
    // Round trip 1: where the rows go and what is there now; round trip 2: formats, then values,
    // into the rows below the table, which grows over them (no rows.add).
    expect(excel.syncs.map((sync) => sync.operations)).toEqual([
      [
        'rows.getCount of tables.getItem("Leads")',
        "load values of 'Leads'!A1:E1",
        "load values of 'Leads'!A2:E2",
        "load values,numberFormat of 'Leads'!A3:E10",
        "load values,numberFormat of 'Leads'!A2:E9",
      ],
      ["suspend screen updating", "numberFormat 'Leads'!A3:E10", "values 'Leads'!A3:E10"],
    ]);
    expect(excel.tableNamed("Leads")?.rowCount).toBe(9);
    texts.forEach((text, i) => {
      const row = 2 + i;
      for (const column of [1, 2, 4]) {
        expect(sheet.value(row, column)).toBe(text);
        expect(sheet.format(row, column)).toBe("@");
      }
      expect(sheet.value(row, 0)).toBe(46082 + i);
      expect(sheet.format(row, 0)).toBe("yyyy-mm-dd");
      // Numbers keep the table column's own format, never "@".
      expect(sheet.value(row, 3)).toBe(i === 0 ? "" : 100 * i);
      expect(sheet.format(row, 3)).toBe("#,##0");
    });
    // The rows above and the owner's cells beside are as they were.
    const after = JSON.parse(snapshot(sheet)) as { cells: unknown[][]; formats: string[][] };
    const was = JSON.parse(before) as { cells: unknown[][]; formats: string[][] };
    expect(after.cells.slice(0, 2)).toEqual(was.cells.slice(0, 2));
    expect(after.formats.slice(0, 2)).toEqual(was.formats.slice(0, 2));
    expect(after.cells.slice(2).every((row) => row.length <= 5)).toBe(true);
  });

  it("without the literal-text rule the same text would be parsed (the fake notices the order)", async () => {
    const sheet = tableWithValueFormat();
    // What the adapter avoids: values written without "@" first.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Leads").getRangeByIndexes(5, 1, 1, 3).values = [
        ["0012", "=A1", "TRUE"],
      ];
      await context.sync();
    });
    expect([sheet.value(5, 1), sheet.value(5, 2), sheet.value(5, 3)]).toEqual([
      12,
      { formula: "=A1" },
      true,
    ]);
  });

  it("writes below the last row of a plain range, even one typed since the leads were found", async () => {
    const sheet = excel.addSheetWith("Sheet1", [
      ["Title"],
      ["Date", "Source", "Outcome", "Value", "Notes", null, "Owner's"],
      [45000, "Radio", "Won", 10, ""],
    ]);
    const location: LeadsLocation = {
      ...tableLocation(1),
      sheetName: "Sheet1",
      tableName: null,
      headerRow: 1,
    };
    // Typed by the owner after findLeads:
    sheet.put(3, 0, [[45001, "Web", "Lost", 20, "typed"]]);
    const before = JSON.parse(snapshot(sheet)) as { cells: unknown[][] };

    const updated = await workbook.appendRows(location, [
      [{ serial: 46082 }, "0012", "-", 5, "=1+1"],
      [null, "Word of mouth", "Won", null, ""],
    ]);

    expect(updated.rowCount).toBe(4);
    // The formats of where the rows were expected, then of where they go since a row was typed
    // (kept to put back should the write stop halfway), then the write.
    expect(excel.syncs.map((sync) => sync.operations)).toEqual([
      [
        "load rowIndex,rowCount of 'Sheet1'!A1:G4",
        "load values of 'Sheet1'!A2:AK2",
        "load numberFormat of 'Sheet1'!A4:E5",
      ],
      ["load numberFormat of 'Sheet1'!A5:E6"],
      ["suspend screen updating", "numberFormat 'Sheet1'!A5:E6", "values 'Sheet1'!A5:E6"],
    ]);
    expect(sheet.cells[3]).toEqual(before.cells[3]);
    expect(sheet.cells[4]).toEqual([46082, "0012", "-", 5, "=1+1"]);
    // null leaves a cell as it is; "" clears it (docs/excel/excel-add-ins-blank-null-values.md).
    expect(sheet.cells[5]).toEqual([undefined, "Word of mouth", "Won", undefined, ""]);
    expect(sheet.formats[4]).toEqual(["yyyy-mm-dd", "@", "@", undefined, "@"]);
    // An empty text or an empty cell keeps its format, so a number typed there later is a number.
    expect(sheet.formats[5]).toEqual([undefined, "@", "@"]);
    expect(sheet.cells.slice(0, 4)).toEqual(before.cells.slice(0, 4));
  });

  it('keeps a calculated column\'s formula in the new rows (null, never "", where it has nothing to say)', async () => {
    const table = excel.addTable({
      name: "Leads",
      sheet: "Leads",
      headers: [...HEADERS, "Days open"],
      rows: [[45000, "Radio", "Won", 1200, "", null]],
      calculated: { "Days open": "=TODAY()-[@Date]" },
    });
    const location = tableLocation(1, { headers: [...HEADERS, "Days open"] });

    await workbook.appendRows(location, [[{ serial: 46082 }, "Web", "Open", null, null, null]]);

    expect(table.rowCount).toBe(2);
    expect(table.sheet.value(2, 5)).toEqual({ formula: "=TODAY()-[@Date]" });
    expect(table.sheet.value(2, 1)).toBe("Web");
  });

  it('the fake Excel clears a calculated column\'s formula when "" is written over it', async () => {
    const table = excel.addTable({
      name: "Leads",
      sheet: "Leads",
      headers: ["Source", "Days open"],
      rows: [["Radio", null]],
      calculated: { "Days open": "=1" },
    });
    await excel.run(async (context) => {
      context.workbook.tables.getItem("Leads").getDataBodyRange().getRowsBelow(1).values = [
        ["Web", ""],
      ];
      await context.sync();
    });
    expect(table.rowCount).toBe(2);
    expect(table.sheet.value(2, 1)).toBe("");
    expect(table.sheet.value(1, 1)).toEqual({ formula: "=1" });
  });

  it("refuses to write over cells of the owner's just below the table, and writes nothing", async () => {
    const sheet = tableWithValueFormat();
    sheet.put(2, 1, [["my total"]]);
    const before = snapshot(sheet);
    await expect(
      workbook.appendRows(tableLocation(1), [[null, "Radio", "Won", 1, ""]])
    ).rejects.toThrow('The leads table "Leads" has something in the row just below it.');
    expect(snapshot(sheet)).toBe(before);
    expect(excel.tableNamed("Leads")?.rowCount).toBe(1);
  });

  it("fills an empty table's blank row first, then the rows below it", async () => {
    const table = excel.addTable({ name: "Leads", sheet: "Leads", headers: HEADERS });
    const updated = await workbook.appendRows(tableLocation(0), [
      [{ serial: 46082 }, "Radio", "Open", null, null],
      [{ serial: 46083 }, "Web", "Open", null, null],
    ]);
    expect(updated.rowCount).toBe(2);
    expect(table.rowCount).toBe(2);
    expect(table.sheet.cells.slice(1)).toEqual([
      [46082, "Radio", "Open"],
      [46083, "Web", "Open"],
    ]);
  });

  it("does not suspend screen updating where ExcelApi 1.9 is missing", async () => {
    tableWithValueFormat();
    workbook = createExcelWorkbook({ run: excel.run, isSetSupported: () => false });
    await workbook.appendRows(tableLocation(1), [[null, "Radio", "Won", 1, ""]]);
    expect(excel.operations()).not.toContain("suspend screen updating");
  });
});

describe("columns moved since the leads were found", () => {
  function ownersTable(): SheetModel {
    return excel.addTable({
      name: "Leads",
      sheet: "Leads",
      headers: HEADERS,
      rows: [[45000, "Radio", "Won", 10, ""]],
    }).sheet;
  }

  it("the owner inserts a column before Source: recording writes the source under Source", async () => {
    const sheet = ownersTable();
    const location = tableLocation(1);
    excel.insertColumn("Leads", 1);

    await workbook.appendRows(location, [[{ serial: 46082 }, "Web", "Open", null, null]]);

    expect(sheet.cells[0]).toEqual(["Date", "Column1", "Source", "Outcome", "Value", "Notes"]);
    expect(sheet.cells[2]).toEqual([46082, undefined, "Web", "Open"]);
    expect(excel.tableNamed("Leads")?.rowCount).toBe(2);
  });

  it("reads and writes a cell under its header after a column was inserted", async () => {
    const sheet = ownersTable();
    const location = tableLocation(1);
    excel.insertColumn("Leads", 2);

    expect(await workbook.readColumns(location, [1, 2])).toEqual([["Radio"], ["Won"]]);
    await workbook.setCell(location, 0, 2, "Lost");
    expect(sheet.cells[1]).toEqual([45000, "Radio", undefined, "Lost", 10, ""]);
  });

  it("writes a mark and its closed date under their headers after a column was inserted, in three round trips", async () => {
    const sheet = ownersTable();
    const location = tableLocation(1);
    excel.insertColumn("Leads", 2);

    await workbook.setRowCells(location, 0, [null, null, "Lost", null, { serial: 46090 }]);

    expect(sheet.cells[1]).toEqual([45000, "Radio", undefined, "Lost", 10, 46090]);
    expect(sheet.formats[1]?.[3]).toBe("@");
    expect(sheet.formats[1]?.[5]).toBe("yyyy-mm-dd");
    // The header row comes with the row's old formats; the columns moved, so the row is read
    // again where they are now; then one round trip writes formats and values together.
    expect(excel.syncs.map((sync) => sync.operations.length > 0)).toEqual([true, true, true]);
    expect(excel.syncs[2].operations).toEqual([
      "numberFormat 'Leads'!A2:F2",
      "values 'Leads'!A2:F2",
    ]);
  });

  it("under a header row too: the values go under their headers, the new column left alone", async () => {
    const sheet = excel.addSheetWith("Sheet1", [HEADERS, [45000, "Radio", "Won", 10, ""]]);
    const location: LeadsLocation = { ...tableLocation(1), sheetName: "Sheet1", tableName: null };
    excel.insertColumn("Sheet1", 1);
    sheet.setValue(0, 1, "My column");

    expect(await workbook.readColumns(location, [1])).toEqual([["Radio"]]);
    await workbook.appendRows(location, [[{ serial: 46082 }, "Web", "Open", null, null]]);
    expect(sheet.cells[2]).toEqual([46082, undefined, "Web", "Open"]);
  });

  it("says plainly that a column is gone rather than writing under another", async () => {
    const sheet = ownersTable();
    sheet.setValue(0, 1, "Channel");
    const before = snapshot(sheet);
    await expect(
      workbook.appendRows(tableLocation(1), [[null, "Web", "Open", null, null]])
    ).rejects.toThrow(
      'The column "Source" is no longer in the leads table "Leads": it was renamed or deleted ' +
        "since the leads were found. Choose the leads and their columns again."
    );
    await expect(workbook.readColumns(tableLocation(1), [1])).rejects.toThrow(
      'The column "Source" is no longer'
    );
    expect(snapshot(sheet)).toBe(before);
  });
});

describe("setCell", () => {
  it("refuses a row outside the leads", async () => {
    addLeadsTable(3);
    await expect(workbook.setCell(tableLocation(3), 3, 2, "Won")).rejects.toThrow(
      'Row 4 is not one of the 3 rows of the leads table "Leads".'
    );
    expect(excel.syncs).toHaveLength(0);
  });

  it("writes text as literal text and numbers as numbers, in one cell of the table", async () => {
    const sheet = addLeadsTable(3);
    sheet.setFormat(3, 3, "#,##0");

    await workbook.setCell(tableLocation(3), 1, 2, "TRUE");
    await workbook.setCell(tableLocation(3), 2, 3, 2500);

    // Text: the cell's format is read first, to put back should the write stop halfway.
    expect(excel.syncs.map((sync) => sync.operations)).toEqual([
      ["load values of 'Leads'!A1:E1", "load numberFormat of 'Leads'!C3"],
      ["numberFormat 'Leads'!C3", "values 'Leads'!C3"],
      // The header row is checked before every write, even one that needs no format.
      ["load values of 'Leads'!A1:E1"],
      ["values 'Leads'!D4"],
    ]);
    expect([sheet.value(2, 2), sheet.format(2, 2)]).toEqual(["TRUE", "@"]);
    expect([sheet.value(3, 3), sheet.format(3, 3)]).toEqual([2500, "#,##0"]);
  });
});

describe("selectedRow", () => {
  beforeEach(() => {
    const table = excel.addTable({
      name: "Leads",
      sheet: "Leads",
      headerRow: 2,
      firstColumn: 1,
      headers: HEADERS,
      rows: [leadRow(0), leadRow(1), leadRow(2)],
    });
    excel.addSheetWith("Other");
    // The owner has added a row since the leads were found.
    table.rowCount = 4;
  });

  const location = () => tableLocation(3, { headerRow: 2, firstColumn: 1 });

  it.each([
    ["the first data row", 0, "Leads", 3, 1],
    ["the last column of the third row", 2, "Leads", 5, 5],
    ["a row added since the leads were found", 3, "Leads", 6, 3],
    ["the header row", null, "Leads", 2, 2],
    ["the row below the table", null, "Leads", 7, 2],
    ["the column left of the table", null, "Leads", 3, 0],
    ["the column right of the table", null, "Leads", 3, 6],
    ["the same cell on another sheet", null, "Other", 3, 1],
  ])("for %s gives %p", async (_, expected, sheet, row, column) => {
    excel.activeCell = { sheet, row, column };
    expect(await workbook.selectedRow(location())).toBe(expected);
    expect(excel.syncs).toHaveLength(1);
  });

  it("works for a plain range by its position, down to its last row now", async () => {
    const other = excel.sheetNamed("Other") as SheetModel;
    other.put(1, 0, [HEADERS, leadRow(0), leadRow(1), leadRow(2)]);
    const range: LeadsLocation = {
      ...location(),
      sheetName: "Other",
      tableName: null,
      headerRow: 1,
      firstColumn: 0,
    };

    excel.activeCell = { sheet: "Other", row: 4, column: 0 };
    expect(await workbook.selectedRow(range)).toBe(2);
    excel.activeCell = { sheet: "Other", row: 5, column: 0 };
    expect(await workbook.selectedRow(range)).toBeNull();
    // A row typed by the owner since.
    other.put(5, 0, [leadRow(3)]);
    expect(await workbook.selectedRow(range)).toBe(3);
  });
});

describe("createLeadsTable", () => {
  // The table Lead Tally makes has the optional Closed column too (issue 12).
  const NEW_HEADERS = [...HEADERS, "Closed"];

  it("picks free names for the sheet and the table, and activates the new sheet", async () => {
    excel.addTable({ name: "Leads", sheet: "Leads", headers: HEADERS });
    excel.names.push("leads2");

    const location = await workbook.createLeadsTable();

    expect(location).toEqual({
      sheetName: "Leads (2)",
      tableName: "Leads3",
      headerRow: 0,
      firstColumn: 0,
      headers: NEW_HEADERS,
      rowCount: 0,
    });
    const sheet = excel.sheetNamed("Leads (2)") as SheetModel;
    expect(sheet.cells[0]).toEqual(NEW_HEADERS);
    expect(sheet.format(1, 0)).toBe("yyyy-mm-dd");
    expect(sheet.format(1, 5)).toBe("yyyy-mm-dd");
    expect(excel.tableNamed("Leads3")?.sheet).toBe(sheet);
    expect(excel.activeSheet).toBe(sheet);
    expect(excel.syncs).toHaveLength(2);

    // The new table takes rows, dates formatted by the column.
    await workbook.appendRows(location, [
      [{ serial: 46082 }, "Radio", "Won", 100, "", { serial: 46090 }],
    ]);
    expect(sheet.cells[1]).toEqual([46082, "Radio", "Won", 100, "", 46090]);
    expect(sheet.format(1, 0)).toBe("yyyy-mm-dd");
  });

  it("removes the new sheet again when the table cannot be made", async () => {
    excel.failOn = (label) =>
      label.startsWith("rename table")
        ? new FakeOfficeError("InvalidArgument", "bad name")
        : undefined;
    await expect(workbook.createLeadsTable()).rejects.toThrow("bad name");
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([]);
  });
});

describe("writeGeneratedSheet", () => {
  function tallySheet(
    rows: GeneratedSheet["rows"],
    extra: Partial<GeneratedSheet> = {}
  ): GeneratedSheet {
    return {
      kind: "lead-tally",
      preferredName: "Lead Tally",
      rows,
      boldRows: [],
      formats: [],
      ...extra,
    };
  }

  function marked(name: string, kind: string, rows: unknown[][] = [["old content"]]): SheetModel {
    const sheet = excel.addSheetWith(name, rows);
    sheet.customProperties.set(GENERATED_MARK_KEY, kind);
    return sheet;
  }

  const names = () => excel.sheets.map((sheet) => sheet.name);

  it("writes a sheet after finding the leads on the same workbook, as the pane does", async () => {
    addLeadsTable(3);
    marked("Lead Tally", "lead-tally");
    expect(await workbook.findLeads()).toHaveLength(1);
    expect(await workbook.writeGeneratedSheet(tallySheet([["Source", "Leads"]]))).toBe(
      "Lead Tally"
    );
    expect(excel.sheetNamed("Lead Tally")?.cells).toEqual([["Source", "Leads"]]);
  });

  it("leaves no new sheet behind when writing fails halfway, and the old one as it was", async () => {
    const old = marked("Lead Tally", "lead-tally");
    excel.failOn = (label) =>
      label.startsWith("custom property")
        ? new FakeOfficeError("GeneralException", "lost connection")
        : undefined;

    await expect(workbook.writeGeneratedSheet(tallySheet([["Source", "Leads"]]))).rejects.toThrow(
      "lost connection"
    );

    expect(names()).toEqual(["Lead Tally"]);
    expect(excel.sheetNamed("Lead Tally")).toBe(old);
    expect(old.cells).toEqual([["old content"]]);
    expect(excel.operations()).toContain('delete sheet "Lead Tally (updating)"');
  });

  it("writes a new sheet under the preferred name, with formats, bold rows, widths and the mark", async () => {
    const name = await workbook.writeGeneratedSheet(
      tallySheet(
        [
          ["Lead Tally", null, null],
          ["Computed at", { serial: 46082.5 }, null],
          ["Source", "Leads", "Rate"],
          ["0012", 3, 0.5],
          ["=cmd", 0, "–"],
        ],
        {
          boldRows: [0, 2],
          formats: [
            { row: 1, column: 1, rowCount: 1, columnCount: 1, numberFormat: "yyyy-mm-dd hh:mm" },
            { row: 3, column: 2, rowCount: 2, columnCount: 1, numberFormat: "0.0%" },
          ],
        }
      )
    );

    expect(name).toBe("Lead Tally");
    expect(names()).toEqual(["Lead Tally"]);
    const sheet = excel.sheetNamed("Lead Tally") as SheetModel;
    expect(sheet.cells).toEqual([
      ["Lead Tally", "", ""],
      ["Computed at", 46082.5, ""],
      ["Source", "Leads", "Rate"],
      ["0012", 3, 0.5],
      ["=cmd", 0, "–"],
    ]);
    expect(sheet.formats[1][1]).toBe("yyyy-mm-dd hh:mm");
    expect(sheet.formats[3]).toEqual(["@", undefined, "0.0%"]);
    // Text in a percent column stays text.
    expect(sheet.formats[4]).toEqual(["@", undefined, "@"]);
    expect([...sheet.boldRows]).toEqual([0, 2]);
    expect(sheet.autofitted).toBe(true);
    expect(sheet.customProperties.get(GENERATED_MARK_KEY)).toBe("lead-tally");
    expect(excel.activeSheet).toBe(sheet);
  });

  it("refreshes the marked sheet in place: formulas of the owner's that refer to it keep working", async () => {
    const old = marked("Lead Tally", "lead-tally", [["old content", "more"], ["x"], ["y"]]);
    const report = excel.addSheetWith("My report");
    report.setValue(0, 0, { formula: "='Lead Tally'!B2*2" });

    const name = await workbook.writeGeneratedSheet(
      tallySheet([
        ["Source", "Leads"],
        ["Radio", 2],
      ])
    );

    expect(name).toBe("Lead Tally");
    expect(names()).toEqual(["Lead Tally", "My report"]);
    // The same sheet, never renamed or deleted, so the owner's reference still points at it.
    expect(excel.sheetNamed("Lead Tally")).toBe(old);
    expect(report.value(0, 0)).toEqual({ formula: "='Lead Tally'!B2*2" });
    // The old content is gone where the new one has nothing.
    expect(old.cells).toEqual([
      ["Source", "Leads"],
      ["Radio", 2],
      ["", ""],
    ]);
    expect(old.customProperties.get(GENERATED_MARK_KEY)).toBe("lead-tally");
    expect(excel.syncs.map((sync) => sync.operations).slice(2)).toEqual([
      ['add sheet "Lead Tally (old)"', "copy 'Lead Tally'!A1:B3 to 'Lead Tally (old)'!A1:B3"],
      [
        "suspend screen updating",
        "copy 'Lead Tally (updating)'!A1:B3 to 'Lead Tally'!A1:B3",
        "autofit 'Lead Tally'!A1:B3",
        'delete sheet "Lead Tally (updating)"',
        'delete sheet "Lead Tally (old)"',
        'activate sheet "Lead Tally"',
      ],
    ]);
  });

  it("the fake Excel moves references on a rename and turns them into #REF! on a delete", async () => {
    // What the in-place refresh avoids: docs/excel/performance.md (renaming a sheet moves the
    // formulas that refer to it); a deleted sheet leaves #REF! behind.
    marked("Lead Tally", "lead-tally");
    const report = excel.addSheetWith("My report");
    report.setValue(0, 0, { formula: "='Lead Tally'!C5+'lead tally'!A1+Other!A1" });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Lead Tally").name = "Lead Tally (old)";
      await context.sync();
    });
    expect(report.value(0, 0)).toEqual({
      formula: "='Lead Tally (old)'!C5+'Lead Tally (old)'!A1+Other!A1",
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Lead Tally (old)").delete();
      await context.sync();
    });
    expect(report.value(0, 0)).toEqual({ formula: "=#REF!C5+#REF!A1+Other!A1" });
  });

  it("recognises a marked sheet the owner renamed, and keeps its name and place", async () => {
    excel.addSheetWith("Leads");
    marked("Our numbers", "lead-tally");
    excel.addSheetWith("Notes");

    expect(await workbook.writeGeneratedSheet(tallySheet([["new"]]))).toBe("Our numbers");
    expect(names()).toEqual(["Leads", "Our numbers", "Notes"]);
    expect(excel.sheetNamed("Our numbers")?.cells).toEqual([["new"]]);
  });

  it("never touches the owner's sheet of the same name, and later recognises its own by the mark", async () => {
    const owners = excel.addSheetWith("Lead Tally", [["my own notes"]]);
    const other = marked("Marketing vs Sales", "marketing-vs-sales");

    expect(await workbook.writeGeneratedSheet(tallySheet([["first"]]))).toBe("Lead Tally (2)");
    expect(await workbook.writeGeneratedSheet(tallySheet([["second"]]))).toBe("Lead Tally (2)");

    expect(names()).toEqual(["Lead Tally", "Marketing vs Sales", "Lead Tally (2)"]);
    expect(excel.sheetNamed("Lead Tally")).toBe(owners);
    expect(owners.cells).toEqual([["my own notes"]]);
    expect(owners.customProperties.size).toBe(0);
    expect(excel.sheetNamed("Marketing vs Sales")).toBe(other);
    expect(excel.sheetNamed("Lead Tally (2)")?.cells).toEqual([["second"]]);
  });
});

describe("settings", () => {
  it("gives null when nothing is saved", async () => {
    expect(await workbook.loadSettings()).toBeNull();
  });

  it("saves JSON text under LeadTally.settings and reads it back", async () => {
    const settings: TallySettings = {
      ...DEFAULT_SETTINGS,
      leads: { sheetName: "Leads", tableName: "Leads", headerRow: 0, firstColumn: 0 },
      wonLabels: ["Signed", "Gewonnen ✓"],
    };

    await workbook.saveSettings(settings);
    const loaded = await workbook.loadSettings();

    expect(excel.settings.get(SETTINGS_KEY)).toBe(JSON.stringify(settings));
    expect(loaded).toBe(JSON.stringify(settings));
    expect(parseSettings(loaded)).toEqual({ settings, problems: [] });
  });
});

it("is not the preview", () => {
  expect(workbook.isPreview).toBe(false);
});

describe("findTables", () => {
  const isSpend = (headers: readonly string[]): boolean =>
    headers.includes("Source") && headers.includes("Spend");

  it("finds the tables and header rows the predicate takes, as findLeads does, in three round trips", async () => {
    addLeadsTable(2);
    excel.addTable({
      name: "Budget",
      sheet: "Budget",
      headers: ["Source", "Spend"],
      rows: [["Radio", 100]],
    });
    excel.addSheetWith("Old spend", [
      ["Spend of 2025"],
      [],
      [null, "Source", "Spend"],
      [null, "Web", 50],
    ]);
    const generated = excel.addSheetWith("Marketing vs Sales", [["Source", "Spend"]]);
    generated.customProperties.set(GENERATED_MARK_KEY, "marketing-vs-sales");

    const found = await workbook.findTables(isSpend);

    expect(found).toEqual([
      {
        sheetName: "Budget",
        tableName: "Budget",
        headerRow: 0,
        firstColumn: 0,
        headers: ["Source", "Spend"],
        rowCount: 1,
      },
      {
        sheetName: "Old spend",
        tableName: null,
        headerRow: 2,
        firstColumn: 1,
        headers: ["Source", "Spend"],
        rowCount: 1,
      },
    ]);
    expect(excel.syncs).toHaveLength(3);
  });

  it("passes over header rows inside tables", async () => {
    excel.addTable({
      name: "Contacts",
      sheet: "Data",
      headers: ["Source", "Spend?"],
      rows: [["Source", "Spend"]],
    });
    expect(await workbook.findTables(isSpend)).toEqual([]);
  });
});

describe("createTable", () => {
  const SPEND_HEADERS = ["Source", "Spend"];

  it("picks free names for the sheet and the table, writes the rows as literal text, and activates the sheet", async () => {
    excel.addTable({ name: "Spend", sheet: "Spend", headers: SPEND_HEADERS });

    const location = await workbook.createTable("Spend", SPEND_HEADERS, [
      ["=Radio", 100],
      ["0012", null],
      ["Web", { serial: 46082 }],
    ]);

    expect(location).toEqual({
      sheetName: "Spend (2)",
      tableName: "Spend2",
      headerRow: 0,
      firstColumn: 0,
      headers: SPEND_HEADERS,
      rowCount: 3,
    });
    const sheet = excel.sheetNamed("Spend (2)") as SheetModel;
    expect(sheet.cells).toEqual([
      SPEND_HEADERS,
      ["=Radio", 100],
      ["0012", undefined],
      ["Web", 46082],
    ]);
    expect(sheet.format(1, 0)).toBe("@");
    expect(sheet.format(2, 0)).toBe("@");
    expect(sheet.format(3, 1)).toBe("yyyy-mm-dd");
    expect(sheet.format(1, 1)).not.toBe("@");
    const table = excel.tableNamed("Spend2");
    expect(table?.sheet).toBe(sheet);
    expect(excel.activeSheet).toBe(sheet);
    expect(excel.syncs).toHaveLength(2);
    expect(await workbook.readColumns(location, [0, 1])).toEqual([
      ["=Radio", "0012", "Web"],
      [100, "", 46082],
    ]);
  });

  it("makes a table name Excel takes of a name with spaces", async () => {
    const location = await workbook.createTable("Spend 2026", SPEND_HEADERS, []);
    expect(location.sheetName).toBe("Spend 2026");
    expect(location.tableName).toBe("Spend2026");
    expect(location.rowCount).toBe(0);
  });

  it("refuses rows of the wrong width before asking Excel", async () => {
    await expect(workbook.createTable("Spend", SPEND_HEADERS, [["Radio"]])).rejects.toThrow(
      WorkbookError
    );
    expect(excel.syncs).toHaveLength(0);
  });

  it("leaves no new sheet behind when it fails halfway", async () => {
    excel.addSheetWith("Spend", [["mine"]]);
    excel.failOn = (label) =>
      label.startsWith("rename table")
        ? new FakeOfficeError("InvalidArgument", "bad name")
        : undefined;
    await expect(workbook.createTable("Spend", SPEND_HEADERS, [["Radio", 1]])).rejects.toThrow(
      "bad name"
    );
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Spend"]);
    expect(excel.sheetNamed("Spend")?.cells).toEqual([["mine"]]);
  });
});
