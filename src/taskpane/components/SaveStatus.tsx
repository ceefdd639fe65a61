import * as React from "react";
import { useSectionStyles } from "./styles";

export interface SaveStatusProps {
  readonly pendingLeads: number;
  readonly saved: boolean;
}

/** How many clicked leads are still being written, then "Saved". Announced politely. */
export function SaveStatus({ pendingLeads, saved }: SaveStatusProps): React.JSX.Element {
  const styles = useSectionStyles();
  let text = "";
  if (pendingLeads > 0) {
    text = `Saving ${pendingLeads} ${pendingLeads === 1 ? "lead" : "leads"}…`;
  } else if (saved) {
    text = "Saved";
  }
  return (
    <p className={styles.hint} role="status" aria-live="polite">
      {text}
    </p>
  );
}
