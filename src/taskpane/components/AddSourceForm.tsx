import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  form: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
  },
  field: { flexGrow: 1, minWidth: 0 },
  // Fluent's Input has a minimum width of its own: at 320 px it would run under the button.
  input: { minWidth: 0, width: "100%" },
  button: {
    // Level with the input: below the field's label (its line, 2 × XXS padding, XXS margin).
    marginTop: `calc(${tokens.lineHeightBase300} + 3 * ${tokens.spacingVerticalXXS})`,
    flexShrink: 0,
  },
});

export interface AddSourceFormProps {
  readonly disabled: boolean;
  /** Adds the source; returns what is wrong with the name, or null when it was added. */
  readonly onAddSource: (name: string) => string | null;
}

/** A source of the owner's own, added to the buttons (and saved in the workbook). */
export function AddSourceForm({ disabled, onAddSource }: AddSourceFormProps): React.JSX.Element {
  const styles = useStyles();
  const [name, setName] = React.useState("");
  const [problem, setProblem] = React.useState<string | null>(null);

  function submit(event: React.FormEvent): void {
    event.preventDefault();
    const result = onAddSource(name);
    setProblem(result);
    if (result === null) setName("");
  }

  return (
    <form className={styles.form} onSubmit={submit}>
      <Field
        className={styles.field}
        label="New source"
        validationState={problem === null ? "none" : "error"}
        validationMessage={problem ?? undefined}
      >
        <Input
          className={styles.input}
          value={name}
          disabled={disabled}
          onChange={(_event, data) => {
            setName(data.value);
            setProblem(null);
          }}
        />
      </Field>
      <Button className={styles.button} type="submit" disabled={disabled}>
        Add source
      </Button>
    </form>
  );
}
