/**
 * The Office.js adapter: LeadWorkbook against Excel. This is the one module of the add-in that
 * calls Excel.run; everything else reaches the workbook through the LeadWorkbook interface.
 *
 * Each method is one Excel.run with as few round trips as it can: properties are loaded by name,
 * never all at once, and large reads go in row blocks that keep every response well inside Excel
 * on the web's 5 MB (see excel/blocks.ts). Text is always written as literal text (see
 * excel/cellWrites.ts), and generated sheets are written beside the old ones, chart included, and
 * swapped in only when complete (see excel/generatedSheets.ts and excel/charts.ts).
 */
import { Cell, NEW_LEADS_TABLE_HEADERS } from "../engine";
import { GeneratedSheet, LeadsLocation, LeadWorkbook, ReadProgress, WriteValue } from "./workbook";
import {
  columnRuns,
  firstBlockRows,
  isPayloadLimitError,
  nextBlockRows,
  responseBytes,
} from "./excel/blocks";
import {
  DATE_FORMAT,
  firstTooLongText,
  rangeFormat,
  rangeFormats,
  rangeValue,
  rangeValues,
  setsAnyFormat,
  tooLongReason,
  withTextBlank,
} from "./excel/cellWrites";
import { describeLocation, explainLeadsError, WorkbookError } from "./excel/errors";
import { findLeads, findTables } from "./excel/findLeads";
import { writeGeneratedSheet } from "./excel/generatedSheets";
import { loadOldFormats, writeLiteral } from "./excel/literalWrites";
import { rewriteTexts } from "./excel/textRewrites";
import { freeSheetName, freeTableName, tableNameFrom } from "./excel/names";
import {
  discardAddedSheet,
  SetSupport,
  suspendScreenUpdating,
  yieldToEventLoop,
} from "./excel/requests";

export { WorkbookError } from "./excel/errors";
export { GENERATED_MARK_KEY } from "./excel/generatedSheets";

/** Excel.run's one-argument form: runs a batch function against a request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run itself, for the self-check (src/selfcheck), which goes to Excel through an ExcelRun. */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);

export interface ExcelWorkbookOptions {
  /** Excel.run unless given; tests pass a function that hands the batch a mocked context. */
  readonly run?: ExcelRun;
  /** Office.context.requirements.isSetSupported unless given. */
  readonly isSetSupported?: SetSupport;
}

/** The workbook setting that holds Lead Tally's settings, as JSON text. */
export const SETTINGS_KEY = "LeadTally.settings";

const NEW_LEADS_NAME = "Leads";

/** Runs work on the leads, saying so when an error means their table or sheet has gone. */
async function onLeads<T>(location: LeadsLocation, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explainLeadsError(error, location);
  }
}

/**
 * The cells of some lead rows and columns (zero-based data rows, columns as header indexes). A
 * table is addressed through its header row, so a table that has moved since it was found is
 * still read in the right place.
 */
function leadCells(
  context: Excel.RequestContext,
  location: LeadsLocation,
  firstRow: number,
  rowCount: number,
  firstColumn: number,
  columnCount: number
): Excel.Range {
  if (location.tableName !== null) {
    return context.workbook.tables
      .getItem(location.tableName)
      .getHeaderRowRange()
      .getCell(1 + firstRow, firstColumn)
      .getResizedRange(rowCount - 1, columnCount - 1);
  }
  return context.workbook.worksheets
    .getItem(location.sheetName)
    .getRangeByIndexes(
      location.headerRow + 1 + firstRow,
      location.firstColumn + firstColumn,
      rowCount,
      columnCount
    );
}

function checkColumn(location: LeadsLocation, column: number): void {
  if (!Number.isInteger(column) || column < 0 || column >= location.headers.length) {
    throw new WorkbookError(
      `Column ${column} is not one of the ${location.headers.length} columns of the ${describeLocation(location)}.`
    );
  }
}

function checkRow(location: LeadsLocation, row: number): void {
  if (!Number.isInteger(row) || row < 0 || row >= location.rowCount) {
    throw new WorkbookError(
      `Row ${row + 1} is not one of the ${location.rowCount} rows of the ${describeLocation(location)}.`
    );
  }
}

/** What tells how many rows the leads have now: a table's row count, or a sheet's used range. */
type RowCountQuery =
  { readonly table: OfficeExtension.ClientResult<number> } | { readonly used: Excel.Range };

/**
 * Queues a count of the leads' rows as they are now: the owner may have typed or deleted rows
 * since the leads were found. A plain range goes down to the last row with a value on its sheet,
 * as when it was found.
 */
function queueRowCount(context: Excel.RequestContext, location: LeadsLocation): RowCountQuery {
  if (location.tableName !== null) {
    return { table: context.workbook.tables.getItem(location.tableName).rows.getCount() };
  }
  const sheet = context.workbook.worksheets.getItem(location.sheetName);
  return { used: sheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount") };
}

/** The count, once the batch that queued it has synced. */
function rowCountNow(query: RowCountQuery, location: LeadsLocation): number {
  if ("table" in query) return query.table.value;
  if (query.used.isNullObject) return 0;
  return Math.max(0, query.used.rowIndex + query.used.rowCount - 1 - location.headerRow);
}

async function readColumns(
  context: Excel.RequestContext,
  location: LeadsLocation,
  columns: readonly number[],
  onProgress?: (progress: ReadProgress) => void
): Promise<Cell[][]> {
  columns.forEach((column) => checkColumn(location, column));
  const runs = columnRuns(columns);
  const width = runs.reduce((sum, run) => sum + run.count, 0);
  const read = new Map<number, Cell[]>();
  for (const run of runs) {
    for (let column = run.first; column < run.first + run.count; column++) read.set(column, []);
  }

  // The first round trip also counts the rows as they are now; until then, the location's count
  // sizes the first block (at least one row, so that the count is always made).
  let total: number | null = null;
  let start = 0;
  let blockRows = firstBlockRows(width);
  while (total === null || start < total) {
    const expected: number = total ?? location.rowCount;
    const rows = Math.min(blockRows, Math.max(1, expected - start));
    const blocks = runs.map((run) =>
      leadCells(context, location, start, rows, run.first, run.count).load("values")
    );
    const counting: RowCountQuery | null = total === null ? queueRowCount(context, location) : null;
    try {
      // One block per round trip is the point here: it keeps each response inside the limits.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
      if (rows === 1) {
        throw new WorkbookError(
          `Excel could not hand over row ${start + 1} of the ${describeLocation(location)}: ` +
            `even that one row is more than Excel allows in one response.`,
          error
        );
      }
      blockRows = Math.floor(rows / 2);
      continue;
    }

    const now: number = counting !== null ? rowCountNow(counting, location) : expected;
    total = now;
    const kept = Math.max(0, Math.min(rows, now - start));
    let bytes = 0;
    blocks.forEach((block, index) => {
      const values = block.values;
      bytes += responseBytes(values);
      const run = runs[index];
      for (let offset = 0; offset < run.count; offset++) {
        const target = read.get(run.first + offset) as Cell[];
        for (let row = 0; row < kept; row++) target.push(values[row][offset]);
      }
    });
    start += kept;
    onProgress?.({ rowsRead: start, totalRows: now });
    blockRows = nextBlockRows(rows, bytes, width);
    if (start < now) await yieldToEventLoop();
  }
  return columns.map((column) => read.get(column) as Cell[]);
}

/** Refuses text longer than a cell holds, saying which row and column of the leads it is for. */
function checkTextLengths(
  location: LeadsLocation,
  rows: readonly (readonly WriteValue[])[],
  firstRow: number,
  firstColumn: number
): void {
  const tooLong = firstTooLongText(rows);
  if (tooLong === null) return;
  const header = location.headers[firstColumn + tooLong.column] ?? "";
  throw new WorkbookError(
    `The text for row ${firstRow + tooLong.row + 1}, column "${header}" ${tooLongReason(tooLong.length)}`
  );
}

function checkRows(location: LeadsLocation, rows: readonly (readonly WriteValue[])[]): void {
  const width = location.headers.length;
  const wrong = rows.findIndex((row) => row.length !== width);
  if (wrong >= 0) {
    throw new WorkbookError(
      `Row ${wrong + 1} to add has ${rows[wrong].length} values; the ${describeLocation(location)} has ${width} columns.`
    );
  }
  checkTextLengths(location, rows, 0, 0);
}

async function appendTableRows(
  context: Excel.RequestContext,
  location: LeadsLocation & { tableName: string },
  rows: readonly (readonly WriteValue[])[],
  supports: SetSupport
): Promise<LeadsLocation> {
  const table = context.workbook.tables.getItem(location.tableName);
  suspendScreenUpdating(context, supports);
  // Rows must exist before their cells can be formatted, and TableRowCollection.add parses text
  // like Range.values does. So, in one batch: add the rows with every text cell blank (nothing to
  // parse), format the text cells "@" (null leaves the table's column formats on the others),
  // then write the values, text included, into the cells that are now text.
  const added = table.rows
    .add(undefined, withTextBlank(rows))
    .getRange()
    .getResizedRange(rows.length - 1, 0);
  const formats = rangeFormats(rows);
  if (setsAnyFormat(formats)) added.numberFormat = formats;
  added.values = rangeValues(rows);
  const rowCount = table.rows.getCount();
  await context.sync();
  // getCount() gives a ClientResult, which has no load(): its value comes with the sync.
  // eslint-disable-next-line office-addins/load-object-before-read
  return { ...location, rowCount: rowCount.value };
}

async function appendRangeRows(
  context: Excel.RequestContext,
  location: LeadsLocation,
  rows: readonly (readonly WriteValue[])[],
  supports: SetSupport
): Promise<LeadsLocation> {
  // Below the last row with a value now, not when the leads were found: rows the owner has typed
  // since are never written over. The formats of the rows where they are expected come in the
  // same round trip, to be put back should the write stop halfway (see literalWrites.ts).
  const sheet = context.workbook.worksheets.getItem(location.sheetName);
  const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount");
  const formats = rangeFormats(rows);
  const targetAt = (row: number): Excel.Range =>
    sheet.getRangeByIndexes(row, location.firstColumn, rows.length, location.headers.length);
  const expectedRow = location.headerRow + 1 + location.rowCount;
  let target = loadOldFormats(targetAt(expectedRow), formats);
  await context.sync();
  const lastUsedRow = used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1;
  const firstRow = Math.max(expectedRow, lastUsedRow + 1);
  if (firstRow !== expectedRow) {
    // Rows were typed below the leads since they were found: the formats where the rows go now.
    target = loadOldFormats(targetAt(firstRow), formats);
    await context.sync();
  }

  suspendScreenUpdating(context, supports);
  await writeLiteral(context, target, formats, rangeValues(rows));
  return { ...location, rowCount: firstRow + rows.length - location.headerRow - 1 };
}

async function setCell(
  context: Excel.RequestContext,
  location: LeadsLocation,
  row: number,
  column: number,
  value: WriteValue
): Promise<void> {
  checkColumn(location, column);
  checkRow(location, row);
  checkTextLengths(location, [[value]], row, column);
  const formats = [[rangeFormat(value)]];
  const cell = loadOldFormats(leadCells(context, location, row, 1, column, 1), formats);
  // Text needs the cell's format first, to put back should the write stop halfway.
  if (setsAnyFormat(formats)) await context.sync();
  await writeLiteral(context, cell, formats, [[rangeValue(value)]]);
}

/** Where the leads' rows are now. */
interface LeadsPlace {
  readonly sheetName: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly rowCount: number;
}

/** The data row of a cell inside the leads, or null. */
function rowAt(
  place: LeadsPlace,
  width: number,
  sheetName: string,
  rowIndex: number,
  columnIndex: number
): number | null {
  const row = rowIndex - place.headerRow - 1;
  const inside =
    sheetName === place.sheetName &&
    row >= 0 &&
    row < place.rowCount &&
    columnIndex >= place.firstColumn &&
    columnIndex < place.firstColumn + width;
  return inside ? row : null;
}

async function selectedRow(
  context: Excel.RequestContext,
  location: LeadsLocation
): Promise<number | null> {
  // The active cell rather than the selection: it is one cell, even in a selection of many areas.
  const active = context.workbook.getActiveCell().load("rowIndex, columnIndex");
  const activeSheet = active.worksheet.load("name");
  const width = location.headers.length;
  const rowCount = queueRowCount(context, location);
  if (location.tableName === null) {
    await context.sync();
    const place = { ...location, rowCount: rowCountNow(rowCount, location) };
    return rowAt(place, width, activeSheet.name, active.rowIndex, active.columnIndex);
  }

  // A table may also have moved since it was found: where it is now.
  const table = context.workbook.tables.getItem(location.tableName);
  const sheet = table.worksheet.load("name");
  const header = table.getHeaderRowRange().load("rowIndex, columnIndex");
  await context.sync();
  const place: LeadsPlace = {
    sheetName: sheet.name,
    headerRow: header.rowIndex,
    firstColumn: header.columnIndex,
    rowCount: rowCountNow(rowCount, location),
  };
  return rowAt(place, width, activeSheet.name, active.rowIndex, active.columnIndex);
}

/** Queues more for a new table before its one writing round trip (a column's format, say). */
type TableExtras = (table: Excel.Table, headers: readonly string[]) => void;

/** Refuses a new table's rows before anything is sent: each one value per header, no text too long. */
function checkNewTable(headers: readonly string[], rows: readonly (readonly WriteValue[])[]): void {
  if (headers.length === 0) throw new WorkbookError("A new table needs at least one column.");
  const wrong = rows.findIndex((row) => row.length !== headers.length);
  if (wrong >= 0) {
    throw new WorkbookError(
      `Row ${wrong + 1} of the new table has ${rows[wrong].length} values; it has ${headers.length} columns.`
    );
  }
  const tooLong = firstTooLongText(rows);
  if (tooLong !== null) {
    throw new WorkbookError(
      `The text for row ${tooLong.row + 1}, column "${headers[tooLong.column]}" of the new table ${tooLongReason(tooLong.length)}`
    );
  }
}

/**
 * A new sheet with a table of these headers and rows, under free names, in two round trips: the
 * names taken, then everything else. The rows are written as literal text (cellWrites.ts): the
 * sheet is new, so there are no old formats to keep. Should the second round trip fail, the new
 * sheet is deleted again.
 */
async function createTable(
  context: Excel.RequestContext,
  supports: SetSupport,
  preferredName: string,
  headerNames: readonly string[],
  rows: readonly (readonly WriteValue[])[],
  extras?: TableExtras
): Promise<LeadsLocation> {
  checkNewTable(headerNames, rows);
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  const sheetName = freeSheetName(
    preferredName,
    worksheets.items.map((sheet) => sheet.name)
  );
  // Table names share one namespace with the workbook's defined names.
  const tableName = freeTableName(tableNameFrom(preferredName), [
    ...tables.items.map((table) => table.name),
    ...names.items.map((name) => name.name),
  ]);

  const headers = [...headerNames];
  suspendScreenUpdating(context, supports);
  const sheet = worksheets.add(sheetName);
  const headerRange = sheet.getRangeByIndexes(0, 0, 1, headers.length);
  headerRange.values = [headers];
  if (rows.length > 0) {
    // Formats before values, in the same batch, so text is kept as it is.
    const body = sheet.getRangeByIndexes(1, 0, rows.length, headers.length);
    const formats = rangeFormats(rows);
    if (setsAnyFormat(formats)) body.numberFormat = formats;
    body.values = rangeValues(rows);
  }
  const table = sheet.tables.add(headerRange.getResizedRange(rows.length, 0), true);
  table.name = tableName;
  extras?.(table, headers);
  sheet.activate();
  try {
    await context.sync();
  } catch (error) {
    await discardAddedSheet(context, sheetName);
    throw error;
  }
  return { sheetName, tableName, headerRow: 0, firstColumn: 0, headers, rowCount: rows.length };
}

/** Rows added to the new Leads table take the formats of its columns: its dates show as dates. */
const formatDateColumn: TableExtras = (table, headers) => {
  const dateColumn = headers.indexOf("Date");
  if (dateColumn >= 0) {
    table.columns.getItemAt(dateColumn).getDataBodyRange().numberFormat = [[DATE_FORMAT]];
  }
};

async function loadSettings(context: Excel.RequestContext): Promise<unknown> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  await context.sync();
  return setting.isNullObject ? null : (setting.value as unknown);
}

async function saveSettings(context: Excel.RequestContext, settings: unknown): Promise<void> {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings) ?? "null");
  await context.sync();
}

export function createExcelWorkbook(options: ExcelWorkbookOptions = {}): LeadWorkbook {
  // Excel and Office are read only when a method runs, so this module loads outside Office too.
  const run: ExcelRun = options.run ?? excelRun;
  const supports: SetSupport =
    options.isSetSupported ??
    ((set, version) => Office.context.requirements.isSetSupported(set, version));

  return {
    isPreview: false,
    findLeads: () => run((context) => findLeads(context)),
    readColumns: (location, columns, onProgress) =>
      run((context) =>
        onLeads(location, () => readColumns(context, location, columns, onProgress))
      ),
    appendRows: async (location, rows) => {
      checkRows(location, rows);
      if (rows.length === 0) return location;
      const { tableName } = location;
      return run((context) =>
        onLeads(location, () =>
          tableName !== null
            ? appendTableRows(context, { ...location, tableName }, rows, supports)
            : appendRangeRows(context, location, rows, supports)
        )
      );
    },
    setCell: (location, row, column, value) =>
      run((context) => onLeads(location, () => setCell(context, location, row, column, value))),
    rewriteTexts: (location, column, writes) =>
      run((context) =>
        onLeads(location, () => {
          checkColumn(location, column);
          for (const { row } of writes) checkRow(location, row);
          writes.forEach((write, index) =>
            checkTextLengths(location, [[write.text]], writes[index].row, column)
          );
          return rewriteTexts(
            context,
            writes.map((write) => ({
              cell: leadCells(context, location, write.row, 1, column, 1),
              text: write.text,
            }))
          );
        })
      ),
    selectedRow: (location) =>
      run((context) => onLeads(location, () => selectedRow(context, location))),
    findTables: (accepts) => run((context) => findTables(context, accepts)),
    createLeadsTable: () =>
      run((context) =>
        createTable(
          context,
          supports,
          NEW_LEADS_NAME,
          NEW_LEADS_TABLE_HEADERS,
          [],
          formatDateColumn
        )
      ),
    createTable: (preferredName, headers, rows) =>
      run((context) => createTable(context, supports, preferredName, headers, rows)),
    writeGeneratedSheet: (sheet: GeneratedSheet) =>
      run((context) => writeGeneratedSheet(context, sheet, supports)),
    loadSettings: () => run((context) => loadSettings(context)),
    saveSettings: (settings) => run((context) => saveSettings(context, settings)),
  };
}
