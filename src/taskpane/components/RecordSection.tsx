import * as React from "react";
import type { LeadTarget } from "../hooks/useRecording";
import type { OutcomeChoice } from "../outcomeLabels";
import { AddSourceForm } from "./AddSourceForm";
import { MarkOutcome } from "./MarkOutcome";
import { SaveStatus } from "./SaveStatus";
import { SourceButtons } from "./SourceButtons";
import { useSectionStyles } from "./styles";

export interface RecordSectionProps {
  readonly sources: readonly string[];
  /** False until the leads and their Source column are known. */
  readonly canRecord: boolean;
  readonly canMark: boolean;
  readonly pendingLeads: number;
  readonly saved: boolean;
  readonly target: LeadTarget | null;
  readonly wonLabel: string;
  readonly lostLabel: string;
  readonly notice: string | null;
  readonly onRecord: (source: string) => void;
  readonly onAddSource: (name: string) => string | null;
  readonly onMark: (outcome: OutcomeChoice) => void;
  readonly onUseSelectedRow: () => void;
}

/** One click per lead, then won or lost when it is known. */
export function RecordSection(props: RecordSectionProps): React.JSX.Element {
  const styles = useSectionStyles();
  const headingId = React.useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Record a lead
      </h2>
      <p className={styles.hint}>
        Click where a lead came from: it is added to the leads with today&apos;s date and the
        outcome Open.
      </p>
      <SourceButtons
        sources={props.sources}
        disabled={!props.canRecord}
        onRecord={props.onRecord}
      />
      <SaveStatus pendingLeads={props.pendingLeads} saved={props.saved} />
      <AddSourceForm disabled={!props.canRecord} onAddSource={props.onAddSource} />
      <MarkOutcome
        target={props.target}
        canMark={props.canMark}
        wonLabel={props.wonLabel}
        lostLabel={props.lostLabel}
        notice={props.notice}
        onMark={props.onMark}
        onUseSelectedRow={props.onUseSelectedRow}
      />
    </section>
  );
}
