import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import type { LeadDay } from "../leadRows";
import { DayChoice } from "./DayChoice";

export interface LeadDetailsProps {
  readonly day: LeadDay;
  /** Today as yyyy-mm-dd, for the date box's first value and its upper limit. */
  readonly todayIso: string;
  readonly note: string;
  /** False without a Notes column. */
  readonly canNote: boolean;
  readonly disabled: boolean;
  readonly onDay: (day: LeadDay) => void;
  readonly onNote: (note: string) => void;
}

/** The day the next leads are dated (kept until changed) and an optional name or note. */
export function LeadDetails(props: LeadDetailsProps): React.JSX.Element {
  return (
    <>
      <DayChoice
        label="Day of the lead:"
        dateLabel="Date"
        day={props.day}
        todayIso={props.todayIso}
        disabled={props.disabled}
        onDay={props.onDay}
      />
      <Field
        label="Name or note (optional)"
        hint={props.canNote ? undefined : "Choose a Notes column to keep a note with the lead."}
      >
        <Input
          value={props.note}
          disabled={props.disabled || !props.canNote}
          onChange={(_event, data) => props.onNote(data.value)}
        />
      </Field>
    </>
  );
}
