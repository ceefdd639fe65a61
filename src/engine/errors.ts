/**
 * Errors inside the engine are values, never exceptions: a code that says which Excel error a
 * wrapper should show, and a message that says what is wrong in the user's words.
 * Every message the engine can produce is built here, so wording stays consistent.
 *
 * Excel shows a custom function's message only with #VALUE! and #N/A; with #DIV/0! it shows none
 * (CustomFunctions.ErrorCode reference: divisionByZero, "A custom error message can't be used").
 * So a problem the user must read about is invalidValue or notAvailable; divisionByZero is kept
 * for "nothing to divide by", whose message only the task pane and the tests ever see.
 */

/**
 * invalidValue is #VALUE! and notAvailable #N/A (a look-up that found nothing): both show their
 * message in Excel. divisionByZero is #DIV/0!, which never does, so it is kept for truly nothing
 * to divide by.
 */
export type TallyErrorCode = "invalidValue" | "notAvailable" | "divisionByZero";

export interface TallyError {
  readonly kind: "tally-error";
  readonly code: TallyErrorCode;
  readonly message: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: TallyError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: TallyError): Result<T> {
  return { ok: false, error };
}

export function isTallyError(value: unknown): value is TallyError {
  return (
    typeof value === "object" && value !== null && (value as TallyError).kind === "tally-error"
  );
}

function invalidValue(message: string): TallyError {
  return { kind: "tally-error", code: "invalidValue", message };
}

function divisionByZero(message: string): TallyError {
  return { kind: "tally-error", code: "divisionByZero", message };
}

/** A figure the data cannot give (nothing to learn it from): #N/A, whose message Excel shows. */
function notAvailable(message: string): TallyError {
  return { kind: "tally-error", code: "notAvailable", message };
}

function quote(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `"${shown}"`;
}

export const errors = {
  missing: (argument: string) => invalidValue(`${argument} is missing: give it a range of cells.`),
  emptyRange: (argument: string) => invalidValue(`${argument} is empty: give it a range of cells.`),
  errorValue: (argument: string, code: string) =>
    invalidValue(
      `${argument} holds the Excel error ${code}: correct that cell, or leave it out of the range.`
    ),
  errorInColumn: (header: string, row: number, code: string) =>
    invalidValue(
      `Row ${row} of the column "${header}" holds the Excel error ${code}, which no worksheet ` +
        "function would count either: correct that cell, then try again."
    ),
  notRectangular: (argument: string) => invalidValue(`${argument} is not a rectangular range.`),
  notOneColumnOrRow: (argument: string, rows: number, columns: number) =>
    invalidValue(
      `${argument} must be one column or one row; it has ${rows} rows and ${columns} columns.`
    ),
  sizeMismatch: (first: string, firstCells: number, second: string, secondCells: number) =>
    invalidValue(
      `${first} has ${firstCells} cells but ${second} has ${secondCells}; give them ranges of the same size.`
    ),
  notOneValue: (argument: string, rows: number, columns: number) =>
    invalidValue(
      `${argument} must be one value, not a range of ${rows} rows and ${columns} columns.`
    ),
  unknownPeriod: (given: string) =>
    invalidValue(
      `period must be "month", "quarter", "year" or "week"; ${quote(given)} is none of them.`
    ),
  tooManyPeriods: (count: number, unit: string, first: string, last: string, limit: number) =>
    invalidValue(
      `dates span ${count} ${unit}s (${first} to ${last}); at most ${limit} periods are listed. ` +
        `Choose a longer period or check the outlying dates.`
    ),
  noLeads: () => divisionByZero("There are no leads to divide by."),
  /** A `source` argument that matches no lead at all: a look-up that found nothing, as VLOOKUP's #N/A. */
  noLeadsForSource: (source: string) => notAvailable(`No leads from source ${quote(source)}.`),
  noDecidedLeads: () => divisionByZero("There are no won or lost leads to divide by."),
  noLeadsInPeriod: () => divisionByZero("There are no leads in this period."),
  noClients: () => divisionByZero("There are no clients to divide by."),
  noSpend: () => divisionByZero("There is no spend to divide by."),
  notAnAmount: (argument: string, position: number, shown: string) =>
    invalidValue(`${argument} must hold numbers; cell ${position} holds ${quote(shown)}.`),
  negativeAmount: (argument: string, position: number, amount: number) =>
    invalidValue(`${argument} must not be negative; cell ${position} holds ${amount}.`),
  notASpendPeriod: (position: number, shown: string) =>
    invalidValue(
      `period must name a period (2026-03, 2026-Q1, 2026, 2026-W09) or hold a date; cell ${position} holds ${quote(shown)}.`
    ),
  missingSpendPeriod: (position: number) =>
    invalidValue(
      `period of spend cell ${position} is empty while other spend rows have one: give each amount its period.`
    ),
  mixedSpendPeriods: (first: string, second: string) =>
    invalidValue(
      `period mixes kinds of period (${quote(first)} and ${quote(second)}): give every spend row the same kind, all months or all quarters, say.`
    ),
  noClientsToPlan: () =>
    divisionByZero("No lead has become a client yet, so there is no rate to plan from."),
  notAClientCount: (shown: string) =>
    invalidValue(
      `The number of clients to plan for must be a whole number from 1 up; it is ${quote(shown)}.`
    ),
  notADate: (argument: string, shown: string) =>
    invalidValue(
      `${argument} must be a date (an Excel date or yyyy-mm-dd text); ${quote(shown)} is not one.`
    ),
  unknownStatistic: (given: string) =>
    invalidValue(`statistic must be "median" or "mean"; ${quote(given)} is neither.`),
  tooLarge: (argument: string) =>
    invalidValue(
      `${argument} holds amounts too large to compute with: the result is beyond what Excel can hold.`
    ),
  noLags: () =>
    notAvailable(
      "No client has a lead date and a closed date on or after it: there is no time to convert to measure."
    ),
  noDecidedLeadsToLearn: () =>
    notAvailable("No lead is won or lost yet: there is no win rate to learn from."),
  noClientValues: () =>
    notAvailable("No client has a value that is a number: there is no average client value."),
  zeroMeanLag: () =>
    notAvailable(
      "Every client converted on its lead day (a mean time to convert of 0 days): velocity per day cannot be measured."
    ),
  noLagsToProject: () =>
    notAvailable(
      "No client has a lead date and a closed date on or after it: there is no timing to project from."
    ),
  tooEarlyToProject: () =>
    notAvailable(
      "Too early to tell: by the business's own history, none of this period's clients should have converted by as_of."
    ),
  unexpected: (detail: string) => invalidValue(`Lead Tally could not compute this: ${detail}`),
};
