import * as React from "react";
import { Field, ProgressBar } from "@fluentui/react-components";
import type { ReadProgress } from "../../workbook/workbook";

export interface ReadProgressFieldProps {
  /** Rows read so far, or null before the first block. */
  readonly progress: ReadProgress | null;
}

/** How far the reading of the leads has come, while a tally or the balance runs. */
export function ReadProgressField({ progress }: ReadProgressFieldProps): React.JSX.Element {
  const text =
    progress === null
      ? "Reading the leads…"
      : `Read ${progress.rowsRead.toLocaleString()} of ${progress.totalRows.toLocaleString()} rows`;
  return (
    <Field validationMessage={text} validationState="none">
      <ProgressBar
        value={
          progress === null || progress.totalRows === 0
            ? undefined
            : progress.rowsRead / progress.totalRows
        }
      />
    </Field>
  );
}
