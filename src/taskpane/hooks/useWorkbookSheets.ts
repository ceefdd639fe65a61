/** The preview workbook's sheets, re-read whenever the workbook changes. */
import { useSyncExternalStore } from "react";
import type { SheetGrid } from "../../workbook/memoryWorkbook";

/** What the preview needs from the in-memory workbook. */
export interface PreviewWorkbook {
  /** The same array until the workbook changes. */
  listSheets(): readonly SheetGrid[];
  subscribe(listener: () => void): () => void;
  /** Selects a cell (zero-based sheet row and column), as a click in Excel does. */
  select(sheetName: string, row: number, column: number): void;
}

export function useWorkbookSheets(workbook: PreviewWorkbook): readonly SheetGrid[] {
  return useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.listSheets()
  );
}
