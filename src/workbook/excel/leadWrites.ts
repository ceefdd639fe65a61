/**
 * Writing the leads: new rows and one cell. Loaded on the first write rather than with the pane,
 * as no part of the first view needs it.
 */
import { LeadsLocation, RemoveRowResult, TextWrite, WriteValue } from "../workbook";
import { unmoved } from "../rules/columns";
import { changedColumn, changedRowMessage, missingRowMessage } from "../rules/writtenRows";
import { listSource } from "../rules/validation";
import { isBlankRow, tableLeadRows } from "../rules/tableRows";
import { rangeFormat, rangeFormats, rangeValue, rangeValues, setsAnyFormat } from "./cellWrites";
import { describeLocation, LEAD_TALLY_ERROR, WorkbookError } from "./errors";
import { checkCellWrite, checkColumn, checkTextWrites } from "../rules/checks";
import {
  columnsFromHeaderRow,
  leadCells,
  queueHeaderRow,
  queueRowCount,
  rowCountNow,
} from "./leadCells";
import { loadOldFormats, writeLiteral } from "./literalWrites";
import { rewriteTexts } from "./textRewrites";
import { SetSupport, suspendScreenUpdating } from "./requests";

/**
 * Appends rows to a table by writing them into the rows just below it, formats then values, and
 * letting Excel's auto-expansion grow the table over them. `table.rows.add` would be simpler, but
 * for co-authors it forces a merge-conflict refresh and may lose their recent edits
 * (office-js-docs-pr docs/excel/co-authoring-in-excel-add-ins.md, "Avoid table row conflicts");
 * plain cell writes merge like any edit. So the adapter never calls rows.add.
 *
 * Round trip 1 learns where the rows go: a table with no data yet still shows one blank row
 * under its header (Excel keeps at least one), and getDataBodyRange() is that row, so the first
 * new row goes into it; otherwise below the last row. It also reads what is there now (the
 * cells must be empty: nothing of the owner's is written over) and their formats, to put back
 * should the values not arrive (writeLiteral): so a failure leaves no new row behind.
 */
/**
 * Rows laid out at the columns' places now (`at`, offsets from the leads' first column), `width`
 * cells wide: a column the leads do not have (one the owner inserted) gets null, left as it is.
 */
function rowsAt(
  rows: readonly (readonly WriteValue[])[],
  at: readonly number[],
  width: number
): WriteValue[][] {
  return rows.map((row) => {
    const laid: WriteValue[] = Array.from({ length: width }, () => null);
    row.forEach((value, index) => (laid[at[index]] = value));
    return laid;
  });
}

export async function appendTableRows(
  context: Excel.RequestContext,
  location: LeadsLocation & { tableName: string },
  rows: readonly (readonly WriteValue[])[],
  supports: SetSupport
): Promise<LeadsLocation> {
  const table = context.workbook.tables.getItem(location.tableName);
  const body = table.getDataBodyRange();
  const count = table.rows.getCount();
  const header = queueHeaderRow(context, location);
  const lastRow = body.getLastRow().load("values");
  const below = body.getRowsBelow(rows.length).load("values, numberFormat");
  const inBlankRow = body
    .getLastRow()
    .getResizedRange(rows.length - 1, 0)
    .load("values, numberFormat");
  await context.sync();

  // A table of one blank row is an empty table (Excel counts its blank row as 0 or 1 rows).
  // getCount() gives a ClientResult, which has no load(): its value comes with the sync.
  // eslint-disable-next-line office-addins/load-object-before-read
  const rowsNow = count.value;
  // The table's columns now: each value goes under its header, even if a column has moved.
  const laid = rowsAt(rows, columnsFromHeaderRow(header, location), header.values[0]?.length ?? 0);
  const formats = rangeFormats(laid);
  const empty = tableLeadRows(rowsNow, lastRow.values[0] ?? []) === 0;
  const target = empty ? inBlankRow : below;
  if (!target.values.every(isBlankRow)) {
    throw new WorkbookError(
      LEAD_TALLY_ERROR,
      `The ${describeLocation(location)} has something in the row just below it. Lead Tally adds ` +
        "leads there and never writes over your cells: move what is below the table, then try again."
    );
  }
  suspendScreenUpdating(context, supports);
  await writeLiteral(context, target, formats, rangeValues(laid));
  return { ...location, rowCount: (empty ? 0 : rowsNow) + rows.length };
}

export async function appendRangeRows(
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
  const header = queueHeaderRow(context, location);
  let laid = rowsAt(
    rows,
    location.headers.map((_, index) => index),
    location.headers.length
  );
  let formats = rangeFormats(laid);
  const targetAt = (row: number, width: number): Excel.Range =>
    sheet.getRangeByIndexes(row, location.firstColumn, rows.length, width);
  const expectedRow = location.headerRow + 1 + location.rowCount;
  let target = loadOldFormats(targetAt(expectedRow, location.headers.length), formats);
  await context.sync();
  const lastUsedRow = used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1;
  const firstRow = Math.max(expectedRow, lastUsedRow + 1);
  const at = columnsFromHeaderRow(header, location);
  const moved = !unmoved(at);
  if (moved) {
    // A column was inserted or moved since the leads were found: each value under its header.
    laid = rowsAt(rows, at, Math.max(...at) + 1);
    formats = rangeFormats(laid);
  }
  if (firstRow !== expectedRow || moved) {
    // Rows were typed below the leads, or columns moved: the formats where the rows go now.
    target = loadOldFormats(targetAt(firstRow, laid[0].length), formats);
    await context.sync();
  }

  suspendScreenUpdating(context, supports);
  await writeLiteral(context, target, formats, rangeValues(laid));
  return { ...location, rowCount: firstRow + rows.length - location.headerRow - 1 };
}

export async function setCell(
  context: Excel.RequestContext,
  location: LeadsLocation,
  row: number,
  column: number,
  value: WriteValue
): Promise<void> {
  checkCellWrite(location, row, column, value);
  const formats = [[rangeFormat(value)]];
  // The header row in the round trip that reads the cell's format (kept to put back should the
  // write stop halfway): the cell is the one under its header now.
  const header = queueHeaderRow(context, location);
  let cell = loadOldFormats(leadCells(context, location, row, 1, column, 1), formats);
  await context.sync();
  const at = columnsFromHeaderRow(header, location)[column];
  if (at !== column) {
    cell = loadOldFormats(leadCells(context, location, row, 1, at, 1), formats);
    if (setsAnyFormat(formats)) await context.sync();
  }
  // Here null is the owner's choice of an empty cell, so it clears the cell ("" in Range.values).
  await writeLiteral(context, cell, formats, [[rangeValue(value) ?? ""]]);
}

/**
 * Rewrites chosen cells of one column as literal text (tidying a source's spellings), in the
 * column under its header now: the header row is read first, as every write does.
 */
export async function rewriteColumnTexts(
  context: Excel.RequestContext,
  location: LeadsLocation,
  column: number,
  texts: readonly TextWrite[]
): Promise<void> {
  checkTextWrites(location, column, texts);
  const header = queueHeaderRow(context, location);
  await context.sync();
  const at = columnsFromHeaderRow(header, location)[column];
  await rewriteTexts(
    context,
    texts.map(({ row, text }) => ({ cell: leadCells(context, location, row, 1, at, 1), text }))
  );
}

/**
 * Removes a row Lead Tally wrote (the undo of a recorded lead), only while each cell it wrote
 * still holds what it wrote: round trip 1 finds the columns by header and counts the rows now,
 * round trip 2 reads the row where its headers are, and only then is it deleted.
 *
 * The row's range is deleted with the cells below shifted up (Range.delete, ExcelApi 1.1), not
 * through TableRow.delete: Microsoft's co-authoring guidance (office-js-docs-pr
 * docs/excel/co-authoring-in-excel-add-ins.md) names the table-row collection as what makes
 * co-authors' Excel refresh on a merge conflict, and a TableRow points at a row index rather than
 * its data, so a co-author's sort between the check and the delete would remove another row. A
 * range edit merges like the owner's own Delete, and the table shrinks around it.
 */
export async function removeWrittenRow(
  context: Excel.RequestContext,
  location: LeadsLocation,
  row: number,
  written: readonly WriteValue[]
): Promise<RemoveRowResult> {
  const header = queueHeaderRow(context, location);
  const count = queueRowCount(context, location);
  await context.sync();
  const at = columnsFromHeaderRow(header, location);
  const rowsNow = rowCountNow(count, location);
  if (!Number.isInteger(row) || row < 0 || row >= rowsNow || written.length !== at.length) {
    return { removed: false, reason: missingRowMessage(describeLocation(location)) };
  }
  // A table's row is deleted across the whole table (Excel refuses to shift part of a table's
  // row); a plain range's across the leads' columns only, so cells beside them stay put.
  const width = location.tableName !== null ? (header.values[0]?.length ?? 0) : Math.max(...at) + 1;
  const cells = leadCells(context, location, row, 1, 0, width).load("values, valueTypes");
  await context.sync();
  // An error cell reads as its text: it is never what Lead Tally wrote, so it counts as changed.
  const now = at.map((column) =>
    cells.valueTypes[0]?.[column] === "Error" ? null : cells.values[0]?.[column]
  );
  const changed = changedColumn(written, now);
  if (changed !== null) {
    return {
      removed: false,
      reason: changedRowMessage(location.headers[changed], describeLocation(location)),
    };
  }
  cells.delete("Up");
  await context.sync();
  return { removed: true, location: { ...location, rowCount: rowsNow - 1 } };
}

/** Rows of a worksheet: a plain range's column runs to the sheet's last row. */
const SHEET_ROWS = 1_048_576;

/**
 * A drop-down list on the whole column (ExcelApi 1.8; office-js-docs-pr
 * docs/excel/excel-add-ins-data-validation.md). A table's column gets the rule over its data
 * body, which Excel extends to the rows the table gains; the co-authoring guidance
 * (docs/excel/co-authoring-in-excel-add-ins.md) asks for rules on whole table columns, never
 * on cells below the table. The alert is a warning, not a stop: the owner can still type a
 * new source. The column's old rule is cleared first (Excel refuses a rule over mixed rules).
 */
export async function setListValidation(
  context: Excel.RequestContext,
  location: LeadsLocation,
  column: number,
  items: readonly string[],
  supports: SetSupport
): Promise<void> {
  checkColumn(location, column);
  const list = listSource(location.headers[column], items);
  if (!list.ok) throw new WorkbookError(LEAD_TALLY_ERROR, list.message);
  if (!supports("ExcelApi", "1.8")) {
    throw new WorkbookError(
      LEAD_TALLY_ERROR,
      "This version of Excel cannot set a drop-down list from an add-in (it needs ExcelApi 1.8)."
    );
  }
  const header = queueHeaderRow(context, location);
  await context.sync();
  const at = columnsFromHeaderRow(header, location)[column];
  const range =
    location.tableName !== null
      ? context.workbook.tables.getItem(location.tableName).columns.getItemAt(at).getDataBodyRange()
      : context.workbook.worksheets
          .getItem(location.sheetName)
          .getRangeByIndexes(
            location.headerRow + 1,
            location.firstColumn + at,
            SHEET_ROWS - location.headerRow - 1,
            1
          );
  range.dataValidation.clear();
  range.dataValidation.rule = { list: { inCellDropDown: true, source: list.source } };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Warning",
    title: "Not on the list",
    message: `Not one of the usual ${location.headers[column]} values. Keep it anyway?`,
  };
  await context.sync();
}
