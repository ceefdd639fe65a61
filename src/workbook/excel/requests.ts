/** Small things every batch of the adapter shares. */

/** Office.context.requirements.isSetSupported, passed in. */
export type SetSupport = (set: string, version: string) => boolean;

/**
 * Keeps Excel from repainting while a batch writes, until the batch's sync. Called once per
 * writing batch: called repeatedly, it makes the window flicker.
 */
export function suspendScreenUpdating(context: Excel.RequestContext, supports: SetSupport): void {
  if (supports("ExcelApi", "1.9")) context.application.suspendScreenUpdatingUntilNextSync();
}

/**
 * Lets the task pane's own work run between round trips: Excel desktop restarts an add-in whose
 * script does not yield for 5 seconds.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Best effort: deletes a sheet the adapter added under a name it chose as free, after a later step
 * failed. Its own failure is swallowed: the error that led here is the one the owner must see.
 */
export async function discardAddedSheet(
  context: Excel.RequestContext,
  name: string
): Promise<void> {
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (sheet.isNullObject) return;
    sheet.delete();
    await context.sync();
  } catch {
    // Nothing more can be done here; the caller rethrows the original error.
  }
}
