import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  button: {
    justifyContent: "flex-start",
    textAlign: "start",
    overflowWrap: "anywhere",
  },
});

export interface SourceButtonsProps {
  readonly sources: readonly string[];
  readonly disabled: boolean;
  readonly onRecord: (source: string) => void;
}

/** One button per source: a click records one lead from it. */
export function SourceButtons({
  sources,
  disabled,
  onRecord,
}: SourceButtonsProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.grid} role="group" aria-label="Sources">
      {sources.map((source) => (
        <Button
          key={source}
          className={styles.button}
          aria-label={`Record a lead from ${source}`}
          disabled={disabled}
          onClick={() => onRecord(source)}
        >
          {source}
        </Button>
      ))}
    </div>
  );
}
