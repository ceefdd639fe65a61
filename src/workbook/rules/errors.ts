/**
 * The one error class of the workbook layer, for both workbooks: a code, a message in the owner's
 * words, and the error that led to it (Office's own, say) as `cause`. The messages both workbooks
 * give for the same failure are made here (and in checks.ts, columns.ts), once.
 */
import type { LeadsLocation } from "../workbook";

/**
 * The code of an error the workbook layer words itself (a column gone, a text too long, the
 * leads' table deleted): not one of Office's codes, so the pane shows its message as it is. The
 * in-memory workbook, standing in for Excel, throws Office's codes ("ItemNotFound",
 * "InvalidArgument") where Excel would.
 */
export const LEAD_TALLY_ERROR = "LeadTally";

export class WorkbookError extends Error {
  readonly code: string;
  readonly cause: unknown;

  constructor(code: string, message: string, cause?: unknown) {
    super(message);
    this.name = "WorkbookError";
    this.code = code;
    this.cause = cause;
  }
}

/** The words for where the leads are: 'leads table "Leads"' or 'leads sheet "Leads"'. */
export function describeLocation(location: LeadsLocation): string {
  return location.tableName !== null
    ? `leads table "${location.tableName}"`
    : `leads sheet "${location.sheetName}"`;
}

/** The leads' table or sheet is gone (renamed or deleted since the leads were found). */
export function leadsGoneError(location: LeadsLocation, cause?: unknown): WorkbookError {
  return new WorkbookError(
    LEAD_TALLY_ERROR,
    `The ${describeLocation(location)} no longer exists. It may have been renamed or deleted; find the leads again.`,
    cause
  );
}
