/**
 * The pane's Open leads: the open leads by age, in OPEN_LEADS_BY_AGE's buckets, and the chase
 * list of the open leads older than N days, the ones to call or to mark lost before they keep a
 * conversion rate falsely low.
 *
 * Unlike the worksheet function this works per row, since the chase list names rows; the bucket
 * rule, the labels and what counts as a lead (rule 10) and as a date (rule 7) are the function's.
 */
import { Cell, isBlank, toLabel } from "./cells";
import { serialDayFromCell } from "./dates";
import { NO_DATE_BUCKET, OPEN_AGE_LABELS, ageBucket } from "./openLeads";
import { OutcomeRules, classifyOutcome } from "./outcomes";

/** The leads' columns as the pane read them; a column the leads lack is null. */
export interface OpenLeadColumns {
  readonly dates: readonly Cell[] | null;
  /** null: no Outcome column, every lead is open. */
  readonly outcomes: readonly Cell[] | null;
  readonly sources: readonly Cell[];
  readonly notes?: readonly Cell[] | null;
}

/** An open lead to chase. */
export interface ChaseLead {
  /** Zero-based data row. */
  readonly dataRow: number;
  /** The lead date's serial day (time of day dropped). */
  readonly day: number;
  /** as_of − day, in days. */
  readonly age: number;
  /** The source as a label; "" when blank. */
  readonly source: string;
  /** The notes as a label; "" when blank or there is no Notes column. */
  readonly notes: string;
}

export interface OpenLeadsReport {
  /** The open leads of each bucket, in the order of OPEN_AGE_LABELS ("(no date)" last). */
  readonly byAge: readonly number[];
  /** All open leads, dated or not: the sum of byAge. */
  readonly open: number;
  /**
   * The open leads with a usable date whose age is more than `chaseAfterDays`, oldest first
   * (the same day: by row). Leads without a date are not on it: they are in "(no date)".
   */
  readonly chase: readonly ChaseLead[];
}

function cellAt(column: readonly Cell[] | null | undefined, row: number): Cell {
  return column?.[row] ?? null;
}

/**
 * The open leads by age and the chase list as of the serial day `asOf`. A lead is chased when
 * age > chaseAfterDays: with 30, from 31 days old, which is exactly the buckets "31 to 90 days"
 * and "over 90 days". A lead dated after asOf is 0 days old, as in OPEN_LEADS_BY_AGE.
 */
export function openLeadsReport(
  columns: OpenLeadColumns,
  rules: OutcomeRules,
  asOf: number,
  chaseAfterDays: number
): OpenLeadsReport {
  const { dates, outcomes, sources, notes } = columns;
  // Rows the pane appended after rows typed in the sheet may leave holes: they read as blank.
  const rows = Math.max(sources.length, dates?.length ?? 0, outcomes?.length ?? 0);
  const byAge = OPEN_AGE_LABELS.map(() => 0);
  const chase: ChaseLead[] = [];
  let open = 0;
  for (let row = 0; row < rows; row++) {
    const outcome = cellAt(outcomes, row);
    const date = cellAt(dates, row);
    if (isBlank(date) && isBlank(outcome)) continue; // not a lead (rule 10)
    if (classifyOutcome(outcome, rules) !== "open") continue;
    open += 1;
    const day = serialDayFromCell(date);
    if (day === null) {
      byAge[NO_DATE_BUCKET] += 1;
      continue;
    }
    const age = Math.max(0, asOf - day);
    byAge[ageBucket(age)] += 1;
    if (age > chaseAfterDays) {
      chase.push({
        dataRow: row,
        day,
        age,
        source: toLabel(cellAt(sources, row)),
        notes: toLabel(cellAt(notes, row)),
      });
    }
  }
  chase.sort((a, b) => a.day - b.day || a.dataRow - b.dataRow);
  return { byAge, open, chase };
}
