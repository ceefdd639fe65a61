/** The short "today" line under the source buttons: what came in today, by source. */
import { dayNumberFromCell, isBlank, toKey, toLabel } from "../engine";
import type { LeadCells } from "./hooks/useLeadSources";

/** "Today: Walk-in 3, Phone enquiry 1", "Today: no leads yet", or null without a Date column. */
export function todayLine(cells: LeadCells | null, today: number): string | null {
  if (cells === null || cells.dates === null) return null;
  const counts = new Map<string, { label: string; count: number }>();
  cells.dates.forEach((date, row) => {
    const source = cells.sources[row];
    if (dayNumberFromCell(date) !== today || source === undefined || isBlank(source)) return;
    const label = toLabel(source);
    const key = toKey(label);
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, { label, count: 1 });
    else entry.count += 1;
  });
  if (counts.size === 0) return "Today: no leads yet.";
  const parts = [...counts.values()]
    .sort((a, b) => b.count - a.count)
    .map(({ label, count }) => `${label} ${count}`);
  return `Today: ${parts.join(", ")}.`;
}
