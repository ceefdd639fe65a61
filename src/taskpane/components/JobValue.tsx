import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import type { LeadTarget } from "../hooks/useRecording";
import { useSectionStyles } from "./styles";

export interface JobValueProps {
  readonly lead: LeadTarget;
  /** Writes the value typed; returns what is wrong with it, or null. */
  readonly onSave: (text: string) => string | null;
  readonly onSkip: () => void;
}

/** After Mark won: the value of the job, for revenue and return on spend; skippable. */
export function JobValue({ lead, onSave, onSkip }: JobValueProps): React.JSX.Element {
  const section = useSectionStyles();
  const [text, setText] = React.useState("");
  const [problem, setProblem] = React.useState<string | null>(null);
  const input = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => input.current?.focus(), []);
  return (
    <form
      className={section.section}
      onSubmit={(event) => {
        event.preventDefault();
        setProblem(onSave(text));
      }}
    >
      <Field
        label={`Value of the job (row ${lead.sheetRow})`}
        validationState={problem === null ? "none" : "error"}
        validationMessage={problem ?? "Optional: it goes in the Value column."}
      >
        <Input
          ref={input}
          inputMode="decimal"
          value={text}
          onChange={(_event, data) => {
            setText(data.value);
            setProblem(null);
          }}
        />
      </Field>
      <div className={section.row}>
        <Button type="submit" appearance="primary">
          Save value
        </Button>
        <Button onClick={onSkip}>Skip</Button>
      </div>
    </form>
  );
}
