/**
 * The part of Excel's CustomFunctions global that the functions use, so they run in plain Node
 * exactly as they would once office.js has defined the global.
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

export class CustomFunctionsError {
  readonly code: string;
  readonly message?: string;

  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

export function installCustomFunctionsStub(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode,
  };
}
