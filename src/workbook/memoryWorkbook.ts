/**
 * An in-memory workbook for the preview (the pane opened in an ordinary browser, not in Excel) and
 * for tests. It implements LeadWorkbook by the same rules as the Excel adapter:
 * - generated sheets carry a mark (a custom property) and only a marked sheet is ever replaced;
 *   a sheet of the owner's with the same name is left alone and the new one gets "Name (2)";
 * - text is stored literally, never evaluated as a formula or read as a number or a date;
 * - a date is stored as its Excel serial number with a date format, as Excel stores it;
 * - the leads' location is looked up again on every call, so rows typed since are respected;
 * - a new table (createTable) goes on a new sheet, under names nothing else has.
 * It also lists its sheets as grids of displayed text, each with the chart a generated sheet
 * carries, and tells listeners when anything changes, so the preview can show what Excel would
 * show.
 */
import {
  BalanceChart,
  Cell,
  GeneratedSheet,
  NEW_LEADS_TABLE_HEADERS,
  MoneyCulture,
  WriteValue,
  looksLikeLeadsHeader,
  toLabel,
} from "../engine";
import {
  DATE_FORMAT,
  GENERATED_SHEET_MARK,
  LeadWorkbook,
  RemoveRowResult,
  LeadsLocation,
  ReadProgress,
  RowIdentity,
  TextWrite,
} from "./workbook";
import {
  freeSheetNameInParentheses,
  freeTableName,
  MAX_SHEET_NAME_LENGTH,
  tableNameFrom,
} from "./rules/names";
import { columnsNow, missingColumnMessage } from "./rules/columns";
import { changedColumn, changedRowMessage, missingRowMessage } from "./rules/writtenRows";
import { listSource } from "./rules/validation";
import {
  areaCells,
  formatGeneratedCells,
  putDateColumn,
  putFormulasAndErrors,
  reachesRow,
  readCell,
  shiftCellsUp,
  storedCell,
} from "./memoryCells";
import { checkNewColumnHeader, checkRowCells, checkRowIdentity } from "./rules/rowWrites";
import { tableLeadRows } from "./rules/tableRows";
import { findHeaderRow, headerWindow, plainRangeRowCount, usedArea } from "./rules/headerRows";
import { describeLocation, LEAD_TALLY_ERROR, leadsGoneError, WorkbookError } from "./rules/errors";
import {
  checkCellWrite,
  checkColumn,
  checkGeneratedText,
  checkNewTable,
  checkRowWidths,
  checkTextLengths,
  checkTextWrites,
} from "./rules/checks";
import { sheetGrid, SheetGrid, StoredCell } from "./memoryDisplay";

export { displayText } from "./memoryDisplay";
export type { SheetChart, SheetGrid, StoredValue } from "./memoryDisplay";

/** An error shaped like Office.js's (a code and a message), so the pane explains both alike. */
export { WorkbookError };

export { DATE_FORMAT, GENERATED_SHEET_MARK };

/** Columns a plain range's header row is looked at beyond its own, for columns inserted since. */
const HEADER_SLACK = 32;

interface MemorySheet {
  name: string;
  /** rows[r][c]; missing entries are empty cells. */
  rows: (StoredCell | undefined)[][];
  readonly properties: Map<string, string>;
  /** The chart a generated sheet carries (Excel would draw it over the sheet's cells). */
  chart?: BalanceChart;
}

interface MemoryTable {
  readonly name: string;
  readonly sheet: MemorySheet;
  readonly headerRow: number;
  readonly firstColumn: number;
  columnCount: number;
  /** Data rows the table spans, blank ones at its end included. */
  dataRows: number;
  /** Calculated columns: a formula per column offset, filled into every row, new ones too. */
  readonly calculated: ReadonlyMap<number, string>;
}

/** A sheet to start with: rows of values from A1, optionally an Excel table over them. */
export interface MemorySheetInit {
  readonly name: string;
  readonly rows: readonly (readonly WriteValue[])[];
  /** An Excel table whose header is the first row and whose data are the rows below it. */
  readonly tableName?: string;
  /** The table's calculated columns by header: the formula fills every data row, as in Excel. */
  readonly calculatedColumns?: Readonly<Record<string, string>>;
  readonly customProperties?: Readonly<Record<string, string>>;
  /** Cells holding formulas of the owner's (zero-based), such as ='Lead Tally'!C5. */
  readonly formulas?: readonly { row: number; column: number; formula: string }[];
  /** Cells holding Excel error values (zero-based), such as #N/A from a lookup of the owner's. */
  readonly errors?: readonly { row: number; column: number; code: string }[];
}

export interface MemoryWorkbookInit {
  readonly sheets?: readonly MemorySheetInit[];
  /** Settings as stored (any value: the pane validates what it reads). */
  readonly settings?: unknown;
  /** Rows per block when reading columns; reads report progress after every block. */
  readonly readBlockRows?: number;
  /** The culture Excel would tell (readCulture); the preview's is en-US with "$". */
  readonly culture?: MoneyCulture;
}

function sameName(a: string, b: string): boolean {
  // Excel sheet and table names are unique regardless of case.
  return a.toLowerCase() === b.toLowerCase();
}

export class MemoryWorkbook implements LeadWorkbook {
  readonly isPreview = true;

  private readonly sheets: MemorySheet[] = [];
  private readonly tables: MemoryTable[] = [];
  private settings: unknown;
  private selection: { sheetName: string; row: number; column: number } | null = null;
  private readonly readBlockRows: number;
  private readonly culture: MoneyCulture;
  private readonly listeners = new Set<() => void>();
  private grids: SheetGrid[] | null = null;
  private readonly validations = new Map<string, { source: string; style: "Warning" }>();

  constructor(init: MemoryWorkbookInit = {}) {
    this.settings = init.settings ?? null;
    this.readBlockRows = Math.max(1, init.readBlockRows ?? 5000);
    this.culture = init.culture ?? { name: "en-US", currencySymbol: "$" };
    for (const sheetInit of init.sheets ?? []) this.addSheet(sheetInit);
  }

  // ---- Preview and test helpers (not part of LeadWorkbook) ----

  /** Adds a sheet of the owner's (or a pre-marked one, with customProperties). */
  addSheet(init: MemorySheetInit): void {
    const sheet = this.newSheet(init.name);
    for (const [key, value] of Object.entries(init.customProperties ?? {})) {
      sheet.properties.set(key, value);
    }
    init.rows.forEach((row, r) => row.forEach((value, c) => this.writeCell(sheet, r, c, value)));
    putFormulasAndErrors(sheet.rows, init);
    if (init.tableName !== undefined) {
      this.checkNewTableName(init.tableName);
      const headers = (init.rows[0] ?? []).map((cell) => toLabel(cell));
      const calculated = new Map<number, string>();
      for (const [header, formula] of Object.entries(init.calculatedColumns ?? {})) {
        calculated.set(headers.indexOf(header), formula);
      }
      const table: MemoryTable = {
        name: init.tableName,
        sheet,
        headerRow: 0,
        firstColumn: 0,
        columnCount: Math.max(1, init.rows[0]?.length ?? 0),
        dataRows: Math.max(0, init.rows.length - 1),
        calculated,
      };
      this.tables.push(table);
      this.fillCalculated(table, 0, table.dataRows);
    }
    this.changed();
  }

  /** Selects a cell (zero-based sheet row and column), as the owner would by clicking it. */
  select(sheetName: string, row: number, column: number): void {
    this.selection = { sheetName, row, column };
  }

  /** The sheets as the preview shows them; the same array until the workbook changes. */
  listSheets(): SheetGrid[] {
    this.grids ??= this.sheets.map((sheet) =>
      sheetGrid(sheet.name, sheet.rows, sheet.properties.has(GENERATED_SHEET_MARK), sheet.chart)
    );
    return this.grids;
  }

  /** Calls the listener after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The number format of one cell (zero-based), or null when it has none. */
  numberFormatAt(sheetName: string, row: number, column: number): string | null {
    return this.sheetNamed(sheetName)?.rows[row]?.[column]?.numberFormat ?? null;
  }

  // ---- LeadWorkbook ----

  async findLeads(): Promise<LeadsLocation[]> {
    return this.findTables(looksLikeLeadsHeader);
  }

  async findTables(accepts: (headers: readonly string[]) => boolean): Promise<LeadsLocation[]> {
    const found: LeadsLocation[] = [];
    for (const sheet of this.sheets) {
      for (const table of this.tables.filter((t) => t.sheet === sheet)) {
        const location = this.tableLocation(table);
        if (accepts(location.headers)) found.push(location);
      }
    }
    for (const sheet of this.sheets) {
      if (sheet.properties.has(GENERATED_SHEET_MARK)) continue;
      const location = this.headerRowLocation(sheet, accepts);
      if (location !== null) found.push(location);
    }
    return found;
  }

  async readColumns(
    location: LeadsLocation,
    columns: readonly number[],
    onProgress?: (progress: ReadProgress) => void
  ): Promise<Cell[][]> {
    for (const column of columns) checkColumn(location, column);
    const current = this.resolve(location);
    const at = this.columnsAt(location, current);
    const sheet = this.sheetOf(current);
    const totalRows = current.rowCount;
    const result: Cell[][] = columns.map(() => []);
    let rowsRead = 0;
    do {
      const end = Math.min(totalRows, rowsRead + this.readBlockRows);
      for (let row = rowsRead; row < end; row++) {
        const sheetRow = sheet.rows[current.headerRow + 1 + row];
        columns.forEach((column, i) => {
          // Excel hands empty cells over as "".
          result[i].push(readCell(sheetRow?.[current.firstColumn + at[column]]));
        });
      }
      rowsRead = end;
      onProgress?.({ rowsRead, totalRows });
      // Yield between blocks, as the Excel adapter must, so the pane stays responsive.
      if (rowsRead < totalRows) await new Promise((resolve) => setTimeout(resolve, 0));
    } while (rowsRead < totalRows);
    return result;
  }

  async appendRows(
    location: LeadsLocation,
    rows: readonly (readonly WriteValue[])[]
  ): Promise<LeadsLocation> {
    const current = this.resolve(location);
    const at = this.columnsAt(location, current);
    checkRowWidths(location, rows);
    checkTextLengths(location, rows, 0, 0);
    const sheet = this.sheetOf(current);
    const firstRow = current.headerRow + 1 + current.rowCount;
    const table = this.tableOf(current);
    if (table !== null) {
      // Rows past the table's end join it, and its calculated columns fill them, as in Excel.
      const grown = Math.max(table.dataRows, current.rowCount + rows.length);
      this.fillCalculated(table, table.dataRows, grown);
      table.dataRows = grown;
    }
    // null leaves a cell as it is (a calculated column's formula stays), as Range.values does.
    rows.forEach((row, r) =>
      row.forEach((value, c) =>
        this.writeCell(sheet, firstRow + r, current.firstColumn + at[c], value)
      )
    );
    this.changed();
    return { ...location, rowCount: this.resolve(location).rowCount };
  }

  async setCell(
    location: LeadsLocation,
    row: number,
    column: number,
    value: WriteValue
  ): Promise<void> {
    checkCellWrite(location, row, column, value);
    const current = this.resolve(location);
    const at = this.columnsAt(location, current);
    const sheet = this.sheetOf(current);
    // Here null is the owner's choice of an empty cell: it clears the cell, as "" does in Excel.
    this.writeCell(
      sheet,
      current.headerRow + 1 + row,
      current.firstColumn + at[column],
      value ?? ""
    );
    this.changed();
  }

  async setRowCells(
    location: LeadsLocation,
    row: number,
    values: readonly WriteValue[],
    identity?: RowIdentity
  ): Promise<void> {
    // Everything is checked before anything is written, by the adapter's rules: nothing half done.
    checkRowCells(location, row, values);
    const current = this.resolve(location);
    const at = this.columnsAt(location, current);
    const sheet = this.sheetOf(current);
    const sheetRow = current.headerRow + 1 + row;
    const cells = sheet.rows[sheetRow] ?? [];
    checkRowIdentity(location, row, identity, (c) => readCell(cells[current.firstColumn + at[c]]));
    // null leaves a cell as it is, as in Range.values.
    values.forEach((value, c) =>
      this.writeCell(sheet, sheetRow, current.firstColumn + at[c], value)
    );
    this.changed();
  }

  async addDateColumn(location: LeadsLocation, header: string): Promise<LeadsLocation> {
    const current = this.resolve(location);
    const at = this.columnsAt(location, current);
    const sheet = this.sheetOf(current);
    const table = this.tableOf(current);
    const { headerRow, firstColumn } = current;
    const width = table?.columnCount ?? location.headers.length + HEADER_SLACK;
    checkNewColumnHeader(location, header, this.headersAt(sheet, headerRow, firstColumn, width));
    // A table's new column goes at its end, beside its blank row too; a header row's right of its
    // last header now.
    const column = firstColumn + (table?.columnCount ?? Math.max(...at) + 1);
    const rowCount = table !== null ? Math.max(1, table.dataRows) : current.rowCount;
    putDateColumn(sheet.rows, location, header, { headerRow, column, rowCount });
    if (table !== null) table.columnCount += 1;
    this.changed();
    return { ...location, headers: [...location.headers, header.trim()] };
  }

  async rewriteTexts(
    location: LeadsLocation,
    column: number,
    writes: readonly TextWrite[]
  ): Promise<void> {
    // Everything is checked before anything is written, by the adapter's rules: nothing half done.
    checkTextWrites(location, column, writes);
    const current = this.resolve(location);
    const at = this.columnsAt(location, current)[column];
    const sheet = this.sheetOf(current);
    for (const { row, text } of writes) {
      this.writeCell(sheet, current.headerRow + 1 + row, current.firstColumn + at, text);
    }
    if (writes.length > 0) this.changed();
  }

  async removeWrittenRow(
    location: LeadsLocation,
    row: number,
    written: readonly WriteValue[]
  ): Promise<RemoveRowResult> {
    const current = this.resolve(location);
    const at = this.columnsAt(location, current);
    const where = describeLocation(location);
    if (!reachesRow(row, current.rowCount, written.length, at.length)) {
      return { removed: false, reason: missingRowMessage(where) };
    }
    const sheet = this.sheetOf(current);
    const sheetRow = current.headerRow + 1 + row;
    const now = at.map(
      (column) => sheet.rows[sheetRow]?.[current.firstColumn + column]?.value ?? ""
    );
    const changed = changedColumn(written, now);
    if (changed !== null) {
      return { removed: false, reason: changedRowMessage(location.headers[changed], where) };
    }
    // As Range.delete with the cells below shifted up: a table's row across the table, a plain
    // range's across the leads' columns only.
    const table = this.tableOf(current);
    const width = table !== null ? table.columnCount : Math.max(...at) + 1;
    shiftCellsUp(sheet.rows, sheetRow, current.firstColumn, width);
    if (table !== null) table.dataRows = Math.max(0, table.dataRows - 1);
    this.changed();
    return { removed: true, location: { ...location, rowCount: this.resolve(location).rowCount } };
  }

  async setListValidation(
    location: LeadsLocation,
    column: number,
    items: readonly string[]
  ): Promise<void> {
    checkColumn(location, column);
    const list = listSource(location.headers[column], items);
    if (!list.ok) throw new WorkbookError(LEAD_TALLY_ERROR, list.message);
    const current = this.resolve(location);
    const at = this.columnsAt(location, current);
    // Kept by sheet column, as Excel keeps a whole column's rule.
    this.validations.set(`${current.sheetName.toLowerCase()}!${current.firstColumn + at[column]}`, {
      source: list.source,
      style: "Warning",
    });
    this.changed();
  }

  /** The list rule on a sheet column (zero-based), as the preview keeps it; null without one. */
  listValidationAt(
    sheetName: string,
    column: number
  ): { readonly source: string; readonly style: "Warning" } | null {
    return this.validations.get(`${sheetName.toLowerCase()}!${column}`) ?? null;
  }

  async selectedRow(location: LeadsLocation): Promise<number | null> {
    const current = this.resolve(location);
    const selected = this.selection;
    if (selected === null || !sameName(selected.sheetName, current.sheetName)) return null;
    const row = selected.row - current.headerRow - 1;
    const column = selected.column - current.firstColumn;
    const inside =
      row >= 0 && row < current.rowCount && column >= 0 && column < current.headers.length;
    return inside ? row : null;
  }

  async createLeadsTable(): Promise<LeadsLocation> {
    return this.createTable("Leads", NEW_LEADS_TABLE_HEADERS, []);
  }

  async createTable(
    preferredName: string,
    headers: readonly string[],
    rows: readonly (readonly WriteValue[])[]
  ): Promise<LeadsLocation> {
    checkNewTable(headers, rows);
    // The same names as the Excel adapter gives (rules/names.ts).
    const tableName = freeTableName(
      tableNameFrom(preferredName),
      this.tables.map((t) => t.name)
    );
    const sheet = this.newSheet(this.uniqueSheetName(preferredName));
    [headers, ...rows].forEach((row, r) =>
      row.forEach((value, c) => this.writeCell(sheet, r, c, value))
    );
    const table: MemoryTable = {
      name: tableName,
      sheet,
      headerRow: 0,
      firstColumn: 0,
      columnCount: headers.length,
      dataRows: rows.length,
      calculated: new Map(),
    };
    this.tables.push(table);
    this.changed();
    return this.tableLocation(table);
  }

  async writeGeneratedSheet(generated: GeneratedSheet): Promise<string> {
    checkGeneratedText(generated);
    // With two marked sheets of a kind (a copied sheet keeps the mark), the one with the
    // preferred name is the one to refresh, as the Office.js adapter does.
    const marked = this.sheets.filter(
      (candidate) => candidate.properties.get(GENERATED_SHEET_MARK) === generated.kind
    );
    let sheet =
      marked.find((candidate) => sameName(candidate.name, generated.preferredName)) ?? marked[0];
    if (sheet === undefined) {
      sheet = this.newSheet(this.uniqueSheetName(generated.preferredName));
      sheet.properties.set(GENERATED_SHEET_MARK, generated.kind);
    }
    // Only a marked sheet gets here: its contents are Lead Tally's own to replace. It is refreshed
    // in place, never renamed or deleted, as in the Excel adapter: formulas elsewhere that refer
    // to it keep working.
    sheet.rows = [];
    sheet.chart = generated.chart;
    const target = sheet;
    generated.rows.forEach((row, r) =>
      row.forEach((value, c) => this.writeCell(target, r, c, value))
    );
    formatGeneratedCells(target.rows, generated);
    this.changed();
    return target.name;
  }

  readCulture = async (): Promise<MoneyCulture> => this.culture;

  async loadSettings(): Promise<unknown> {
    return this.settings;
  }

  async saveSettings(settings: unknown): Promise<void> {
    // Stored as JSON, as Excel stores settings: what is read back is a copy, not the same object.
    this.settings = JSON.parse(JSON.stringify(settings ?? null));
  }

  // ---- Internals ----

  private changed(): void {
    this.grids = null;
    for (const listener of [...this.listeners]) listener();
  }

  private sheetNamed(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sameName(sheet.name, name));
  }

  private newSheet(name: string): MemorySheet {
    if (name.length === 0 || name.length > MAX_SHEET_NAME_LENGTH || this.sheetNamed(name)) {
      throw new WorkbookError("InvalidArgument", `A sheet cannot be named "${name}".`);
    }
    const sheet: MemorySheet = { name, rows: [], properties: new Map() };
    this.sheets.push(sheet);
    return sheet;
  }

  private uniqueSheetName(preferred: string): string {
    return freeSheetNameInParentheses(
      preferred,
      this.sheets.map((sheet) => sheet.name)
    );
  }

  private checkNewTableName(name: string): void {
    if (this.tables.some((table) => sameName(table.name, name))) {
      throw new WorkbookError("InvalidArgument", `There is already a table named "${name}".`);
    }
  }

  /**
   * Writes one value as Range.values would: null leaves the cell as it is, "" clears it (formula
   * included; docs/excel/excel-add-ins-blank-null-values.md).
   */
  private writeCell(sheet: MemorySheet, row: number, column: number, value: WriteValue): void {
    if (value === null) return;
    const cells = (sheet.rows[row] ??= []);
    cells[column] = value === "" ? undefined : storedCell(value);
  }

  /** Puts the table's calculated-column formulas into its data rows from `from` up to `to`. */
  private fillCalculated(table: MemoryTable, from: number, to: number): void {
    for (const [column, formula] of table.calculated) {
      for (let r = from; r < to; r++) {
        const cells = (table.sheet.rows[table.headerRow + 1 + r] ??= []);
        cells[table.firstColumn + column] = { value: "", formula };
      }
    }
  }

  private headersAt(sheet: MemorySheet, row: number, first: number, count: number): string[] {
    return Array.from({ length: count }, (_, c) => toLabel(sheet.rows[row]?.[first + c]?.value));
  }

  private tableLocation(table: MemoryTable): LeadsLocation {
    return {
      sheetName: table.sheet.name,
      tableName: table.name,
      headerRow: table.headerRow,
      firstColumn: table.firstColumn,
      headers: this.headersAt(table.sheet, table.headerRow, table.firstColumn, table.columnCount),
      rowCount: tableLeadRows(
        table.dataRows,
        this.valuesOf(table.sheet)[table.headerRow + table.dataRows]?.slice(
          table.firstColumn,
          table.firstColumn + table.columnCount
        ) ?? []
      ),
    };
  }

  /** The values of a sheet's cells, as the rules over loaded values take them. */
  private valuesOf(sheet: MemorySheet): (Cell[] | undefined)[] {
    return sheet.rows.map((row) => row?.map((cell) => cell?.value));
  }

  /**
   * The first header row on a sheet, outside its tables, that `accepts` takes, looked for as the
   * Excel adapter does (rules/headerRows.ts): in the first rows of the sheet's used range.
   */
  private headerRowLocation(
    sheet: MemorySheet,
    accepts: (headers: readonly string[]) => boolean
  ): LeadsLocation | null {
    const values = this.valuesOf(sheet);
    const used = usedArea(values);
    if (used === null) return null;
    const window = headerWindow(used);
    const grid = areaCells(values, window);
    const areas = this.tables
      .filter((table) => table.sheet === sheet)
      .map((table) => ({
        firstRow: table.headerRow,
        lastRow: table.headerRow + table.dataRows,
        firstColumn: table.firstColumn,
        lastColumn: table.firstColumn + table.columnCount - 1,
      }));
    const header = findHeaderRow(grid, window.firstRow, window.firstColumn, areas, accepts);
    if (header === null) return null;
    return this.rangeLocation(sheet, header.row, header.firstColumn, header.headers);
  }

  private rangeLocation(
    sheet: MemorySheet,
    headerRow: number,
    firstColumn: number,
    headers: string[]
  ): LeadsLocation {
    const lastUsedRow = usedArea(this.valuesOf(sheet))?.lastRow ?? -1;
    return {
      sheetName: sheet.name,
      tableName: null,
      headerRow,
      firstColumn,
      headers,
      rowCount: plainRangeRowCount(lastUsedRow, headerRow),
    };
  }

  /**
   * Where each of the location's headers is now (offsets from its first column), found again by
   * name as the Excel adapter does (rules/columns.ts): a header row of a plain range is looked at
   * with room for columns inserted since. A header that is gone is said plainly.
   */
  private columnsAt(location: LeadsLocation, current: LeadsLocation): readonly number[] {
    const headers =
      location.tableName !== null
        ? current.headers
        : this.headersAt(
            this.sheetOf(current),
            current.headerRow,
            current.firstColumn,
            location.headers.length + HEADER_SLACK
          );
    const now = columnsNow(location.headers, headers);
    if (now.ok) return now.columns;
    throw new WorkbookError(
      LEAD_TALLY_ERROR,
      missingColumnMessage(now.missing, describeLocation(location))
    );
  }

  /** The location as the workbook is now, or ItemNotFound when its table or sheet is gone. */
  private resolve(location: LeadsLocation): LeadsLocation {
    if (location.tableName !== null) {
      const table = this.tables.find((t) => sameName(t.name, location.tableName ?? ""));
      if (table === undefined) throw leadsGoneError(location);
      return this.tableLocation(table);
    }
    const sheet = this.sheetNamed(location.sheetName);
    if (sheet === undefined) throw leadsGoneError(location);
    const headers = this.headersAt(
      sheet,
      location.headerRow,
      location.firstColumn,
      location.headers.length
    );
    return this.rangeLocation(sheet, location.headerRow, location.firstColumn, headers);
  }

  private sheetOf(location: LeadsLocation): MemorySheet {
    const sheet = this.sheetNamed(location.sheetName);
    if (sheet === undefined) throw leadsGoneError(location);
    return sheet;
  }

  private tableOf(location: LeadsLocation): MemoryTable | null {
    if (location.tableName === null) return null;
    return this.tables.find((t) => sameName(t.name, location.tableName ?? "")) ?? null;
  }
}
