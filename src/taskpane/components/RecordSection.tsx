import * as React from "react";
import type { LeadTarget } from "../hooks/useRecording";
import type { LeadDay } from "../leadRows";
import type { OutcomeChoice } from "../outcomeLabels";
import { AddSourceForm } from "./AddSourceForm";
import { LeadDetails } from "./LeadDetails";
import { LoadBoundary } from "./LoadBoundary";
import { MarkOutcome, MarkingProps } from "./MarkOutcome";
import { SaveStatus } from "./SaveStatus";
import { SourceButtons } from "./SourceButtons";
import { useSectionStyles } from "./styles";

// Asked only after Mark won (from here: the chase list asks beside itself): loaded then.
const JobValue = React.lazy(() =>
  import(/* webpackChunkName: "answers" */ "./JobValue").then((m) => ({ default: m.JobValue }))
);

// Renaming and hiding sources is occasional: loaded when opened.
const ManageSources = React.lazy(() =>
  import(/* webpackChunkName: "answers" */ "./ManageSources").then((m) => ({
    default: m.ManageSources,
  }))
);

export interface RecordSectionProps extends MarkingProps {
  readonly sources: readonly string[];
  /** False until the leads and their Source column are known. */
  readonly canRecord: boolean;
  readonly canMark: boolean;
  readonly pendingLeads: number;
  readonly saved: boolean;
  /** True while the last recorded lead may be undone. */
  readonly canUndo: boolean;
  readonly onUndo: () => void;
  readonly target: LeadTarget | null;
  readonly wonLabel: string;
  readonly lostLabel: string;
  readonly notice: string | null;
  readonly day: LeadDay;
  /** False without a Notes column. */
  readonly canNote: boolean;
  /** "Today: Walk-in 3, Phone enquiry 1.", or null without a Date column. */
  readonly today: string | null;
  readonly onDay: (day: LeadDay) => void;
  readonly onRecord: (source: string, note?: string) => void;
  readonly onAddSource: (name: string) => string | null;
  /** Every source, hidden ones included, and the hidden ones. */
  readonly allSources: readonly string[];
  readonly hiddenSources: readonly string[];
  readonly onRenameSource: (from: string, to: string) => string | null;
  readonly onHideSource: (name: string) => void;
  readonly onShowSource: (name: string) => void;
  readonly onKeepConsistent: () => void;
  readonly onMark: (outcome: OutcomeChoice) => void;
  readonly onUseSelectedRow: () => void;
  readonly addingClosed: boolean;
  readonly onAddClosed: () => void;
}

/** One click per lead, then won or lost when it is known. */
export function RecordSection(props: RecordSectionProps): React.JSX.Element {
  const styles = useSectionStyles();
  const headingId = React.useId();
  const [note, setNote] = React.useState("");
  const [managing, setManaging] = React.useState(false);
  const record = (source: string) => {
    props.onRecord(source, note);
    setNote("");
  };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Record a lead
      </h2>
      <p className={styles.hint}>
        Click where a lead came from: it is added to the leads with the day below and the outcome
        Open.
      </p>
      <LeadDetails
        day={props.day}
        todayIso={props.todayIso}
        note={note}
        canNote={props.canNote}
        disabled={!props.canRecord}
        onDay={props.onDay}
        onNote={setNote}
      />
      <SourceButtons sources={props.sources} disabled={!props.canRecord} onRecord={record} />
      {!props.canRecord && (
        <p className={styles.hint}>Choose the leads and their Source column to record leads.</p>
      )}
      <SaveStatus
        pendingLeads={props.pendingLeads}
        saved={props.saved}
        target={props.target}
        onUndo={props.canUndo ? props.onUndo : undefined}
      />
      {props.today !== null && <p className={styles.text}>{props.today}</p>}
      <AddSourceForm disabled={!props.canRecord} onAddSource={props.onAddSource} />
      <details onToggle={(event) => setManaging(event.currentTarget.open)}>
        <summary>Rename or hide sources</summary>
        {managing && (
          <LoadBoundary what="Renaming sources">
            <ManageSources
              sources={props.allSources}
              hidden={props.hiddenSources}
              disabled={!props.canRecord}
              onRename={props.onRenameSource}
              onHide={props.onHideSource}
              onShow={props.onShowSource}
              onKeepConsistent={props.onKeepConsistent}
            />
          </LoadBoundary>
        )}
      </details>
      <MarkOutcome
        target={props.target}
        canMark={props.canMark}
        wonLabel={props.wonLabel}
        lostLabel={props.lostLabel}
        notice={props.notice}
        onMark={props.onMark}
        onUseSelectedRow={props.onUseSelectedRow}
        hasClosed={props.hasClosed}
        closedDay={props.closedDay}
        todayIso={props.todayIso}
        onClosedDay={props.onClosedDay}
        addingClosed={props.addingClosed}
        onAddClosed={props.onAddClosed}
      />
      {props.valueFor !== null && (
        <LoadBoundary what="The job's value">
          <JobValue
            key={props.valueFor.dataRow}
            lead={props.valueFor}
            onSave={props.onSaveValue}
            onSkip={props.onSkipValue}
          />
        </LoadBoundary>
      )}
    </section>
  );
}
