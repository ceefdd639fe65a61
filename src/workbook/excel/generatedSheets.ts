/**
 * Writing a generated sheet (the Lead Tally sheet, Marketing vs Sales) so that a refresh never
 * leaves half a sheet behind and never touches a sheet of the owner's.
 *
 * A generated sheet carries a mark of its own, a worksheet custom property, so it is recognised
 * even after the owner renames it, and a sheet of the owner's that happens to have the same name
 * is never mistaken for it. The new content is built in full on a new sheet under a temporary
 * name; only once that has synced is the old marked sheet deleted and the new one given its name.
 * A sheet's chart is built on the new sheet in that same round trip (see charts.ts), so it is part
 * of the same all-or-nothing write.
 */
import { GeneratedSheet } from "../workbook";
import {
  firstTooLongText,
  RangeFormat,
  RangeValue,
  rangeFormat,
  rangeValue,
  setsAnyFormat,
  TEXT_FORMAT,
  tooLongReason,
} from "./cellWrites";
import { WorkbookError } from "./errors";
import { queueBalanceChart } from "./charts";
import { freeSheetNameInParentheses, freeTemporarySheetName } from "./names";
import { discardAddedSheet, SetSupport, suspendScreenUpdating } from "./requests";

/** The worksheet custom property that marks a sheet as the add-in's; its value is the kind. */
export const GENERATED_MARK_KEY = "LeadTally.generated";

/**
 * The number formats of a generated sheet: the sheet's own formats, except that text always keeps
 * "@" (a "0.0%" column may hold a dash, and text under a number format would be parsed).
 */
export function generatedSheetFormats(sheet: GeneratedSheet, width: number): RangeFormat[][] {
  const formats = sheet.rows.map((row) =>
    Array.from({ length: width }, (_, column) => rangeFormat(row[column] ?? null))
  );
  for (const format of sheet.formats) {
    for (let row = format.row; row < format.row + format.rowCount; row++) {
      for (let column = format.column; column < format.column + format.columnCount; column++) {
        if (row < formats.length && column < width && formats[row][column] !== TEXT_FORMAT) {
          formats[row][column] = format.numberFormat;
        }
      }
    }
  }
  return formats;
}

function generatedSheetValues(sheet: GeneratedSheet, width: number): RangeValue[][] {
  return sheet.rows.map((row) =>
    Array.from({ length: width }, (_, column) => rangeValue(row[column] ?? null))
  );
}

/** Queues the whole content of the sheet: formats before values, then bold rows, widths and the mark. */
function queueContent(target: Excel.Worksheet, sheet: GeneratedSheet): void {
  const height = sheet.rows.length;
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  if (height > 0 && width > 0) {
    const range = target.getRangeByIndexes(0, 0, height, width);
    const formats = generatedSheetFormats(sheet, width);
    if (setsAnyFormat(formats)) range.numberFormat = formats;
    range.values = generatedSheetValues(sheet, width);
    for (const row of sheet.boldRows) {
      if (row >= 0 && row < height)
        target.getRangeByIndexes(row, 0, 1, width).format.font.bold = true;
    }
    range.format.autofitColumns();
  }
  target.customProperties.add(GENERATED_MARK_KEY, sheet.kind);
}

/** The marked sheet of this kind to replace: the one with the preferred name, else the first. */
function sheetToReplace(
  sheets: Excel.Worksheet[],
  marks: Excel.WorksheetCustomProperty[],
  sheet: GeneratedSheet
): Excel.Worksheet | null {
  const marked = sheets.filter(
    (_, index) => !marks[index].isNullObject && marks[index].value === sheet.kind
  );
  const preferred = sheet.preferredName.toLowerCase();
  return (
    marked.find((candidate) => candidate.name.toLowerCase() === preferred) ?? marked[0] ?? null
  );
}

/** "A1", "B4", "AA10": a cell's address from zero-based indexes. */
function cellAddress(row: number, column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}

export async function writeGeneratedSheet(
  context: Excel.RequestContext,
  sheet: GeneratedSheet,
  supports: SetSupport
): Promise<string> {
  const tooLong = firstTooLongText(sheet.rows);
  if (tooLong !== null) {
    throw new WorkbookError(
      `The text for cell ${cellAddress(tooLong.row, tooLong.column)} of the ${sheet.preferredName} sheet ` +
        tooLongReason(tooLong.length)
    );
  }

  // Round trip 1: the sheets there are.
  const worksheets = context.workbook.worksheets.load("items/name, items/position");
  await context.sync();
  const names = worksheets.items.map((item) => item.name);
  const temporaryName = freeTemporarySheetName(sheet.preferredName, names);

  // Round trip 2: look for the marked sheet, and build the new one in full beside it, chart
  // included.
  const marks = worksheets.items.map((item) =>
    item.customProperties.getItemOrNullObject(GENERATED_MARK_KEY).load("value")
  );
  suspendScreenUpdating(context, supports);
  const target = worksheets.add(temporaryName);
  queueContent(target, sheet);
  if (sheet.chart !== undefined) queueBalanceChart(target, sheet.chart, supports);
  try {
    await context.sync();

    // Round trip 3: only now that the new sheet is complete does the old one go, and the new one
    // take its name and place (in this order, as two sheets cannot share a name).
    const old = sheetToReplace(worksheets.items, marks, sheet);
    suspendScreenUpdating(context, supports);
    let finalName = freeSheetNameInParentheses(sheet.preferredName, names);
    if (old !== null) {
      finalName = old.name;
      old.delete();
      target.position = old.position;
    }
    target.name = finalName;
    target.activate();
    await context.sync();
    return finalName;
  } catch (error) {
    await discardAddedSheet(context, temporaryName);
    throw error;
  }
}
