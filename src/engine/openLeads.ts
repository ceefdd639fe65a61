/**
 * OPEN_LEADS_BY_AGE: the open leads by how long they have waited, the aged-debtors report of
 * leads. A lead nobody will close keeps a conversion rate falsely low until it is marked lost.
 */
import { OptionalInput, asOfArgument } from "./arguments";
import { Result, ok } from "./errors";
import { Table, rulesFrom } from "./formulas";
import { RangeInput } from "./ranges";
import { NO_DATE_LABEL } from "./tally";
import { leadTimeline, givenColumns } from "./timeline";

/** The buckets' labels and their oldest age in days; the last dated bucket has no end. */
export const AGE_BUCKETS: readonly { readonly label: string; readonly upTo: number }[] = [
  { label: "0 to 7 days", upTo: 7 },
  { label: "8 to 30 days", upTo: 30 },
  { label: "31 to 90 days", upTo: 90 },
  { label: "over 90 days", upTo: Infinity },
];

/** The bucket of the open leads without a usable date, after the dated ones. */
export const NO_DATE_BUCKET = AGE_BUCKETS.length;

/**
 * The labels of the five buckets, in order: OPEN_LEADS_BY_AGE's rows and the pane's Open leads
 * table are the same figures and must not drift apart.
 */
export const OPEN_AGE_LABELS: readonly string[] = [
  ...AGE_BUCKETS.map((bucket) => bucket.label),
  NO_DATE_LABEL,
];

export const OPEN_LEADS_BY_AGE_HEADER: readonly string[] = ["Age", "Open leads"];

/** The bucket of an age in days; a lead dated after as_of is 0 days old. */
export function ageBucket(age: number): number {
  const index = AGE_BUCKETS.findIndex((bucket) => Math.max(0, age) <= bucket.upTo);
  return index < 0 ? AGE_BUCKETS.length - 1 : index;
}

export function openLeadsByAgeFormula(
  dates: RangeInput,
  outcomes: RangeInput,
  asOf: OptionalInput,
  won: OptionalInput,
  lost: OptionalInput,
  /** The serial day of the caller's today, used when as_of is left out. */
  today: number
): Result<Table> {
  const columns = givenColumns([
    ["dates", dates],
    ["outcomes", outcomes],
  ]);
  if (!columns.ok) return columns;
  const day = asOfArgument(asOf, today);
  if (!day.ok) return day;
  const rules = rulesFrom(won, lost);
  if (!rules.ok) return rules;
  const [dateColumn, outcomeColumn] = columns.value;
  const timeline = leadTimeline({
    dates: dateColumn,
    outcomes: outcomeColumn,
    closed: null,
    rules: rules.value,
  });
  if (!timeline.ok) return timeline;

  const open = OPEN_AGE_LABELS.map(() => 0);
  for (let index = 0; index < timeline.value.days.length; index++) {
    open[ageBucket(day.value - timeline.value.days[index])] +=
      timeline.value.countsOfDay(index).open;
  }
  open[NO_DATE_BUCKET] = timeline.value.noDate.open;
  return ok([
    [...OPEN_LEADS_BY_AGE_HEADER],
    ...OPEN_AGE_LABELS.map((label, index) => [label, open[index]]),
  ]);
}
