/**
 * Rewriting chosen cells of one column as literal text, for tidying a source's spellings: only
 * those cells, and all of them or none.
 *
 * Each cell gets the text format ("@") before its value, in the same batch, so Excel stores the
 * text as it is (see cellWrites.ts). The cells' old values and formats are read first; should the
 * batch fail part way (Office.js applies a batch's operations in order and does not roll back),
 * every cell is put back as it was, so the owner never sees half a merge. (Source cells hold
 * typed text; the values put back are what the cells showed.)
 */
import { TEXT_FORMAT } from "./cellWrites";

/** The cells to rewrite, each as its own one-cell range. */
export interface CellTarget {
  readonly cell: Excel.Range;
  readonly text: string;
}

export async function rewriteTexts(
  context: Excel.RequestContext,
  targets: readonly CellTarget[]
): Promise<void> {
  if (targets.length === 0) return;
  for (const { cell } of targets) cell.load("values, numberFormat");
  await context.sync();
  const old = targets.map(({ cell }) => ({
    values: cell.values,
    numberFormat: cell.numberFormat,
  }));
  for (const { cell, text } of targets) {
    cell.numberFormat = [[TEXT_FORMAT]];
    cell.values = [[text]];
  }
  try {
    await context.sync();
  } catch (error) {
    await putBack(context, targets, old);
    throw error;
  }
}

async function putBack(
  context: Excel.RequestContext,
  targets: readonly CellTarget[],
  old: readonly { values: unknown[][]; numberFormat: unknown[][] }[]
): Promise<void> {
  try {
    targets.forEach(({ cell }, index) => {
      cell.numberFormat = old[index].numberFormat;
      cell.values = old[index].values;
    });
    await context.sync();
  } catch {
    // Nothing more can be done here; the error that led here is the one the owner must see.
  }
}
