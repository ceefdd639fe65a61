import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
  },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  hidden: { color: tokens.colorNeutralForeground3 },
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    width: "100%",
  },
  input: { minWidth: 0, width: "100%" },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2, marginBlock: tokens.spacingVerticalS },
});

export interface ManageSourcesProps {
  /** Every source, hidden ones included. */
  readonly sources: readonly string[];
  readonly hidden: readonly string[];
  readonly disabled: boolean;
  /** Renames a source; returns what is wrong with the new name, or null. */
  readonly onRename: (from: string, to: string) => string | null;
  readonly onHide: (name: string) => void;
  readonly onShow: (name: string) => void;
  /** Sets drop-down lists on the Source and Outcome columns. */
  readonly onKeepConsistent: () => void;
}

function RenameForm(props: {
  readonly from: string;
  readonly disabled: boolean;
  readonly onRename: (from: string, to: string) => string | null;
  readonly onDone: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const [name, setName] = React.useState(props.from);
  const [problem, setProblem] = React.useState<string | null>(null);
  function submit(event: React.FormEvent): void {
    event.preventDefault();
    const result = props.onRename(props.from, name);
    setProblem(result);
    if (result === null) props.onDone();
  }
  return (
    <form className={styles.form} onSubmit={submit}>
      <Field
        label={`New name for ${props.from}`}
        hint="Every lead of this source is rewritten with the new name."
        validationState={problem === null ? "none" : "error"}
        validationMessage={problem ?? undefined}
      >
        <Input
          className={styles.input}
          value={name}
          disabled={props.disabled}
          onChange={(_event, data) => {
            setName(data.value);
            setProblem(null);
          }}
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" disabled={props.disabled}>
          Rename
        </Button>
        <Button size="small" onClick={props.onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** Renaming a source (its cells too), and hiding or showing its button. Loaded when opened. */
export function ManageSources(props: ManageSourcesProps): React.JSX.Element {
  const styles = useStyles();
  const [renaming, setRenaming] = React.useState<string | null>(null);
  const hidden = new Set(props.hidden.map((name) => name.toLowerCase()));
  return (
    <>
      <ul className={styles.list} aria-label="Sources to rename or hide">
        {props.sources.map((source) => {
          const isHidden = hidden.has(source.toLowerCase());
          return (
            <li key={source} className={styles.item}>
              {renaming === source ? (
                <RenameForm
                  from={source}
                  disabled={props.disabled}
                  onRename={props.onRename}
                  onDone={() => setRenaming(null)}
                />
              ) : (
                <>
                  <span className={isHidden ? `${styles.name} ${styles.hidden}` : styles.name}>
                    {source}
                    {isHidden ? " (hidden)" : ""}
                  </span>
                  <Button
                    size="small"
                    aria-label={`Rename ${source}`}
                    disabled={props.disabled}
                    onClick={() => setRenaming(source)}
                  >
                    Rename
                  </Button>
                  <Button
                    size="small"
                    aria-label={`${isHidden ? "Show" : "Hide"} the button for ${source}`}
                    disabled={props.disabled}
                    onClick={() => (isHidden ? props.onShow(source) : props.onHide(source))}
                  >
                    {isHidden ? "Show" : "Hide"}
                  </Button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <p className={styles.hint}>
        A drop-down list in the Source and Outcome columns keeps typing consistent in Excel too; a
        value not on it gets a warning and can still be kept.
      </p>
      <Button disabled={props.disabled} onClick={props.onKeepConsistent}>
        Keep typing consistent
      </Button>
    </>
  );
}
