/**
 * New tables on new sheets (the Leads table, the spend table): loaded when the owner first makes
 * one, not with the pane, as it is no part of the first view.
 */
import { NEW_LEADS_TABLE_HEADERS } from "../../engine";
import { LeadsLocation, WriteValue } from "../workbook";
import { DATE_FORMAT, rangeFormats, rangeValues, setsAnyFormat } from "./cellWrites";
import { checkNewTable } from "../rules/checks";
import { freeSheetNameInParentheses, freeTableName, tableNameFrom } from "../rules/names";
import { discardAddedSheet, SetSupport, suspendScreenUpdating } from "./requests";

const NEW_LEADS_NAME = "Leads";

/** Queues more for a new table before its one writing round trip (a column's format, say). */
export type TableExtras = (table: Excel.Table, headers: readonly string[]) => void;

/**
 * A new sheet with a table of these headers and rows, under free names, in two round trips: the
 * names taken, then everything else. The rows are written as literal text (cellWrites.ts): the
 * sheet is new, so there are no old formats to keep. Should the second round trip fail, the new
 * sheet is deleted again.
 */
export async function createTable(
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
  const sheetName = freeSheetNameInParentheses(
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
export const formatDateColumn: TableExtras = (table, headers) => {
  for (const header of ["Date", "Closed"]) {
    const column = headers.indexOf(header);
    if (column >= 0) {
      table.columns.getItemAt(column).getDataBodyRange().numberFormat = [[DATE_FORMAT]];
    }
  }
};

/** Makes a new sheet with an empty Leads table (Date, Source, Outcome, Value, Notes, Closed). */
export function createLeadsTable(
  context: Excel.RequestContext,
  supports: SetSupport
): Promise<LeadsLocation> {
  return createTable(
    context,
    supports,
    NEW_LEADS_NAME,
    NEW_LEADS_TABLE_HEADERS,
    [],
    formatDateColumn
  );
}
