/**
 * Writing a generated sheet (the Lead Tally sheet, Marketing vs Sales) so that a refresh never
 * leaves half a sheet behind, never touches a sheet of the owner's, and keeps the owner's
 * formulas that refer to it working.
 *
 * A generated sheet carries a mark of its own, a worksheet custom property, so it is recognised
 * even after the owner renames it, and a sheet of the owner's that happens to have the same name
 * is never mistaken for it. The new content is built in full on a new sheet under a temporary
 * name, chart included (see charts.ts), so whatever Excel refuses is refused before anything of
 * the old sheet changes. The first sheet of its kind then takes its name; an existing one is
 * refreshed in place (see refreshInPlace), never renamed or deleted, since renaming a sheet moves
 * the formulas that refer to it and deleting it turns them into #REF!. */
import { GENERATED_SHEET_MARK, GeneratedSheet } from "../workbook";
import {
  RangeFormat,
  RangeValue,
  rangeFormat,
  rangeValue,
  setsAnyFormat,
  TEXT_FORMAT,
} from "./cellWrites";
import { errorCode, LEAD_TALLY_ERROR, WorkbookError } from "./errors";
import { queueBalanceChart } from "./charts";
import { checkGeneratedText } from "../rules/checks";
import {
  freeAsideSheetName,
  freeSheetNameInParentheses,
  freeTemporarySheetName,
} from "../rules/names";
import { discardAddedSheet, SetSupport, suspendScreenUpdating } from "./requests";

/** The worksheet custom property that marks a sheet as the add-in's; its value is the kind. */
export const GENERATED_MARK_KEY = GENERATED_SHEET_MARK;

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

/**
 * The values of a generated sheet. The whole sheet is Lead Tally's own, so an empty cell there is
 * meant empty: "" (which clears), not null (which would keep what was there before).
 */
function generatedSheetValues(sheet: GeneratedSheet, width: number): RangeValue[][] {
  return sheet.rows.map((row) =>
    Array.from({ length: width }, (_, column) => rangeValue(row[column] ?? null) ?? "")
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

/**
 * The index of the marked sheet of this kind to refresh: the one with the preferred name, else
 * the first, else null.
 */
function sheetToReplace(
  sheets: Excel.Worksheet[],
  marks: Excel.WorksheetCustomProperty[],
  sheet: GeneratedSheet
): number | null {
  const marked = sheets
    .map((_, index) => index)
    .filter((index) => !marks[index].isNullObject && marks[index].value === sheet.kind);
  const preferred = sheet.preferredName.toLowerCase();
  const found = marked.find((index) => sheets[index].name.toLowerCase() === preferred) ?? marked[0];
  return found ?? null;
}

export async function writeGeneratedSheet(
  context: Excel.RequestContext,
  sheet: GeneratedSheet,
  supports: SetSupport
): Promise<string> {
  checkGeneratedText(sheet);

  // Round trip 1: the sheets there are.
  const worksheets = context.workbook.worksheets.load("items/name, items/position");
  await context.sync();
  const names = worksheets.items.map((item) => item.name);
  const temporaryName = freeTemporarySheetName(sheet.preferredName, names);

  // Round trip 2: look for the marked sheet (with what it holds now: its used cells, its
  // charts), and build the new content in full on a new sheet beside it, chart included.
  const marks = worksheets.items.map((item) =>
    item.customProperties.getItemOrNullObject(GENERATED_MARK_KEY).load("value")
  );
  const used = worksheets.items.map((item) =>
    item.getUsedRangeOrNullObject(false).load("rowIndex, columnIndex, rowCount, columnCount")
  );
  const charts = worksheets.items.map((item) => item.charts.load("items/name"));
  suspendScreenUpdating(context, supports);
  const target = worksheets.add(temporaryName);
  queueContent(target, sheet);
  if (sheet.chart !== undefined) queueBalanceChart(target, sheet.chart, supports);
  try {
    await context.sync();
  } catch (error) {
    await discardAddedSheet(context, temporaryName);
    throw explainGeneratedSheetError(error, sheet);
  }

  const oldIndex = sheetToReplace(worksheets.items, marks, sheet);
  if (oldIndex === null) {
    // Round trip 3: the first sheet of its kind takes its name.
    const finalName = freeSheetNameInParentheses(sheet.preferredName, names);
    target.name = finalName;
    target.activate();
    try {
      await context.sync();
    } catch (error) {
      if ((await nameNow(context, target)) === finalName) return finalName;
      await discardAddedSheet(context, temporaryName);
      throw explainGeneratedSheetError(error, sheet);
    }
    return finalName;
  }
  try {
    return await refreshInPlace(context, supports, sheet, {
      old: worksheets.items[oldIndex],
      oldUsed: used[oldIndex],
      oldCharts: charts[oldIndex].items.map((chart) => chart.name),
      target,
      temporaryName,
      backupName: freeAsideSheetName(worksheets.items[oldIndex].name, [...names, temporaryName]),
    });
  } catch (error) {
    throw explainGeneratedSheetError(error, sheet);
  }
}

interface InPlace {
  /** The marked sheet to refresh, with the area its content covers now and its charts' names. */
  readonly old: Excel.Worksheet;
  readonly oldUsed: Excel.Range;
  readonly oldCharts: readonly string[];
  /** The new content, complete, on a sheet of its own. */
  readonly target: Excel.Worksheet;
  readonly temporaryName: string;
  /** Where the old content waits until the new one is in place. */
  readonly backupName: string;
}

/** The smallest block from A1 that covers the old content and the new one, or null for none. */
function areaToCopy(inPlace: InPlace, sheet: GeneratedSheet): { rows: number; columns: number } {
  const height = sheet.rows.length;
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  const used = inPlace.oldUsed;
  const rows = used.isNullObject ? height : Math.max(height, used.rowIndex + used.rowCount);
  const columns = used.isNullObject ? width : Math.max(width, used.columnIndex + used.columnCount);
  return { rows, columns };
}

/**
 * Refreshes a marked sheet in place, so that formulas elsewhere that refer to it (an accountant's
 * ='Lead Tally'!C5) keep referring to it. Renaming the old sheet aside and deleting it, as a swap
 * would, moves those references to the old sheet and then turns them into #REF!.
 *
 * Round trip 3 copies the old content (values, formats) to a backup sheet. Round trip 4 copies the
 * new content over the old (Range.copyFrom, ExcelApi 1.9; the manifest asks for 1.12), recreates
 * the chart on the real sheet, deletes the old charts, then the temporary and backup sheets.
 * Excel stops a batch at a failing step and keeps the steps before it: if the temporary sheet is
 * gone, or the old charts are, every step that changes what the owner sees was done, and only the
 * clean-up is finished; otherwise the old content is copied back from the backup and the new
 * chart removed, so the owner has the old sheet or the new one, never a mixture.
 */
async function refreshInPlace(
  context: Excel.RequestContext,
  supports: SetSupport,
  sheet: GeneratedSheet,
  inPlace: InPlace
): Promise<string> {
  const { old, target } = inPlace;
  const finalName = old.name;
  const area = areaToCopy(inPlace, sheet);
  const block = (on: Excel.Worksheet): Excel.Range =>
    on.getRangeByIndexes(0, 0, area.rows, area.columns);
  const copies = area.rows > 0 && area.columns > 0;

  // Round trip 3: the backup.
  const backup = context.workbook.worksheets.add(inPlace.backupName);
  if (copies) block(backup).copyFrom(block(old), "All");
  try {
    await context.sync();
  } catch (error) {
    await discardAddedSheet(context, inPlace.backupName);
    await discardAddedSheet(context, inPlace.temporaryName);
    throw error;
  }

  // Round trip 4: the new content in place.
  suspendScreenUpdating(context, supports);
  if (copies) {
    block(old).copyFrom(block(target), "All");
    block(old).format.autofitColumns();
  }
  if (sheet.chart !== undefined) queueBalanceChart(old, sheet.chart, supports);
  for (const name of inPlace.oldCharts) old.charts.getItem(name).delete();
  target.delete();
  backup.delete();
  old.activate();
  try {
    await context.sync();
  } catch (error) {
    if (await finishedAfterAll(context, inPlace)) {
      await discardAddedSheet(context, inPlace.backupName);
      return finalName;
    }
    await putBack(context, inPlace, copies ? block : null);
    throw error;
  }
  return finalName;
}

/** True when a failed round trip 4 had changed everything the owner sees before it stopped. */
async function finishedAfterAll(context: Excel.RequestContext, inPlace: InPlace): Promise<boolean> {
  if ((await nameNow(context, inPlace.target)) === null) return true;
  if (inPlace.oldCharts.length === 0) return false;
  const names = await chartNames(context, inPlace.old);
  if (names === null || inPlace.oldCharts.some((name) => names.includes(name))) return false;
  await discardAddedSheet(context, inPlace.temporaryName);
  return true;
}

async function chartNames(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet
): Promise<string[] | null> {
  try {
    const charts = sheet.charts.load("items/name");
    await context.sync();
    return charts.items.map((chart) => chart.name);
  } catch {
    return null;
  }
}

/**
 * Best effort after a failed round trip 4: the old content copied back from the backup, charts
 * the refresh added removed, the temporary and backup sheets deleted.
 */
async function putBack(
  context: Excel.RequestContext,
  inPlace: InPlace,
  block: ((on: Excel.Worksheet) => Excel.Range) | null
): Promise<void> {
  const names = await chartNames(context, inPlace.old);
  try {
    if (block !== null) {
      const backup = context.workbook.worksheets.getItem(inPlace.backupName);
      block(inPlace.old).copyFrom(block(backup), "All");
    }
    for (const name of names ?? []) {
      if (!inPlace.oldCharts.includes(name)) inPlace.old.charts.getItem(name).delete();
    }
    await context.sync();
  } catch {
    // Nothing more can be done here; the error that led here is the one the owner must see.
  }
  await discardAddedSheet(context, inPlace.temporaryName);
  await discardAddedSheet(context, inPlace.backupName);
}

/** A sheet's name now, or null when it no longer exists (or cannot be reached). */
async function nameNow(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet
): Promise<string | null> {
  try {
    sheet.load("name");
    await context.sync();
    return sheet.name;
  } catch {
    return null;
  }
}

/**
 * A sheet that went missing while a generated sheet was written was deleted or renamed meanwhile
 * (by a co-author, say): said in those words rather than as the leads gone missing. Other errors
 * pass through for the pane to explain.
 */
function explainGeneratedSheetError(error: unknown, sheet: GeneratedSheet): unknown {
  if (errorCode(error) !== "ItemNotFound") return error;
  return new WorkbookError(
    LEAD_TALLY_ERROR,
    `A sheet was deleted or renamed while the ${sheet.preferredName} sheet was being written, ` +
      "perhaps by someone else editing the workbook. Nothing was replaced; try again.",
    error
  );
}
