/**
 * Addressing the leads' cells as they are now: their rows (a table's, or a plain range's down to
 * its sheet's last used row), their header row, and each column found again by its header.
 * Shared by the adapter's reads and its writes (leadWrites.ts).
 */
import { LeadsLocation } from "../workbook";
import { columnsNow, missingColumnMessage } from "../rules/columns";
import { describeLocation, LEAD_TALLY_ERROR, WorkbookError } from "./errors";
import { headerText, plainRangeRowCount } from "../rules/headerRows";

/**
 * The cells of some lead rows and columns (zero-based data rows, columns as header indexes). A
 * table is addressed through its header row, so a table that has moved since it was found is
 * still read in the right place.
 */
export function leadCells(
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

/** What tells how many rows the leads have now: a table's row count, or a sheet's used range. */
export type RowCountQuery =
  { readonly table: OfficeExtension.ClientResult<number> } | { readonly used: Excel.Range };

/**
 * Queues a count of the leads' rows as they are now: the owner may have typed or deleted rows
 * since the leads were found. A plain range goes down to the last row with a value on its sheet,
 * as when it was found.
 */
export function queueRowCount(
  context: Excel.RequestContext,
  location: LeadsLocation
): RowCountQuery {
  if (location.tableName !== null) {
    return { table: context.workbook.tables.getItem(location.tableName).rows.getCount() };
  }
  const sheet = context.workbook.worksheets.getItem(location.sheetName);
  return { used: sheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount") };
}

/** The count, once the batch that queued it has synced. */
export function rowCountNow(query: RowCountQuery, location: LeadsLocation): number {
  if ("table" in query) return query.table.value;
  if (query.used.isNullObject) return 0;
  return plainRangeRowCount(query.used.rowIndex + query.used.rowCount - 1, location.headerRow);
}

/** Columns a plain range's header row is read with beyond its own, for columns inserted since. */
export const HEADER_SLACK = 32;

/**
 * Queues a load of the leads' header row as it is now: a table's, or a plain range's from its
 * first column with room for columns inserted since. Loaded in a round trip the operation makes
 * anyway, so that checking it costs nothing more.
 */
export function queueHeaderRow(
  context: Excel.RequestContext,
  location: LeadsLocation
): Excel.Range {
  if (location.tableName !== null) {
    return context.workbook.tables.getItem(location.tableName).getHeaderRowRange().load("values");
  }
  return context.workbook.worksheets
    .getItem(location.sheetName)
    .getRangeByIndexes(
      location.headerRow,
      location.firstColumn,
      1,
      location.headers.length + HEADER_SLACK
    )
    .load("values");
}

/**
 * Where each of the location's headers is now (offsets from its first column), found again by
 * name (rules/columns.ts); a header that is gone is said plainly rather than written under
 * another.
 */
export function columnsFromHeaderRow(
  header: Excel.Range,
  location: LeadsLocation
): readonly number[] {
  const now = columnsNow(location.headers, (header.values[0] ?? []).map(headerText));
  if (!now.ok) {
    throw new WorkbookError(
      LEAD_TALLY_ERROR,
      missingColumnMessage(now.missing, describeLocation(location))
    );
  }
  return now.columns;
}
