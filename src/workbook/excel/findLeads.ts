/**
 * Finding tables by their headers: every Excel table whose headers a predicate takes, then header
 * rows on the owner's sheets, in three round trips however many tables and sheets there are. The
 * leads are found so (findLeads), and so is the spend table.
 */
import { looksLikeLeadsHeader } from "../../engine";
import { GENERATED_SHEET_MARK as GENERATED_MARK_KEY, LeadsLocation } from "../workbook";
import {
  AcceptsHeaders,
  findHeaderRow,
  headerText,
  headerWindow,
  plainRangeRowCount,
  SheetArea,
} from "../rules/headerRows";
import { tableLeadRows } from "../rules/tableRows";

interface TableFound {
  readonly location: LeadsLocation;
  readonly area: SheetArea;
}

/** The part of a sheet's used range a header row is looked for in (rules/headerRows.ts). */
function windowRange(sheet: Excel.Worksheet, used: Excel.Range): Excel.Range {
  const window = headerWindow({
    firstRow: used.rowIndex,
    lastRow: used.rowIndex + used.rowCount - 1,
    firstColumn: used.columnIndex,
    lastColumn: used.columnIndex + used.columnCount - 1,
  });
  return sheet.getRangeByIndexes(
    window.firstRow,
    window.firstColumn,
    window.lastRow - window.firstRow + 1,
    window.lastColumn - window.firstColumn + 1
  );
}

/** Every place that looks like leads: findTables with the leads' own test. */
export function findLeads(context: Excel.RequestContext): Promise<LeadsLocation[]> {
  return findTables(context, looksLikeLeadsHeader);
}

/**
 * Every table whose headers `accepts` takes, then, on each sheet Lead Tally did not make, the
 * first header row outside tables in its first rows that `accepts` takes.
 */
export async function findTables(
  context: Excel.RequestContext,
  accepts: AcceptsHeaders
): Promise<LeadsLocation[]> {
  // Round trip 1: the names of the tables and sheets.
  const tables = context.workbook.tables.load("items/name, items/showHeaders");
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();

  // Round trip 2: each table's headers, place and size; each sheet's mark and used range.
  // A table with its header row turned off has no headers to recognise it by.
  const tableQueries = tables.items
    .filter((table) => table.showHeaders)
    .map((table) => ({
      name: table.name,
      sheet: table.worksheet.load("name"),
      header: table.getHeaderRowRange().load("values, rowIndex, columnIndex"),
      // The whole table (with a totals row if shown), so no header row inside it is taken twice.
      whole: table.getRange().load("rowIndex, rowCount, columnIndex, columnCount"),
      rowCount: table.rows.getCount(),
      // One row's values, so an empty table's one blank row counts as no lead, as in every
      // other place that counts a table's leads (rules/tableRows.ts).
      lastRow: table.getDataBodyRange().getLastRow().load("values"),
    }));
  const sheetQueries = worksheets.items.map((sheet) => ({
    sheet,
    mark: sheet.customProperties.getItemOrNullObject(GENERATED_MARK_KEY).load("value"),
    used: sheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount, columnIndex, columnCount"),
  }));
  await context.sync();

  const found: TableFound[] = tableQueries.map((query) => ({
    location: {
      sheetName: query.sheet.name,
      tableName: query.name,
      headerRow: query.header.rowIndex,
      firstColumn: query.header.columnIndex,
      headers: (query.header.values[0] ?? []).map(headerText),
      rowCount: tableLeadRows(query.rowCount.value, query.lastRow.values[0] ?? []),
    },
    area: {
      firstRow: query.whole.rowIndex,
      lastRow: query.whole.rowIndex + query.whole.rowCount - 1,
      firstColumn: query.whole.columnIndex,
      lastColumn: query.whole.columnIndex + query.whole.columnCount - 1,
    },
  }));

  // Round trip 3: the first rows of each sheet of the owner's (values only), for header rows.
  const scans = sheetQueries
    .filter((query) => query.mark.isNullObject && !query.used.isNullObject)
    .map((query) => ({
      name: query.sheet.name,
      used: query.used,
      window: windowRange(query.sheet, query.used).load("values"),
    }));
  if (scans.length > 0) await context.sync();

  const ranges: LeadsLocation[] = [];
  for (const scan of scans) {
    const areas = found
      .filter((table) => table.location.sheetName === scan.name)
      .map((table) => table.area);
    const header = findHeaderRow(
      scan.window.values,
      scan.used.rowIndex,
      scan.used.columnIndex,
      areas,
      accepts
    );
    if (header === null) continue;
    ranges.push({
      sheetName: scan.name,
      tableName: null,
      headerRow: header.row,
      firstColumn: header.firstColumn,
      headers: header.headers,
      rowCount: plainRangeRowCount(scan.used.rowIndex + scan.used.rowCount - 1, header.row),
    });
  }

  const tablesTaken = found
    .map((table) => table.location)
    .filter((location) => accepts(location.headers));
  return [...tablesTaken, ...ranges];
}
