/**
 * The self-check: the workbook contract's scenarios run through the real adapter in the Excel at
 * hand, so the first person who opens Lead Tally in real Excel can show that it behaves there as
 * the tests say it does. Each check gives a pass or fail line with what Excel answered.
 *
 * Everything happens on scratch sheets this module creates and marks (SELF_CHECK_MARK), and
 * removes at the end with the settings put back, so the workbook is left as it was found. The
 * scenarios go through the LeadWorkbook interface, as the pane does; the few steps the interface
 * has no call for (marking and deleting the scratch sheets, typing a formula or an error into a
 * scratch cell, reading a cell's formula, putting the settings back) go through the ExcelRun it is
 * given, and only ever touch the scratch sheets and Lead Tally's own setting. The tests run the
 * same checks against the fake Excel (test/support/excelMock.ts) through the adapter.
 */
import { Cell, GeneratedSheet, excelErrorCode } from "../engine";
import { ExcelRun, SETTINGS_KEY } from "../workbook/excelWorkbook";
import { GENERATED_SHEET_MARK, LeadsLocation, LeadWorkbook } from "../workbook/workbook";

/** The custom property on every scratch sheet; its value is the run's stamp. */
export const SELF_CHECK_MARK = "LeadTally.selfCheck";

export interface SelfCheckResult {
  readonly id: SelfCheckId;
  readonly title: string;
  readonly ok: boolean;
  /** What Excel answered, in words a tester can send back. */
  readonly answer: string;
}

export type SelfCheckId =
  | "requirement-sets"
  | "settings"
  | "append"
  | "formula-column"
  | "literal-text"
  | "error-cells"
  | "refresh-in-place"
  | "combo-chart"
  | "left-as-found";

export interface SelfCheckOptions {
  readonly workbook: LeadWorkbook;
  readonly run: ExcelRun;
  /** Office.context.requirements.isSetSupported. */
  readonly isSetSupported: (set: string, version: string) => boolean;
  /** The clock, for the scratch names and the dates written. */
  readonly now: Date;
  /** Called with each result as it comes, for a pane that shows them one by one. */
  readonly onResult?: (result: SelfCheckResult) => void;
}

/** The sets Lead Tally's manifest requires. */
export const REQUIRED_SETS: readonly (readonly [string, string])[] = [
  ["ExcelApi", "1.12"],
  ["SharedRuntime", "1.1"],
  ["CustomFunctionsRuntime", "1.2"],
];

/** What an owner types that Excel would turn into something else, unless written as text. */
export const LITERAL_TEXTS: readonly string[] = [
  "=1+1",
  "+44 20 7946 0000",
  "0012",
  "TRUE",
  "2026-03-01",
];

const LEADS_HEADERS = ["Date", "Source", "Outcome", "Value", "Days"];
const FORMULA_COLUMN = 4;
/** A calculated column of the owner's kind: it refers to its own row. */
const OWNER_FORMULA = "=[@Value]*2";

function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  const code = excelErrorCode(value);
  if (code !== null) return code;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Excel's serial number of a day (1900 date system). */
function serialOf(now: Date): number {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return day / 86_400_000 + 25_569;
}

/** A scratch sheet for the generated-sheet checks: a small balance with its combo chart. */
function scratchSheet(name: string, leadsInMarch: number): GeneratedSheet {
  return {
    kind: "self-check",
    preferredName: name,
    rows: [
      ["Period", "Leads", "Clients", "Conversion rate"],
      ["2026-02", 4, 1, 0.25],
      ["2026-03", leadsInMarch, 3, 3 / leadsInMarch],
    ],
    boldRows: [0],
    formats: [],
    chart: {
      title: "Self-check",
      dataRow: 0,
      dataColumn: 0,
      rowCount: 3,
      columnSeries: ["Leads", "Clients"],
      lineSeries: "Conversion rate",
      categoryAxisTitle: "Period",
      valueAxisTitle: "Leads",
      secondaryAxisTitle: "Conversion rate",
      anchorRow: 5,
      anchorColumn: 0,
      fallbackNote: { row: 4, column: 0, text: "No secondary axis in this Excel." },
    },
  };
}

/** A sheet name as a formula refers to it. */
function quoted(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

class Checks {
  readonly results: SelfCheckResult[] = [];
  /** Names of the scratch sheets made so far. */
  readonly scratch = new Set<string>();

  constructor(
    private readonly options: SelfCheckOptions,
    readonly stamp: string
  ) {}

  report(id: SelfCheckId, title: string, ok: boolean, answer: string): void {
    const result = { id, title, ok, answer };
    this.results.push(result);
    this.options.onResult?.(result);
  }

  /** Runs one check; an exception fails it with Excel's message as the answer. */
  async check(
    id: SelfCheckId,
    title: string,
    body: () => Promise<{ ok: boolean; answer: string }>
  ): Promise<void> {
    try {
      const { ok, answer } = await body();
      this.report(id, title, ok, answer);
    } catch (error) {
      this.report(id, title, false, `Excel refused: ${reason(error)}`);
    }
  }

  /** Marks a sheet the self-check made, so the clean-up finds it whatever happens next. */
  async mark(sheetName: string): Promise<void> {
    this.scratch.add(sheetName);
    await this.options.run(async (context) => {
      context.workbook.worksheets
        .getItem(sheetName)
        .customProperties.add(SELF_CHECK_MARK, this.stamp);
      await context.sync();
    });
  }

  /** Writes values (formulas or error constants, typed as a person would) into scratch cells. */
  async type(
    sheetName: string,
    row: number,
    column: number,
    values: readonly (readonly string[])[]
  ): Promise<void> {
    if (!this.scratch.has(sheetName)) throw new Error(`${sheetName} is not a scratch sheet`);
    await this.options.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem(sheetName)
        .getRangeByIndexes(row, column, values.length, values[0].length);
      range.numberFormat = values.map((line) => line.map(() => "General"));
      range.values = values.map((line) => [...line]);
      await context.sync();
    });
  }

  /** The values and formulas of scratch cells. */
  async read(
    sheetName: string,
    row: number,
    column: number,
    rowCount: number,
    columnCount: number
  ): Promise<{ values: unknown[][]; formulas: unknown[][] }> {
    return this.options.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem(sheetName)
        .getRangeByIndexes(row, column, rowCount, columnCount)
        .load("values, formulas");
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
  }

  async tableRowCount(tableName: string): Promise<number> {
    return this.options.run(async (context) => {
      const count = context.workbook.tables.getItem(tableName).rows.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult: its value comes with the sync
      return count.value;
    });
  }
}

/** The raw text of Lead Tally's setting, or null when the workbook has none. */
async function rawSettings(run: ExcelRun): Promise<string | null> {
  return run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
    await context.sync();
    return setting.isNullObject ? null : String(setting.value);
  });
}

async function restoreSettings(run: ExcelRun, original: string | null): Promise<void> {
  await run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
    await context.sync();
    if (original !== null) context.workbook.settings.add(SETTINGS_KEY, original);
    else if (!setting.isNullObject) setting.delete();
    await context.sync();
  });
}

/** Deletes every sheet the self-check marked, this run's or an interrupted one's; returns their names. */
async function deleteScratchSheets(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const marks = sheets.items.map((sheet) => ({
      sheet,
      ours: sheet.customProperties.getItemOrNullObject(SELF_CHECK_MARK).load("value"),
      generated: sheet.customProperties.getItemOrNullObject(GENERATED_SHEET_MARK).load("value"),
    }));
    await context.sync();
    const scratch = marks.filter(
      ({ ours, generated }) =>
        !ours.isNullObject || (!generated.isNullObject && generated.value === "self-check")
    );
    scratch.forEach(({ sheet }) => sheet.delete());
    await context.sync();
    return scratch.map(({ sheet }) => sheet.name);
  });
}

async function checkRequirementSets(checks: Checks, options: SelfCheckOptions): Promise<void> {
  await checks.check("requirement-sets", "The requirement sets Lead Tally needs", async () => {
    const answers = REQUIRED_SETS.map(([set, version]) => ({
      set: `${set} ${version}`,
      yes: options.isSetSupported(set, version),
    }));
    return {
      ok: answers.every((answer) => answer.yes),
      answer: answers.map((answer) => `${answer.set}: ${answer.yes ? "yes" : "no"}`).join("; "),
    };
  });
}

async function checkSettings(checks: Checks, options: SelfCheckOptions): Promise<void> {
  await checks.check("settings", "Settings saved in the workbook and read back", async () => {
    const probe = { selfCheck: checks.stamp };
    await options.workbook.saveSettings(probe);
    const back = await options.workbook.loadSettings();
    const text = typeof back === "string" ? back : JSON.stringify(back);
    return {
      ok: text === JSON.stringify(probe),
      answer: `saved ${JSON.stringify(probe)}, read back ${shown(back)}`,
    };
  });
}

const APPEND_TITLE = "Recording a lead adds one row to the table";

/** The scratch leads table, marked, with a formula column of the owner's kind. */
async function scratchLeads(checks: Checks, options: SelfCheckOptions): Promise<LeadsLocation> {
  const date = { serial: serialOf(options.now) };
  const location = await options.workbook.createTable(`LT check ${checks.stamp}`, LEADS_HEADERS, [
    [date, "Walk-in", "Open", 5, null],
  ]);
  await checks.mark(location.sheetName);
  await checks.type(
    location.sheetName,
    location.headerRow + 1,
    location.firstColumn + FORMULA_COLUMN,
    [[OWNER_FORMULA]]
  );
  return location;
}

async function checkRecording(
  checks: Checks,
  options: SelfCheckOptions,
  location: LeadsLocation
): Promise<LeadsLocation> {
  let after = location;
  await checks.check("append", APPEND_TITLE, async () => {
    after = await options.workbook.appendRows(location, [
      [{ serial: serialOf(options.now) }, "Self-check", "Won", 7, null],
    ]);
    const count = location.tableName === null ? -1 : await checks.tableRowCount(location.tableName);
    const { values } = await checks.read(
      location.sheetName,
      location.headerRow + 2,
      location.firstColumn,
      1,
      LEADS_HEADERS.length
    );
    const row = values[0];
    return {
      ok: count === 2 && row[1] === "Self-check" && row[2] === "Won" && row[3] === 7,
      answer: `the table has ${count} rows; the new row holds ${row.map(shown).join(", ")}`,
    };
  });
  await checks.check(
    "formula-column",
    'The owner\'s formula column is kept in the new row (written with null, not "")',
    async () => {
      const { values, formulas } = await checks.read(
        location.sheetName,
        location.headerRow + 2,
        location.firstColumn + FORMULA_COLUMN,
        1,
        1
      );
      return {
        ok: formulas[0][0] === OWNER_FORMULA,
        answer: `Days of the new row: formula ${shown(formulas[0][0])}, value ${shown(values[0][0])}`,
      };
    }
  );
  return after;
}

async function checkLiteralText(
  checks: Checks,
  options: SelfCheckOptions,
  location: LeadsLocation
): Promise<void> {
  await checks.check("literal-text", "Text is written as text and reads back exactly", async () => {
    const written = await options.workbook.appendRows(
      location,
      LITERAL_TEXTS.map((text) => [null, text, "Open", null, null])
    );
    const [sources] = await options.workbook.readColumns(written, [1]);
    const back = sources.slice(-LITERAL_TEXTS.length);
    return {
      ok: LITERAL_TEXTS.every((text, index) => back[index] === text),
      answer: `wrote ${LITERAL_TEXTS.map(shown).join(", ")}; read ${back.map(shown).join(", ")}`,
    };
  });
}

async function checkErrorCells(checks: Checks, options: SelfCheckOptions): Promise<void> {
  await checks.check("error-cells", "Error cells are read as errors, not as text", async () => {
    const location = await options.workbook.createTable(
      `LT check ${checks.stamp} errors`,
      ["Source", "Outcome"],
      [
        [null, "Open"],
        [null, "Open"],
      ]
    );
    await checks.mark(location.sheetName);
    // Typed as a person would: Excel stores the error values themselves.
    await checks.type(location.sheetName, location.headerRow + 1, location.firstColumn, [
      ["#N/A"],
      ["#DIV/0!"],
    ]);
    const [sources] = await options.workbook.readColumns(location, [0]);
    const codes = sources.map((cell: Cell) => excelErrorCode(cell));
    return {
      ok: codes[0] === "#N/A" && codes[1] === "#DIV/0!",
      answer: `read ${sources.map(shown).join(", ")}`,
    };
  });
}

async function checkGeneratedSheet(
  checks: Checks,
  options: SelfCheckOptions,
  location: LeadsLocation
): Promise<void> {
  const preferred = `LT check ${checks.stamp} sheet`;
  let name: string | null = null;
  await checks.check("combo-chart", "A generated sheet with its combo chart", async () => {
    name = await options.workbook.writeGeneratedSheet(scratchSheet(preferred, 6));
    await checks.mark(name);
    return { ok: true, answer: `Excel wrote "${name}" with a column and line chart` };
  });
  await checks.check(
    "refresh-in-place",
    "Refreshing a generated sheet keeps a formula that points into it",
    async () => {
      if (name === null) return { ok: false, answer: "the generated sheet could not be written" };
      // A formula of the accountant's kind, beside the scratch leads table.
      const cell = {
        row: location.headerRow,
        column: location.firstColumn + LEADS_HEADERS.length + 1,
      };
      const formula = `=${quoted(name)}!B3`;
      await checks.type(location.sheetName, cell.row, cell.column, [[formula]]);
      const refreshed = await options.workbook.writeGeneratedSheet(scratchSheet(preferred, 9));
      checks.scratch.add(refreshed);
      const { values, formulas } = await checks.read(
        location.sheetName,
        cell.row,
        cell.column,
        1,
        1
      );
      const value = values[0][0];
      return {
        ok:
          refreshed === name &&
          formulas[0][0] === formula &&
          !(typeof value === "string" && value.startsWith("#")),
        answer:
          `refreshed as "${refreshed}"; the formula reads ${shown(formulas[0][0])} ` +
          `and shows ${shown(value)} (9 expected)`,
      };
    }
  );
}

/**
 * Runs every check and cleans up, whatever failed. The results come in the order of the list
 * in the README ("Checking Lead Tally in your Excel"), the clean-up last.
 */
export async function runSelfCheck(options: SelfCheckOptions): Promise<SelfCheckResult[]> {
  const stamp = options.now.getTime().toString(36).slice(-6);
  const checks = new Checks(options, stamp);
  let original: string | null = null;
  let settingsRead = false;
  try {
    await checkRequirementSets(checks, options);
    original = await rawSettings(options.run);
    settingsRead = true;
    await checkSettings(checks, options);
    let leads: LeadsLocation | null = null;
    try {
      leads = await scratchLeads(checks, options);
    } catch (error) {
      checks.report("append", APPEND_TITLE, false, `no scratch leads table: ${reason(error)}`);
    }
    if (leads !== null) {
      const after = await checkRecording(checks, options, leads);
      await checkLiteralText(checks, options, after);
    }
    await checkErrorCells(checks, options);
    if (leads !== null) await checkGeneratedSheet(checks, options, leads);
  } finally {
    await checks.check("left-as-found", "The workbook is left as it was found", async () => {
      if (settingsRead) await restoreSettings(options.run, original);
      const deleted = await deleteScratchSheets(options.run);
      const settingsNow = await rawSettings(options.run);
      const left = await deleteScratchSheets(options.run);
      const settingsBack = !settingsRead || settingsNow === original;
      return {
        ok: settingsBack && left.length === 0,
        answer:
          `deleted ${deleted.length} scratch sheet${deleted.length === 1 ? "" : "s"}` +
          (deleted.length > 0 ? ` (${deleted.map((n) => `"${n}"`).join(", ")})` : "") +
          `; settings ${settingsBack ? "as they were" : `now ${shown(settingsNow)}, were ${shown(original)}`}`,
      };
    });
  }
  return checks.results;
}
