import * as React from "react";
import { Field } from "@fluentui/react-components";
import type { ReadProgress } from "../../workbook/workbook";

// A bar shows only while a tally or the balance runs: its code loads then (the text shows first).
const ReadProgressBar = React.lazy(() =>
  import(/* webpackChunkName: "progress" */ "./ReadProgressBar").then((m) => ({
    default: m.ReadProgressBar,
  }))
);

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
      <React.Suspense fallback={null}>
        <ReadProgressBar
          value={
            progress === null || progress.totalRows === 0
              ? undefined
              : progress.rowsRead / progress.totalRows
          }
        />
      </React.Suspense>
    </Field>
  );
}
