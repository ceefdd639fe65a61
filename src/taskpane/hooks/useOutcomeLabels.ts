/**
 * The owner's words for won and lost, saved with the other settings: typed as lists, or one
 * outcome value at a time from the values the leads hold.
 */
import { useCallback, useMemo } from "react";
import {
  Cell,
  OutcomeClass,
  OutcomeValue,
  listsProblem,
  outcomeValues,
  setOutcomeClass,
} from "../../engine";
import { MAX_LABELS, MAX_LABEL_LENGTH, parseLabels } from "../outcomeLabels";
import type { Session } from "./useSession";

export interface OutcomeLabelsState {
  /** The distinct values of the Outcome column with their classes; null without the column. */
  readonly outcomeValues: readonly OutcomeValue[] | null;
  /** Saves the won and lost labels typed (comma-separated); returns what is wrong, or null. */
  setOutcomeLabels(won: string, lost: string): string | null;
  /** Moves one outcome value to won, lost or open; returns what is wrong, or null. */
  classifyOutcome(value: string, to: OutcomeClass): string | null;
}

export function useOutcomeLabels(
  session: Session,
  outcomes: readonly Cell[] | null
): OutcomeLabelsState {
  const { live, persist, settings } = session;
  const values = useMemo(
    () =>
      outcomes === null ? null : outcomeValues(outcomes, settings.wonLabels, settings.lostLabels),
    [outcomes, settings.wonLabels, settings.lostLabels]
  );

  const setOutcomeLabels = useCallback(
    (wonText: string, lostText: string): string | null => {
      const wonLabels = parseLabels(wonText);
      const lostLabels = parseLabels(lostText);
      for (const labels of [wonLabels, lostLabels]) {
        if (labels.length > MAX_LABELS) return `Give at most ${MAX_LABELS} labels.`;
        const long = labels.find((label) => label.length > MAX_LABEL_LENGTH);
        if (long !== undefined) return `"${long.slice(0, 40)}…" is too long for a label.`;
      }
      const problem = listsProblem({ wonLabels, lostLabels });
      if (problem !== null) return `${problem} Nothing was saved.`;
      persist({ ...live.current.settings, wonLabels, lostLabels });
      return null;
    },
    [live, persist]
  );

  const classifyOutcome = useCallback(
    (value: string, to: OutcomeClass): string | null => {
      const stored = live.current.settings;
      const moved = setOutcomeClass(stored, value, to);
      if (!moved.ok) return moved.message;
      if (moved.lists.wonLabels.length > MAX_LABELS || moved.lists.lostLabels.length > MAX_LABELS) {
        return `Give at most ${MAX_LABELS} labels.`;
      }
      persist({
        ...stored,
        wonLabels: [...moved.lists.wonLabels],
        lostLabels: [...moved.lists.lostLabels],
      });
      return null;
    },
    [live, persist]
  );

  return { outcomeValues: values, setOutcomeLabels, classifyOutcome };
}
