/**
 * What each TALLY worksheet function computes: ranges as Excel passes them in, a number or a
 * table out, and every problem returned as a TallyError value. The custom-function wrappers only
 * turn these errors into Excel errors.
 */
import { Cell, isBlank, toKey, toLabel } from "./cells";
import { Result, TallyError, errors, fail, ok } from "./errors";
import { OutcomeRules, outcomeRules } from "./outcomes";
import { parsePeriodUnit } from "./periods";
import {
  Column,
  RangeInput,
  checkGiven,
  checkSameSize,
  isTextLeftOut,
  toCellList,
  toColumn,
  toSingleValue,
} from "./ranges";
import { conversionRate, rateCell, winRate } from "./rates";
import { OutcomeCounts, sumCounts, tallyByPeriod, tallySourceColumn } from "./tally";

export type TableCell = string | number | TallyError;
export type Table = TableCell[][];

/** An optional argument that Excel passes as null when the user leaves it out. */
type Optional = RangeInput | null | undefined;

function isOmitted(input: Optional): boolean {
  return input === null || input === undefined;
}

/**
 * The first required argument left out, as an error: left out, it would read as one blank cell,
 * and a conversion rate without outcomes would quietly be 0.
 */
export function checkRequired(args: Readonly<Record<string, RangeInput>>): Result<void> {
  for (const [argument, input] of Object.entries(args)) {
    const given = checkGiven(input, argument);
    if (!given.ok) return given;
  }
  return ok(undefined);
}

export function rulesFrom(won: Optional, lost: Optional): Result<OutcomeRules> {
  const wonLabels = isOmitted(won) ? ok<Cell[]>([]) : toCellList(won, "won");
  if (!wonLabels.ok) return wonLabels;
  const lostLabels = isOmitted(lost) ? ok<Cell[]>([]) : toCellList(lost, "lost");
  if (!lostLabels.ok) return lostLabels;
  return ok(outcomeRules(wonLabels.value, lostLabels.value));
}

interface LeadColumns {
  readonly ids: Column;
  readonly outcomes: Column | null;
}

function columnsFrom(ids: RangeInput, idArgument: string, outcomes: Optional): Result<LeadColumns> {
  const idCells = toColumn(ids, idArgument);
  if (!idCells.ok) return idCells;
  if (isOmitted(outcomes)) return ok({ ids: idCells.value, outcomes: null });
  const outcomeCells = toColumn(outcomes, "outcomes");
  if (!outcomeCells.ok) return outcomeCells;
  const sameSize = checkSameSize(idCells.value, idArgument, outcomeCells.value, "outcomes");
  if (!sameSize.ok) return sameSize;
  return ok({ ids: idCells.value, outcomes: outcomeCells.value });
}

/**
 * The counts of one source's leads, or of all leads when `source` is left out or blank.
 * A source that matches no lead at all is #N/A naming it, a look-up that found nothing, so a typo
 * does not read as "nothing to divide by" (and Excel shows no message with #DIV/0!).
 */
function countsFor(
  sources: RangeInput,
  outcomes: RangeInput,
  source: Optional,
  rules: OutcomeRules
): Result<OutcomeCounts> {
  const columns = columnsFrom(sources, "sources", outcomes);
  if (!columns.ok) return columns;
  const wanted = isTextLeftOut(source) ? ok<Cell>(null) : toSingleValue(source, "source");
  if (!wanted.ok) return wanted;
  const tally = tallySourceColumn(columns.value.ids, columns.value.outcomes, rules);
  if (!tally.ok) return tally;
  const groups = tally.value;
  if (isBlank(wanted.value)) return ok(sumCounts(groups));

  const label = toLabel(wanted.value);
  const key = toKey(label);
  // The blank group's key is "(no source)", so that text selects the leads without a source.
  const match = groups.find((group) => group.key === key);
  return match === undefined ? fail(errors.noLeadsForSource(label)) : ok(match);
}

export function conversionRateFormula(
  sources: RangeInput,
  outcomes: RangeInput,
  source?: Optional,
  won?: Optional
): Result<number> {
  const given = checkRequired({ sources, outcomes });
  if (!given.ok) return given;
  const rules = rulesFrom(won, null);
  if (!rules.ok) return rules;
  const selected = countsFor(sources, outcomes, source, rules.value);
  if (!selected.ok) return selected;
  return conversionRate(selected.value);
}

export function winRateFormula(
  sources: RangeInput,
  outcomes: RangeInput,
  source?: Optional,
  won?: Optional,
  lost?: Optional
): Result<number> {
  const given = checkRequired({ sources, outcomes });
  if (!given.ok) return given;
  const rules = rulesFrom(won, lost);
  if (!rules.ok) return rules;
  const selected = countsFor(sources, outcomes, source, rules.value);
  if (!selected.ok) return selected;
  if (selected.value.leads === 0) return fail(errors.noLeads());
  return winRate(selected.value);
}

export function leadsBySourceFormula(
  sources: RangeInput,
  outcomes?: Optional,
  won?: Optional
): Result<Table> {
  const given = checkRequired({ sources });
  if (!given.ok) return given;
  const rules = rulesFrom(won, null);
  if (!rules.ok) return rules;
  const columns = columnsFrom(sources, "sources", outcomes);
  if (!columns.ok) return columns;
  const tally = tallySourceColumn(columns.value.ids, columns.value.outcomes, rules.value);
  if (!tally.ok) return tally;
  const groups = tally.value;
  if (columns.value.outcomes === null) {
    return ok([
      ["Source", "Leads"],
      ...groups.map((group): TableCell[] => [group.label, group.leads]),
    ]);
  }
  return ok([
    ["Source", "Leads", "Clients", "Conversion rate"],
    ...groups.map((group): TableCell[] => [
      group.label,
      group.leads,
      group.won,
      rateCell(conversionRate(group)),
    ]),
  ]);
}

export function leadsByPeriodFormula(
  dates: RangeInput,
  outcomes?: Optional,
  period?: Optional,
  won?: Optional
): Result<Table> {
  const given = checkRequired({ dates });
  if (!given.ok) return given;
  const rules = rulesFrom(won, null);
  if (!rules.ok) return rules;
  const unitCell = isTextLeftOut(period) ? ok<Cell>(null) : toSingleValue(period, "period");
  if (!unitCell.ok) return unitCell;
  const unit = parsePeriodUnit(unitCell.value);
  if (!unit.ok) return unit;
  const columns = columnsFrom(dates, "dates", outcomes);
  if (!columns.ok) return columns;
  const groups = tallyByPeriod(columns.value.ids, columns.value.outcomes, unit.value, rules.value);
  if (!groups.ok) return groups;
  if (columns.value.outcomes === null) {
    return ok([
      ["Period", "Leads"],
      ...groups.value.map((group): TableCell[] => [group.label, group.leads]),
    ]);
  }
  return ok([
    ["Period", "Leads", "Clients", "Conversion rate"],
    ...groups.value.map((group): TableCell[] => [
      group.label,
      group.leads,
      group.won,
      rateCell(conversionRate(group, errors.noLeadsInPeriod())),
    ]),
  ]);
}

export const LEADS_BY_OUTCOME_HEADER: readonly string[] = [
  "Source",
  "Leads",
  "Won",
  "Lost",
  "Open",
  "Conversion rate",
  "Win rate",
];

export function outcomeRow(label: string, counts: OutcomeCounts): TableCell[] {
  return [
    label,
    counts.leads,
    counts.won,
    counts.lost,
    counts.open,
    rateCell(conversionRate(counts)),
    rateCell(winRate(counts)),
  ];
}

/** Source × outcome class: the tally sheet's body, sorted like LEADS_BY_SOURCE, without a total row. */
export function leadsByOutcomeFormula(
  sources: RangeInput,
  outcomes: RangeInput,
  won?: Optional,
  lost?: Optional
): Result<Table> {
  const given = checkRequired({ sources, outcomes });
  if (!given.ok) return given;
  const rules = rulesFrom(won, lost);
  if (!rules.ok) return rules;
  const columns = columnsFrom(sources, "sources", outcomes);
  if (!columns.ok) return columns;
  const tally = tallySourceColumn(columns.value.ids, columns.value.outcomes, rules.value);
  if (!tally.ok) return tally;
  return ok([
    [...LEADS_BY_OUTCOME_HEADER],
    ...tally.value.map((group) => outcomeRow(group.label, group)),
  ]);
}
