/**
 * The part of Excel's CustomFunctions global that src/functions/functions.ts uses at call time
 * (Error and ErrorCode), for running the custom functions in plain Node.
 */

class StubCustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? code);
    this.code = code;
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function installCustomFunctionsStub(): void {
  const global = globalThis as { CustomFunctions?: unknown };
  if (global.CustomFunctions === undefined) {
    global.CustomFunctions = { Error: StubCustomFunctionsError, ErrorCode };
  }
}
