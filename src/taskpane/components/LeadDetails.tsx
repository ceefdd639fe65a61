import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { LeadDay } from "../leadRows";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  days: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  date: { width: "11em" },
});

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
  const { day, disabled } = props;
  const styles = useStyles();
  const section = useSectionStyles();
  const dayId = React.useId();
  const choose = (kind: "today" | "yesterday" | "date") => {
    if (kind === "date") props.onDay({ kind, iso: day.kind === "date" ? day.iso : props.todayIso });
    else props.onDay({ kind });
  };
  return (
    <>
      <div className={styles.days} role="group" aria-labelledby={dayId}>
        <span id={dayId} className={section.hint}>
          Day of the lead:
        </span>
        {(
          [
            ["today", "Today"],
            ["yesterday", "Yesterday"],
            ["date", "Other day"],
          ] as const
        ).map(([kind, name]) => (
          <Button
            key={kind}
            size="small"
            appearance={day.kind === kind ? "primary" : "secondary"}
            aria-pressed={day.kind === kind}
            disabled={disabled}
            onClick={() => choose(kind)}
          >
            {name}
          </Button>
        ))}
        {day.kind === "date" && (
          <Field label="Date" size="small">
            <Input
              className={styles.date}
              type="date"
              size="small"
              value={day.iso}
              max={props.todayIso}
              disabled={disabled}
              onChange={(_event, data) => props.onDay({ kind: "date", iso: data.value })}
            />
          </Field>
        )}
      </div>
      <Field
        label="Name or note (optional)"
        hint={props.canNote ? undefined : "Choose a Notes column to keep a note with the lead."}
      >
        <Input
          value={props.note}
          disabled={disabled || !props.canNote}
          onChange={(_event, data) => props.onNote(data.value)}
        />
      </Field>
    </>
  );
}
