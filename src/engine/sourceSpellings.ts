/**
 * Spellings that are probably one source: "Walk-in", "Walk in" and "walkins" are one; "Google"
 * and "Google Ads" are two. The tally groups only what is the same text (any case, spacing at the
 * ends); this finds the near misses to propose to the owner, who decides. Nothing here merges.
 *
 * Two labels are proposed as one when they are the same after folding case, spacing, hyphens and
 * punctuation, a plural s on any word, and a short list of common abbreviations (FB for
 * Facebook). Nothing looser: a word more or less ("Google Ads"), a different word ("Web" and
 * "Website") or a different number ("Event 2024") keeps two sources apart, since a wrong merge
 * changes the owner's data and a missed one only leaves a proposal unmade.
 *
 * Not exported by the engine's index: only the pane's on-demand parts use it, so it stays out of
 * the first view.
 */
import { Cell, toKey, toLabel } from "./cells";

/** Whole-word abbreviations, folded to the word owners spell out. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  fb: "facebook",
  ig: "instagram",
  insta: "instagram",
  yt: "youtube",
  li: "linkedin",
  wom: "word of mouth",
  ref: "referral",
  tel: "phone",
  telephone: "phone",
};

/** Words that end in s without being plurals (or whose s carries the meaning). */
const NOT_PLURAL: ReadonlySet<string> = new Set([
  "news",
  "sms",
  "gps",
  "bus",
  "gas",
  "yes",
  "ios",
  "this",
  "its",
  "us",
  "plus",
  "express",
  "less",
]);

function singular(word: string): string {
  if (word.length < 3 || NOT_PLURAL.has(word)) return word;
  if (/(ss|us|is)$/.test(word)) return word;
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

/**
 * The key under which spellings of one source meet: "" for a label with no letters or digits,
 * which is never proposed.
 */
export function spellingKey(label: string): string {
  const words = toKey(toLabel(label))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
  return words
    .map((word) => ABBREVIATIONS[word] ?? ABBREVIATIONS[singular(word)] ?? singular(word))
    .join("")
    .replace(/ /g, "");
}

export interface SourceCount {
  readonly label: string;
  readonly leads: number;
}

/** Spellings that look like one source, and the one to keep. */
export interface SpellingProposal {
  /** The spelling with the most leads (the first listed on a tie): the one the others become. */
  readonly into: SourceCount;
  /** The other spellings, most leads first. */
  readonly others: readonly SourceCount[];
}

/**
 * Groups of near-identical spellings among sources (as the tally gives them: one entry per
 * spelling, in its order). Spellings the owner said are different (`apart`, pairs of labels in
 * any order) are not proposed together.
 */
export function proposeSpellings(
  sources: readonly SourceCount[],
  apart: readonly (readonly [string, string])[] = []
): SpellingProposal[] {
  const separated = new Set(apart.map(([a, b]) => pairKey(a, b)));
  const groups = new Map<string, SourceCount[]>();
  for (const source of sources) {
    const key = spellingKey(source.label);
    if (key === "") continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [source]);
    else if (!group.some((seen) => toKey(seen.label) === toKey(source.label))) group.push(source);
  }
  const proposals: SpellingProposal[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort((a, b) => b.leads - a.leads);
    const [into, ...rest] = ordered;
    const others = rest.filter((other) => !separated.has(pairKey(into.label, other.label)));
    if (others.length > 0) proposals.push({ into, others });
  }
  return proposals.sort((a, b) => total(b) - total(a));
}

function total(proposal: SpellingProposal): number {
  return proposal.others.reduce((sum, other) => sum + other.leads, proposal.into.leads);
}

function pairKey(a: string, b: string): string {
  return [toKey(toLabel(a)), toKey(toLabel(b))].sort().join("\u0000");
}

/**
 * The data rows whose source cell holds one of `labels` (any case or spacing at the ends, as the
 * tally groups them): the cells a merge or a rename rewrites, and no others.
 */
export function rowsWithSources(cells: readonly Cell[], labels: readonly string[]): number[] {
  const keys = new Set(labels.map((label) => toKey(toLabel(label))));
  const rows: number[] = [];
  cells.forEach((cell, row) => {
    const label = toLabel(cell);
    if (label !== "" && keys.has(toKey(label))) rows.push(row);
  });
  return rows;
}
