import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import { DEFAULT_LOST_LABELS, DEFAULT_WON_LABELS } from "../../engine";
import { useDisclosureStyles, useSectionStyles } from "./styles";

export interface OutcomeLabelsProps {
  readonly wonLabels: readonly string[];
  readonly lostLabels: readonly string[];
  readonly disabled: boolean;
  /** Saves the labels typed (comma-separated); returns what is wrong with them, or null. */
  readonly onSave: (won: string, lost: string) => string | null;
}

/**
 * The outcome labels that mean won (a client) and lost, when the owner's own words differ from
 * the usual ones. Folded away: most owners never need it.
 */
export function OutcomeLabels({
  wonLabels,
  lostLabels,
  disabled,
  onSave,
}: OutcomeLabelsProps): React.JSX.Element {
  const styles = useDisclosureStyles();
  const section = useSectionStyles();
  const [won, setWon] = React.useState(wonLabels.join(", "));
  const [lost, setLost] = React.useState(lostLabels.join(", "));
  const [status, setStatus] = React.useState<{ problem: boolean; text: string } | null>(null);
  // The lists change from the outcome values' controls too: the boxes follow them.
  React.useEffect(() => setWon(wonLabels.join(", ")), [wonLabels]);
  React.useEffect(() => setLost(lostLabels.join(", ")), [lostLabels]);

  function submit(event: React.FormEvent): void {
    event.preventDefault();
    const problem = onSave(won, lost);
    setStatus(
      problem === null
        ? { problem: false, text: "Labels set: Mark won, Mark lost and the next tally use them." }
        : { problem: true, text: problem }
    );
  }

  return (
    <details className={styles.details}>
      <summary className={styles.summary}>Won and lost labels</summary>
      <form className={styles.body} onSubmit={submit}>
        <p className={section.hint}>
          The outcomes that mean a lead was won or lost, separated by commas. Leave a box empty for
          the usual ones. The first label is what Mark won and Mark lost write.
        </p>
        <Field label="Won labels">
          <Input
            value={won}
            disabled={disabled}
            placeholder={DEFAULT_WON_LABELS.join(", ")}
            onChange={(_event, data) => setWon(data.value)}
          />
        </Field>
        <Field label="Lost labels">
          <Input
            value={lost}
            disabled={disabled}
            placeholder={DEFAULT_LOST_LABELS.join(", ")}
            onChange={(_event, data) => setLost(data.value)}
          />
        </Field>
        <div className={section.row}>
          <Button type="submit" disabled={disabled}>
            Save labels
          </Button>
        </div>
        <p
          className={status?.problem ? `${section.hint} ${styles.problem}` : section.hint}
          role="status"
          aria-live="polite"
        >
          {status?.text ?? ""}
        </p>
      </form>
    </details>
  );
}
