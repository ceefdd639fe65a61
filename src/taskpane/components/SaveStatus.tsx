import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { LeadTarget } from "../hooks/useRecording";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  saved: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
});

export interface SaveStatusProps {
  readonly pendingLeads: number;
  readonly saved: boolean;
  /** The lead last written, named in "Saved". */
  readonly target?: LeadTarget | null;
  /** Undoes the lead just saved; shown beside "Saved" when given. */
  readonly onUndo?: () => void;
}

/** How many clicked leads are still being written, then "Saved". Announced politely. */
export function SaveStatus({
  pendingLeads,
  saved,
  target,
  onUndo,
}: SaveStatusProps): React.JSX.Element {
  const styles = useSectionStyles();
  const local = useStyles();
  let text = "";
  if (pendingLeads > 0) {
    text = `Saving ${pendingLeads} ${pendingLeads === 1 ? "lead" : "leads"}…`;
  } else if (saved) {
    text =
      target?.kind === "last"
        ? `Saved: row ${target.sheetRow}${target.source === null ? "" : `, ${target.source}`}`
        : "Saved";
  }
  const done = saved && pendingLeads === 0;
  // The button stays outside the live region, so only the status itself is announced.
  return (
    <div className={local.row}>
      <p
        className={done ? `${styles.text} ${local.saved}` : styles.hint}
        role="status"
        aria-live="polite"
      >
        {text}
      </p>
      {done && onUndo !== undefined && (
        <Button size="small" onClick={onUndo}>
          Undo
        </Button>
      )}
    </div>
  );
}
