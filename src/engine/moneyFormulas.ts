/**
 * The money worksheet functions: COST_PER_LEAD, COST_PER_CLIENT and MARKETING_ROI. Spend comes
 * as two ranges of the spend table (its sources and amounts); leads as the usual columns.
 */
import { Cell, isBlank, toKey, toLabel } from "./cells";
import { Result, errors, fail, ok } from "./errors";
import { OutcomeRules, outcomeRules } from "./outcomes";
import { checkRequired } from "./formulas";
import {
  RangeInput,
  checkCells,
  checkSameSize,
  isTextLeftOut,
  toCellList,
  toCells,
  toColumn,
  toSingleValue,
} from "./ranges";
import {
  SourceMoney,
  costPerClient,
  costPerLead,
  moneyBySource,
  returnOnInvestment,
  sumMoney,
} from "./money";

type Optional = RangeInput | null | undefined;

interface MoneyArguments {
  readonly spendSources: RangeInput;
  readonly spend: RangeInput;
  readonly sources: RangeInput;
  readonly outcomes?: Optional;
  readonly values?: Optional;
  readonly source?: Optional;
  readonly won?: Optional;
}

/** Money is not on the hot path: its columns are read into plain lists. */
function cellsOf(input: RangeInput, argument: string): Result<Cell[]> {
  const column = toColumn(input, argument);
  if (!column.ok) return column;
  const cells = toCells(column.value);
  if (!cells.ok) return cells;
  const checked = checkCells(cells.value, argument);
  return checked.ok ? cells : checked;
}

function optionalColumn(input: Optional, argument: string): Result<Cell[] | null> {
  return input === null || input === undefined ? ok(null) : cellsOf(input, argument);
}

function sameSizeAs(
  first: Cell[],
  firstArgument: string,
  second: Cell[] | null,
  secondArgument: string
): Result<void> {
  return second === null
    ? ok(undefined)
    : checkSameSize(first, firstArgument, second, secondArgument);
}

function rulesOf(won: Optional): Result<OutcomeRules> {
  if (won === null || won === undefined) return ok(outcomeRules());
  const labels = toCellList(won, "won");
  return labels.ok ? ok(outcomeRules(labels.value)) : labels;
}

/** The money of one source (matched by key), or of all sources; with the error to give for nothing. */
function selectedMoney(
  args: MoneyArguments
): Result<{ money: Omit<SourceMoney, "key" | "label">; filtered: string | null }> {
  const spendSources = cellsOf(args.spendSources, "spend_sources");
  if (!spendSources.ok) return spendSources;
  const spend = cellsOf(args.spend, "spend");
  if (!spend.ok) return spend;
  const spendSize = checkSameSize(spendSources.value, "spend_sources", spend.value, "spend");
  if (!spendSize.ok) return spendSize;
  const sources = cellsOf(args.sources, "sources");
  if (!sources.ok) return sources;
  const outcomes = optionalColumn(args.outcomes, "outcomes");
  if (!outcomes.ok) return outcomes;
  const values = optionalColumn(args.values, "values");
  if (!values.ok) return values;
  const outcomeSize = sameSizeAs(sources.value, "sources", outcomes.value, "outcomes");
  if (!outcomeSize.ok) return outcomeSize;
  const valueSize = sameSizeAs(sources.value, "sources", values.value, "values");
  if (!valueSize.ok) return valueSize;
  const rules = rulesOf(args.won);
  if (!rules.ok) return rules;
  const wanted = isTextLeftOut(args.source) ? ok<Cell>(null) : toSingleValue(args.source, "source");
  if (!wanted.ok) return wanted;

  const rows = moneyBySource({
    sources: sources.value,
    outcomes: outcomes.value,
    values: values.value,
    spendSources: spendSources.value,
    spend: spend.value,
    rules: rules.value,
  });
  if (!rows.ok) return rows;
  if (isBlank(wanted.value)) return ok({ money: sumMoney(rows.value), filtered: null });
  const label = toLabel(wanted.value);
  const key = toKey(label);
  return ok({ money: sumMoney(rows.value.filter((row) => row.key === key)), filtered: label });
}

/** Spend ÷ leads, for all sources or one. */
export function costPerLeadFormula(
  spendSources: RangeInput,
  spend: RangeInput,
  sources: RangeInput,
  source?: Optional
): Result<number> {
  const given = checkRequired({ spend_sources: spendSources, spend, sources });
  if (!given.ok) return given;
  const selected = selectedMoney({ spendSources, spend, sources, source });
  if (!selected.ok) return selected;
  const { money, filtered } = selected.value;
  if (money.leads === 0 && filtered !== null) return fail(errors.noLeadsForSource(filtered));
  return costPerLead(money);
}

/** Spend ÷ clients, for all sources or one. */
export function costPerClientFormula(
  spendSources: RangeInput,
  spend: RangeInput,
  sources: RangeInput,
  outcomes: RangeInput,
  source?: Optional,
  won?: Optional
): Result<number> {
  const given = checkRequired({ spend_sources: spendSources, spend, sources, outcomes });
  if (!given.ok) return given;
  const selected = selectedMoney({ spendSources, spend, sources, outcomes, source, won });
  if (!selected.ok) return selected;
  const { money, filtered } = selected.value;
  if (money.leads === 0 && filtered !== null) return fail(errors.noLeadsForSource(filtered));
  return costPerClient(money);
}

/**
 * (Revenue − spend) ÷ spend, revenue being the value of the leads won. A source with spend and
 * no lead is −1 (all of it lost), not #N/A: money spent for nothing is the finding.
 */
export function marketingRoiFormula(
  spendSources: RangeInput,
  spend: RangeInput,
  sources: RangeInput,
  outcomes: RangeInput,
  values: RangeInput,
  source?: Optional,
  won?: Optional
): Result<number> {
  const given = checkRequired({ spend_sources: spendSources, spend, sources, outcomes, values });
  if (!given.ok) return given;
  const selected = selectedMoney({ spendSources, spend, sources, outcomes, values, source, won });
  if (!selected.ok) return selected;
  return returnOnInvestment(selected.value.money);
}
