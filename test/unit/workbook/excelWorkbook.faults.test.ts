/**
 * Faults while working, in the Office.js adapter under the fake Excel: a sync that fails (a
 * network drop in Excel on the web, a payload limit, a sheet deleted by a co-author meanwhile, a
 * protected workbook) leaves the workbook as it was, the error reads in plain words in the pane,
 * and the next call starts clean and does the whole job.
 *
 * Each operation is first run clean to learn its syncs and operations; then, for every sync in
 * turn, a fresh workbook sees that sync fail before it does anything; and for every operation in
 * turn, a fresh workbook sees that operation fail with the ones before it done, as Excel leaves a
 * batch that stops halfway.
 */
import {
  DEFAULT_BALANCE_THRESHOLDS,
  GeneratedSheet,
  buildBalanceReport,
  buildTallySheet,
  dayNumberFromCivil,
  outcomeRules,
} from "../../../src/engine";
import { describeError } from "../../../src/taskpane/errorMessages";
import { createExcelWorkbook, GENERATED_MARK_KEY } from "../../../src/workbook/excelWorkbook";
import type { LeadWorkbook, LeadsLocation } from "../../../src/workbook/workbook";
import { FakeExcel, FakeOfficeError } from "../../support/excelMock";
import { WorkbookShot, changesBetween, excelShot } from "../../support/trust";

const HEADERS = ["Date", "Source", "Outcome", "Value", "Notes"];

function tableLocation(rowCount: number): LeadsLocation {
  return {
    sheetName: "Leads",
    tableName: "Leads",
    headerRow: 0,
    firstColumn: 0,
    headers: HEADERS,
    rowCount,
  };
}

const rangeLocation: LeadsLocation = {
  sheetName: "Old leads",
  tableName: null,
  headerRow: 1,
  firstColumn: 0,
  headers: HEADERS,
  rowCount: 1,
};

function tallySheet(marker: string): GeneratedSheet {
  return buildTallySheet({
    sources: ["Website", marker],
    outcomes: ["Won", "=1+1"],
    rules: outcomeRules(),
    wonLabels: [],
    lostLabels: [],
    origin: 'table "Leads" on sheet "Leads"',
    columns: 'Source = "Source"',
    computedAt: 46082.5,
  }).sheet;
}

function balanceSheet(): GeneratedSheet {
  const report = buildBalanceReport({
    dates: ["2026-01-05", "2026-02-02", "2026-03-09"],
    sources: ["Website", "Referral", "Website"],
    outcomes: ["Won", "Lost", ""],
    values: [1000, null, 500],
    spend: null,
    unit: "month",
    rules: outcomeRules(),
    thresholds: DEFAULT_BALANCE_THRESHOLDS,
    origin: 'table "Leads" on sheet "Leads"',
    computedAt: 46113.5,
    today: dayNumberFromCivil(2026, 4, 15),
  });
  if (!report.ok) throw new Error(report.error.message);
  return report.value.sheet;
}

/** A workbook of the owner's: leads in a table and under a header row, notes, a Lead Tally. */
function ownersExcel(withOldTally: boolean): FakeExcel {
  const excel = new FakeExcel();
  excel.addTable({
    name: "Leads",
    sheet: "Leads",
    headers: HEADERS,
    rows: [
      [45000, "Website", "Won", 100, ""],
      [45001, "Referral", "Open", null, "call back"],
    ],
  });
  excel.addSheetWith("Old leads", [["Leads of 2025"], HEADERS, [44900, "Radio", "Lost", null, ""]]);
  excel.addSheetWith("Notes", [["My own notes"], ["=not a formula"]]);
  if (withOldTally) {
    const old = excel.addSheetWith("Lead Tally", [["old tally"]]);
    old.customProperties.set(GENERATED_MARK_KEY, "lead-tally");
    const balance = excel.addSheetWith("Marketing vs Sales", [["old balance"]]);
    balance.customProperties.set(GENERATED_MARK_KEY, "marketing-vs-sales");
  }
  excel.settings.set("LeadTally.settings", '{"version":1}');
  return excel;
}

interface Operation {
  readonly name: string;
  readonly withOldTally: boolean;
  readonly run: (workbook: LeadWorkbook) => Promise<unknown>;
  /** What the pane says it was doing, as in useLeadTally. */
  readonly what: string;
}

const OPERATIONS: readonly Operation[] = [
  {
    name: "writeGeneratedSheet, refreshing a Lead Tally sheet",
    withOldTally: true,
    run: (workbook) => workbook.writeGeneratedSheet(tallySheet("new")),
    what: "The tally",
  },
  {
    name: "writeGeneratedSheet, the first Lead Tally sheet",
    withOldTally: false,
    run: (workbook) => workbook.writeGeneratedSheet(tallySheet("new")),
    what: "The tally",
  },
  {
    name: "writeGeneratedSheet, refreshing Marketing vs Sales with its chart",
    withOldTally: true,
    run: (workbook) => workbook.writeGeneratedSheet(balanceSheet()),
    what: "The balance",
  },
  {
    name: "appendRows to a table",
    withOldTally: true,
    run: (workbook) =>
      workbook.appendRows(tableLocation(2), [
        [{ serial: 46082 }, "Radio", "Open", null, null],
        [{ serial: 46082 }, "=cmd|' /C calc'!A0", "Open", null, null],
      ]),
    what: "Saving 2 leads",
  },
  {
    name: "appendRows under a header row",
    withOldTally: true,
    run: (workbook) =>
      workbook.appendRows(rangeLocation, [[{ serial: 46082 }, "Radio", "Open", null, null]]),
    what: "Saving the lead from Radio",
  },
  {
    name: "setCell",
    withOldTally: true,
    run: (workbook) => workbook.setCell(tableLocation(2), 1, 2, "Won"),
    what: "Marking row 3 as Won",
  },
  {
    name: "setRowCells, the outcome and the closed date together",
    withOldTally: true,
    run: (workbook) =>
      workbook.setRowCells(tableLocation(2), 1, [{ serial: 46090 }, null, "Won", 1200, "=signed"]),
    what: "Marking row 3 as Won",
  },
  {
    name: "addDateColumn to a table",
    withOldTally: true,
    run: (workbook) => workbook.addDateColumn(tableLocation(2), "Closed"),
    what: "Adding a Closed column",
  },
  {
    name: "addDateColumn under a header row",
    withOldTally: true,
    run: (workbook) => workbook.addDateColumn(rangeLocation, "Closed"),
    what: "Adding a Closed column",
  },
  {
    name: "createLeadsTable",
    withOldTally: true,
    run: (workbook) => workbook.createLeadsTable(),
    what: "Creating the leads table",
  },
  {
    name: "saveSettings",
    withOldTally: true,
    run: (workbook) => workbook.saveSettings({ version: 1, wonLabels: ["Signed"] }),
    what: "Saving your choices in the workbook",
  },
];

interface Run {
  readonly excel: FakeExcel;
  readonly workbook: LeadWorkbook;
  readonly before: WorkbookShot;
}

function start(operation: Operation): Run {
  const excel = ownersExcel(operation.withOldTally);
  return {
    excel,
    workbook: createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported }),
    before: excelShot(excel),
  };
}

/** The labels of the operations of a clean run, per sync. */
async function cleanRun(operation: Operation): Promise<{ syncs: string[][]; after: WorkbookShot }> {
  const run = start(operation);
  await operation.run(run.workbook);
  return {
    syncs: run.excel.syncs.map((sync) => [...sync.operations]),
    after: excelShot(run.excel),
  };
}

/** Words the owner should never see in the pane. */
function expectPlainWords(message: string, what: string): void {
  expect(message.startsWith(`${what} did not work`)).toBe(true);
  expect(message).not.toMatch(/\[object|undefined|null|RichApi|at .*\.(ts|js):\d|TypeError/);
  expect(message.length).toBeLessThan(600);
}

/** The next call, with nothing failing, does what a clean run does. */
async function expectNextCallClean(
  operation: Operation,
  run: Run,
  clean: WorkbookShot
): Promise<void> {
  run.excel.failOn = null;
  run.excel.requestLimit = Infinity;
  await operation.run(run.workbook);
  expect(changesBetween(clean, excelShot(run.excel))).toEqual([]);
}

const FAULTS: readonly [string, () => FakeOfficeError][] = [
  [
    "the connection drops (Excel on the web)",
    () => new FakeOfficeError("GeneralException", "The network connection was lost."),
  ],
  [
    "the workbook is protected",
    () => new FakeOfficeError("AccessDenied", "The sheet is protected."),
  ],
  [
    "the request is too large",
    () =>
      new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      ),
  ],
];

describe.each(OPERATIONS)("$name under faults", (operation) => {
  let clean: { syncs: string[][]; after: WorkbookShot };

  beforeAll(async () => {
    clean = await cleanRun(operation);
  });

  it.each(FAULTS)("leaves the workbook as it was when %s at any sync", async (_, fault) => {
    for (let failing = 0; failing < clean.syncs.length; failing++) {
      const run = start(operation);
      const error = fault();
      run.excel.failOn = () => (run.excel.syncs.length - 1 === failing ? error : undefined);

      const thrown = await operation.run(run.workbook).then(
        () => undefined,
        (e: unknown) => e
      );

      const context = `sync ${failing + 1} of ${clean.syncs.length}: ${clean.syncs[failing].join("; ")}`;
      if (thrown === undefined) {
        // A failed read that the adapter retries (a payload limit) may still end well: then the
        // job is done in full.
        expect({ context, changes: changesBetween(clean.after, excelShot(run.excel)) }).toEqual({
          context,
          changes: [],
        });
        continue;
      }
      expect({ context, changes: changesBetween(run.before, excelShot(run.excel)) }).toEqual({
        context,
        changes: [],
      });
      expectPlainWords(describeError(thrown, operation.what), operation.what);
      await expectNextCallClean(operation, run, clean.after);
    }
  });

  it("leaves the workbook as it was when any one operation fails, those before it done", async () => {
    const labels = clean.syncs.flat();
    for (let failing = 0; failing < labels.length; failing++) {
      const run = start(operation);
      let seen = 0;
      run.excel.failOn = () =>
        seen++ === failing ? new FakeOfficeError("GeneralException", "Excel stopped.") : undefined;

      const thrown = await operation.run(run.workbook).then(
        () => undefined,
        (e: unknown) => e
      );

      const context = `failing "${labels[failing]}"`;
      if (thrown === undefined) {
        expect({ context, changes: changesBetween(clean.after, excelShot(run.excel)) }).toEqual({
          context,
          changes: [],
        });
        continue;
      }
      expect({ context, changes: changesBetween(run.before, excelShot(run.excel)) }).toEqual({
        context,
        changes: [],
      });
      await expectNextCallClean(operation, run, clean.after);
    }
  });
});

describe("a co-author deletes a sheet while the adapter works", () => {
  it("the old Lead Tally sheet deleted before the swap: no sheet is half-made, and the next refresh makes a new one", async () => {
    const excel = ownersExcel(true);
    const workbook = createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
    excel.failOn = () => {
      // Just before the swap's round trip, someone else deletes the old sheet.
      const old = excel.sheetNamed("Lead Tally");
      if (excel.syncs.length === 3 && old !== null) excel.deleteSheet(old);
      return undefined;
    };
    const before = excelShot(excel);

    const result = await workbook.writeGeneratedSheet(tallySheet("new")).then(
      (name) => ({ name }),
      (error: unknown) => ({ error })
    );

    // The sheets after the deleted one move up a place: that is the co-author's doing.
    const changes = changesBetween(before, excelShot(excel)).filter(
      (change) => !/^sheet ".*" moved/.test(change)
    );
    if ("error" in result) {
      // Only the co-author's change: the new sheet was not left behind.
      expect(changes).toEqual(['sheet "Lead Tally" removed']);
      const message = describeError(result.error, "The tally");
      expectPlainWords(message, "The tally");
      // Said as what happened to a sheet, not as the leads gone missing.
      expect(message).toMatch(/deleted or renamed while the Lead Tally sheet was being written/);
      excel.failOn = null;
      expect(await workbook.writeGeneratedSheet(tallySheet("new"))).toBe("Lead Tally");
    } else {
      expect(result.name).toBe("Lead Tally");
    }
    expect(excel.sheetNamed("Lead Tally")?.customProperties.get(GENERATED_MARK_KEY)).toBe(
      "lead-tally"
    );
    expect(excel.sheets.map((sheet) => sheet.name)).not.toContain("Lead Tally (updating)");
  });

  it("the leads table deleted before an append: the error says the leads are gone, nothing is written", async () => {
    const excel = ownersExcel(true);
    const workbook = createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
    excel.deleteSheet(excel.sheetNamed("Leads")!);
    const before = excelShot(excel);

    const error = await workbook
      .appendRows(tableLocation(2), [[null, "Radio", "Open", null, null]])
      .catch((e: unknown) => e);

    expect(changesBetween(before, excelShot(excel))).toEqual([]);
    const message = describeError(error, "Saving the lead from Radio");
    expectPlainWords(message, "Saving the lead from Radio");
    expect(message).toMatch(/no longer exists|renamed or deleted/);
  });
});

describe("a generated sheet too large for one request", () => {
  it("fails with the payload error in plain words and leaves no half-made sheet", async () => {
    const excel = ownersExcel(true);
    const workbook = createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
    const before = excelShot(excel);
    excel.requestLimit = 2_000;
    const sources = Array.from({ length: 500 }, (_, i) => `Source ${i}`);
    const sheet = buildTallySheet({
      sources,
      outcomes: sources.map(() => "Won"),
      rules: outcomeRules(),
      wonLabels: [],
      lostLabels: [],
      origin: "table",
      columns: "columns",
      computedAt: 46082.5,
    }).sheet;

    const error = await workbook.writeGeneratedSheet(sheet).catch((e: unknown) => e);

    expect(changesBetween(before, excelShot(excel))).toEqual([]);
    expect(describeError(error, "The tally")).toMatch(
      /^The tally did not work\. There was too much to send/
    );
  });
});

describe("when Excel did the work but its answer was lost on the way back", () => {
  /** Makes the sync with an operation of this label fail after all its operations ran. */
  function loseAnswerOf(excel: FakeExcel, label: string): void {
    excel.failOn = (current) => {
      if (current.startsWith(label)) excel.responseLimit = -1;
      else if (excel.responseLimit < 0) excel.responseLimit = Infinity;
      return undefined;
    };
  }

  it("a sheet refreshed in full is kept, and its name returned", async () => {
    const excel = ownersExcel(true);
    const workbook = createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
    loseAnswerOf(excel, 'activate sheet "Lead Tally"');

    expect(await workbook.writeGeneratedSheet(tallySheet("new"))).toBe("Lead Tally");

    expect(excel.syncs.some((sync) => sync.error !== undefined)).toBe(true);
    const sheet = excel.sheetNamed("Lead Tally");
    expect(JSON.stringify(sheet?.cells)).toContain("new");
    expect(excel.sheets.map((s) => s.name)).toEqual([
      "Leads",
      "Old leads",
      "Notes",
      "Lead Tally",
      "Marketing vs Sales",
    ]);
  });

  it("a mark whose value arrived counts as done", async () => {
    const excel = ownersExcel(true);
    const workbook = createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
    loseAnswerOf(excel, "values 'Leads'!C3");

    await workbook.setCell(tableLocation(2), 1, 2, "Won");

    expect(excel.syncs.some((sync) => sync.error !== undefined)).toBe(true);
    expect(excel.sheetNamed("Leads")?.value(2, 2)).toBe("Won");
  });

  it("a mark and its closed date that arrived count as done, not put back", async () => {
    const excel = ownersExcel(true);
    const workbook = createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
    loseAnswerOf(excel, "values 'Leads'!A3:E3");

    await workbook.setRowCells(tableLocation(2), 1, [{ serial: 46090 }, null, "Won", null, null]);

    expect(excel.syncs.some((sync) => sync.error !== undefined)).toBe(true);
    expect(excel.sheetNamed("Leads")?.value(2, 0)).toBe(46090);
    expect(excel.sheetNamed("Leads")?.value(2, 2)).toBe("Won");
  });
});

describe("a sheet protected so that formats may change but values may not", () => {
  const refuseValues = (label: string) =>
    label.startsWith("values ")
      ? new FakeOfficeError("AccessDenied", "The cell you're trying to change is protected.")
      : undefined;

  it("setCell puts the cell's format back and says the sheet is protected", async () => {
    const excel = ownersExcel(true);
    excel.sheetNamed("Leads")?.setFormat(2, 2, "General");
    const workbook = createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
    const before = excelShot(excel);
    excel.failOn = refuseValues;

    const error = await workbook.setCell(tableLocation(2), 1, 2, "=1+1").catch((e: unknown) => e);

    expect(changesBetween(before, excelShot(excel))).toEqual([]);
    expect(describeError(error, "Marking row 3 as =1+1")).toMatch(/protected/);
  });

  it("appendRows under a header row puts the formats of the cells below back", async () => {
    const excel = ownersExcel(true);
    excel.sheetNamed("Old leads")?.setFormat(3, 1, "#,##0");
    const workbook = createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
    const before = excelShot(excel);
    excel.failOn = refuseValues;

    await expect(
      workbook.appendRows(rangeLocation, [[{ serial: 46082 }, "Radio", "Open", null, null]])
    ).rejects.toThrow("protected");

    expect(changesBetween(before, excelShot(excel))).toEqual([]);
  });
});

describe("addDateColumn on a table in an Excel before ExcelApi 1.4", () => {
  it("refuses in plain words and changes nothing: adding a named column at the end needs 1.4", async () => {
    // office-js-docs-reference docs/docs-ref-autogen/excel/excel/excel.tablecolumncollection.yml:
    // "1.4 allows index to be optional (null or -1) and will append a column at the end; 1.4
    // allows name parameter at creation time".
    const excel = ownersExcel(true);
    excel.excelApi = 3;
    const workbook = createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
    const before = excelShot(excel);

    await expect(workbook.addDateColumn(tableLocation(2), "Closed")).rejects.toThrow(
      "it needs ExcelApi 1.4"
    );

    expect(changesBetween(before, excelShot(excel))).toEqual([]);
    expect(excel.operations()).toEqual([]);
  });

  it("with 1.4 it adds the column through columns.add, never rows.add, in two round trips", async () => {
    const excel = ownersExcel(true);
    const workbook = createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });

    await workbook.addDateColumn(tableLocation(2), "Closed");

    expect(excel.syncs).toHaveLength(2);
    expect(excel.operations()).toContain('columns.add "Closed" to table "Leads"');
    expect(excel.coAuthoringRisks).toEqual([]);
    expect(excel.sheetNamed("Leads")?.value(0, 5)).toBe("Closed");
    expect(excel.sheetNamed("Leads")?.format(2, 5)).toBe("yyyy-mm-dd");
  });
});
