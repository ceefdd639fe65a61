import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { LeadTarget } from "../hooks/useRecording";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  saved: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface SaveStatusProps {
  readonly pendingLeads: number;
  readonly saved: boolean;
  /** The lead last written, named in "Saved". */
  readonly target?: LeadTarget | null;
}

/** How many clicked leads are still being written, then "Saved". Announced politely. */
export function SaveStatus({ pendingLeads, saved, target }: SaveStatusProps): React.JSX.Element {
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
  return (
    <p
      className={saved && pendingLeads === 0 ? `${styles.text} ${local.saved}` : styles.hint}
      role="status"
      aria-live="polite"
    >
      {text}
    </p>
  );
}
