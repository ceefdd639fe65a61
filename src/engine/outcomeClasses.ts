/**
 * Not exported by the engine's index: only the pane's on-demand parts use it.
 *
 * The outcome values a leads column holds, each with its class, and the one control that moves a
 * value from one class to another without losing the rest: adding "Booked" to won keeps every
 * other won label, a value is never both won and lost, and "Open" and blank are always open.
 */
import { Cell, isBlank, toKey, toLabel } from "./cells";
import {
  DEFAULT_LOST_LABELS,
  DEFAULT_WON_LABELS,
  OutcomeClass,
  classifyOutcome,
  isAlwaysOpen,
  outcomeRules,
} from "./outcomes";

export interface OutcomeValue {
  /** The value's most frequent spelling (the first seen on a tie); "" for blank cells. */
  readonly label: string;
  readonly count: number;
  readonly outcome: OutcomeClass;
  /** Blank and "Open" are open whatever the lists say; their class cannot change. */
  readonly fixed: boolean;
}

/** The distinct outcome values, most leads first, each classed by the owner's lists. */
export function outcomeValues(
  cells: readonly Cell[],
  won: readonly string[],
  lost: readonly string[]
): OutcomeValue[] {
  const rules = outcomeRules(won, lost);
  const byKey = new Map<string, { spellings: Map<string, number>; count: number }>();
  for (const cell of cells) {
    const label = isBlank(cell) ? "" : toLabel(cell);
    const key = toKey(label);
    let entry = byKey.get(key);
    if (entry === undefined) {
      entry = { spellings: new Map(), count: 0 };
      byKey.set(key, entry);
    }
    entry.count += 1;
    entry.spellings.set(label, (entry.spellings.get(label) ?? 0) + 1);
  }
  const values: OutcomeValue[] = [];
  for (const entry of byKey.values()) {
    let label = "";
    let most = 0;
    for (const [spelling, count] of entry.spellings) {
      if (count > most) {
        label = spelling;
        most = count;
      }
    }
    const fixed = isAlwaysOpen(label);
    values.push({
      label,
      count: entry.count,
      outcome: fixed ? "open" : classifyOutcome(label, rules),
      fixed,
    });
  }
  return values.sort((a, b) => b.count - a.count);
}

export interface OutcomeLists {
  readonly wonLabels: readonly string[];
  readonly lostLabels: readonly string[];
}

/**
 * The lists in use: the owner's, or the defaults where the owner has none (as outcomeRules reads
 * them). Changing one value starts from these, so the defaults are not dropped by the change.
 */
export function listsInUse(lists: OutcomeLists): OutcomeLists {
  const nonBlank = (labels: readonly string[]) => labels.filter((label) => toLabel(label) !== "");
  const won = nonBlank(lists.wonLabels);
  const lost = nonBlank(lists.lostLabels);
  return {
    wonLabels: won.length > 0 ? won : DEFAULT_WON_LABELS,
    lostLabels: lost.length > 0 ? lost : DEFAULT_LOST_LABELS,
  };
}

export type ReclassResult =
  | { readonly ok: true; readonly lists: OutcomeLists }
  | { readonly ok: false; readonly message: string };

/**
 * Moves one value to a class: it leaves the other list, joins its own (won or lost) or neither
 * (open). A list emptied by the move would fall back to its defaults, so that move is refused.
 */
export function setOutcomeClass(
  lists: OutcomeLists,
  value: string,
  to: OutcomeClass
): ReclassResult {
  const label = toLabel(value);
  if (isAlwaysOpen(label)) {
    return { ok: false, message: `"${label || "(blank)"}" always means a lead still open.` };
  }
  const key = toKey(label);
  const inUse = listsInUse(lists);
  const without = (labels: readonly string[]) =>
    labels.filter((item) => toKey(toLabel(item)) !== key);
  const wonLabels = without(inUse.wonLabels);
  const lostLabels = without(inUse.lostLabels);
  if (to === "won") wonLabels.push(label);
  if (to === "lost") lostLabels.push(label);
  for (const [labels, name] of [
    [wonLabels, "won"],
    [lostLabels, "lost"],
  ] as const) {
    if (labels.length === 0) {
      return {
        ok: false,
        message: `"${label}" is the only ${name} label: mark another value ${name} first.`,
      };
    }
  }
  return { ok: true, lists: { wonLabels, lostLabels } };
}
