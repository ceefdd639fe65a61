/** The owner's won and lost labels as the pane reads and writes them. */
import { TallySettings, toKey, toLabel } from "../engine";

export type OutcomeChoice = "won" | "lost";

/**
 * The label the owner uses for won or lost: their first, else "Won" or "Lost". A label in lower
 * case only (as the defaults are listed) is written with a capital, as a person types it.
 */
export function outcomeLabel(settings: TallySettings, outcome: OutcomeChoice): string {
  const labels = outcome === "won" ? settings.wonLabels : settings.lostLabels;
  const first = labels.map((label) => toLabel(label)).find((label) => label !== "");
  if (first === undefined) return outcome === "won" ? "Won" : "Lost";
  return first === first.toLowerCase() ? first.charAt(0).toUpperCase() + first.slice(1) : first;
}

/** Comma-separated labels, trimmed, blanks and repeats left out. */
export function parseLabels(text: string): string[] {
  const labels: string[] = [];
  for (const label of text.split(",").map((part) => toLabel(part))) {
    if (label !== "" && !labels.some((seen) => toKey(seen) === toKey(label))) labels.push(label);
  }
  return labels;
}
