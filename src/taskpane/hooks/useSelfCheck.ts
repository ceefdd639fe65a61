/**
 * The self-check's state: runs src/selfcheck/selfCheck.ts against the workbook in use and keeps
 * its lines as they come. Loaded with the self-check panel, on demand.
 */
import * as React from "react";
import type { ExcelRun } from "../../workbook/excelWorkbook";
import type { LeadWorkbook } from "../../workbook/workbook";
import { runSelfCheck, SelfCheckResult } from "../../selfcheck/selfCheck";

/** What the self-check needs of Excel beyond the workbook interface. */
export interface SelfCheckExcel {
  readonly run: ExcelRun;
  readonly isSetSupported: (set: string, version: string) => boolean;
}

export interface SelfCheckState {
  readonly running: boolean;
  readonly results: readonly SelfCheckResult[];
  /** Set when the run itself stopped (not a failed check, which is a line of its own). */
  readonly error: string | null;
  readonly start: () => void;
}

export function useSelfCheck(
  workbook: LeadWorkbook,
  excel: SelfCheckExcel,
  now: () => Date
): SelfCheckState {
  const [running, setRunning] = React.useState(false);
  const [results, setResults] = React.useState<readonly SelfCheckResult[]>([]);
  const [error, setError] = React.useState<string | null>(null);

  const start = React.useCallback(() => {
    setRunning(true);
    setResults([]);
    setError(null);
    runSelfCheck({
      workbook,
      run: excel.run,
      isSetSupported: excel.isSetSupported,
      now: now(),
      onResult: (result) => setResults((shown) => [...shown, result]),
    })
      .catch((failure: unknown) =>
        setError(failure instanceof Error ? failure.message : String(failure))
      )
      .finally(() => setRunning(false));
  }, [workbook, excel, now]);

  return { running, results, error, start };
}
