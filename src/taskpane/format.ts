/** Numbers as the pane shows them. */
import { NO_RATE } from "../engine";

/** A rate as a percentage with one decimal ("40.0%"), or a dash when there is nothing to divide by. */
export function formatRate(numerator: number, denominator: number): string {
  if (denominator === 0) return NO_RATE;
  return `${((numerator / denominator) * 100).toFixed(1)}%`;
}
