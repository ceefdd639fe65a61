import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { TallyResult } from "../hooks/useTally";
import type { ReadProgress } from "../../workbook/workbook";
import { LoadBoundary } from "./LoadBoundary";
import { ReadProgressField } from "./ReadProgressField";
import { useSectionStyles } from "./styles";

// The table and the chart appear only after a tally: loaded then, not with the first view.
const TallyTable = React.lazy(() =>
  import(/* webpackChunkName: "tally" */ "./TallyTable").then((m) => ({ default: m.TallyTable }))
);
const TallyChart = React.lazy(() =>
  import(/* webpackChunkName: "tally" */ "./TallyChart").then((m) => ({ default: m.TallyChart }))
);

export interface TallySectionProps {
  readonly canTally: boolean;
  readonly tallying: boolean;
  readonly progress: ReadProgress | null;
  readonly tally: TallyResult | null;
  readonly dark: boolean;
  readonly onTally: () => void;
}

function status(tally: TallyResult): string {
  if (tally.sheetName === tally.preferredName) return `${tally.preferredName} sheet updated`;
  return `${tally.preferredName} sheet updated: written to "${tally.sheetName}", because a sheet of yours is already called "${tally.preferredName}".`;
}

/** One click: the tally by source, written to the Lead Tally sheet and shown here. */
export function TallySection(props: TallySectionProps): React.JSX.Element {
  const { canTally, tallying, progress, tally, dark } = props;
  const styles = useSectionStyles();
  const headingId = React.useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Tally
      </h2>
      <p className={styles.hint}>
        Counts the leads by source and outcome into the Lead Tally sheet. Your leads are only read.
      </p>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!canTally || tallying} onClick={props.onTally}>
          Tally
        </Button>
      </div>
      {tallying && <ReadProgressField progress={progress} />}
      {tally !== null && (
        <>
          <p className={styles.text} role="status">
            {status(tally)}
          </p>
          <LoadBoundary what="The tally table">
            <TallyTable groups={tally.groups} total={tally.total} time={tally.time} />
          </LoadBoundary>
          {tally.groups.length > 0 && (
            <LoadBoundary what="The chart">
              <TallyChart groups={tally.groups} dark={dark} />
            </LoadBoundary>
          )}
        </>
      )}
    </section>
  );
}
