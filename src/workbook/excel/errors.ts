/**
 * Errors the adapter raises: Office's own errors pass through, except where the adapter knows
 * what happened and can say it in the owner's words; the original error stays as `cause`.
 */
import { LeadsLocation } from "../workbook";
import { LEAD_TALLY_ERROR, WorkbookError } from "../rules/errors";

export { LEAD_TALLY_ERROR, WorkbookError };

/** The code of an Office error (OfficeExtension.Error), or undefined for anything else. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** The words for where the leads are: 'table "Leads"' or 'sheet "Leads"'. */
export function describeLocation(location: LeadsLocation): string {
  return location.tableName !== null
    ? `leads table "${location.tableName}"`
    : `leads sheet "${location.sheetName}"`;
}

/**
 * What an error met while working on the leads means: a missing item is the owner's table or
 * sheet gone (renamed or deleted since the leads were found). Anything else passes through.
 */
export function explainLeadsError(error: unknown, location: LeadsLocation): unknown {
  if (errorCode(error) === "ItemNotFound") {
    return new WorkbookError(
      LEAD_TALLY_ERROR,
      `The ${describeLocation(location)} no longer exists. It may have been renamed or deleted; find the leads again.`,
      error
    );
  }
  return error;
}
