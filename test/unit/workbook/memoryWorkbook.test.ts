import {
  DEFAULT_BALANCE_THRESHOLDS,
  buildBalanceReport,
  buildTallySheet,
  dayNumberFromSerial,
  outcomeRules,
} from "../../../src/engine";
import {
  DATE_FORMAT,
  GENERATED_SHEET_MARK,
  MemoryWorkbook,
  WorkbookError,
} from "../../../src/workbook/memoryWorkbook";
import type { ReadProgress } from "../../../src/workbook/workbook";
import { LEAD_TALLY_ERROR } from "../../../src/workbook/rules/errors";

const HEADERS = ["Date", "Source", "Outcome", "Value", "Notes"];

function leadsWorkbook(rows: (string | number | null)[][] = [], readBlockRows?: number) {
  return new MemoryWorkbook({
    sheets: [{ name: "Leads", tableName: "Leads", rows: [HEADERS, ...rows] }],
    readBlockRows,
  });
}

async function onlyLeads(workbook: MemoryWorkbook) {
  const [location] = await workbook.findLeads();
  return location;
}

function tallySheet(sources: string[]) {
  return buildTallySheet({
    sources,
    outcomes: sources.map(() => "Won"),
    rules: outcomeRules(),
    wonLabels: [],
    lostLabels: [],
    origin: 'table "Leads" on sheet "Leads"',
    columns: 'Source = "Source"',
    computedAt: 46082.5,
  }).sheet;
}

describe("MemoryWorkbook.findLeads", () => {
  it("finds nothing in a workbook without lead-like headers", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        {
          name: "Costs",
          rows: [
            ["Item", "Amount"],
            ["Rent", 900],
          ],
        },
        { name: "Other", tableName: "Other", rows: [["Name", "Phone"]] },
      ],
    });
    expect(await workbook.findLeads()).toEqual([]);
  });

  it("lists tables first, then recognised header rows, with the rows up to the last filled one", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        {
          name: "Enquiries",
          rows: [
            ["Enquiries 2026"],
            [],
            [null, "Received", "How did you hear about us?", "Status"],
            [null, 46000, "Website", "Open"],
            [null, 46001, "Referral", null],
            [],
          ],
        },
        {
          name: "Leads",
          tableName: "Leads",
          rows: [HEADERS, [46000, "Website", "Won", 100, null], []],
        },
      ],
    });
    expect(await workbook.findLeads()).toEqual([
      {
        sheetName: "Leads",
        tableName: "Leads",
        headerRow: 0,
        firstColumn: 0,
        headers: HEADERS,
        // The blank row the owner left at the table's end is one of its rows (rules/tableRows.ts).
        rowCount: 2,
      },
      {
        sheetName: "Enquiries",
        tableName: null,
        headerRow: 2,
        firstColumn: 1,
        headers: ["Received", "How did you hear about us?", "Status"],
        rowCount: 2,
      },
    ]);
  });

  it("does not take a generated sheet for leads", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        {
          name: "Lead Tally",
          rows: [
            ["Source", "Outcome", "Date"],
            ["Website", "Won", 46000],
          ],
          customProperties: { [GENERATED_SHEET_MARK]: "lead-tally" },
        },
      ],
    });
    expect(await workbook.findLeads()).toEqual([]);
  });
});

describe("MemoryWorkbook.readColumns", () => {
  it("says the table is gone, and refuses a column it lacks (the words are the contract suite's)", async () => {
    const workbook = leadsWorkbook([[46000, "Website", "Won", null, null]]);
    const location = await onlyLeads(workbook);
    await expect(
      workbook.readColumns({ ...location, tableName: "Gone" }, [1])
    ).rejects.toMatchObject({ code: LEAD_TALLY_ERROR });
    await expect(workbook.readColumns(location, [5])).rejects.toBeInstanceOf(WorkbookError);
  });

  it('reads the chosen columns, empty cells as Excel hands them over ("")', async () => {
    const workbook = leadsWorkbook([
      [46000, "Website", "Won", 100, null],
      [46001, null, "Open", null, "=1+1"],
    ]);
    const location = await onlyLeads(workbook);
    expect(await workbook.readColumns(location, [1, 4])).toEqual([
      ["Website", ""],
      ["", "=1+1"],
    ]);
  });

  it("reports progress after each block of rows, ending with every row read", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => [46000 + i, `S${i % 3}`, "Open", null, null]);
    const workbook = leadsWorkbook(rows, 10);
    const location = await onlyLeads(workbook);
    const progress: ReadProgress[] = [];
    const [sources] = await workbook.readColumns(location, [1], (p) => progress.push(p));
    expect(sources).toHaveLength(25);
    expect(progress).toEqual([
      { rowsRead: 10, totalRows: 25 },
      { rowsRead: 20, totalRows: 25 },
      { rowsRead: 25, totalRows: 25 },
    ]);
  });

  it("reports progress once for leads with no rows", async () => {
    const workbook = leadsWorkbook();
    const progress: ReadProgress[] = [];
    expect(
      await workbook.readColumns(await onlyLeads(workbook), [0, 1], (p) => progress.push(p))
    ).toEqual([[], []]);
    expect(progress).toEqual([{ rowsRead: 0, totalRows: 0 }]);
  });
});

describe("MemoryWorkbook.appendRows and setCell", () => {
  it("refuses a row that is not one value per column, and writes nothing", async () => {
    const workbook = leadsWorkbook();
    const location = await onlyLeads(workbook);
    await expect(workbook.appendRows(location, [["Website"]])).rejects.toMatchObject({
      code: LEAD_TALLY_ERROR,
    });
    expect((await onlyLeads(workbook)).rowCount).toBe(0);
  });

  it("appends below the last lead, even when the location it was given is out of date", async () => {
    const workbook = leadsWorkbook([[46000, "Website", "Won", null, null]]);
    const stale = { ...(await onlyLeads(workbook)), rowCount: 0 };
    const updated = await workbook.appendRows(stale, [
      [{ serial: 46100 }, "Referral", "Open", null, null],
      [{ serial: 46101 }, '=HYPERLINK("x")', "Open", null, "0123"],
    ]);
    expect(updated.rowCount).toBe(3);
    const [dates, sources, notes] = await workbook.readColumns(updated, [0, 1, 4]);
    expect(dates).toEqual([46000, 46100, 46101]);
    // Text is stored literally: a formula-like text stays text, "0123" keeps its zero.
    expect(sources).toEqual(["Website", "Referral", '=HYPERLINK("x")']);
    expect(notes).toEqual(["", "", "0123"]);
    expect(workbook.numberFormatAt("Leads", 2, 0)).toBe(DATE_FORMAT);
    expect(workbook.listSheets()[0].rows[2]).toEqual(["2026-03-19", "Referral", "Open", "", ""]);
  });

  it("keeps a calculated column's formula in a new lead's row: null leaves a cell as it is", async () => {
    // docs/excel/excel-add-ins-blank-null-values.md: "" clears a cell, null leaves it alone.
    const workbook = new MemoryWorkbook({
      sheets: [
        {
          name: "Leads",
          tableName: "Leads",
          rows: [
            ["Date", "Source", "Outcome", "Days open"],
            [46000, "Website", "Won", null],
          ],
          calculatedColumns: { "Days open": "=TODAY()-[@Date]" },
        },
      ],
    });
    const location = await onlyLeads(workbook);
    await workbook.appendRows(location, [[{ serial: 46100 }, "Referral", "Open", null]]);
    expect(workbook.listSheets()[0].rows.map((row) => row[3])).toEqual([
      "Days open",
      "=TODAY()-[@Date]",
      "=TODAY()-[@Date]",
    ]);
    // An explicit empty value clears the cell, formula included.
    await workbook.setCell(await onlyLeads(workbook), 1, 3, null);
    expect(workbook.listSheets()[0].rows[2][3]).toBe("");
  });

  it("appends under a header row that is not a table", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        {
          name: "Sheet1",
          rows: [["Note: leads below"], ["Source", "Outcome"], ["Website", "Won"]],
        },
      ],
    });
    const location = await onlyLeads(workbook);
    const updated = await workbook.appendRows(location, [["Referral", "Open"]]);
    expect(updated).toMatchObject({ headerRow: 1, rowCount: 2 });
    expect(workbook.listSheets()[0].rows).toEqual([
      ["Note: leads below", ""],
      ["Source", "Outcome"],
      ["Website", "Won"],
      ["Referral", "Open"],
    ]);
  });

  it("sets one cell of a lead row and refuses a row that is not a lead", async () => {
    const workbook = leadsWorkbook([[46000, "Website", "Open", null, null]]);
    const location = await onlyLeads(workbook);
    await expect(workbook.setCell(location, 1, 2, "Won")).rejects.toMatchObject({
      code: LEAD_TALLY_ERROR,
    });
    await workbook.setCell(location, 0, 2, "Won");
    expect(await workbook.readColumns(location, [2])).toEqual([["Won"]]);
  });

  it("tells listeners about every change", async () => {
    const workbook = leadsWorkbook([[46000, "Website", "Open", null, null]]);
    const listener = jest.fn();
    const stop = workbook.subscribe(listener);
    const before = workbook.listSheets();
    expect(workbook.listSheets()).toBe(before); // the same array until something changes
    await workbook.setCell(await onlyLeads(workbook), 0, 2, "Won");
    expect(listener).toHaveBeenCalledTimes(1);
    expect(workbook.listSheets()).not.toBe(before);
    stop();
    await workbook.setCell(await onlyLeads(workbook), 0, 2, "Lost");
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe("MemoryWorkbook.selectedRow", () => {
  it("gives the data row of a selected cell inside the leads, else null", async () => {
    const workbook = leadsWorkbook([
      [46000, "Website", "Open", null, null],
      [46001, "Referral", "Open", null, null],
    ]);
    const location = await onlyLeads(workbook);
    expect(await workbook.selectedRow(location)).toBeNull();
    workbook.select("Leads", 0, 1); // the header
    expect(await workbook.selectedRow(location)).toBeNull();
    workbook.select("Leads", 2, 3);
    expect(await workbook.selectedRow(location)).toBe(1);
    workbook.select("Leads", 2, 7); // right of the leads
    expect(await workbook.selectedRow(location)).toBeNull();
    workbook.select("Other", 2, 1);
    expect(await workbook.selectedRow(location)).toBeNull();
  });
});

describe("MemoryWorkbook.createLeadsTable", () => {
  it("makes a Leads table on a new sheet, beside an owner's sheet already called Leads", async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: "leads", rows: [["my notes"]] }] });
    const location = await workbook.createLeadsTable();
    expect(location).toEqual({
      sheetName: "Leads (2)",
      tableName: "Leads",
      headerRow: 0,
      firstColumn: 0,
      headers: [...HEADERS, "Closed"],
      rowCount: 0,
    });
    expect(workbook.listSheets().map((sheet) => [sheet.name, sheet.rows])).toEqual([
      ["leads", [["my notes"]]],
      ["Leads (2)", [[...HEADERS, "Closed"]]],
    ]);
    expect(await workbook.findLeads()).toEqual([location]);
    const second = await workbook.createLeadsTable();
    expect(second).toMatchObject({ sheetName: "Leads (3)", tableName: "Leads2" });
  });
});

describe("MemoryWorkbook.findTables", () => {
  const hasSpend = (headers: readonly string[]) =>
    headers.includes("Source") && headers.includes("Spend");

  it("finds nothing when no headers are taken", async () => {
    const workbook = leadsWorkbook([[46000, "Website", "Won", 100, null]]);
    expect(await workbook.findTables(hasSpend)).toEqual([]);
  });

  it("lists the tables it takes, then header rows on the owner's sheets, never a generated sheet", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        {
          name: "Budget",
          rows: [["Marketing budget"], [null, "Source", "Spend"], [null, "Website", 300]],
        },
        {
          name: "Spend",
          tableName: "Spend",
          rows: [
            ["Source", "Spend"],
            ["Flyers", 120],
          ],
        },
        {
          name: "Marketing vs Sales",
          rows: [["Source", "Spend"]],
          customProperties: { [GENERATED_SHEET_MARK]: "marketing-vs-sales" },
        },
      ],
    });
    expect(await workbook.findTables(hasSpend)).toEqual([
      {
        sheetName: "Spend",
        tableName: "Spend",
        headerRow: 0,
        firstColumn: 0,
        headers: ["Source", "Spend"],
        rowCount: 1,
      },
      {
        sheetName: "Budget",
        tableName: null,
        headerRow: 1,
        firstColumn: 1,
        headers: ["Source", "Spend"],
        rowCount: 1,
      },
    ]);
  });
});

describe("MemoryWorkbook.createTable", () => {
  it("refuses rows that are not one value per header, and adds nothing", async () => {
    const workbook = new MemoryWorkbook();
    await expect(workbook.createTable("Spend", ["Source", "Spend"], [["Website"]])).rejects.toEqual(
      new WorkbookError(LEAD_TALLY_ERROR, "Row 1 of the new table has 1 values; it has 2 columns.")
    );
    await expect(workbook.createTable("Spend", [], [])).rejects.toBeInstanceOf(WorkbookError);
    expect(workbook.listSheets()).toEqual([]);
  });

  it("makes a table with its rows on a new sheet, under names nothing of the owner's has", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        { name: "spend", rows: [["the owner's notes"]] },
        { name: "Costs", tableName: "Spend", rows: [["Item", "Cost"]] },
      ],
    });
    const location = await workbook.createTable(
      "Spend",
      ["Source", "Spend", "Period"],
      [
        ["Website", null, null],
        ["=1+1", 12.5, "2026-03"],
      ]
    );
    expect(location).toEqual({
      sheetName: "Spend (2)",
      tableName: "Spend2",
      headerRow: 0,
      firstColumn: 0,
      headers: ["Source", "Spend", "Period"],
      rowCount: 2,
    });
    const sheets = workbook.listSheets();
    expect(sheets.map((sheet) => sheet.name)).toEqual(["spend", "Costs", "Spend (2)"]);
    expect(sheets[0].rows).toEqual([["the owner's notes"]]);
    // Text is kept as typed, never evaluated.
    expect(sheets[2].rows).toEqual([
      ["Source", "Spend", "Period"],
      ["Website", "", ""],
      ["=1+1", "12.5", "2026-03"],
    ]);
    expect(await workbook.readColumns(location, [0, 1])).toEqual([
      ["Website", "=1+1"],
      ["", 12.5],
    ]);
    // Appending grows the new table, as any other.
    const grown = await workbook.appendRows(location, [["Flyers", 40, null]]);
    expect(grown.rowCount).toBe(3);
  });

  it("names the table as the Excel adapter does: what Excel takes of the preferred name (rules/names.ts)", async () => {
    const workbook = new MemoryWorkbook();
    const location = await workbook.createTable("My spend", ["Source", "Spend"], []);
    expect(location).toMatchObject({ sheetName: "My spend", tableName: "Myspend", rowCount: 0 });
    const numbers = await workbook.createTable("2026", ["Source", "Spend"], []);
    expect(numbers).toMatchObject({ sheetName: "2026", tableName: "Table" });
  });
});

describe("MemoryWorkbook.writeGeneratedSheet", () => {
  it("refreshes a marked sheet in place: a formula of the owner's that refers to it is kept", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        {
          name: "My report",
          rows: [],
          formulas: [{ row: 0, column: 0, formula: "='Lead Tally'!C5" }],
        },
      ],
    });
    expect(await workbook.writeGeneratedSheet(tallySheet(["Website"]))).toBe("Lead Tally");
    expect(await workbook.writeGeneratedSheet(tallySheet(["Referral"]))).toBe("Lead Tally");
    const [report, tally] = workbook.listSheets();
    expect(workbook.listSheets().map((sheet) => sheet.name)).toEqual(["My report", "Lead Tally"]);
    expect(report.rows[0][0]).toBe("='Lead Tally'!C5");
    expect(JSON.stringify(tally.rows)).toContain("Referral");
    expect(JSON.stringify(tally.rows)).not.toContain("Website");
  });

  it("never touches a sheet of the owner's with the same name: the new one gets (2)", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [{ name: "Lead Tally", rows: [["The owner's own notes"]] }],
    });
    expect(await workbook.writeGeneratedSheet(tallySheet(["Website"]))).toBe("Lead Tally (2)");
    const [own, generated] = workbook.listSheets();
    expect(own).toEqual({
      name: "Lead Tally",
      generated: false,
      rows: [["The owner's own notes"]],
      chart: null,
    });
    expect(generated.generated).toBe(true);
  });

  it("replaces its own marked sheet, whatever it is called now, and nothing else", async () => {
    const workbook = new MemoryWorkbook({
      sheets: [
        { name: "Leads", tableName: "Leads", rows: [HEADERS] },
        {
          name: "Tally (old)",
          rows: [
            ["stale"],
            ["stale"],
            ["stale"],
            ["stale"],
            ["stale"],
            ["stale"],
            ["stale"],
            ["stale"],
            ["stale"],
            ["stale"],
            ["stale"],
            ["stale"],
          ],
          customProperties: { [GENERATED_SHEET_MARK]: "lead-tally" },
        },
      ],
    });
    const name = await workbook.writeGeneratedSheet(tallySheet(["Website", "website"]));
    expect(name).toBe("Tally (old)");
    const sheets = workbook.listSheets();
    expect(sheets.map((sheet) => sheet.name)).toEqual(["Leads", "Tally (old)"]);
    const rows = sheets[1].rows;
    expect(rows.flat()).not.toContain("stale");
    expect(rows[0][0]).toBe("Lead Tally");
    expect(rows[6].slice(0, 2)).toEqual(["Computed at", "2026-03-01 12:00"]);
    expect(rows[9]).toEqual(["Website", "2", "2", "0", "0", "100.0%", "100.0%"]);
    expect(rows[rows.length - 1]).toEqual(["Total", "2", "2", "0", "0", "100.0%", "100.0%"]);
  });

  it("keeps a generated sheet's chart with the values of its data block, and drops it with the next sheet that has none", async () => {
    const workbook = leadsWorkbook();
    const report = buildBalanceReport({
      dates: [46000, 46030, 46031, 46085], // December, January, (no lead in February), March
      sources: ["Website", "Referral", "Website", "Flyers"],
      outcomes: ["Won", "Lost", "", "Won"],
      values: [1200.5, null, null, 2000],
      spend: { sources: ["Website", "Flyers"], amounts: [1500, 250] },
      unit: "month",
      rules: outcomeRules(),
      thresholds: DEFAULT_BALANCE_THRESHOLDS,
      origin: 'table "Leads" on sheet "Leads"',
      computedAt: 46096.4375,
      today: dayNumberFromSerial(46096) ?? 0,
    });
    if (!report.ok) throw new Error(report.error.message);
    const { sheet, periods } = report.value;
    expect(await workbook.writeGeneratedSheet(sheet)).toBe("Marketing vs Sales");
    expect(periods.map((period) => period.leads)).toEqual([1, 2, 0, 1]);
    const written = workbook.listSheets()[1];
    expect(written.chart?.description).toEqual(sheet.chart);
    expect(written.chart?.values).toEqual([
      ["Period", "Leads", "Clients", "Conversion rate"],
      ...periods.map((period) => [
        period.soFar ? `${period.label} (so far)` : period.label,
        period.leads,
        period.won,
        period.leads === 0 || period.soFar ? null : period.won / period.leads,
      ]),
    ]);
    // Money and ratios show as Excel shows them in the sheet's formats: money by the one rule.
    const flyers = written.rows.find((row) => row[0] === "Flyers" && row[1] === "250");
    expect(flyers?.slice(0, 10)).toEqual([
      "Flyers",
      "250",
      "1",
      "1",
      "2,000",
      "250",
      "2,000",
      "250",
      "700.0%",
      "8.00×",
    ]);

    await workbook.writeGeneratedSheet({ ...sheet, chart: undefined });
    expect(workbook.listSheets()[1].chart).toBeNull();
  });

  it("writes the second tally over the first", async () => {
    const workbook = leadsWorkbook();
    await workbook.writeGeneratedSheet(tallySheet(["Website"]));
    await workbook.writeGeneratedSheet(tallySheet(["Referral"]));
    const names = workbook.listSheets().map((sheet) => sheet.name);
    expect(names).toEqual(["Leads", "Lead Tally"]);
    expect(workbook.listSheets()[1].rows.flat()).not.toContain("Website");
  });
});

describe("MemoryWorkbook settings", () => {
  it("gives back null when nothing was saved, and what was given at the start as is", async () => {
    expect(await new MemoryWorkbook().loadSettings()).toBeNull();
    expect(await new MemoryWorkbook({ settings: "{damaged" }).loadSettings()).toBe("{damaged");
  });

  it("gives back a copy of what was saved, as JSON would", async () => {
    const workbook = new MemoryWorkbook();
    const settings = { version: 1, extraSources: ["Flyer"], when: undefined };
    await workbook.saveSettings(settings);
    const loaded = await workbook.loadSettings();
    expect(loaded).toEqual({ version: 1, extraSources: ["Flyer"] });
    expect(loaded).not.toBe(settings);
  });
});
