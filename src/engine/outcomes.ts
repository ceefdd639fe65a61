/**
 * Whether a lead became a client (won), was lost, or is still open, decided by its outcome label.
 */
import { Cell, isBlank, toKey, toLabel } from "./cells";

export type OutcomeClass = "won" | "lost" | "open";

export const DEFAULT_WON_LABELS: readonly string[] = [
  "won",
  "closed won",
  "client",
  "customer",
  "converted",
  "sale",
  "sold",
  // Salesforce's converted lead status, and closed-won deal stages as CRMs export them.
  "closed - converted",
  "closed - won",
  "closedwon",
];

export const DEFAULT_LOST_LABELS: readonly string[] = [
  "lost",
  "closed lost",
  "dead",
  "disqualified",
  "rejected",
  "no sale",
  // Salesforce's and HubSpot's closed lead statuses, and closed-lost deal stages.
  "closed - not converted",
  "closed - lost",
  "closedlost",
  "unqualified",
];

export interface OutcomeRules {
  readonly wonKeys: ReadonlySet<string>;
  readonly lostKeys: ReadonlySet<string>;
}

function keysOf(labels: readonly Cell[]): Set<string> {
  const keys = new Set<string>();
  for (const cell of labels) {
    if (!isBlank(cell)) keys.add(toKey(toLabel(cell)));
  }
  return keys;
}

/**
 * The owner's won and lost labels replace the defaults; a list that is missing or holds only
 * blanks keeps the default, because an empty won list would silently make every rate zero.
 */
export function outcomeRules(
  won?: readonly Cell[] | null,
  lost?: readonly Cell[] | null
): OutcomeRules {
  const wonKeys = keysOf(won ?? []);
  const lostKeys = keysOf(lost ?? []);
  return {
    wonKeys: wonKeys.size > 0 ? wonKeys : keysOf(DEFAULT_WON_LABELS),
    lostKeys: lostKeys.size > 0 ? lostKeys : keysOf(DEFAULT_LOST_LABELS),
  };
}

/** A label in both lists counts as won: the won list is what the conversion rate is about. */
export function classifyOutcome(cell: Cell, rules: OutcomeRules): OutcomeClass {
  if (isBlank(cell)) return "open";
  const key = toKey(toLabel(cell));
  if (rules.wonKeys.has(key)) return "won";
  if (rules.lostKeys.has(key)) return "lost";
  return "open";
}

/** Values that always mean a lead still open. */
const ALWAYS_OPEN: ReadonlySet<string> = new Set(["", "open"]);

/** Blank and "Open" mean a lead still open, whatever the lists say. */
export function isAlwaysOpen(label: string): boolean {
  return ALWAYS_OPEN.has(toKey(toLabel(label)));
}

/** A label on both lists, or an always-open label on one: what the owner must fix, or null. */
export function listsProblem(lists: {
  readonly wonLabels: readonly string[];
  readonly lostLabels: readonly string[];
}): string | null {
  const lostKeys = new Set(lists.lostLabels.map((label) => toKey(toLabel(label))));
  const both = lists.wonLabels.find((label) => lostKeys.has(toKey(toLabel(label))));
  if (both !== undefined) return `"${toLabel(both)}" cannot be both won and lost.`;
  const open = [...lists.wonLabels, ...lists.lostLabels].find(
    (label) => toLabel(label) !== "" && isAlwaysOpen(label)
  );
  if (open !== undefined) return `"${toLabel(open)}" always means a lead still open.`;
  return null;
}

/**
 * classifyOutcome once per distinct cell value: a column of a million outcomes holds a handful of
 * values, and normalising each cell again would cost seconds.
 */
export function outcomeClassifier(rules: OutcomeRules): (cell: Cell) => OutcomeClass {
  const known = new Map<Cell, OutcomeClass>();
  return (cell) => {
    let outcome = known.get(cell);
    if (outcome === undefined) {
      outcome = classifyOutcome(cell, rules);
      known.set(cell, outcome);
    }
    return outcome;
  };
}
