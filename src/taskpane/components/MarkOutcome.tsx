import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { LeadTarget } from "../hooks/useRecording";
import type { LeadDay } from "../leadRows";
import type { OutcomeChoice } from "../outcomeLabels";
import { DayChoice } from "./DayChoice";
import { useSectionStyles } from "./styles";

/**
 * What marking shares between the Record section and the chase list: the day Mark won and Mark
 * lost write in the Closed column, and the job's value asked after Mark won. Each place gets
 * `valueFor` only for the marks made there, so the prompt appears where the owner clicked.
 */
export interface MarkingProps {
  /** True when the leads have a Closed column: marking writes the day there. */
  readonly hasClosed: boolean;
  /** The day marking writes in the Closed column. */
  readonly closedDay: LeadDay;
  /** Today as yyyy-mm-dd. */
  readonly todayIso: string;
  readonly onClosedDay: (day: LeadDay) => void;
  /** The lead just marked won here, whose value is asked for; else null. */
  readonly valueFor: LeadTarget | null;
  readonly onSaveValue: (text: string) => string | null;
  readonly onSkipValue: () => void;
}

export interface MarkOutcomeProps
  extends Pick<MarkingProps, "hasClosed" | "closedDay" | "todayIso" | "onClosedDay"> {
  readonly target: LeadTarget | null;
  /** False when the leads have no Outcome column. */
  readonly canMark: boolean;
  readonly wonLabel: string;
  readonly lostLabel: string;
  /** What was last marked, e.g. "Row 61 (Website) marked Won." */
  readonly notice: string | null;
  readonly onMark: (outcome: OutcomeChoice) => void;
  readonly onUseSelectedRow: () => void;
  /** True while the Closed column asked for is being added. */
  readonly addingClosed: boolean;
  readonly onAddClosed: () => void;
}

/** Beside the Mark buttons: the day they write as closed, or the offer of a Closed column. */
function ClosedDate(props: MarkOutcomeProps): React.JSX.Element | null {
  const styles = useSectionStyles();
  if (props.hasClosed) {
    return (
      <DayChoice
        label="Closed on:"
        dateLabel="Closed on"
        day={props.closedDay}
        todayIso={props.todayIso}
        disabled={!props.canMark}
        onDay={props.onClosedDay}
      />
    );
  }
  if (!props.canMark) return null;
  return (
    <div className={styles.row}>
      <p className={styles.hint}>
        No Closed column: time to convert and projected conversion need the day each lead was won or
        lost.
      </p>
      <Button size="small" disabled={props.addingClosed} onClick={props.onAddClosed}>
        Add a Closed column
      </Button>
    </div>
  );
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
  const closedNote = props.hasClosed ? " and the day in its Closed cell" : "";
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
          title={`Writes "${wonLabel}" in the lead's Outcome cell${closedNote}`}
          onClick={() => props.onMark("won")}
        >
          Mark won
        </Button>
        <Button
          disabled={disabled}
          title={`Writes "${lostLabel}" in the lead's Outcome cell${closedNote}`}
          onClick={() => props.onMark("lost")}
        >
          Mark lost
        </Button>
        <Button appearance="subtle" onClick={props.onUseSelectedRow}>
          Use selected row
        </Button>
      </div>
      <ClosedDate {...props} />
      {!canMark && (
        <p className={styles.hint}>Choose an Outcome column to mark leads won or lost.</p>
      )}
      <p className={styles.hint} role="status" aria-live="polite">
        {notice ?? ""}
      </p>
    </>
  );
}
