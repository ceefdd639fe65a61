/**
 * The sources the pane offers as buttons: those already in the leads (spellings merged by the
 * engine, most leads first), then the usual ones not yet used, then the owner's additions.
 */
import {
  Cell,
  NO_SOURCE_LABEL,
  outcomeRules,
  tallyBySource,
  toKey,
  toLabel,
  withoutErrorCells,
} from "../engine";

export const DEFAULT_SOURCES: readonly string[] = [
  "Walk-in",
  "Phone enquiry",
  "Website",
  "Referral",
  "Advertising",
  "Direct mail",
];

/** Labels in order, without a second spelling of one already listed. */
export function mergeSources(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const label of lists.flat().map((item) => toLabel(item))) {
    const key = toKey(label);
    if (label === "" || label === NO_SOURCE_LABEL || seen.has(key)) continue;
    seen.add(key);
    merged.push(label);
  }
  return merged;
}

export function sourceButtons(
  sourceCells: readonly Cell[],
  extraSources: readonly string[]
): string[] {
  // Only the grouping matters here, not the outcomes, so the default rules do.
  // An error cell (#N/A) is no source to offer.
  const inData = tallyBySource(withoutErrorCells(sourceCells), null, outcomeRules()).map(
    (group) => group.label
  );
  return mergeSources(inData, DEFAULT_SOURCES, extraSources);
}

/** The source buttons to show: all but those the owner hid (compared as sources are). */
export function visibleSources(
  sources: readonly string[],
  hidden: readonly string[]
): readonly string[] {
  if (hidden.length === 0) return sources;
  const keys = new Set(hidden.map((name) => toKey(name)));
  return sources.filter((source) => !keys.has(toKey(source)));
}
