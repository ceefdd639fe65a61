/**
 * The small workbook interface the task pane works through. The Office.js adapter
 * (excelWorkbook.ts) implements it against Excel; the preview's in-memory workbook
 * (memoryWorkbook.ts) implements it for an ordinary browser and for tests. Nothing else in the
 * pane touches a workbook.
 */
import { Cell, GeneratedSheet, MoneyCulture, WriteValue } from "../engine";
import type { RowIdentity } from "./rules/rowWrites";

export type { RowIdentity } from "./rules/rowWrites";

export type { ExcelDate, GeneratedSheet, WriteValue } from "../engine";

/**
 * The custom property that marks a sheet as made by Lead Tally; its value is the sheet's kind.
 * Both workbooks recognise generated sheets by it, never by name.
 */
export const GENERATED_SHEET_MARK = "LeadTally.generated";

/** The format a written date gets, so it shows as a date rather than as its serial number. */
export const DATE_FORMAT = "yyyy-mm-dd";

/** Where the owner's leads are: an Excel table, or a header row on a sheet with rows below it. */
export interface LeadsLocation {
  readonly sheetName: string;
  /** The table's name, or null for a plain range under a header row. */
  readonly tableName: string | null;
  /** Zero-based sheet row of the header row. */
  readonly headerRow: number;
  /** Zero-based sheet column of the first header. */
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** Data rows below the header, up to the last non-empty one. */
  readonly rowCount: number;
}

export interface ReadProgress {
  readonly rowsRead: number;
  readonly totalRows: number;
}

/** One cell of a column to rewrite: its zero-based data row and its new text. */
export interface TextWrite {
  readonly row: number;
  readonly text: string;
}

/** What undoing a written row did: removed it (the leads as they are now), or why not. */
export type RemoveRowResult =
  | { readonly removed: true; readonly location: LeadsLocation }
  | { readonly removed: false; readonly reason: string };

export interface LeadWorkbook {
  /** True for the in-memory preview, not connected to Excel. */
  readonly isPreview: boolean;

  /** Every place that looks like leads (tables first, then recognised header rows), best first. */
  findLeads(): Promise<LeadsLocation[]>;

  /** The values of the given columns (indexes into location.headers), one array per column. */
  readColumns(
    location: LeadsLocation,
    columns: readonly number[],
    onProgress?: (progress: ReadProgress) => void
  ): Promise<Cell[][]>;

  /** Appends rows (full width, one value per header) below the last lead; returns the updated location. */
  appendRows(
    location: LeadsLocation,
    rows: readonly (readonly WriteValue[])[]
  ): Promise<LeadsLocation>;

  /** Writes one cell of one lead row (zero-based data row and column). */
  setCell(location: LeadsLocation, row: number, column: number, value: WriteValue): Promise<void>;

  /**
   * Writes several cells of one lead row (zero-based data row) in one go: `values` holds one value
   * per header, null for a cell not written (left as it is). Text is written literally, a date as
   * a date. All of them, or, should Excel refuse part way, none (old values and formats put back).
   */
  setRowCells(
    location: LeadsLocation,
    row: number,
    values: readonly WriteValue[],
    identity?: RowIdentity
  ): Promise<void>;

  /**
   * Adds an empty column headed `header` at the right end of the leads (a table's new last column,
   * or the header written into the cell right of a header row), its cells formatted as dates.
   * Refused, with nothing changed, when the leads already have a column of that header or the
   * column right of them holds anything. Returns the leads with the new column as their last
   * header.
   */
  addDateColumn(location: LeadsLocation, header: string): Promise<LeadsLocation>;

  /**
   * Rewrites the given cells of one column as literal text (tidying a source's spellings), and
   * no other cell: all of them, or, should Excel refuse part way, none (the old values and formats
   * are put back).
   */
  rewriteTexts(
    location: LeadsLocation,
    column: number,
    writes: readonly TextWrite[]
  ): Promise<void>;

  /**
   * Removes data row `row` of the leads, which Lead Tally wrote with `written` (one value per
   * header, as given to appendRows), only while every cell it wrote still holds what it wrote
   * (rules/writtenRows.ts); otherwise nothing changes and the reason comes back. The rows below
   * move up, as when the owner deletes a row.
   */
  removeWrittenRow(
    location: LeadsLocation,
    row: number,
    written: readonly WriteValue[]
  ): Promise<RemoveRowResult>;

  /**
   * Sets a drop-down list of `items` on the whole `column` of the leads (a table's column, which
   * Excel extends as the table grows; a plain range's column below its header), with a warning,
   * not a stop, for other values: the owner can still type a new one. Any rule the column had
   * is replaced. Text with a comma, or a list over 255 characters, is refused with a message.
   */
  setListValidation(
    location: LeadsLocation,
    column: number,
    items: readonly string[]
  ): Promise<void>;

  /** The data row the owner has selected inside the leads, or null. */
  selectedRow(location: LeadsLocation): Promise<number | null>;

  /** Makes a new sheet with an empty Leads table (Date, Source, Outcome, Value, Notes, Closed). */
  createLeadsTable(): Promise<LeadsLocation>;

  /**
   * Every table whose headers `accepts` takes, then, on each sheet Lead Tally did not make, the
   * first header row outside tables that it takes: as findLeads does with the leads' own test.
   * The locations are of the same shape as the leads' (the spend table's, for instance).
   */
  findTables(accepts: (headers: readonly string[]) => boolean): Promise<LeadsLocation[]>;

  /**
   * Makes a new sheet with a table of these headers and rows (each one value per header) below
   * them. Sheet and table are named `preferredName`, or the first free name after it ("Spend (2)"
   * and "Spend2"), so nothing of the owner's is ever overwritten. Text is written literally.
   */
  createTable(
    preferredName: string,
    headers: readonly string[],
    rows: readonly (readonly WriteValue[])[]
  ): Promise<LeadsLocation>;

  /** Writes or refreshes a generated sheet; returns the name it has. */
  writeGeneratedSheet(sheet: GeneratedSheet): Promise<string>;

  /**
   * The culture money is shown in, as far as Excel tells it (Application.cultureInfo: its name
   * from ExcelApi 1.11, its currency symbol from 1.17); what it does not tell is null.
   */
  readCulture(): Promise<MoneyCulture>;

  /** The settings saved in the workbook, as stored (the engine validates them). */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: unknown): Promise<void>;
}
