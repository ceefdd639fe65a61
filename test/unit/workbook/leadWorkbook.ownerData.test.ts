/**
 * The owner's data: no sheet, table, cell, setting or name the add-in did not create is ever
 * changed, except the lead rows and outcome cells the owner asked for. Generated sheets are
 * recognised by their mark (a custom property whose value is their kind), never by name alone.
 *
 * Each test takes the whole workbook before and after an operation and lists every change; the
 * list must be exactly the intended one. Both workbooks are tried: the Office.js adapter against
 * the fake Excel, and the preview's memory workbook through its public API.
 */
import fc from "fast-check";
import {
  GeneratedSheet,
  GeneratedSheetKind,
  buildTallySheet,
  outcomeRules,
} from "../../../src/engine";
import { createExcelWorkbook, GENERATED_MARK_KEY } from "../../../src/workbook/excelWorkbook";
import { GENERATED_SHEET_MARK, MemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import type { LeadWorkbook, LeadsLocation } from "../../../src/workbook/workbook";
import { FakeExcel } from "../../support/excelMock";
import { WorkbookShot, changesBetween, excelShot, memoryShot } from "../../support/trust";

const HEADERS = ["Date", "Source", "Outcome", "Value", "Notes"];

/** A sheet to start with: its name, its cells from A1, and its mark if it has one. */
interface SheetSpec {
  readonly name: string;
  readonly rows?: readonly (readonly (string | number | null)[])[];
  readonly mark?: string;
}

/** The leads every workbook here has, in a table "Leads" on sheet "Enquiries". */
const LEADS_ROWS: (string | number | null)[][] = [
  [45000, "Website", "Won", 100, "=not a formula"],
  [45001, "Referral", "Lost", null, ""],
];

function leadsLocation(rowCount = LEADS_ROWS.length): LeadsLocation {
  return {
    sheetName: "Enquiries",
    tableName: "Leads",
    headerRow: 0,
    firstColumn: 0,
    headers: HEADERS,
    rowCount,
  };
}

/** The two workbooks under test, built from the same sheets, with a way to take their shot. */
interface Subject {
  readonly name: string;
  readonly workbook: LeadWorkbook;
  shot(): Promise<WorkbookShot>;
  /** The names of every sheet, in tab order. */
  sheetNames(): string[];
  /** The cells of a sheet as the test compares them (displayed text for the memory workbook). */
  cellsOf(name: string): Promise<Record<string, unknown>>;
}

function excelSubject(sheets: readonly SheetSpec[]): Subject {
  const excel = new FakeExcel();
  excel.addTable({ name: "Leads", sheet: "Enquiries", headers: HEADERS, rows: LEADS_ROWS });
  excel.sheetNamed("Enquiries")?.put(0, 7, [["Owner's note beside the table"], [42]]);
  excel.names.push("TaxRate");
  excel.settings.set("SomeoneElse.setting", "keep me");
  for (const spec of sheets) {
    const sheet = excel.addSheetWith(spec.name, spec.rows ?? [["owner's", spec.name]]);
    if (spec.mark !== undefined) sheet.customProperties.set(GENERATED_MARK_KEY, spec.mark);
  }
  return {
    name: "Excel adapter",
    workbook: createExcelWorkbook({ run: excel.run, isSetSupported: () => true }),
    shot: async () => excelShot(excel),
    sheetNames: () => excel.sheets.map((sheet) => sheet.name),
    cellsOf: async (name) => excelShot(excel).sheets[name]?.cells ?? {},
  };
}

function memorySubject(sheets: readonly SheetSpec[]): Subject {
  const workbook = new MemoryWorkbook({
    sheets: [
      {
        name: "Enquiries",
        tableName: "Leads",
        rows: [HEADERS, ...LEADS_ROWS],
      },
      ...sheets.map((spec) => ({
        name: spec.name,
        rows: spec.rows ?? [["owner's", spec.name]],
        customProperties:
          spec.mark === undefined ? undefined : { [GENERATED_SHEET_MARK]: spec.mark },
      })),
    ],
  });
  return {
    name: "memory workbook",
    workbook,
    shot: () => memoryShot(workbook),
    sheetNames: () => workbook.listSheets().map((sheet) => sheet.name),
    cellsOf: async (name) => (await memoryShot(workbook)).sheets[name]?.cells ?? {},
  };
}

const SUBJECTS: readonly [string, (sheets: readonly SheetSpec[]) => Subject][] = [
  ["Excel adapter", excelSubject],
  ["memory workbook", memorySubject],
];

function tallySheet(marker: string, kind: GeneratedSheetKind = "lead-tally"): GeneratedSheet {
  const sheet = buildTallySheet({
    sources: ["Website", marker],
    outcomes: ["Won", "Lost"],
    rules: outcomeRules(),
    wonLabels: [],
    lostLabels: [],
    origin: 'table "Leads" on sheet "Enquiries"',
    columns: 'Source = "Source"',
    computedAt: 46082.5,
  }).sheet;
  return kind === "lead-tally"
    ? sheet
    : { ...sheet, kind, preferredName: "Marketing vs Sales", boldRows: [], formats: [] };
}

/** The sheet names a change list says were added or whose cells changed. */
function touchedSheets(changes: readonly string[]): string[] {
  const names = changes.map((change) => /^(?:sheet )?"([^"]*)"/.exec(change)?.[1] ?? `?${change}`);
  return [...new Set(names)];
}

describe.each(SUBJECTS)("the owner's data in the %s", (subjectName, make) => {
  describe("a generated sheet never replaces a sheet of the owner's", () => {
    it.each<[string, SheetSpec[], GeneratedSheetKind, string]>([
      [
        "an owner's sheet named Lead Tally",
        [{ name: "Lead Tally" }],
        "lead-tally",
        "Lead Tally (2)",
      ],
      [
        "one named lead tally (case differs)",
        [{ name: "lead tally" }],
        "lead-tally",
        "Lead Tally (2)",
      ],
      ["one named LEAD TALLY", [{ name: "LEAD TALLY" }], "lead-tally", "Lead Tally (2)"],
      [
        "Lead Tally and Lead Tally (2)",
        [{ name: "Lead Tally" }, { name: "Lead Tally (2)" }],
        "lead-tally",
        "Lead Tally (3)",
      ],
      [
        "an owner's sheet named Lead Tally (updating)",
        [{ name: "Lead Tally (updating)" }],
        "lead-tally",
        "Lead Tally",
      ],
      [
        "Lead Tally and Lead Tally (updating)",
        [{ name: "Lead Tally" }, { name: "Lead Tally (updating)" }],
        "lead-tally",
        "Lead Tally (2)",
      ],
      [
        "an owner's sheet named Marketing vs Sales",
        [{ name: "Marketing vs Sales" }],
        "marketing-vs-sales",
        "Marketing vs Sales (2)",
      ],
      [
        "Marketing vs Sales (updating) and its numbered forms",
        [
          { name: "Marketing vs Sales" },
          { name: "Marketing vs Sales (updating)" },
          { name: "Marketing vs Sales (updating) 2" },
        ],
        "marketing-vs-sales",
        "Marketing vs Sales (2)",
      ],
      [
        "a sheet named Lead Tally marked as the other kind",
        [{ name: "Lead Tally", mark: "marketing-vs-sales" }],
        "lead-tally",
        "Lead Tally (2)",
      ],
      [
        "a sheet named Lead Tally whose mark is garbage",
        [{ name: "Lead Tally", mark: '{"kind":"lead-tally"}' }],
        "lead-tally",
        "Lead Tally (2)",
      ],
      [
        "a sheet named Lead Tally whose mark is empty",
        [{ name: "Lead Tally", mark: "" }],
        "lead-tally",
        "Lead Tally (2)",
      ],
      [
        "a sheet named Lead Tally marked in another case",
        [{ name: "Lead Tally", mark: "LEAD-TALLY" }],
        "lead-tally",
        "Lead Tally (2)",
      ],
    ])("with %s", async (_case, sheets, kind, expectedName) => {
      const subject = make(sheets);
      const before = await subject.shot();

      const name = await subject.workbook.writeGeneratedSheet(tallySheet("first", kind));

      expect(name).toBe(expectedName);
      const changes = changesBetween(before, await subject.shot());
      expect(changes).toContain(`sheet "${expectedName}" added`);
      expect(touchedSheets(changes)).toEqual([expectedName]);
      expect(subject.sheetNames().every((sheetName) => sheetName.length <= 31)).toBe(true);

      // A refresh finds the same sheet by its mark and replaces only it.
      const refreshedFrom = await subject.shot();
      expect(await subject.workbook.writeGeneratedSheet(tallySheet("second", kind))).toBe(
        expectedName
      );
      const refresh = changesBetween(refreshedFrom, await subject.shot());
      expect(touchedSheets(refresh)).toEqual([expectedName]);
      expect(JSON.stringify(await subject.cellsOf(expectedName))).toContain("second");
      expect(JSON.stringify(await subject.cellsOf(expectedName))).not.toContain("first");
    });

    it("recognises its sheet renamed to Leads by the owner, and leaves the leads alone", async () => {
      const subject = make([{ name: "Leads", mark: "lead-tally", rows: [["old tally"]] }]);
      const before = await subject.shot();

      expect(await subject.workbook.writeGeneratedSheet(tallySheet("new"))).toBe("Leads");

      const changes = changesBetween(before, await subject.shot());
      expect(touchedSheets(changes)).toEqual(["Leads"]);
      expect(subject.sheetNames()).toEqual(["Enquiries", "Leads"]);
      // The generated sheet's headers look like leads, but a marked sheet is never leads.
      const found = await subject.workbook.findLeads();
      expect(found.map((location) => location.sheetName)).toEqual(["Enquiries"]);
    });

    it("replaces one of two marked sheets of the same kind: the one with its name", async () => {
      const subject = make([
        { name: "Old tally", mark: "lead-tally", rows: [["old copy"]] },
        { name: "Lead Tally", mark: "lead-tally", rows: [["current"]] },
      ]);
      const before = await subject.shot();

      expect(await subject.workbook.writeGeneratedSheet(tallySheet("new"))).toBe("Lead Tally");

      expect(touchedSheets(changesBetween(before, await subject.shot()))).toEqual(["Lead Tally"]);
    });

    it("replaces the first of two marked sheets when neither has its name", async () => {
      const subject = make([
        { name: "Our tally", mark: "lead-tally", rows: [["first"]] },
        { name: "Their tally", mark: "lead-tally", rows: [["second"]] },
      ]);
      const before = await subject.shot();

      expect(await subject.workbook.writeGeneratedSheet(tallySheet("new"))).toBe("Our tally");

      expect(touchedSheets(changesBetween(before, await subject.shot()))).toEqual(["Our tally"]);
    });

    it("keeps a name of 31 characters within Excel's limit when it must add (2)", async () => {
      const long = "A sheet name of 31 characters!!";
      expect(long).toHaveLength(31);
      const subject = make([{ name: long }]);
      const sheet: GeneratedSheet = { ...tallySheet("x"), preferredName: long };

      const name = await subject.workbook.writeGeneratedSheet(sheet);

      expect(name).toBe("A sheet name of 31 characte (2)");
      expect(subject.sheetNames().every((sheetName) => sheetName.length <= 31)).toBe(true);
    });
  });

  describe("the other operations change only what they were asked to", () => {
    const owners: SheetSpec[] = [
      { name: "Lead Tally" },
      { name: "Leads" },
      { name: "Leads 2" },
      { name: "Marketing vs Sales", mark: "garbage" },
    ];

    it("appendRows adds the rows below the leads and nothing else", async () => {
      const subject = make(owners);
      const before = await subject.shot();

      await subject.workbook.appendRows(leadsLocation(), [
        [{ serial: 46082 }, "Radio", "Open", null, null],
      ]);

      const changes = changesBetween(before, await subject.shot());
      // The new row's cells and formats, and the table's row count: nothing else.
      expect(
        changes.filter(
          (change) => !change.startsWith('"Enquiries"!R4C') && !change.startsWith('table "Leads"')
        )
      ).toEqual([]);
      expect(changes).toContain('"Enquiries"!R4C2 undefined → "Radio"');
      expect(changes.filter((change) => change.startsWith('table "Leads"'))).toHaveLength(1);
    });

    it("setCell changes that one cell", async () => {
      const subject = make(owners);
      const before = await subject.shot();

      await subject.workbook.setCell(leadsLocation(), 1, 2, "Won");

      const changes = changesBetween(before, await subject.shot());
      expect(changes.filter((change) => !change.includes(" format "))).toEqual([
        '"Enquiries"!R3C3 "Lost" → "Won"',
      ]);
      expect(changes.every((change) => change.startsWith('"Enquiries"!R3C3 '))).toBe(true);
    });

    it("createLeadsTable adds a sheet and a table under free names, and nothing else", async () => {
      const subject = make(owners);
      const before = await subject.shot();

      const created = await subject.workbook.createLeadsTable();

      expect(["Leads 3", "Leads (2)"]).toContain(created.sheetName);
      expect(created.tableName).not.toBe("Leads");
      const changes = changesBetween(before, await subject.shot());
      expect(touchedSheets(changes.filter((change) => !change.startsWith("table")))).toEqual([
        created.sheetName,
      ]);
      expect(changes).toContain(`sheet "${created.sheetName}" added`);
    });

    it("saveSettings changes Lead Tally's setting only", async () => {
      const subject = make(owners);
      const before = await subject.shot();

      await subject.workbook.saveSettings({ version: 1, wonLabels: ["Signed"] });

      const changes = changesBetween(before, await subject.shot());
      expect(changes.length).toBe(1);
      expect(changes[0]).toMatch(/^setting (LeadTally\.settings|settings) changed$/);
    });

    it("reading changes nothing", async () => {
      const subject = make(owners);
      const before = await subject.shot();

      const found = await subject.workbook.findLeads();
      await subject.workbook.readColumns(found[0], [0, 1, 2, 3, 4]);
      await subject.workbook.selectedRow(found[0]).catch(() => null);
      await subject.workbook.loadSettings();

      expect(changesBetween(before, await subject.shot())).toEqual([]);
    });
  });
});

describe("random workbooks: an operation changes exactly what it should", () => {
  /** Names that collide with what the add-in writes, and the owner's own. */
  const sheetName = fc.constantFrom(
    "Lead Tally",
    "lead tally",
    "Lead Tally (2)",
    "Lead Tally (3)",
    "Lead Tally (updating)",
    "Lead Tally (updating) 2",
    "Marketing vs Sales",
    "Marketing vs Sales (2)",
    "Marketing vs Sales (updating)",
    "Leads",
    "Leads 2",
    "Leads (2)",
    "Notes",
    "Sheet1"
  );
  const mark = fc.option(
    fc.constantFrom("lead-tally", "marketing-vs-sales", "", "garbage", "Lead-Tally"),
    { nil: undefined, freq: 2 }
  );
  const sheets = fc
    .uniqueArray(fc.record({ name: sheetName, mark }), {
      maxLength: 6,
      selector: (spec) => spec.name.toLowerCase(),
    })
    .map((specs) => specs.map((spec) => ({ ...spec, rows: [["owner's", spec.name, 1]] })));
  const kind = fc.constantFrom<GeneratedSheetKind>("lead-tally", "marketing-vs-sales");

  it.each(SUBJECTS)(
    "%s: a generated sheet touches one sheet, marked with its kind, and the owner's sheets stay as they were",
    async (_, make) => {
      await fc.assert(
        fc.asyncProperty(
          sheets,
          fc.array(kind, { minLength: 1, maxLength: 3 }),
          async (specs, kinds) => {
            const subject = make(specs);
            const owners = specs.filter(
              (spec) => spec.mark === undefined || !kinds.includes(spec.mark as GeneratedSheetKind)
            );
            for (const written of kinds) {
              const before = await subject.shot();
              const name = await subject.workbook.writeGeneratedSheet(tallySheet("x", written));
              const after = await subject.shot();
              const touched = touchedSheets(changesBetween(before, after));
              expect(touched.length).toBeLessThanOrEqual(1);
              if (touched.length === 1) expect(touched[0]).toBe(name);
              expect(owners.map((spec) => spec.name)).not.toContain(name);
              expect(name.length).toBeLessThanOrEqual(31);
              for (const owner of owners) {
                expect(after.sheets[owner.name]?.cells).toEqual(before.sheets[owner.name]?.cells);
              }
            }
          }
        ),
        { numRuns: 120 }
      );
    }
  );
});
