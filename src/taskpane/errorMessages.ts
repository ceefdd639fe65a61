/**
 * What went wrong, in words the owner understands. Office.js errors carry a code
 * (OfficeExtension.ErrorCodes and Excel.ErrorCodes); the in-memory workbook throws the same codes.
 * The message names what the pane was doing and what the owner can do about it.
 */

const BY_CODE: Readonly<Record<string, string>> = {
  ItemNotFound:
    "The leads are no longer where they were: the table or sheet may have been renamed or deleted. Choose the leads location again.",
  AccessDenied:
    "Excel did not allow the change: the workbook or sheet may be protected, or opened read-only. Unprotect it (Review › Unprotect Sheet) and try again.",
  InvalidOperationInCellEditMode:
    "Excel is busy while a cell is being edited. Press Enter or Esc in the sheet, then try again.",
  InvalidOperation:
    "Excel could not do this right now: a cell may be being edited, or the sheet may be protected. Press Enter or Esc in the sheet, then try again.",
  RequestPayloadSizeLimitExceeded:
    "There was too much to send to Excel at once. Try again; if it happens again, tally a smaller range of leads.",
  ResponsePayloadSizeLimitExceeded:
    "There are too many leads to read from Excel at once. Try again; if it happens again, split the leads over two tables.",
  ActivityLimitReached:
    "Excel is handling too many requests right now. Wait a moment, then try again.",
  ApiNotFound:
    "This version of Excel cannot do this. Lead Tally needs Microsoft 365, Excel 2021 or later, or Excel on the web.",
  ApiNotAvailable:
    "This version of Excel cannot do this. Lead Tally needs Microsoft 365, Excel 2021 or later, or Excel on the web.",
  InsertDeleteConflict:
    "Excel could not add the rows because something is in the way below the leads (another table, or merged cells). Move it, then try again.",
  Conflict: "The workbook was changed at the same time by someone else. Try again.",
  ItemAlreadyExists: "A sheet or table with that name already exists.",
  InvalidArgument: "Excel did not accept what Lead Tally tried to write.",
  GeneralException: "Excel reported an unexpected problem. Try again.",
  RequestAborted: "Excel stopped the request before it was done. Try again.",
  ServiceNotAvailable: "Excel could not be reached. Check the connection, then try again.",
  Unauthenticated: "Excel asked to sign in again. Sign in, then try again.",
};

/** A property of whatever was thrown; a getter that throws counts as nothing to read. */
function propertyOf(error: unknown, name: "code" | "message"): unknown {
  if (typeof error !== "object" || error === null) return undefined;
  try {
    return (error as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}

function codeOf(error: unknown): string | null {
  const code = propertyOf(error, "code");
  return typeof code === "string" && code.length > 0 ? code : null;
}

function messageOf(error: unknown): string {
  if (typeof error === "string") return error;
  const message = propertyOf(error, "message");
  return typeof message === "string" ? message : "";
}

/** "<what> did not work. <why, and what to do>" */
export function describeError(error: unknown, what: string): string {
  const code = codeOf(error);
  const known = code === null ? undefined : BY_CODE[code];
  const detail = messageOf(error).trim();
  if (known !== undefined) {
    // Excel's own message often adds the name of the thing involved; keep it when it is short.
    const extra =
      detail.length > 0 && detail.length <= 200 && !known.includes(detail) ? ` (${detail})` : "";
    return `${what} did not work. ${known}${extra}`;
  }
  if (detail.length > 0) return `${what} did not work: ${detail}`;
  return `${what} did not work. Try again; if it keeps happening, close and reopen the pane.`;
}
