/** The short "today" line under the source buttons: what came in today, by source. */
import { dayNumberFromCell, isBlank, mostFrequentSpelling, toKey, toLabel } from "../engine";
import type { LeadCells } from "./hooks/useLeadSources";

/**
 * "Today: Walk-in 3, Phone enquiry 1", "Today: no leads yet", or null without a Date column.
 * A source is named by its most frequent spelling over all the leads, as the tally names it, so
 * the line and the tally never disagree on a name ("Website", not today's one "website").
 */
export function todayLine(cells: LeadCells | null, today: number): string | null {
  if (cells === null || cells.dates === null) return null;
  const dates = cells.dates;
  const spellings = new Map<string, Map<string, number>>();
  const counts = new Map<string, number>();
  cells.sources.forEach((source, row) => {
    if (isBlank(source)) return;
    const label = toLabel(source);
    const key = toKey(label);
    const seen = spellings.get(key) ?? new Map<string, number>();
    seen.set(label, (seen.get(label) ?? 0) + 1);
    spellings.set(key, seen);
    if (dayNumberFromCell(dates[row] ?? null) === today)
      counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  if (counts.size === 0) return "Today: no leads yet.";
  const parts = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${mostFrequentSpelling(spellings.get(key) ?? new Map())} ${count}`);
  return `Today: ${parts.join(", ")}.`;
}
