/**
 * Writing several cells of one lead row at once (Mark won writes the outcome and the closed date
 * together), and adding a date column at the leads' right end (the Closed column the pane offers).
 * Loaded with the other writes, on the first write.
 */
import { DATE_FORMAT, LeadsLocation, WriteValue } from "../workbook";
import { unmoved } from "../rules/columns";
import { headerText } from "../rules/headerRows";
import {
  RowIdentity,
  checkFreeColumn,
  checkNewColumnHeader,
  checkRowCells,
  checkRowIdentity,
  rowAt,
} from "../rules/rowWrites";
import { rangeFormats, rangeValues, setsAnyFormat, TEXT_FORMAT } from "./cellWrites";
import { LEAD_TALLY_ERROR, WorkbookError } from "./errors";
import {
  columnsFromHeaderRow,
  leadCells,
  queueHeaderRow,
  queueRowCount,
  rowCountNow,
} from "./leadCells";
import { loadOldFormats, valuesArrived, writeLiteral } from "./literalWrites";
import { SetSupport } from "./requests";

/**
 * Round trip 1 reads the header row with the row's formulas and formats (to put back should the
 * write stop halfway); should the columns have moved since the leads were found, round trip 2
 * reads them where they are now. Then formats and values go in one round trip, each value under
 * its header now; null cells are left as they are. On failure, unless the values arrived after
 * all (only Excel's answer was lost: the write counts as done), every written cell gets its old formula (or value) and format back: Excel applies a batch
 * in order and does not roll back.
 */
export async function setRowCells(
  context: Excel.RequestContext,
  location: LeadsLocation,
  row: number,
  values: readonly WriteValue[],
  identity?: RowIdentity
): Promise<void> {
  checkRowCells(location, row, values);
  const header = queueHeaderRow(context, location);
  const width = location.headers.length;
  const loaded = "values, formulas, numberFormat";
  let cells = leadCells(context, location, row, 1, 0, width).load(loaded);
  await context.sync();
  const at = columnsFromHeaderRow(header, location);
  let laid = rowAt(values, at, width);
  if (!unmoved(at)) {
    laid = rowAt(values, at, Math.max(...at) + 1);
    cells = leadCells(context, location, row, 1, 0, laid.length).load(loaded);
    await context.sync();
  }
  checkRowIdentity(location, row, identity, (column) => cells.values[0]?.[at[column]] ?? "");
  const old = { formulas: cells.formulas, numberFormat: cells.numberFormat };
  const formats = rangeFormats([laid]);
  const written = rangeValues([laid]);
  if (setsAnyFormat(formats)) cells.numberFormat = formats;
  cells.values = written;
  try {
    await context.sync();
  } catch (error) {
    if (await valuesArrived(context, cells, written)) return;
    await putBackRow(context, cells, laid, old);
    throw error;
  }
}

/** The written cells' old formats, then their old formulas (a value where there was none). */
async function putBackRow(
  context: Excel.RequestContext,
  cells: Excel.Range,
  laid: readonly WriteValue[],
  old: { readonly formulas: unknown[][]; readonly numberFormat: unknown[][] }
): Promise<void> {
  const only = (grid: unknown[][]) => [
    laid.map((value, c) => (value === null ? null : grid[0][c])),
  ];
  try {
    cells.numberFormat = only(old.numberFormat);
    cells.formulas = only(old.formulas);
    await context.sync();
  } catch {
    // Nothing more can be done here; the error that led here is the one the owner must see.
  }
}

/** The table's columns.add with a name needs ExcelApi 1.4 (see addTableDateColumn). */
const NEEDS_API_1_4 =
  "This version of Excel cannot add a named column to a table from an add-in (it needs ExcelApi 1.4): " +
  "add the column yourself, then choose it in the columns.";

/**
 * A table's new last column: TableColumnCollection.add(index, values, name), with no index so it
 * goes at the end and with its name set at creation, both ExcelApi 1.4 (office-js-docs-reference
 * docs/docs-ref-autogen/excel/excel/excel.tablecolumncollection.yml: "1.4 allows index to be
 * optional (null or -1) and will append a column at the end; 1.4 allows name parameter at
 * creation time"). Round trip 1 reads the header row and the cells right of the table (they must
 * be empty: whatever Excel does with them, nothing of the owner's is moved); round trip 2 adds the
 * column and formats its data cells as dates.
 */
export async function addTableDateColumn(
  context: Excel.RequestContext,
  location: LeadsLocation & { tableName: string },
  header: string,
  supports: SetSupport
): Promise<LeadsLocation> {
  if (!supports("ExcelApi", "1.4")) throw new WorkbookError(LEAD_TALLY_ERROR, NEEDS_API_1_4);
  const table = context.workbook.tables.getItem(location.tableName);
  const headerRow = queueHeaderRow(context, location);
  const whole = table.getRange();
  const beside = whole.getColumnsAfter(1).load("values");
  await context.sync();
  const headersNow = (headerRow.values[0] ?? []).map(headerText);
  checkNewColumnHeader(location, header, headersNow);
  checkFreeColumn(location, header, beside.values.flat());
  const name = header.trim();
  const column = table.columns.add(undefined, undefined, name);
  column.getDataBodyRange().numberFormat = beside.values.slice(1).map(() => [DATE_FORMAT]);
  try {
    await context.sync();
  } catch (error) {
    await discardAddedColumn(context, location.tableName, name);
    throw error;
  }
  return { ...location, headers: [...location.headers, name] };
}

/**
 * Best effort: removes the column just added when its formatting failed, so a failure leaves no
 * half-made column (a batch stops at the failing step and keeps the steps before it). Its own
 * failure is swallowed: the error that led here is the one the owner must see.
 */
async function discardAddedColumn(
  context: Excel.RequestContext,
  tableName: string,
  name: string
): Promise<void> {
  try {
    const added = context.workbook.tables.getItem(tableName).columns.getItemOrNullObject(name);
    await context.sync();
    if (added.isNullObject) return;
    added.delete();
    await context.sync();
  } catch {
    // Nothing more can be done here; the caller rethrows the original error.
  }
}

/**
 * A header row's new column, in the cell right of its last header now: round trip 1 reads the
 * header row and counts the rows, round trip 2 reads that column beside the header and every lead
 * row (all must be empty) with its formats, and round trip 3 writes the header as literal text
 * and formats the cells below it as dates (the formats put back should the header not arrive).
 */
export async function addRangeDateColumn(
  context: Excel.RequestContext,
  location: LeadsLocation,
  header: string
): Promise<LeadsLocation> {
  const headerRow = queueHeaderRow(context, location);
  const count = queueRowCount(context, location);
  await context.sync();
  const headersNow = (headerRow.values[0] ?? []).map(headerText);
  checkNewColumnHeader(location, header, headersNow);
  const offset = Math.max(...columnsFromHeaderRow(headerRow, location)) + 1;
  const rows = rowCountNow(count, location);
  const formats = [[TEXT_FORMAT], ...Array.from({ length: rows }, () => [DATE_FORMAT])];
  const cells = context.workbook.worksheets
    .getItem(location.sheetName)
    .getRangeByIndexes(location.headerRow, location.firstColumn + offset, rows + 1, 1)
    .load("values");
  loadOldFormats(cells, formats);
  await context.sync();
  checkFreeColumn(location, header, cells.values.flat());
  const values = [[header.trim()], ...Array.from({ length: rows }, () => [null])];
  await writeLiteral(context, cells, formats, values);
  return { ...location, headers: [...location.headers, header.trim()] };
}
