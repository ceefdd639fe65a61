/**
 * The owner's words for won and lost, saved with the other settings: typed as lists, or one
 * outcome value at a time from the values the leads hold.
 */
import { useCallback } from "react";
import {
  MAX_SETTINGS_ITEMS,
  MAX_SETTINGS_TEXT_LENGTH,
  OutcomeClass,
  listsProblem,
} from "../../engine";
import { parseLabels } from "../outcomeLabels";
import type { Session } from "./useSession";

export interface OutcomeLabelsState {
  /** Saves the won and lost labels typed (comma-separated); returns what is wrong, or null. */
  setOutcomeLabels(won: string, lost: string): string | null;
  /** Moves one outcome value to won, lost or open; settles with what is wrong, or null. */
  classifyOutcome(value: string, to: OutcomeClass): Promise<string | null>;
}

/** The rules for moving one value, loaded with the part of the pane that offers it. */
const outcomeClasses = () =>
  import(/* webpackChunkName: "answers" */ "../../engine/outcomeClasses");

export function useOutcomeLabels(session: Session): OutcomeLabelsState {
  const { live, persist } = session;

  const setOutcomeLabels = useCallback(
    (wonText: string, lostText: string): string | null => {
      const wonLabels = parseLabels(wonText);
      const lostLabels = parseLabels(lostText);
      for (const labels of [wonLabels, lostLabels]) {
        if (labels.length > MAX_SETTINGS_ITEMS) return `Give at most ${MAX_SETTINGS_ITEMS} labels.`;
        const long = labels.find((label) => label.length > MAX_SETTINGS_TEXT_LENGTH);
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
    async (value: string, to: OutcomeClass): Promise<string | null> => {
      const { setOutcomeClass } = await outcomeClasses();
      // The settings as they are now, not when the module was asked for.
      const stored = live.current.settings;
      const moved = setOutcomeClass(stored, value, to);
      if (!moved.ok) return moved.message;
      if (
        moved.lists.wonLabels.length > MAX_SETTINGS_ITEMS ||
        moved.lists.lostLabels.length > MAX_SETTINGS_ITEMS
      ) {
        return `Give at most ${MAX_SETTINGS_ITEMS} labels.`;
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

  return { setOutcomeLabels, classifyOutcome };
}
