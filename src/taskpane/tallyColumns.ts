/** The columns the tally reads from the leads. */
import type { ColumnMapping } from "../engine";

/**
 * Source, then Outcome when mapped, then Date and Closed when those and Outcome are mapped: the
 * time to convert needs all three (Closed is optional everywhere). `timed` says whether the last
 * two are there.
 */
export function tallyColumns(
  map: ColumnMapping,
  source: number
): { readonly read: number[]; readonly timed: boolean } {
  const { outcome, date, closed } = map;
  if (outcome === null) return { read: [source], timed: false };
  if (date === null || closed === null) return { read: [source, outcome], timed: false };
  return { read: [source, outcome, date, closed], timed: true };
}
