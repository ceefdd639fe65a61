/**
 * Writing a generated sheet (the Lead Tally sheet, Marketing vs Sales) so that a refresh never
 * leaves half a sheet behind and never touches a sheet of the owner's.
 *
 * A generated sheet carries a mark of its own, a worksheet custom property, so it is recognised
 * even after the owner renames it, and a sheet of the owner's that happens to have the same name
 * is never mistaken for it. The new content is built in full on a new sheet under a temporary
 * name; only once that has synced does the old marked sheet step aside, the new one take its name
 * and place, and the old one go (see queueSwap). A failure at any step is undone, so the owner
 * always has the old sheet or the new one, never neither.
 * A sheet's chart is built on the new sheet in that same round trip (see charts.ts), so it is part
 * of the same all-or-nothing write.
 */
import { GENERATED_SHEET_MARK, GeneratedSheet } from "../workbook";
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
import { errorCode, WorkbookError } from "./errors";
import { queueBalanceChart } from "./charts";
import { freeAsideSheetName, freeSheetNameInParentheses, freeTemporarySheetName } from "./names";
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
  } catch (error) {
    await discardAddedSheet(context, temporaryName);
    throw explainGeneratedSheetError(error, sheet);
  }

  // Round trip 3: only now that the new sheet is complete is it swapped in.
  const old = sheetToReplace(worksheets.items, marks, sheet);
  const swap: Swap =
    old === null
      ? { target, old: null, finalName: freeSheetNameInParentheses(sheet.preferredName, names) }
      : {
          target,
          old: { sheet: old, name: old.name, position: old.position },
          finalName: old.name,
          asideName: freeAsideSheetName(old.name, [...names, temporaryName]),
        };
  suspendScreenUpdating(context, supports);
  queueSwap(swap);
  try {
    await context.sync();
  } catch (error) {
    if (await undoSwap(context, swap)) return swap.finalName;
    throw explainGeneratedSheetError(error, sheet);
  }
  return swap.finalName;
}

/** The new sheet, and the old one it replaces with its name and place when there is one. */
type Swap =
  | { readonly target: Excel.Worksheet; readonly old: null; readonly finalName: string }
  | {
      readonly target: Excel.Worksheet;
      readonly old: {
        readonly sheet: Excel.Worksheet;
        readonly name: string;
        readonly position: number;
      };
      readonly finalName: string;
      /** Where the old sheet waits until the new one has its name. */
      readonly asideName: string;
    };

/**
 * Queues the swap so that a complete sheet has the name at every step: the old sheet steps
 * aside under a free name, the new one takes its name and place, and the old one is deleted
 * last. Excel stops a batch at a failing step and keeps the steps before it, so undoSwap can
 * tell from what is there how far it got.
 */
function queueSwap(swap: Swap): void {
  if (swap.old !== null) swap.old.sheet.name = swap.asideName;
  swap.target.name = swap.finalName;
  if (swap.old !== null) swap.target.position = swap.old.position;
  swap.target.activate();
  if (swap.old !== null) swap.old.sheet.delete();
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
 * After a failed swap: true when it was in fact done in full (the old sheet, deleted last, is gone
 * and the new one has its name: only Excel's answer was lost), else the workbook is put back as it
 * was, best effort: the new sheet deleted and the old one given its name again.
 */
async function undoSwap(context: Excel.RequestContext, swap: Swap): Promise<boolean> {
  const targetName = await nameNow(context, swap.target);
  const oldName = swap.old === null ? null : await nameNow(context, swap.old.sheet);
  if (swap.old !== null && oldName === null && targetName === swap.finalName) return true;
  try {
    if (targetName !== null) swap.target.delete();
    if (swap.old !== null && oldName !== null && oldName !== swap.old.name) {
      swap.old.sheet.name = swap.old.name;
    }
    await context.sync();
  } catch {
    // Nothing more can be done here; the error that led here is the one the owner must see.
  }
  return false;
}

/**
 * A sheet that went missing while a generated sheet was written was deleted or renamed meanwhile
 * (by a co-author, say): said in those words rather than as the leads gone missing. Other errors
 * pass through for the pane to explain.
 */
function explainGeneratedSheetError(error: unknown, sheet: GeneratedSheet): unknown {
  if (errorCode(error) !== "ItemNotFound") return error;
  return new WorkbookError(
    `A sheet was deleted or renamed while the ${sheet.preferredName} sheet was being written, ` +
      "perhaps by someone else editing the workbook. Nothing was replaced; try again.",
    error
  );
}
