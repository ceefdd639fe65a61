import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { LeadTarget } from "../hooks/useRecording";
import type { OutcomeChoice } from "../outcomeLabels";
import { useSectionStyles } from "./styles";

export interface MarkOutcomeProps {
  readonly target: LeadTarget | null;
  /** False when the leads have no Outcome column. */
  readonly canMark: boolean;
  readonly wonLabel: string;
  readonly lostLabel: string;
  /** What was last marked, e.g. "Row 61 (Website) marked Won." */
  readonly notice: string | null;
  readonly onMark: (outcome: OutcomeChoice) => void;
  readonly onUseSelectedRow: () => void;
}

function describeTarget(target: LeadTarget): string {
  const which = target.kind === "last" ? "Last lead" : "Selected lead";
  return `${which}: row ${target.sheetRow}${target.source === null ? "" : `, ${target.source}`}`;
}

/** Marks the last lead added, or the row selected in the sheet, as won or lost. */
export function MarkOutcome(props: MarkOutcomeProps): React.JSX.Element {
  const { target, canMark, wonLabel, lostLabel, notice } = props;
  const styles = useSectionStyles();
  const disabled = target === null || !canMark;
  return (
    <>
      <p className={styles.text}>
        {target === null
          ? "No lead chosen yet: record one, or select a lead's row in the sheet and choose Use selected row."
          : describeTarget(target)}
      </p>
      <div className={styles.row}>
        <Button
          disabled={disabled}
          title={`Writes "${wonLabel}" in the lead's Outcome cell`}
          onClick={() => props.onMark("won")}
        >
          Mark won
        </Button>
        <Button
          disabled={disabled}
          title={`Writes "${lostLabel}" in the lead's Outcome cell`}
          onClick={() => props.onMark("lost")}
        >
          Mark lost
        </Button>
        <Button appearance="subtle" onClick={props.onUseSelectedRow}>
          Use selected row
        </Button>
      </div>
      {!canMark && (
        <p className={styles.hint}>Choose an Outcome column to mark leads won or lost.</p>
      )}
      <p className={styles.hint} role="status" aria-live="polite">
        {notice ?? ""}
      </p>
    </>
  );
}
