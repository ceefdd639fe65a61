/** The owner's words for won and lost, saved with the other settings. */
import { useCallback } from "react";
import { MAX_LABELS, MAX_LABEL_LENGTH, parseLabels } from "../outcomeLabels";
import type { Session } from "./useSession";

export interface OutcomeLabelsState {
  /** Saves the won and lost labels typed (comma-separated); returns what is wrong, or null. */
  setOutcomeLabels(won: string, lost: string): string | null;
}

export function useOutcomeLabels(session: Session): OutcomeLabelsState {
  const { live, persist } = session;
  const setOutcomeLabels = useCallback(
    (wonText: string, lostText: string): string | null => {
      const wonLabels = parseLabels(wonText);
      const lostLabels = parseLabels(lostText);
      for (const labels of [wonLabels, lostLabels]) {
        if (labels.length > MAX_LABELS) return `Give at most ${MAX_LABELS} labels.`;
        const long = labels.find((label) => label.length > MAX_LABEL_LENGTH);
        if (long !== undefined) return `"${long.slice(0, 40)}…" is too long for a label.`;
      }
      persist({ ...live.current.settings, wonLabels, lostLabels });
      return null;
    },
    [live, persist]
  );
  return { setOutcomeLabels };
}
