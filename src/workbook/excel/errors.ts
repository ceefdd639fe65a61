/**
 * Errors the adapter raises: Office's own errors pass through, except where the adapter knows
 * what happened and can say it in the owner's words; the original error stays as `cause`.
 */
import { LeadsLocation } from "../workbook";
import { describeLocation, LEAD_TALLY_ERROR, leadsGoneError, WorkbookError } from "../rules/errors";

export { describeLocation, LEAD_TALLY_ERROR, WorkbookError };

/** The code of an Office error (OfficeExtension.Error), or undefined for anything else. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/**
 * What an error met while working on the leads means: a missing item is the owner's table or
 * sheet gone (renamed or deleted since the leads were found). Anything else passes through.
 */
export function explainLeadsError(error: unknown, location: LeadsLocation): unknown {
  if (errorCode(error) === "ItemNotFound") {
    return leadsGoneError(location, error);
  }
  return error;
}
