import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { LeadDay } from "../leadRows";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  days: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  date: { width: "11em" },
});

export interface DayChoiceProps {
  /** What the day is for, before the buttons: "Day of the lead:", "Closed on:". */
  readonly label: string;
  /** The date box's label, when Other day is chosen. */
  readonly dateLabel: string;
  readonly day: LeadDay;
  /** Today as yyyy-mm-dd, for the date box's first value and its upper limit. */
  readonly todayIso: string;
  readonly disabled: boolean;
  readonly onDay: (day: LeadDay) => void;
}

/** Today, Yesterday or another day (kept until changed): a lead's day, or the day it closed. */
export function DayChoice(props: DayChoiceProps): React.JSX.Element {
  const { day, disabled } = props;
  const styles = useStyles();
  const section = useSectionStyles();
  const labelId = React.useId();
  const choose = (kind: "today" | "yesterday" | "date") => {
    if (kind === "date") props.onDay({ kind, iso: day.kind === "date" ? day.iso : props.todayIso });
    else props.onDay({ kind });
  };
  return (
    <div className={styles.days} role="group" aria-labelledby={labelId}>
      <span id={labelId} className={section.hint}>
        {props.label}
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
        <Field label={props.dateLabel} size="small">
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
  );
}
