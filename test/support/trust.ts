/**
 * Helpers of the tests behind "What Lead Tally promises" in the README: what the owner has in a workbook, taken
 * whole before and after an operation so a test can list every change; hostile text; and
 * workbooks that fail, stall or answer out of order on demand.
 */
import type { LeadWorkbook } from "../../src/workbook/workbook";
import { GENERATED_SHEET_MARK, MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { FakeExcel, FakeOfficeError } from "./excelMock";

// ---------------------------------------------------------------- snapshots

/** One sheet as a test compares it. */
export interface SheetShot {
  readonly position: number;
  readonly cells: Record<string, unknown>;
  readonly formats: Record<string, string>;
  readonly bold: readonly number[];
  readonly properties: Record<string, string>;
  readonly charts: readonly unknown[];
}

/** Everything of a workbook a test compares: sheets by name, tables by name, names, settings. */
export interface WorkbookShot {
  readonly sheets: Record<string, SheetShot>;
  readonly tables: Record<string, unknown>;
  readonly names: readonly string[];
  readonly settings: Record<string, unknown>;
}

function cellKey(row: number, column: number): string {
  return `R${row + 1}C${column + 1}`;
}

/** A deep copy through JSON, with undefined and holes left out. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The fake Excel's whole workbook. Empty cells ("" or never written) are left out. */
export function excelShot(excel: FakeExcel): WorkbookShot {
  const sheets: Record<string, SheetShot> = {};
  excel.sheets.forEach((sheet, position) => {
    const cells: Record<string, unknown> = {};
    sheet.cells.forEach((row, r) =>
      row?.forEach((value, c) => {
        if (value !== "" && value !== null && value !== undefined) cells[cellKey(r, c)] = value;
      })
    );
    const formats: Record<string, string> = {};
    sheet.formats.forEach((row, r) =>
      row?.forEach((format, c) => {
        if (format !== undefined && format !== "General") formats[cellKey(r, c)] = format;
      })
    );
    sheets[sheet.name] = plain({
      position,
      cells,
      formats,
      bold: [...sheet.boldRows].sort((a, b) => a - b),
      properties: Object.fromEntries(sheet.customProperties),
      charts: sheet.charts.map((chart) => chart.toJSON()),
    });
  });
  const tables: Record<string, unknown> = {};
  for (const table of excel.tables) {
    tables[table.name] = {
      sheet: table.sheet.name,
      headerRow: table.headerRow,
      firstColumn: table.firstColumn,
      columnCount: table.columnCount,
      rowCount: table.rowCount,
      showHeaders: table.showHeaders,
    };
  }
  return {
    sheets,
    tables,
    names: [...excel.names],
    settings: plain(Object.fromEntries(excel.settings)),
  };
}

/**
 * The memory workbook through its public API only: each sheet's displayed cells, the number
 * format of every cell, whether it is marked as generated, the leads it finds and its settings.
 * (It has no defined names; its tables show through findLeads.)
 */
export async function memoryShot(workbook: MemoryWorkbook): Promise<WorkbookShot> {
  const sheets: Record<string, SheetShot> = {};
  workbook.listSheets().forEach((grid, position) => {
    const cells: Record<string, unknown> = {};
    const formats: Record<string, string> = {};
    grid.rows.forEach((row, r) =>
      row.forEach((text, c) => {
        if (text !== "") cells[cellKey(r, c)] = text;
        const format = workbook.numberFormatAt(grid.name, r, c);
        if (format !== null) formats[cellKey(r, c)] = format;
      })
    );
    sheets[grid.name] = {
      position,
      cells,
      formats,
      bold: [],
      properties: grid.generated ? { [GENERATED_SHEET_MARK]: "(marked)" } : {},
      charts: [],
    };
  });
  const tables: Record<string, unknown> = {};
  for (const location of await workbook.findLeads()) {
    tables[location.tableName ?? `range on ${location.sheetName}`] = plain(location);
  }
  return {
    sheets,
    tables,
    names: [],
    settings: { settings: plain((await workbook.loadSettings()) ?? null) },
  };
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Every difference between two shots, one line each, in a stable order: sheets added, removed
 * or moved, cells, formats, bold rows, marks and charts changed, tables, names and settings.
 */
export function changesBetween(before: WorkbookShot, after: WorkbookShot): string[] {
  const changes: string[] = [];
  const names = [...new Set([...Object.keys(before.sheets), ...Object.keys(after.sheets)])];
  for (const name of names) {
    const was = before.sheets[name];
    const now = after.sheets[name];
    if (was === undefined) {
      changes.push(`sheet "${name}" added`);
      continue;
    }
    if (now === undefined) {
      changes.push(`sheet "${name}" removed`);
      continue;
    }
    if (was.position !== now.position)
      changes.push(`sheet "${name}" moved ${was.position} → ${now.position}`);
    const keys = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys(was.cells, now.cells)) {
      if (JSON.stringify(was.cells[key]) !== JSON.stringify(now.cells[key])) {
        changes.push(`"${name}"!${key} ${show(was.cells[key])} → ${show(now.cells[key])}`);
      }
    }
    for (const key of keys(was.formats, now.formats)) {
      if (was.formats[key] !== now.formats[key]) {
        changes.push(
          `"${name}"!${key} format ${show(was.formats[key])} → ${show(now.formats[key])}`
        );
      }
    }
    if (JSON.stringify(was.bold) !== JSON.stringify(now.bold))
      changes.push(`sheet "${name}" bold rows changed`);
    if (JSON.stringify(was.properties) !== JSON.stringify(now.properties))
      changes.push(`sheet "${name}" marks ${show(was.properties)} → ${show(now.properties)}`);
    if (JSON.stringify(was.charts) !== JSON.stringify(now.charts))
      changes.push(`sheet "${name}" charts changed`);
  }
  const tables = [...new Set([...Object.keys(before.tables), ...Object.keys(after.tables)])];
  for (const name of tables) {
    if (JSON.stringify(before.tables[name]) !== JSON.stringify(after.tables[name])) {
      changes.push(`table "${name}" ${show(before.tables[name])} → ${show(after.tables[name])}`);
    }
  }
  if (JSON.stringify(before.names) !== JSON.stringify(after.names)) changes.push("names changed");
  const settings = [...new Set([...Object.keys(before.settings), ...Object.keys(after.settings)])];
  for (const key of settings) {
    if (JSON.stringify(before.settings[key]) !== JSON.stringify(after.settings[key])) {
      changes.push(`setting ${key} changed`);
    }
  }
  return changes;
}

/** The shot without the named sheets: what must not change when only they may. */
export function without(shot: WorkbookShot, ...sheetNames: string[]): WorkbookShot {
  const sheets = { ...shot.sheets };
  for (const name of sheetNames) delete sheets[name];
  // Positions of the rest may shift when a sheet is added or removed; compare their order instead.
  const ordered = Object.entries(sheets).sort(([, a], [, b]) => a.position - b.position);
  const renumbered = Object.fromEntries(
    ordered.map(([name, sheet], position) => [name, { ...sheet, position }])
  );
  return { ...shot, sheets: renumbered };
}

// ---------------------------------------------------------------- hostile text

/**
 * Text that Excel (or a careless program) would not keep as it is: formulas and what starts like
 * one, text that looks like a number, date, boolean, percentage or error, control characters,
 * right-to-left and zero-width characters, markup. Every one must come back exactly as written.
 */
export const HOSTILE_TEXTS: readonly string[] = [
  "=1+1",
  '=HYPERLINK("http://example.invalid","click")',
  "+44 20 7946 0000",
  "-5",
  "-",
  "@SUM(A1:A3)",
  "@handle",
  "\t=1+1",
  "\r=1+1",
  "\n=1+1",
  " =1+1",
  "'=1+1",
  "0012",
  "1e5",
  "1,234.50",
  "$1,200",
  "€1.200,00",
  "(42)",
  "5%",
  "0.5%",
  "TRUE",
  "false",
  "#N/A",
  "#VALUE!",
  "#DIV/0!",
  "#REF!",
  "2026-03-01",
  "3/1/2026",
  "1 March 2026",
  "12:30",
  "2026-03-01T14:30:00Z",
  "Jan-26",
  "\u05e9\u05dc\u05d5\u05dd \u202eevil\u202c",
  "\u0645\u0631\u062d\u0628\u0627",
  "\u200b",
  "a\u200bb",
  "\u200f\u200e",
  "\ufeffBOM",
  "e\u0301",
  "\u{1F600} emoji",
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "line 1\nline 2",
  "line 1\r\nline 2",
  "trailing space ",
  "  ",
  "\u0000nul",
  "\u001b[31mred",
];

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

// ---------------------------------------------------------------- workbooks on demand

export type WorkbookMethod = Exclude<keyof LeadWorkbook, "isPreview">;

/** An error shaped like Office.js's. */
export function officeError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

/**
 * A LeadWorkbook that hands every call to `call` with the method's name, and `call` decides when
 * (and whether) it reaches the inner workbook: the one place the interface's methods are listed.
 */
abstract class ForwardingWorkbook implements LeadWorkbook {
  readonly isPreview: boolean;

  constructor(protected readonly inner: LeadWorkbook) {
    this.isPreview = inner.isPreview;
  }

  protected abstract call<T>(method: WorkbookMethod, run: () => Promise<T>): Promise<T>;

  findLeads: LeadWorkbook["findLeads"] = () => this.call("findLeads", () => this.inner.findLeads());
  readColumns: LeadWorkbook["readColumns"] = (location, columns, onProgress) =>
    this.call("readColumns", () => this.inner.readColumns(location, columns, onProgress));
  appendRows: LeadWorkbook["appendRows"] = (location, rows) =>
    this.call("appendRows", () => this.inner.appendRows(location, rows));
  setCell: LeadWorkbook["setCell"] = (location, row, column, value) =>
    this.call("setCell", () => this.inner.setCell(location, row, column, value));
  setRowCells: LeadWorkbook["setRowCells"] = (location, row, values) =>
    this.call("setRowCells", () => this.inner.setRowCells(location, row, values));
  addDateColumn: LeadWorkbook["addDateColumn"] = (location, header) =>
    this.call("addDateColumn", () => this.inner.addDateColumn(location, header));
  rewriteTexts: LeadWorkbook["rewriteTexts"] = (location, column, writes) =>
    this.call("rewriteTexts", () => this.inner.rewriteTexts(location, column, writes));
  removeWrittenRow: LeadWorkbook["removeWrittenRow"] = (location, row, written) =>
    this.call("removeWrittenRow", () => this.inner.removeWrittenRow(location, row, written));
  setListValidation: LeadWorkbook["setListValidation"] = (location, column, items) =>
    this.call("setListValidation", () => this.inner.setListValidation(location, column, items));
  selectedRow: LeadWorkbook["selectedRow"] = (location) =>
    this.call("selectedRow", () => this.inner.selectedRow(location));
  createLeadsTable: LeadWorkbook["createLeadsTable"] = () =>
    this.call("createLeadsTable", () => this.inner.createLeadsTable());
  findTables: LeadWorkbook["findTables"] = (accepts) =>
    this.call("findTables", () => this.inner.findTables(accepts));
  createTable: LeadWorkbook["createTable"] = (preferredName, headers, rows) =>
    this.call("createTable", () => this.inner.createTable(preferredName, headers, rows));
  writeGeneratedSheet: LeadWorkbook["writeGeneratedSheet"] = (sheet) =>
    this.call("writeGeneratedSheet", () => this.inner.writeGeneratedSheet(sheet));
  readCulture: LeadWorkbook["readCulture"] = () =>
    this.call("readCulture", () => this.inner.readCulture());
  loadSettings: LeadWorkbook["loadSettings"] = () =>
    this.call("loadSettings", () => this.inner.loadSettings());
  saveSettings: LeadWorkbook["saveSettings"] = (settings) =>
    this.call("saveSettings", () => this.inner.saveSettings(settings));
}

/**
 * A LeadWorkbook that passes every call to another one, except the calls a test tells it to
 * fail: `failNext(method, error)` makes the next call of that method fail before it reaches the
 * workbook (so the workbook is unchanged), as a sync that never reached Excel would.
 */
export class FailingWorkbook extends ForwardingWorkbook {
  readonly calls: string[] = [];
  private readonly failures = new Map<WorkbookMethod, unknown[]>();

  failNext(method: WorkbookMethod, error: unknown, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(error);
    this.failures.set(method, queue);
  }

  protected async call<T>(method: WorkbookMethod, run: () => Promise<T>): Promise<T> {
    this.calls.push(method);
    const queue = this.failures.get(method);
    if (queue !== undefined && queue.length > 0) throw queue.shift();
    return run();
  }
}

/** A promise with its resolve and reject at hand. */
export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * A LeadWorkbook whose calls are held until the test releases them, in any order: each call is
 * recorded with the gate that lets it reach the inner workbook. A test can release them in
 * reverse, fail some, or let them all through. `concurrent` records the most calls of the
 * writing methods that were ever under way at once.
 */
export class GatedWorkbook extends ForwardingWorkbook {
  readonly pending: { method: WorkbookMethod; gate: Deferred<void> }[] = [];
  /** Methods whose calls pass straight through. */
  readonly open = new Set<WorkbookMethod>();
  private writing = 0;
  maxConcurrentWrites = 0;

  protected async call<T>(method: WorkbookMethod, run: () => Promise<T>): Promise<T> {
    const writes =
      method === "appendRows" ||
      method === "setCell" ||
      method === "rewriteTexts" ||
      method === "removeWrittenRow" ||
      method === "setListValidation" ||
      method === "writeGeneratedSheet";
    if (writes) {
      this.writing += 1;
      this.maxConcurrentWrites = Math.max(this.maxConcurrentWrites, this.writing);
    }
    try {
      if (!this.open.has(method)) {
        const gate = deferred<void>();
        this.pending.push({ method, gate });
        await gate.promise;
      }
      return await run();
    } finally {
      if (writes) this.writing -= 1;
    }
  }

  /** Lets the oldest (or newest) held call through, or fails it; returns its method. */
  release(options: { newest?: boolean; error?: unknown } = {}): WorkbookMethod | undefined {
    const held = options.newest ? this.pending.pop() : this.pending.shift();
    if (held === undefined) return undefined;
    if (options.error !== undefined) held.gate.reject(options.error);
    else held.gate.resolve();
    return held.method;
  }
}
