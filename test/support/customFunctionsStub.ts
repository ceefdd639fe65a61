/**
 * The part of Excel's CustomFunctions global that the functions use (Error and ErrorCode), so they
 * run in plain Node, in the tests and in the benchmarks, as they would once office.js has defined
 * the global.
 *
 * It keeps a message only where Excel shows one: with #VALUE! and #N/A. Every other code drops it
 * (CustomFunctions.ErrorCode reference, office-js-docs-reference: divisionByZero, invalidNumber,
 * nullReference… "A custom error message can't be used"), so no test can pass on a message that
 * Excel would never show.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** The codes whose message Excel shows in the cell's error indicator. */
export const CODES_WITH_MESSAGE: readonly string[] = [
  ErrorCode.invalidValue,
  ErrorCode.notAvailable,
];

export class CustomFunctionsError {
  readonly code: string;
  readonly message?: string;

  constructor(code: string, message?: string) {
    this.code = code;
    this.message = CODES_WITH_MESSAGE.includes(code) ? message : undefined;
  }
}

export function installCustomFunctionsStub(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode,
  };
}
