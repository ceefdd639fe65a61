/**
 * Writing values as literal text into cells that already exist, so that a write Excel stops
 * halfway leaves the owner's cells as they were.
 *
 * Text needs its cells formatted "@" before its value arrives (see cellWrites.ts), so a write is
 * two steps in one batch: formats, then values. Excel stops a batch at a failing step and keeps
 * the steps before it: on a sheet protected so that formats may change but values may not, the
 * cells would keep the "@" and lose nothing else, a change the owner never asked for. So the old
 * formats are read first, and put back when the values did not arrive.
 */
import { RangeFormat, RangeValue, setsAnyFormat } from "./cellWrites";

/** Queues a load of the range's number formats, to hand to writeLiteral later. */
export function loadOldFormats(range: Excel.Range, formats: readonly RangeFormat[][]): Excel.Range {
  return setsAnyFormat(formats) ? range.load("numberFormat") : range;
}

/**
 * Writes formats (where not null) then values into the range, in one round trip. The range's
 * number formats must have been loaded (loadOldFormats) and synced when formats are set. Should
 * the round trip fail, the write counts as done when the values are in the cells after all (only
 * Excel's answer was lost); otherwise the old formats are put back, best effort, and the error is
 * thrown on.
 */
export async function writeLiteral(
  context: Excel.RequestContext,
  range: Excel.Range,
  formats: RangeFormat[][],
  values: RangeValue[][]
): Promise<void> {
  const formatted = setsAnyFormat(formats);
  const oldFormats: unknown[][] | null = formatted ? range.numberFormat : null;
  if (formatted) range.numberFormat = formats;
  range.values = values;
  try {
    await context.sync();
  } catch (error) {
    if (await valuesArrived(context, range, values)) return;
    if (oldFormats !== null) await putBackFormats(context, range, oldFormats);
    throw error;
  }
}

/** True when every non-null value is in the range now (only Excel's answer was lost). */
export async function valuesArrived(
  context: Excel.RequestContext,
  range: Excel.Range,
  values: RangeValue[][]
): Promise<boolean> {
  try {
    range.load("values");
    await context.sync();
    // A null was not written (it leaves the cell as it was): only the others are compared.
    return values.every((row, r) =>
      row.every((value, c) => value === null || range.values[r]?.[c] === value)
    );
  } catch {
    return false;
  }
}

async function putBackFormats(
  context: Excel.RequestContext,
  range: Excel.Range,
  formats: unknown[][]
): Promise<void> {
  try {
    range.numberFormat = formats;
    await context.sync();
  } catch {
    // Nothing more can be done here; the error that led here is the one the owner must see.
  }
}
