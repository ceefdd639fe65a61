/**
 * A small fake Excel for the adapter's tests, built on office-addin-mock's OfficeMockObject.
 *
 * The request context is an OfficeMockObject made from mock data whose members are functions.
 * office-addin-mock fills a fixed object tree at construction and makes a property readable after
 * load() and sync(); it has no notion of objects that methods return (ranges, tables, new sheets),
 * of commands queued until sync and run in order, of null objects, or of payload limits. So the
 * functions in the mock data return the small fakes below, which keep office-addin-mock's
 * convention for reads ("Error, property was not loaded" before load(), "Error, context.sync() was
 * not called" between load() and sync()) and add what the adapter's behaviour depends on:
 *
 * - every call and assignment is queued and runs at sync, in order, against a model of the
 *   workbook; an operation may be made to fail, and the operations before it stay done, as in Excel;
 * - values written to a cell are parsed as Excel does unless the cell is formatted "@" (a simplified
 *   model: formulas, numbers, booleans, percentages, ISO dates), so a test sees the order in which
 *   formats and values were written by what the cells end up holding;
 * - each sync is recorded with its operations and the bytes of its request and response, and can
 *   fail with Excel on the web's payload errors above a limit the test sets;
 * - charts (see "charts" below): charts.add makes series from the source block as Excel does by
 *   columns, and the chart calls the adapter uses set titles, legend, axes, series and position on
 *   a chart model; each checks its ExcelApi requirement set against the version the test gives the
 *   fake (excelApi), failing at sync with ApiNotFound above it, as an older Excel would.
 */
import { OfficeMockObject } from "office-addin-mock";
import { EXCEL_ERROR_TEXTS } from "../../src/engine/cells";

export const NOT_LOADED = "Error, property was not loaded";
export const NOT_SYNCED = "Error, context.sync() was not called";

/** The shape of Office's errors (OfficeExtension.Error): a code and a message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/**
 * An error value in a cell (typed as #N/A, or a formula's result): Range.values gives its text,
 * Range.valueTypes "Error" (office-js-docs-pr docs/excel/excel-add-ins-ranges-set-get-values.md;
 * Excel.RangeValueType).
 */
export interface ErrorValue {
  readonly error: string;
}

function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

/** What Range.valueTypes says of a stored value. */
function valueTypeOf(value: unknown): string {
  if (value === "" || value === null || value === undefined) return "Empty";
  if (isErrorValue(value)) return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

/** A formula Excel would have evaluated: what text written without "@" may turn into. */
export interface Formula {
  readonly formula: string;
}

// ---------------------------------------------------------------- the workbook model

export class SheetModel {
  readonly cells: unknown[][] = [];
  readonly formats: string[][] = [];
  readonly boldRows = new Set<number>();
  readonly customProperties = new Map<string, string>();
  readonly charts: ChartModel[] = [];
  /** Data-validation rules by sheet column: the rows they cover, the rule and its alert. */
  readonly validations = new Map<
    number,
    { row: number; rowCount: number; rule: unknown; errorAlert: unknown }
  >();
  autofitted = false;
  deleted = false;

  constructor(public name: string) {}

  value(row: number, column: number): unknown {
    return this.cells[row]?.[column] ?? "";
  }

  format(row: number, column: number): string {
    return this.formats[row]?.[column] ?? "General";
  }

  setValue(row: number, column: number, value: unknown): void {
    (this.cells[row] ??= [])[column] = value;
  }

  setFormat(row: number, column: number, format: string): void {
    (this.formats[row] ??= [])[column] = format;
  }

  /** Writes rows of values from a cell as they are, without parsing: the test's own data. */
  put(row: number, column: number, rows: readonly (readonly unknown[])[]): void {
    rows.forEach((values, r) => values.forEach((v, c) => this.setValue(row + r, column + c, v)));
  }

  /**
   * The used range: of values only, like getUsedRangeOrNullObject(true), or of values and
   * formats, like getUsedRangeOrNullObject(false).
   */
  usedRange(valuesOnly = true): Geometry | null {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    const take = (r: number, c: number): void => {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    };
    this.cells.forEach((row, r) =>
      row?.forEach((value, c) => {
        if (value !== "" && value !== null && value !== undefined) take(r, c);
      })
    );
    if (!valuesOnly) {
      this.formats.forEach((row, r) =>
        row?.forEach((format, c) => {
          if (format !== undefined && format !== "General") take(r, c);
        })
      );
      this.boldRows.forEach((r) => take(r, Math.max(0, left === Infinity ? 0 : left)));
    }
    if (bottom < 0) return null;
    return {
      sheet: this,
      row: top,
      column: left,
      rowCount: bottom - top + 1,
      columnCount: right - left + 1,
    };
  }
}

export class TableModel {
  showHeaders = true;
  /**
   * Calculated columns: a formula per column offset, which Excel fills into every row of the
   * column, new rows included (rows.add, or a row written just below the table).
   */
  readonly calculated = new Map<number, string>();

  constructor(
    public name: string,
    readonly sheet: SheetModel,
    public headerRow: number,
    public firstColumn: number,
    public columnCount: number,
    public rowCount: number
  ) {}

  /** The data rows; an empty table still shows one blank row under its headers. */
  body(): Geometry {
    return {
      sheet: this.sheet,
      row: this.headerRow + 1,
      column: this.firstColumn,
      rowCount: Math.max(1, this.rowCount),
      columnCount: this.columnCount,
    };
  }
}

export interface Geometry {
  readonly sheet: SheetModel;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

function columnName(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function address(g: Geometry): string {
  const first = `${columnName(g.column)}${g.row + 1}`;
  const last = `${columnName(g.column + g.columnCount - 1)}${g.row + g.rowCount}`;
  return `'${g.sheet.name}'!${first === last ? first : `${first}:${last}`}`;
}

/** A sheet name as a formula refers to it: quoted, with its apostrophes doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Excel's 1900 date serial of an ISO date. */
function serialOf(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000 + 25569;
}

/**
 * What Excel stores when a value is written to a cell with a format: text is parsed unless the
 * cell is text ("@"). Parsing a date also gives the cell a date format.
 */
export function excelStores(value: unknown, format: string): { value: unknown; format?: string } {
  if (typeof value !== "string" || format === "@" || value === "") return { value };
  if (/^[=+\-@]/.test(value)) return { value: { formula: value } satisfies Formula };
  if (EXCEL_ERROR_TEXTS.includes(value.toUpperCase()))
    return { value: { error: value.toUpperCase() } };
  if (/^\d+(\.\d+)?$/.test(value)) return { value: Number(value) };
  if (/^(true|false)$/i.test(value)) return { value: value.toUpperCase() === "TRUE" };
  if (/^\d+(\.\d+)?%$/.test(value)) return { value: Number(value.slice(0, -1)) / 100 };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { value: serialOf(value), format: "m/d/yyyy" };
  return { value };
}

// ---------------------------------------------------------------- requests

interface Operation {
  /** What the operation does, for the sync record; computed when it runs. */
  readonly label: () => string | null;
  readonly requestBytes: number;
  readonly run: () => void;
  /** For loads: the values read, weighed for the response and handed over after the sync. */
  readonly read?: () => { bytes: number; commit: () => void };
}

export interface SyncRecord {
  readonly operations: string[];
  requestBytes: number;
  responseBytes: number;
  error?: string;
}

export interface LoadRecord {
  readonly target: string;
  readonly properties: string | undefined;
}

function bytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`);
}

// ---------------------------------------------------------------- proxies

type Binder<M> = () => M | null;

/** A proxy object: bound to a model object when its creating operation runs at sync. */
abstract class FakeObject<M> {
  protected model: M | null | undefined = undefined;
  private readonly loaded = new Map<string, unknown>();
  private readonly pending = new Set<string>();

  constructor(
    protected readonly excel: FakeExcel,
    protected readonly description: string,
    bind: Binder<M> | { readonly bound: M },
    orNullObject = false,
    bindLabel: string | null | (() => string | null) = null
  ) {
    if ("bound" in bind) {
      this.model = bind.bound;
      return;
    }
    excel.queue({
      label: typeof bindLabel === "function" ? bindLabel : () => bindLabel,
      requestBytes: 0,
      run: () => {
        this.model = bind();
        if (this.model === null && !orNullObject) throw itemNotFound(description);
      },
    });
  }

  /**
   * What the proxy weighs in a response: only what was loaded, as Office.js serialises it. The
   * proxy itself reaches the whole fake workbook, and its links loop back once a collection is
   * loaded, so JSON.stringify of the object would throw.
   */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  get isNullObject(): boolean {
    if (this.model === undefined)
      throw new Error(`isNullObject of ${this.description} read before sync`);
    return this.model === null;
  }

  /** The model, once bound and still there. */
  protected current(): M {
    if (this.model === null || this.model === undefined || this.isGone(this.model)) {
      throw itemNotFound(this.description);
    }
    return this.model;
  }

  protected isGone(model: M): boolean {
    void model;
    return false;
  }

  protected abstract property(name: string): unknown;

  load(properties?: string | string[]): this {
    const text = Array.isArray(properties) ? properties.join(",") : properties;
    this.excel.loads.push({ target: this.description, properties: text });
    const names = (text ?? "*")
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name !== "");
    names.forEach((name) => this.pending.add(name));
    this.excel.queue({
      label: () => `load ${names.join(",")} of ${this.describe()}`,
      requestBytes: 0,
      run: () => undefined,
      read: () => {
        if (this.model === null) return { bytes: 0, commit: () => undefined };
        const values = names.map((name) => [name, this.property(name)] as const);
        return {
          bytes: bytes(values.map(([, value]) => value)),
          commit: () => values.forEach(([name, value]) => this.loaded.set(name, value)),
        };
      },
    });
    return this;
  }

  /** Loads properties at once, as a collection's load("items/name") does for its items. */
  preload(names: readonly string[]): this {
    names.forEach((name) => this.loaded.set(name, this.property(name)));
    return this;
  }

  /** A loaded property as office-addin-mock shows it. */
  protected read(name: string): unknown {
    if (this.loaded.has(name)) return this.loaded.get(name);
    return this.pending.has(name) ? NOT_SYNCED : NOT_LOADED;
  }

  /** What the object is, for labels: its address or name once bound. */
  protected describe(): string {
    return this.description;
  }
}

export class FakeRange extends FakeObject<Geometry> {
  constructor(excel: FakeExcel, description: string, bind: Binder<Geometry>, orNull = false) {
    super(excel, description, bind, orNull);
  }

  protected isGone(g: Geometry): boolean {
    return g.sheet.deleted;
  }

  /** Where the range is, once bound. */
  geometry(): Geometry {
    return this.current();
  }

  protected describe(): string {
    return this.model ? address(this.model) : this.description;
  }

  protected property(name: string): unknown {
    const g = this.current();
    switch (name) {
      case "values":
        return Array.from({ length: g.rowCount }, (_, r) =>
          Array.from({ length: g.columnCount }, (_, c) => {
            const value = g.sheet.value(g.row + r, g.column + c);
            return isErrorValue(value) ? value.error : value;
          })
        );
      case "valueTypes":
        return Array.from({ length: g.rowCount }, (_, r) =>
          Array.from({ length: g.columnCount }, (_, c) =>
            valueTypeOf(g.sheet.value(g.row + r, g.column + c))
          )
        );
      case "numberFormat":
        return Array.from({ length: g.rowCount }, (_, r) =>
          Array.from({ length: g.columnCount }, (_, c) => g.sheet.format(g.row + r, g.column + c))
        );
      case "formulas":
        // Range.formulas: a formula's text, or the value of a cell that holds none.
        return Array.from({ length: g.rowCount }, (_, r) =>
          Array.from({ length: g.columnCount }, (_, c) => {
            const value = g.sheet.value(g.row + r, g.column + c);
            if (isErrorValue(value)) return value.error;
            return typeof value === "object" && value !== null && "formula" in value
              ? (value as Formula).formula
              : value;
          })
        );
      case "rowIndex":
        return g.row;
      case "columnIndex":
        return g.column;
      case "rowCount":
        return g.rowCount;
      case "columnCount":
        return g.columnCount;
      default:
        throw new Error(`The fake range cannot load "${name}"`);
    }
  }

  get values(): unknown[][] {
    return this.read("values") as unknown[][];
  }

  /**
   * In a values array, null leaves a cell as it is and "" clears it, formula included
   * (office-js-docs-pr docs/excel/excel-add-ins-blank-null-values.md). Values landing in the row
   * just below a table grow the table over them first, as Excel's auto-expansion does (see
   * FakeExcel.growTablesInto).
   */
  set values(values: unknown[][]) {
    this.write(
      "values",
      values,
      (g, r, c, value) => {
        if (value === null) return;
        const stored = excelStores(value, g.sheet.format(g.row + r, g.column + c));
        g.sheet.setValue(g.row + r, g.column + c, stored.value);
        if (stored.format !== undefined) g.sheet.setFormat(g.row + r, g.column + c, stored.format);
      },
      (g) => this.excel.growTablesInto(g, values),
      (g) => this.excel.fillCalculatedColumns(g)
    );
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat") as unknown[][];
  }

  get valueTypes(): string[][] {
    return this.read("valueTypes") as string[][];
  }

  get formulas(): unknown[][] {
    return this.read("formulas") as unknown[][];
  }

  /**
   * Range.formulas: text starting with "=" is a formula, anything else is written as a value
   * would be; null leaves the cell as it is.
   */
  set formulas(formulas: unknown[][]) {
    this.write("formulas", formulas, (g, r, c, value) => {
      if (value === null) return;
      if (typeof value === "string" && value.startsWith("=")) {
        g.sheet.setValue(g.row + r, g.column + c, { formula: value } satisfies Formula);
        return;
      }
      const stored = excelStores(value, g.sheet.format(g.row + r, g.column + c));
      g.sheet.setValue(g.row + r, g.column + c, stored.value);
    });
  }

  set numberFormat(formats: unknown[][]) {
    this.write("numberFormat", formats, (g, r, c, format) => {
      if (format !== null) g.sheet.setFormat(g.row + r, g.column + c, String(format));
    });
  }

  get rowIndex(): number {
    return this.read("rowIndex") as number;
  }

  get columnIndex(): number {
    return this.read("columnIndex") as number;
  }

  get rowCount(): number {
    return this.read("rowCount") as number;
  }

  get columnCount(): number {
    return this.read("columnCount") as number;
  }

  private write(
    what: string,
    data: unknown[][],
    apply: (g: Geometry, row: number, column: number, value: unknown) => void,
    before?: (g: Geometry) => void,
    after?: (g: Geometry) => void
  ): void {
    this.excel.queue({
      label: () => `${what} ${this.describe()}`,
      requestBytes: bytes(data),
      run: () => {
        const g = this.current();
        if (data.length !== g.rowCount || data.some((row) => row.length !== g.columnCount)) {
          throw new FakeOfficeError(
            "InvalidArgument",
            `${what}: the array does not fit ${address(g)}`
          );
        }
        before?.(g);
        data.forEach((row, r) => row.forEach((value, c) => apply(g, r, c, value)));
        after?.(g);
      },
    });
  }

  private child(description: string, shape: (g: Geometry) => Geometry): FakeRange {
    return new FakeRange(this.excel, description, () => {
      const g = shape(this.current());
      if (g.rowCount < 1 || g.columnCount < 1 || g.row < 0 || g.column < 0) {
        throw new FakeOfficeError("InvalidArgument", `${description} is outside the grid`);
      }
      return g;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.child(`${this.description}.getCell(${row}, ${column})`, (g) => ({
      ...g,
      row: g.row + row,
      column: g.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  /**
   * Range.copyFrom (ExcelApi 1.9), as a paste of a block the same size: values (formulas as
   * they are), number formats and bold rows; empty cells of the source empty the target.
   */
  copyFrom(source: FakeRange, copyType: string): void {
    if (copyType !== "All") throw new Error("The fake copies everything only");
    this.excel.queue({
      label: () => `copy ${source.describe()} to ${this.describe()}`,
      requestBytes: 0,
      run: () => {
        this.excel.requireApi(9, "Range.copyFrom");
        const to = this.current();
        const from = source.geometry();
        if (to.rowCount !== from.rowCount || to.columnCount !== from.columnCount) {
          throw new FakeOfficeError("InvalidArgument", "copyFrom: the ranges differ in size");
        }
        const cells = cellsOf(from);
        const formats = Array.from({ length: from.rowCount }, (_, r) =>
          Array.from(
            { length: from.columnCount },
            (_, c) => from.sheet.formats[from.row + r]?.[from.column + c]
          )
        );
        const bold = Array.from({ length: from.rowCount }, (_, r) =>
          from.sheet.boldRows.has(from.row + r)
        );
        for (let r = 0; r < to.rowCount; r++) {
          for (let c = 0; c < to.columnCount; c++) {
            to.sheet.setValue(to.row + r, to.column + c, cells[r][c]);
            const format = formats[r][c];
            if (format === undefined) {
              if (to.sheet.formats[to.row + r]) delete to.sheet.formats[to.row + r][to.column + c];
            } else {
              to.sheet.setFormat(to.row + r, to.column + c, format);
            }
          }
          if (bold[r]) to.sheet.boldRows.add(to.row + r);
          else to.sheet.boldRows.delete(to.row + r);
        }
      },
    });
  }

  /**
   * Range.delete(shift) (ExcelApi 1.1; office-js-docs-reference excel.range delete and
   * excel.deleteshiftdirection): the cells go and those below move up within the range's
   * columns. A table whose data rows the range crosses shrinks by them; Excel refuses to shift
   * part of a table's row, so the range must then span the table's columns. Only "Up" is taught.
   */
  delete(shift: string): void {
    if (shift !== "Up") throw new Error('The fake deletes with shift "Up" only');
    this.excel.queue({
      label: () => `delete ${this.describe()}`,
      requestBytes: 0,
      run: () => this.excel.deleteShiftUp(this.current()),
    });
  }

  /**
   * Range.dataValidation (ExcelApi 1.8; office-js-docs-pr docs/excel/excel-add-ins-data-validation.md):
   * clear() removes the rules of the range's columns; rule and errorAlert are set on the range.
   * The fake keeps one rule per sheet column and refuses a rule over a column that has another
   * (Excel refuses to set a rule over mixed rules: clear first).
   */
  get dataValidation(): { clear: () => void; rule: unknown; errorAlert: unknown } {
    const queue = (what: string, run: (g: Geometry) => void): void =>
      this.excel.queue({
        label: () => `${what} ${this.describe()}`,
        requestBytes: 0,
        run: () => {
          this.excel.requireApi(8, `dataValidation.${what}`);
          run(this.current());
        },
      });
    const columns = (g: Geometry): number[] =>
      Array.from({ length: g.columnCount }, (_, c) => g.column + c);
    return {
      clear: () => queue("clear", (g) => columns(g).forEach((c) => g.sheet.validations.delete(c))),
      get rule(): unknown {
        throw new Error("The fake does not read dataValidation.rule");
      },
      set rule(rule: unknown) {
        queue("rule", (g) => {
          for (const c of columns(g)) {
            const old = g.sheet.validations.get(c);
            if (old !== undefined && old.rule !== null) {
              throw new FakeOfficeError("InvalidOperation", "The range has a rule already");
            }
            g.sheet.validations.set(c, {
              row: g.row,
              rowCount: g.rowCount,
              rule,
              errorAlert: null,
            });
          }
        });
      },
      get errorAlert(): unknown {
        throw new Error("The fake does not read dataValidation.errorAlert");
      },
      set errorAlert(errorAlert: unknown) {
        queue("errorAlert", (g) => {
          for (const c of columns(g)) {
            const old = g.sheet.validations.get(c);
            g.sheet.validations.set(c, {
              row: old?.row ?? g.row,
              rowCount: old?.rowCount ?? g.rowCount,
              rule: old?.rule ?? null,
              errorAlert,
            });
          }
        });
      },
    };
  }

  getRowsBelow(count = 1): FakeRange {
    return this.child(`${this.description}.getRowsBelow(${count})`, (g) => ({
      ...g,
      row: g.row + g.rowCount,
      rowCount: count,
    }));
  }

  /** Range.getColumnsAfter (ExcelApi 1.2): the columns just right of the range, as tall. */
  getColumnsAfter(count = 1): FakeRange {
    return this.child(`${this.description}.getColumnsAfter(${count})`, (g) => ({
      ...g,
      column: g.column + g.columnCount,
      columnCount: count,
    }));
  }

  getLastRow(): FakeRange {
    return this.child(`${this.description}.getLastRow()`, (g) => ({
      ...g,
      row: g.row + g.rowCount - 1,
      rowCount: 1,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.child(
      `${this.description}.getResizedRange(${deltaRows}, ${deltaColumns})`,
      (g) => ({
        ...g,
        rowCount: g.rowCount + deltaRows,
        columnCount: g.columnCount + deltaColumns,
      })
    );
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.excel,
      `${this.description}.worksheet`,
      () => this.current().sheet
    );
  }

  get format(): { font: { bold: boolean }; autofitColumns: () => void } {
    const queue = (what: string, run: (g: Geometry) => void): void =>
      this.excel.queue({
        label: () => `${what} ${this.describe()}`,
        requestBytes: 0,
        run: () => run(this.current()),
      });
    return {
      font: {
        get bold(): boolean {
          throw new Error("The fake range does not read font.bold");
        },
        set bold(bold: boolean) {
          queue("bold", (g) => {
            for (let r = g.row; r < g.row + g.rowCount; r++) {
              if (bold) g.sheet.boldRows.add(r);
            }
          });
        },
      },
      autofitColumns: () =>
        queue("autofit", (g) => {
          g.sheet.autofitted = true;
        }),
    };
  }
}

export class FakeWorksheet extends FakeObject<SheetModel> {
  protected isGone(sheet: SheetModel): boolean {
    return sheet.deleted;
  }

  protected describe(): string {
    return this.model ? `sheet "${this.model.name}"` : this.description;
  }

  protected property(name: string): unknown {
    const sheet = this.current();
    if (name === "name") return sheet.name;
    if (name === "position") return this.excel.sheets.indexOf(sheet);
    throw new Error(`The fake worksheet cannot load "${name}"`);
  }

  get name(): string {
    return this.read("name") as string;
  }

  get position(): number {
    return this.read("position") as number;
  }

  set position(position: number) {
    this.excel.queue({
      label: () => `move ${this.describe()} to position ${position}`,
      requestBytes: 0,
      run: () => {
        const sheets = this.excel.sheets;
        const sheet = this.current();
        sheets.splice(sheets.indexOf(sheet), 1);
        sheets.splice(Math.min(position, sheets.length), 0, sheet);
      },
    });
  }

  set name(name: string) {
    this.excel.queue({
      label: () => `rename ${this.describe()} to "${name}"`,
      requestBytes: 0,
      run: () => {
        const sheet = this.current();
        if (this.excel.sheetNamed(name) && this.excel.sheetNamed(name) !== sheet) {
          throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" exists.`);
        }
        this.excel.rewriteReferences(sheet.name, `${quotedSheetName(name)}!`);
        sheet.name = name;
      },
    });
  }

  delete(): void {
    this.excel.queue({
      label: () => `delete ${this.describe()}`,
      requestBytes: 0,
      run: () => this.excel.deleteSheet(this.current()),
    });
  }

  activate(): void {
    this.excel.queue({
      label: () => `activate ${this.describe()}`,
      requestBytes: 0,
      run: () => {
        this.excel.activeSheet = this.current();
      },
    });
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.excel, `${this.description}.getRangeByIndexes`, () => ({
      sheet: this.current(),
      row,
      column,
      rowCount,
      columnCount,
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.excel,
      `${this.description}.getUsedRangeOrNullObject${valuesOnly === true ? "" : "(formats too)"}`,
      () => this.current().usedRange(valuesOnly === true),
      true
    );
  }

  get customProperties(): {
    add: (key: string, value: string) => void;
    getItemOrNullObject: (key: string) => FakeCustomProperty;
  } {
    return {
      add: (key, value) =>
        this.excel.queue({
          label: () => `custom property ${key}=${value} on ${this.describe()}`,
          requestBytes: bytes([key, value]),
          run: () => {
            this.current().customProperties.set(key, value);
          },
        }),
      getItemOrNullObject: (key) =>
        new FakeCustomProperty(
          this.excel,
          `${this.description}.customProperties(${key})`,
          () => {
            const sheet = this.current();
            return sheet.customProperties.has(key) ? { sheet, key } : null;
          },
          true
        ),
    };
  }

  get charts(): {
    add: (type: string, source: FakeRange, seriesBy?: string) => FakeChart;
    load: (properties: string) => { items: FakeChart[] };
    getItem: (name: string) => FakeChart;
  } {
    const excel = this.excel;
    return {
      getItem: (name) =>
        new FakeChart(
          excel,
          `${this.description}.charts.getItem("${name}")`,
          () => this.current().charts.find((chart) => chart.name === name) ?? null
        ),
      load: (properties) => {
        excel.loads.push({ target: `${this.description}.charts`, properties });
        const collection: { items: FakeChart[] } = { items: [] };
        excel.queue({
          label: () => `load ${properties} of ${this.describe()}.charts`,
          requestBytes: 0,
          run: () => undefined,
          read: () => {
            const list = this.current().charts.map(
              (chart) => new FakeChart(excel, `chart "${chart.name}"`, { bound: chart })
            );
            return {
              bytes: bytes(list.map((chart) => chart.toJSON())),
              commit: () => (collection.items = list),
            };
          },
        });
        return collection;
      },
      add: (type, source, seriesBy) =>
        new FakeChart(
          this.excel,
          `${this.description}.charts.add`,
          () => {
            this.excel.requireApi(1, "charts.add");
            const chart = new ChartModel(this.current(), type, source.geometry(), seriesBy);
            chart.name = `Chart ${++this.excel.chartsMade}`;
            this.current().charts.push(chart);
            return chart;
          },
          false,
          () => `add chart ${type} of ${address(source.geometry())} by ${seriesBy ?? "(none)"}`
        ),
    };
  }

  get tables(): { add: (range: FakeRange, hasHeaders: boolean) => FakeTable } {
    return {
      add: (range, hasHeaders) =>
        new FakeTable(this.excel, `${this.description}.tables.add`, () => {
          if (!hasHeaders) throw new Error("The fake only adds tables with headers");
          const g = range.geometry();
          const table = new TableModel(
            `Table${this.excel.tables.length + 1}`,
            g.sheet,
            g.row,
            g.column,
            g.columnCount,
            g.rowCount - 1
          );
          this.excel.tables.push(table);
          return table;
        }),
    };
  }
}

export class FakeCustomProperty extends FakeObject<{ sheet: SheetModel; key: string }> {
  protected property(name: string): unknown {
    const { sheet, key } = this.current();
    if (name === "value") return sheet.customProperties.get(key);
    if (name === "key") return key;
    throw new Error(`The fake custom property cannot load "${name}"`);
  }

  get value(): string {
    return this.read("value") as string;
  }
}

export class FakeSetting extends FakeObject<string> {
  protected property(name: string): unknown {
    if (name === "value") return this.excel.settings.get(this.current());
    throw new Error(`The fake setting cannot load "${name}"`);
  }

  get value(): unknown {
    return this.read("value");
  }

  delete(): void {
    this.excel.queue({
      label: () => `delete setting ${this.current()}`,
      requestBytes: 0,
      run: () => {
        this.excel.settings.delete(this.current());
      },
    });
  }
}

/** What Application.cultureInfo tells: the system's culture settings. */
export interface CultureModel {
  name: string;
  numberDecimalSeparator: string;
  numberGroupSeparator: string;
  currencySymbol: string;
}

/**
 * Excel.CultureInfo (office-js-docs-reference docs excel.cultureinfo, ExcelApi 1.11; office-js-docs-pr
 * docs/excel/excel-add-ins-workbooks.md "Access application culture settings"): `name` is a
 * scalar property; `numberFormat` a navigation property with its own load. An Excel without the
 * set fails the request.
 */
export class FakeCultureInfo extends FakeObject<CultureModel> {
  constructor(excel: FakeExcel) {
    super(excel, "application.cultureInfo", { bound: excel.culture });
  }

  protected property(name: string): unknown {
    this.excel.requireApi(11, `cultureInfo.${name}`);
    if (name === "name") return this.current().name;
    throw new Error(`The fake cultureInfo cannot load "${name}"`);
  }

  get name(): unknown {
    return this.read("name");
  }

  get numberFormat(): FakeNumberFormatInfo {
    return new FakeNumberFormatInfo(this.excel);
  }
}

/**
 * Excel.NumberFormatInfo (office-js-docs-reference excel.numberformatinfo): the separators need
 * ExcelApi 1.11, `currencySymbol` ExcelApi 1.17.
 */
export class FakeNumberFormatInfo extends FakeObject<CultureModel> {
  constructor(excel: FakeExcel) {
    super(excel, "cultureInfo.numberFormat", { bound: excel.culture });
  }

  protected property(name: string): unknown {
    this.excel.requireApi(name === "currencySymbol" ? 17 : 11, `numberFormat.${name}`);
    const culture = this.current();
    if (name === "currencySymbol") return culture.currencySymbol;
    if (name === "numberDecimalSeparator") return culture.numberDecimalSeparator;
    if (name === "numberGroupSeparator") return culture.numberGroupSeparator;
    throw new Error(`The fake numberFormat cannot load "${name}"`);
  }

  get currencySymbol(): unknown {
    return this.read("currencySymbol");
  }
}

/** OfficeExtension.ClientResult: its value arrives with the sync. */
export class FakeClientResult<T> {
  private result: { value: T } | null = null;

  constructor(excel: FakeExcel, label: string, compute: () => T) {
    excel.queue({
      label: () => label,
      requestBytes: 0,
      run: () => undefined,
      read: () => {
        const value = compute();
        return { bytes: bytes(value), commit: () => (this.result = { value }) };
      },
    });
  }

  get value(): T {
    if (this.result === null) throw new Error("ClientResult read before sync");
    return this.result.value;
  }
}

export class FakeTable extends FakeObject<TableModel> {
  protected isGone(table: TableModel): boolean {
    return table.sheet.deleted || !this.excel.tables.includes(table);
  }

  protected describe(): string {
    return this.model ? `table "${this.model.name}"` : this.description;
  }

  protected property(name: string): unknown {
    const table = this.current();
    if (name === "name") return table.name;
    if (name === "showHeaders") return table.showHeaders;
    throw new Error(`The fake table cannot load "${name}"`);
  }

  get showHeaders(): boolean {
    return this.read("showHeaders") as boolean;
  }

  get name(): string {
    return this.read("name") as string;
  }

  set name(name: string) {
    this.excel.queue({
      label: () => `rename ${this.describe()} to "${name}"`,
      requestBytes: 0,
      run: () => {
        const taken = [...this.excel.tables.map((t) => t.name), ...this.excel.names];
        if (taken.some((other) => other.toLowerCase() === name.toLowerCase())) {
          throw new FakeOfficeError("InvalidArgument", `The name "${name}" is taken.`);
        }
        this.current().name = name;
      },
    });
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.excel,
      `${this.description}.worksheet`,
      () => this.current().sheet
    );
  }

  private range(what: string, shape: (table: TableModel) => Geometry): FakeRange {
    return new FakeRange(this.excel, `${this.description}.${what}`, () => shape(this.current()));
  }

  getHeaderRowRange(): FakeRange {
    return this.range("getHeaderRowRange()", (t) => {
      if (!t.showHeaders) throw new FakeOfficeError("InvalidOperation", "No header row.");
      return { ...t.body(), row: t.headerRow, rowCount: 1 };
    });
  }

  getDataBodyRange(): FakeRange {
    return this.range("getDataBodyRange()", (t) => t.body());
  }

  getRange(): FakeRange {
    return this.range("getRange()", (t) => ({
      ...t.body(),
      row: t.headerRow,
      rowCount: t.body().rowCount + 1,
    }));
  }

  get rows(): {
    add: (index: number | undefined, values: unknown[][]) => { getRange: () => FakeRange };
    getCount: () => FakeClientResult<number>;
  } {
    return {
      add: (index, values) => {
        if (index !== undefined && index !== null)
          throw new Error("The fake adds rows at the end only");
        let top: Geometry | null = null;
        this.excel.queue({
          label: () => `rows.add ${values.length} to ${this.describe()}`,
          requestBytes: bytes(values),
          run: () => {
            const table = this.current();
            // A conflict risk for co-authors (docs/excel/co-authoring-in-excel-add-ins.md,
            // "Avoid table row conflicts"): recorded so tests can assert appends never use it.
            this.excel.coAuthoringRisks.push(`rows.add on table "${table.name}"`);
            const first = table.headerRow + 1 + table.rowCount;
            // A new row takes the formats of the row above (an empty table's blank row for the first).
            const above = table.rowCount > 0 ? first - 1 : first;
            values.forEach((row, r) =>
              row.forEach((value, c) => {
                const column = table.firstColumn + c;
                const format = table.sheet.format(above, column);
                table.sheet.setFormat(first + r, column, format);
                const stored = excelStores(value, format);
                table.sheet.setValue(first + r, column, stored.value);
                if (stored.format !== undefined)
                  table.sheet.setFormat(first + r, column, stored.format);
              })
            );
            table.rowCount += values.length;
            // Excel fills a calculated column's formula into the new rows; "" written later
            // clears it, as in any cell.
            for (const [column, formula] of table.calculated) {
              values.forEach((row, r) => {
                const value = row[column];
                if (value === null || value === undefined || value === "") {
                  table.sheet.setValue(first + r, table.firstColumn + column, { formula });
                }
              });
            }
            top = { ...table.body(), row: first, rowCount: 1 };
          },
        });
        return {
          getRange: () =>
            new FakeRange(this.excel, `${this.description}.rows.add(…).getRange()`, () => top),
        };
      },
      getCount: () =>
        new FakeClientResult(
          this.excel,
          `rows.getCount of ${this.description}`,
          () => this.current().rowCount
        ),
    };
  }

  get columns(): {
    getItemAt: (index: number) => { getDataBodyRange: () => FakeRange };
    getItemOrNullObject: (key: string) => FakeTableColumn;
    add: (
      index?: number | null,
      values?: unknown,
      name?: string
    ) => { getDataBodyRange: () => FakeRange };
  } {
    return {
      /**
       * TableColumnCollection.add(index, values, name) (office-js-docs-reference
       * docs/docs-ref-autogen/excel/excel/excel.tablecolumncollection.yml): index null, -1 or
       * left out appends at the end and a name at creation, both ExcelApi 1.4 (1.1 needs an index
       * inside the table); a name left out gets the default ("Column1"…). Taught here at the end
       * only, over empty cells beside the table (what the adapter checks first); Excel's handling
       * of cells already there is not documented, so the fake refuses rather than guess.
       */
      getItemOrNullObject: (key) =>
        new FakeTableColumn(
          this.excel,
          `${this.description}.columns.getItemOrNullObject("${key}")`,
          () => {
            const table = this.current();
            const at = Array.from({ length: table.columnCount }, (_, c) =>
              String(table.sheet.value(table.headerRow, table.firstColumn + c))
            ).findIndex((header) => header.toLowerCase() === key.toLowerCase());
            return at < 0 ? null : { table, offset: at };
          },
          true
        ),
      add: (index, values, name) => {
        if (values !== undefined && values !== null) throw new Error("The fake adds empty columns");
        let added: Geometry | null = null;
        this.excel.queue({
          label: () => `columns.add "${name ?? ""}" to ${this.describe()}`,
          requestBytes: 0,
          run: () => {
            const atEnd = index === undefined || index === null || index === -1;
            if (!atEnd) throw new Error("The fake adds columns at the end only");
            this.excel.requireApi(4, "TableColumnCollection.add at the end, with a name");
            const table = this.current();
            const column = table.firstColumn + table.columnCount;
            const body = table.body();
            for (let row = table.headerRow; row < body.row + body.rowCount; row++) {
              if (table.sheet.value(row, column) !== "") {
                throw new Error("The fake adds a column over empty cells only");
              }
            }
            const taken = new Set(
              Array.from({ length: table.columnCount }, (_, c) =>
                String(table.sheet.value(table.headerRow, table.firstColumn + c)).toLowerCase()
              )
            );
            let header = name ?? `Column${table.columnCount + 1}`;
            // Excel keeps a table's headers unique: a taken name gets a number after it.
            for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${name}${n}`;
            table.sheet.setValue(table.headerRow, column, header);
            table.columnCount += 1;
            added = { ...body, column, columnCount: 1 };
          },
        });
        return {
          getDataBodyRange: () =>
            new FakeRange(
              this.excel,
              `${this.description}.columns.add(…).getDataBodyRange()`,
              () => added
            ),
        };
      },
      getItemAt: (index) => ({
        getDataBodyRange: () =>
          this.range(`columns.getItemAt(${index}).getDataBodyRange()`, (t) => ({
            ...t.body(),
            column: t.firstColumn + index,
            columnCount: 1,
          })),
      }),
    };
  }
}

/** A table's column, as columns.getItemOrNullObject finds it; only delete is taught. */
export class FakeTableColumn extends FakeObject<{ table: TableModel; offset: number }> {
  protected property(name: string): unknown {
    throw new Error(`The fake table column cannot load "${name}"`);
  }

  /**
   * TableColumn.delete (ExcelApi 1.1): the column goes from the table. Taught for the table's last
   * column only: its header and data cells are emptied and the table is one column narrower.
   */
  delete(): void {
    this.excel.queue({
      label: () => `delete column of ${this.description}`,
      requestBytes: 0,
      run: () => {
        const { table, offset } = this.current();
        if (offset !== table.columnCount - 1)
          throw new Error("The fake deletes the last column only");
        const column = table.firstColumn + offset;
        const body = table.body();
        for (let row = table.headerRow; row < body.row + body.rowCount; row++) {
          table.sheet.setValue(row, column, "");
          if (table.sheet.formats[row]) delete table.sheet.formats[row][column];
        }
        table.columnCount -= 1;
      },
    });
  }
}

// ---------------------------------------------------------------- charts

export type ChartAxisType = "Category" | "Value";
export type ChartAxisGroup = "Primary" | "Secondary";

export interface ChartAxisModel {
  readonly type: ChartAxisType;
  readonly group: ChartAxisGroup;
  title: string | null;
  numberFormat: string | null;
}

export interface ChartSeriesModel {
  name: string;
  chartType: string;
  axisGroup: ChartAxisGroup;
  /**
   * series.format.line.lineStyle (Excel.ChartLineStyle, ExcelApi 1.7, per office-js-docs-reference
   * docs/docs-ref-autogen/excel/excel/excel.chartlineformat.yml); "Automatic" until set.
   */
  lineStyle: string;
  /** The cells of its values, and of its categories (null: Excel numbers them 1, 2, 3…). */
  readonly values: Geometry;
  readonly categories: Geometry | null;
}

/** The values of a block of cells, row by row, as they are now. */
export function cellsOf(g: Geometry): unknown[][] {
  return Array.from({ length: g.rowCount }, (_, r) =>
    Array.from({ length: g.columnCount }, (_, c) => g.sheet.value(g.row + r, g.column + c))
  );
}

const isText = (value: unknown): boolean => typeof value === "string" && value !== "";

/**
 * The series Excel makes of a block by columns, with its guess at headers: the first row names
 * the series when it holds text above the data, and the first column gives the categories when
 * the top-left cell is blank or the column holds text below the header.
 */
function seriesByColumns(source: Geometry, chartType: string): ChartSeriesModel[] {
  const { sheet, row, column, rowCount, columnCount } = source;
  const named = Array.from({ length: columnCount - 1 }, (_, c) =>
    sheet.value(row, column + 1 + c)
  ).some(isText);
  const dataRow = named ? row + 1 : row;
  const dataCount = named ? rowCount - 1 : rowCount;
  if (dataCount < 1) {
    throw new FakeOfficeError("InvalidArgument", `${address(source)} holds no data to chart`);
  }
  const firstColumn: Geometry = {
    sheet,
    row: dataRow,
    column,
    rowCount: dataCount,
    columnCount: 1,
  };
  const categories =
    (named && sheet.value(row, column) === "") || cellsOf(firstColumn).flat().some(isText)
      ? firstColumn
      : null;
  const first = categories === null ? 0 : 1;
  return Array.from({ length: columnCount - first }, (_, i) => ({
    name: named ? String(sheet.value(row, column + first + i)) : `Series${i + 1}`,
    chartType,
    lineStyle: "Automatic",
    axisGroup: "Primary",
    values: { ...firstColumn, column: column + first + i },
    categories,
  }));
}

export class ChartModel {
  name = "Chart";
  title: string | null = null;
  /** A new chart of several series shows its legend on the right, as in Excel. */
  readonly legend = { visible: true, position: "Right" };
  readonly series: ChartSeriesModel[];
  /** The cell setPosition put the top-left corner on, and the bottom-right one when given. */
  topLeft: Geometry | null = null;
  bottomRight: Geometry | null = null;
  /** In points; a new chart is 360 × 216, as in Excel. */
  width = 360;
  height = 216;
  private readonly axisModels: ChartAxisModel[] = [];

  constructor(
    readonly sheet: SheetModel,
    readonly type: string,
    readonly source: Geometry,
    readonly seriesBy: string | undefined
  ) {
    if (seriesBy !== "Columns") throw new Error("The fake makes series by columns only");
    this.series = seriesByColumns(source, type);
  }

  /** What a response carries of a chart (and not its sheet, which holds it). */
  toJSON(): unknown {
    return { type: this.type, title: this.title, source: address(this.source) };
  }

  /** Secondary axes exist while a series is on them. */
  hasSecondaryAxes(): boolean {
    return this.series.some((series) => series.axisGroup === "Secondary");
  }

  axis(type: ChartAxisType, group: ChartAxisGroup): ChartAxisModel {
    if (group === "Secondary" && !this.hasSecondaryAxes()) {
      throw itemNotFound(`the ${group.toLowerCase()} ${type.toLowerCase()} axis`);
    }
    let axis = this.axisModels.find((a) => a.type === type && a.group === group);
    if (axis === undefined) {
      axis = { type, group, title: null, numberFormat: null };
      this.axisModels.push(axis);
    }
    return axis;
  }

  /** The axes a test can look at: those that exist now. */
  axes(): ChartAxisModel[] {
    return this.axisModels.filter((a) => a.group === "Primary" || this.hasSecondaryAxes());
  }

  values(series: ChartSeriesModel): unknown[] {
    return cellsOf(series.values).flat();
  }

  categories(series: ChartSeriesModel): unknown[] | null {
    return series.categories && cellsOf(series.categories).flat();
  }
}

/** Queues a chart command that needs ExcelApi 1.minor, checked when it runs. */
function chartCommand(excel: FakeExcel, label: () => string, minor: number, run: () => void): void {
  excel.queue({
    label,
    requestBytes: 0,
    run: () => {
      excel.requireApi(minor, label());
      run();
    },
  });
}

function notRead(what: string): never {
  throw new Error(`The fake chart does not read ${what}`);
}

export class FakeChartAxis extends FakeObject<ChartAxisModel> {
  protected describe(): string {
    return this.model ? `${this.model.type} axis (${this.model.group})` : this.description;
  }

  protected property(name: string): unknown {
    if (name === "numberFormat") return this.current().numberFormat;
    throw new Error(`The fake chart axis cannot load "${name}"`);
  }

  get numberFormat(): string {
    return this.read("numberFormat") as string;
  }

  set numberFormat(format: string) {
    chartCommand(
      this.excel,
      () => `${this.describe()} numberFormat ${format}`,
      8,
      () => {
        this.current().numberFormat = format;
      }
    );
  }

  get title(): { text: string } {
    const axis = (): string => this.describe();
    const set = (text: string): void =>
      chartCommand(
        this.excel,
        () => `${axis()} title "${text}"`,
        1,
        () => {
          this.current().title = text;
        }
      );
    return {
      get text(): string {
        return notRead("axis titles");
      },
      set text(text: string) {
        set(text);
      },
    };
  }
}

export class FakeChartSeries extends FakeObject<ChartSeriesModel> {
  constructor(
    excel: FakeExcel,
    description: string,
    private readonly chart: () => ChartModel,
    index: number
  ) {
    super(excel, description, () => {
      const series = chart().series[index];
      if (series === undefined) throw itemNotFound(description);
      return series;
    });
  }

  protected isGone(series: ChartSeriesModel): boolean {
    return !this.chart().series.includes(series);
  }

  protected describe(): string {
    return this.model ? `series ${this.chart().series.indexOf(this.model)}` : this.description;
  }

  protected property(name: string): unknown {
    const series = this.current();
    if (name === "name") return series.name;
    if (name === "chartType") return series.chartType;
    if (name === "axisGroup") return series.axisGroup;
    throw new Error(`The fake chart series cannot load "${name}"`);
  }

  private set(what: string, value: string, minor: number, apply: (s: ChartSeriesModel) => void) {
    chartCommand(
      this.excel,
      () => `${this.describe()} ${what} ${value}`,
      minor,
      () => apply(this.current())
    );
  }

  get name(): string {
    return this.read("name") as string;
  }

  set name(name: string) {
    this.set("name", `"${name}"`, 1, (series) => (series.name = name));
  }

  get chartType(): string {
    return this.read("chartType") as string;
  }

  set chartType(type: string) {
    this.set("chartType", type, 7, (series) => (series.chartType = type));
  }

  get axisGroup(): ChartAxisGroup {
    return this.read("axisGroup") as ChartAxisGroup;
  }

  set axisGroup(group: ChartAxisGroup) {
    this.set("axisGroup", group, 8, (series) => (series.axisGroup = group));
  }

  /**
   * series.format.line: ChartSeriesFormat.line is ExcelApi 1.1, its lineStyle 1.7
   * (office-js-docs-reference docs/docs-ref-autogen/excel/excel/excel.chartlineformat.yml).
   * Only setting the style is modelled; reading it back is done on the chart model.
   */
  get format(): { line: { lineStyle: string } } {
    const set = (style: string): void =>
      this.set("format.line.lineStyle", style, 7, (series) => (series.lineStyle = style));
    return {
      line: {
        get lineStyle(): string {
          return notRead("a series' line style");
        },
        set lineStyle(style: string) {
          set(style);
        },
      },
    };
  }

  delete(): void {
    chartCommand(
      this.excel,
      () => `delete ${this.describe()}`,
      7,
      () => {
        const series = this.chart().series;
        series.splice(series.indexOf(this.current()), 1);
      }
    );
  }
}

export class FakeChart extends FakeObject<ChartModel> {
  protected isGone(chart: ChartModel): boolean {
    return chart.sheet.deleted || !chart.sheet.charts.includes(chart);
  }

  get name(): string {
    return this.current().name;
  }

  delete(): void {
    this.command("delete", 1, (chart) => {
      chart.sheet.charts.splice(chart.sheet.charts.indexOf(chart), 1);
    });
  }

  protected describe(): string {
    return this.model ? `chart on sheet "${this.model.sheet.name}"` : this.description;
  }

  protected property(name: string): unknown {
    const chart = this.current();
    if (name === "width") return chart.width;
    if (name === "height") return chart.height;
    throw new Error(`The fake chart cannot load "${name}"`);
  }

  private command(label: string, minor: number, run: (chart: ChartModel) => void): void {
    chartCommand(
      this.excel,
      () => `${label} of ${this.describe()}`,
      minor,
      () => run(this.current())
    );
  }

  get title(): { text: string } {
    const set = (text: string): void =>
      this.command(`title "${text}"`, 1, (chart) => (chart.title = text));
    return {
      get text(): string {
        return notRead("its title");
      },
      set text(text: string) {
        set(text);
      },
    };
  }

  get legend(): { visible: boolean; position: string } {
    const command = this.command.bind(this);
    return {
      get visible(): boolean {
        return notRead("its legend");
      },
      set visible(visible: boolean) {
        command(`legend visible ${visible}`, 1, (chart) => (chart.legend.visible = visible));
      },
      get position(): string {
        return notRead("its legend");
      },
      set position(position: string) {
        command(`legend position ${position}`, 1, (chart) => (chart.legend.position = position));
      },
    };
  }

  private axis(description: string, minor: number, type: ChartAxisType, group: ChartAxisGroup) {
    return new FakeChartAxis(
      this.excel,
      `${this.description}.axes.${description}`,
      () => {
        this.excel.requireApi(minor, `axes.${description}`);
        return this.current().axis(type, group);
      },
      false,
      // Asking for the secondary axis is recorded: a test can see it was never asked for.
      group === "Secondary" ? `axes.${description} of chart` : null
    );
  }

  get axes(): {
    categoryAxis: FakeChartAxis;
    valueAxis: FakeChartAxis;
    getItem: (type: ChartAxisType, group?: ChartAxisGroup) => FakeChartAxis;
  } {
    return {
      categoryAxis: this.axis("categoryAxis", 1, "Category", "Primary"),
      valueAxis: this.axis("valueAxis", 1, "Value", "Primary"),
      getItem: (type, group = "Primary") => this.axis(`getItem(${type}, ${group})`, 7, type, group),
    };
  }

  get series(): { getItemAt: (index: number) => FakeChartSeries } {
    return {
      getItemAt: (index) =>
        new FakeChartSeries(
          this.excel,
          `${this.description}.series.getItemAt(${index})`,
          () => this.current(),
          index
        ),
    };
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    if (typeof startCell === "string" || typeof endCell === "string") {
      throw new Error("The fake takes ranges, not addresses, for setPosition");
    }
    chartCommand(
      this.excel,
      () => `setPosition ${address(startCell.geometry())} of ${this.describe()}`,
      1,
      () => {
        const chart = this.current();
        const start = startCell.geometry();
        const end = endCell?.geometry() ?? null;
        if (start.sheet !== chart.sheet || (end !== null && end.sheet !== chart.sheet)) {
          throw new FakeOfficeError("InvalidArgument", "setPosition: a cell of another sheet");
        }
        chart.topLeft = start;
        chart.bottomRight = end;
      }
    );
  }

  get width(): number {
    return this.read("width") as number;
  }

  set width(width: number) {
    this.command(`width ${width}`, 1, (chart) => (chart.width = width));
  }

  get height(): number {
    return this.read("height") as number;
  }

  set height(height: number) {
    this.command(`height ${height}`, 1, (chart) => (chart.height = height));
  }
}

// ---------------------------------------------------------------- the fake Excel

export interface TableInit {
  readonly name: string;
  readonly sheet: string;
  /** Zero-based, like LeadsLocation. */
  readonly headerRow?: number;
  readonly firstColumn?: number;
  readonly headers: readonly string[];
  readonly rows?: readonly (readonly unknown[])[];
  /** Calculated columns by header: the formula fills every data row (the rows' own values aside). */
  readonly calculated?: Readonly<Record<string, string>>;
}

export class FakeExcel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  /** The workbook's defined names. */
  readonly names: string[] = [];
  readonly settings = new Map<string, unknown>();
  /** The system culture Application.cultureInfo tells; en-US unless a test sets another. */
  culture: CultureModel = {
    name: "en-US",
    numberDecimalSeparator: ".",
    numberGroupSeparator: ",",
    currencySymbol: "$",
  };
  activeSheet: SheetModel | null = null;
  activeCell: { sheet: string; row: number; column: number } | null = null;
  /** Charts added so far, for their names ("Chart 1", "Chart 2"…). */
  chartsMade = 0;
  /** Calls that real Excel would turn into a merge conflict for co-authors (rows.add on a table). */
  readonly coAuthoringRisks: string[] = [];

  /** Above these, a sync fails with Excel on the web's payload errors. */
  requestLimit = Infinity;
  responseLimit = Infinity;
  /** Makes the operation with this label (or the first for which it returns an error) fail. */
  failOn: ((label: string) => Error | undefined) | null = null;
  /**
   * The highest ExcelApi 1.x this Excel has (so far, checked by the chart calls only); the
   * adapter under test gets isSetSupported to match.
   */
  excelApi = Infinity;

  readonly syncs: SyncRecord[] = [];
  readonly loads: LoadRecord[] = [];
  /** Labels of queued operations not yet synced when a batch ended. */
  readonly unsynced: string[] = [];

  private pending: Operation[] = [];
  readonly context: Excel.RequestContext;

  constructor() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const excel = this;
    // A collection's load("items/name, items/position"): its items, with those properties loaded.
    const collection = <T>(target: string, items: (properties: string[]) => T[]) =>
      function (this: { items: unknown }, properties?: string): unknown {
        excel.loads.push({ target, properties });
        const names = (properties ?? "")
          .split(",")
          .map((name) => name.trim().replace(/^items\//, ""))
          .filter((name) => name !== "");
        this.items = NOT_SYNCED;
        excel.queue({
          label: () => `load ${names.join(",")} of ${target}`,
          requestBytes: 0,
          run: () => undefined,
          read: () => {
            const list = items(names);
            return { bytes: bytes(list), commit: () => (this.items = list) };
          },
        });
        return this;
      };
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          items: [],
          load: collection("worksheets", (properties) =>
            this.sheets.map((sheet) =>
              new FakeWorksheet(this, `sheet "${sheet.name}"`, { bound: sheet }).preload(properties)
            )
          ),
          getItem: (name: string) =>
            new FakeWorksheet(this, `worksheets.getItem("${name}")`, () => this.sheetNamed(name)),
          getItemOrNullObject: (name: string) =>
            new FakeWorksheet(
              this,
              `worksheets.getItemOrNullObject("${name}")`,
              () => this.sheetNamed(name),
              true
            ),
          add: (name: string) =>
            new FakeWorksheet(
              this,
              `worksheets.add("${name}")`,
              () => this.addSheet(name),
              false,
              `add sheet "${name}"`
            ),
        },
        tables: {
          items: [],
          load: collection("tables", (properties) =>
            this.tables.map((table) =>
              new FakeTable(this, `table "${table.name}"`, { bound: table }).preload(properties)
            )
          ),
          getItem: (name: string) =>
            new FakeTable(this, `tables.getItem("${name}")`, () => this.tableNamed(name)),
        },
        names: {
          items: [],
          load: collection("names", () => this.names.map((name) => ({ name }))),
        },
        settings: {
          getItemOrNullObject: (key: string) =>
            new FakeSetting(
              this,
              `settings("${key}")`,
              () => (this.settings.has(key) ? key : null),
              true
            ),
          add: (key: string, value: unknown) =>
            this.queue({
              label: () => `setting ${key}`,
              requestBytes: bytes(value),
              run: () => {
                this.settings.set(key, value);
              },
            }),
        },
        getActiveCell: () =>
          new FakeRange(this, "getActiveCell()", () => {
            const active = this.activeCell;
            const sheet = active && this.sheetNamed(active.sheet);
            if (!active || !sheet) throw new FakeOfficeError("GeneralException", "No active cell");
            return { sheet, row: active.row, column: active.column, rowCount: 1, columnCount: 1 };
          }),
      },
      application: {
        suspendScreenUpdatingUntilNextSync: () =>
          this.queue({
            label: () => "suspend screen updating",
            requestBytes: 0,
            run: () => undefined,
          }),
      },
      sync: () => this.sync(),
    });
    // A navigation property, each read a fresh proxy as in Office.js; defined after the mock is
    // built, since office-addin-mock would walk into the proxy's links to the whole workbook.
    Object.defineProperty((mock as unknown as { application: object }).application, "cultureInfo", {
      get: () => new FakeCultureInfo(excel),
    });
    this.context = mock as unknown as Excel.RequestContext;
  }

  /** Excel.run against this fake; like Excel.run, it sends what the batch left unsynced. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const result = await batch(this.context);
    if (this.pending.length > 0) {
      this.unsynced.push(...this.pending.map((op) => op.label() ?? "(bind)"));
      await this.sync();
    }
    return result;
  };

  // ---- building the workbook

  addSheetWith(name: string, rows: readonly (readonly unknown[])[] = []): SheetModel {
    const sheet = new SheetModel(name);
    sheet.put(0, 0, rows);
    this.sheets.push(sheet);
    return sheet;
  }

  addTable(init: TableInit): TableModel {
    const sheet = this.sheetNamed(init.sheet) ?? this.addSheetWith(init.sheet);
    const headerRow = init.headerRow ?? 0;
    const firstColumn = init.firstColumn ?? 0;
    const rows = init.rows ?? [];
    sheet.put(headerRow, firstColumn, [init.headers, ...rows]);
    const table = new TableModel(
      init.name,
      sheet,
      headerRow,
      firstColumn,
      init.headers.length,
      rows.length
    );
    for (const [header, formula] of Object.entries(init.calculated ?? {})) {
      const column = init.headers.indexOf(header);
      if (column < 0) throw new Error(`No column "${header}" for a calculated column`);
      table.calculated.set(column, formula);
      rows.forEach((_, r) => sheet.setValue(headerRow + 1 + r, firstColumn + column, { formula }));
    }
    this.tables.push(table);
    return table;
  }

  /**
   * The owner inserts a sheet column before `column` (zero-based), as Excel's Insert does: cells
   * from there move right; a table the column cuts through gains a column (headed "Column1"), one
   * to the right of it moves. Done directly, as the owner's edit between two calls.
   */
  insertColumn(sheetName: string, column: number): void {
    const sheet = this.sheetNamed(sheetName);
    if (sheet === null) throw new Error(`No sheet "${sheetName}"`);
    for (const grid of [sheet.cells, sheet.formats] as unknown[][][]) {
      grid.forEach((row) => {
        if (row !== undefined && row.length > column) row.splice(column, 0, undefined);
      });
    }
    for (const table of this.tables) {
      if (table.sheet !== sheet) continue;
      if (column <= table.firstColumn) {
        table.firstColumn += 1;
      } else if (column < table.firstColumn + table.columnCount) {
        table.columnCount += 1;
        sheet.setValue(table.headerRow, column, "Column1");
        const shifted = [...table.calculated].map(
          ([offset, formula]) =>
            [offset >= column - table.firstColumn ? offset + 1 : offset, formula] as const
        );
        table.calculated.clear();
        shifted.forEach(([offset, formula]) => table.calculated.set(offset, formula));
      }
    }
  }

  // ---- the model

  sheetNamed(name: string): SheetModel | null {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  tableNamed(name: string): TableModel | null {
    return this.tables.find((table) => table.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  addSheet(name: string): SheetModel {
    if (this.sheetNamed(name))
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" exists.`);
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /**
   * Excel's table auto-expansion: values written into the row just below a table (its blank row
   * when it has no data yet), within its columns, make the table grow over the rows written.
   * The new rows take the formats of the row above where they have none of their own, and the
   * calculated columns' formulas; the values written then land on them (null keeping a formula,
   * "" clearing it). office-js-docs-pr docs/excel/co-authoring-in-excel-add-ins.md ("Avoid table
   * row conflicts") relies on it: write below the table and let it grow.
   */
  growTablesInto(g: Geometry, values: readonly (readonly unknown[])[]): void {
    for (const table of this.tables) {
      if (table.sheet !== g.sheet) continue;
      const next = table.headerRow + 1 + table.rowCount;
      const last = g.row + g.rowCount - 1;
      const left = Math.max(g.column, table.firstColumn);
      const right = Math.min(g.column + g.columnCount, table.firstColumn + table.columnCount) - 1;
      if (g.row > next || last < next || left > right) continue;
      const fillsBelow = values.some(
        (row, r) =>
          g.row + r >= next &&
          row.some(
            (value, c) =>
              g.column + c >= left && g.column + c <= right && value !== null && value !== ""
          )
      );
      if (!fillsBelow) continue;
      const above = table.rowCount > 0 ? next - 1 : next;
      for (let row = next; row <= last; row++) {
        for (let c = 0; c < table.columnCount; c++) {
          const column = table.firstColumn + c;
          if (g.sheet.formats[row]?.[column] === undefined) {
            g.sheet.setFormat(row, column, g.sheet.format(above, column));
          }
          const formula = table.calculated.get(c);
          if (formula !== undefined) g.sheet.setValue(row, column, { formula });
        }
      }
      table.rowCount = last - table.headerRow;
    }
  }

  /**
   * A formula typed into a table column that holds nothing else makes it a calculated column:
   * Excel fills the formula into every data row and into the rows the table grows by later
   * (support.microsoft.com, "Use calculated columns in an Excel table": one formula typed in a
   * cell expands to the rest of the column by itself; typed into a column that already holds
   * data, no calculated column is created). So a column holding values is left as written.
   */
  fillCalculatedColumns(g: Geometry): void {
    for (const table of this.tables) {
      if (table.sheet !== g.sheet || table.rowCount < 1) continue;
      const body = table.body();
      for (let c = 0; c < table.columnCount; c++) {
        const column = table.firstColumn + c;
        if (table.calculated.has(c) || column < g.column || column >= g.column + g.columnCount)
          continue;
        const cells = Array.from({ length: body.rowCount }, (_, r) =>
          g.sheet.value(body.row + r, column)
        );
        const typed = cells.find(
          (cell, r): cell is Formula =>
            body.row + r >= g.row &&
            body.row + r < g.row + g.rowCount &&
            typeof cell === "object" &&
            cell !== null &&
            "formula" in cell
        );
        const onlyIt = cells.every(
          (cell) => cell === "" || (cell as Formula).formula === typed?.formula
        );
        if (typed === undefined || !onlyIt) continue;
        table.calculated.set(c, typed.formula);
        for (let r = 0; r < body.rowCount; r++) {
          g.sheet.setValue(body.row + r, column, { formula: typed.formula });
        }
      }
    }
  }

  /**
   * Renaming a sheet moves every formula that refers to it to the new name; deleting it turns
   * those references into #REF! (office-js-docs-pr docs/excel/performance.md; Excel's own
   * behaviour). Formulas here are { formula } cells; a reference is 'Name'! or Name!.
   */
  rewriteReferences(oldName: string, replacement: string): void {
    const escaped = oldName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const quoted = escaped.replace(/'/g, "''");
    const pattern = new RegExp(`'${quoted}'!|(?<![\\w.'])${escaped}!`, "gi");
    for (const sheet of this.sheets) {
      sheet.cells.forEach((row) =>
        row?.forEach((value, c) => {
          if (typeof value === "object" && value !== null && "formula" in value) {
            const formula = (value as Formula).formula.replace(pattern, replacement);
            row[c] = { formula };
          }
        })
      );
    }
  }

  /** Deletes a range's cells, moving those below up (see FakeRange.delete). */
  deleteShiftUp(g: Geometry): void {
    const crossed = this.tables.filter((table) => {
      const body = table.body();
      return (
        table.sheet === g.sheet &&
        g.row < body.row + body.rowCount &&
        g.row + g.rowCount > body.row &&
        g.column < body.column + body.columnCount &&
        g.column + g.columnCount > body.column
      );
    });
    for (const table of crossed) {
      const body = table.body();
      if (g.column !== body.column || g.columnCount !== body.columnCount || g.row < body.row) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "This operation is not allowed. The operation is attempting to shift cells in a table."
        );
      }
    }
    const sheet = g.sheet;
    const last = Math.max(sheet.cells.length, sheet.formats.length);
    for (let r = g.row; r < last; r++) {
      for (let c = g.column; c < g.column + g.columnCount; c++) {
        const from = r + g.rowCount;
        sheet.setValue(r, c, sheet.cells[from]?.[c] ?? "");
        const format = sheet.formats[from]?.[c];
        if (format === undefined) {
          if (sheet.formats[r]) delete sheet.formats[r][c];
        } else sheet.setFormat(r, c, format);
      }
    }
    for (const table of crossed) {
      const body = table.body();
      const inside = Math.min(g.row + g.rowCount, body.row + body.rowCount) - g.row;
      table.rowCount = Math.max(0, table.rowCount - inside);
    }
  }

  deleteSheet(sheet: SheetModel): void {
    this.rewriteReferences(sheet.name, "#REF!");
    sheet.deleted = true;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) {
      if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    }
    if (this.activeSheet === sheet) this.activeSheet = null;
  }

  // ---- requests

  /** Office.context.requirements.isSetSupported of this Excel. */
  readonly isSetSupported = (set: string, version: string): boolean =>
    set !== "ExcelApi" || Number(version.split(".")[1] ?? 0) <= this.excelApi;

  /** Fails as an Excel without ExcelApi 1.minor fails a call it does not know. */
  requireApi(minor: number, what: string): void {
    if (minor > this.excelApi) {
      throw new FakeOfficeError(
        "ApiNotFound",
        `${what} needs ExcelApi 1.${minor}; this Excel has 1.${this.excelApi}.`
      );
    }
  }

  queue(operation: Operation): void {
    this.pending.push(operation);
  }

  private async sync(): Promise<void> {
    const operations = this.pending;
    this.pending = [];
    const record: SyncRecord = {
      operations: [],
      requestBytes: operations.reduce((sum, op) => sum + op.requestBytes, 0),
      responseBytes: 0,
    };
    this.syncs.push(record);
    const fail = (error: Error): never => {
      record.error = error.message;
      throw error;
    };
    if (record.requestBytes > this.requestLimit) {
      fail(
        new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          "The request payload size has exceeded the limit."
        )
      );
    }
    const reads: { bytes: number; commit: () => void }[] = [];
    for (const operation of operations) {
      try {
        const label = operation.label();
        if (label !== null) {
          const failure = this.failOn?.(label);
          if (failure) fail(failure);
        }
        operation.run();
        if (label !== null) record.operations.push(label);
        if (operation.read) reads.push(operation.read());
      } catch (error) {
        fail(error as Error);
      }
    }
    record.responseBytes = reads.reduce((sum, read) => sum + read.bytes, 0);
    if (record.responseBytes > this.responseLimit) {
      fail(
        new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit."
        )
      );
    }
    reads.forEach((read) => read.commit());
  }

  // ---- what tests look at

  /** The labels of every synced operation, in order, across syncs. */
  operations(): string[] {
    return this.syncs.flatMap((sync) => sync.operations);
  }
}
