/**
 * DAYS_TO_CONVERT and SALES_VELOCITY: how long leads take to become clients (rule 9), and the
 * money the open leads should bring per day at the business's own pace.
 */
import { OptionalInput, statisticArgument } from "./arguments";
import { Cell, isBlank } from "./cells";
import { Result, errors, fail, ok } from "./errors";
import { rulesFrom } from "./formulas";
import { lagDistribution, meanLag, medianLag } from "./lags";
import { toAmount } from "./money";
import { OutcomeRules, classifyOutcome } from "./outcomes";
import { Column, RangeInput, checkCells, toCells } from "./ranges";
import { givenColumns, timelineOfGiven, timelineTotals } from "./timeline";

/** The median (or mean) lag in days of every client with one (rule 9). */
export function daysToConvertFormula(
  dates: RangeInput,
  closed: RangeInput,
  outcomes: RangeInput,
  won?: OptionalInput,
  statistic?: OptionalInput
): Result<number> {
  const columns = givenColumns([
    ["dates", dates],
    ["closed", closed],
    ["outcomes", outcomes],
  ]);
  if (!columns.ok) return columns;
  const rules = rulesFrom(won, null);
  if (!rules.ok) return rules;
  const chosen = statisticArgument(statistic);
  if (!chosen.ok) return chosen;
  const timeline = timelineOfGiven(columns.value, rules.value);
  if (!timeline.ok) return timeline;
  const distribution = lagDistribution(timeline.value.lags);
  if (distribution.count === 0) return fail(errors.noLags());
  return ok(chosen.value === "mean" ? meanLag(distribution) : medianLag(distribution));
}

/**
 * The mean value of the won leads whose value is a number. Blank values are left out; text or a
 * boolean in a won lead's value is refused, naming the cell; the values of other leads are not
 * read as amounts (an Excel error anywhere in the range is still refused).
 */
function meanClientValue(
  outcomes: Column,
  values: Column,
  rules: OutcomeRules
): Result<number | null> {
  const outcomeCells = toCells(outcomes);
  if (!outcomeCells.ok) return outcomeCells;
  const valueCells = toCells(values);
  if (!valueCells.ok) return valueCells;
  const checked = checkCells(valueCells.value, "values");
  if (!checked.ok) return checked;
  const classes = new Map<Cell, boolean>();
  let mean = 0;
  let clients = 0;
  for (let row = 0; row < outcomeCells.value.length; row++) {
    const outcome = outcomeCells.value[row];
    let isWon = classes.get(outcome);
    if (isWon === undefined) {
      isWon = classifyOutcome(outcome, rules) === "won";
      classes.set(outcome, isWon);
    }
    const value = valueCells.value[row];
    if (!isWon || isBlank(value)) continue;
    const amount = toAmount(value, "values", row + 1, true);
    if (!amount.ok) return amount;
    clients += 1;
    // A running mean: a sum of amounts near Number.MAX_VALUE would overflow.
    mean += (amount.value - mean) / clients;
  }
  return ok(clients === 0 ? null : mean);
}

/** Money per day: open leads × win rate × average client value ÷ mean lag. */
export function salesVelocityFormula(
  dates: RangeInput,
  closed: RangeInput,
  outcomes: RangeInput,
  values: RangeInput,
  won?: OptionalInput,
  lost?: OptionalInput
): Result<number> {
  const columns = givenColumns([
    ["dates", dates],
    ["closed", closed],
    ["outcomes", outcomes],
    ["values", values],
  ]);
  if (!columns.ok) return columns;
  const rules = rulesFrom(won, lost);
  if (!rules.ok) return rules;
  const [, , outcomeColumn, valueColumn] = columns.value;
  const timeline = timelineOfGiven(columns.value, rules.value);
  if (!timeline.ok) return timeline;
  const clientValue = meanClientValue(outcomeColumn, valueColumn, rules.value);
  if (!clientValue.ok) return clientValue;

  // Every #VALUE! is known by now; what follows is only what the data cannot give (rule 12).
  const totals = timelineTotals(timeline.value);
  const decided = totals.won + totals.lost;
  if (decided === 0) return fail(errors.noDecidedLeadsToLearn());
  if (clientValue.value === null) return fail(errors.noClientValues());
  const distribution = lagDistribution(timeline.value.lags);
  if (distribution.count === 0) return fail(errors.noLags());
  const lag = meanLag(distribution);
  if (lag === 0) return fail(errors.zeroMeanLag());
  // Amounts near the largest number Excel holds can overflow on the way; say so rather than
  // hand Excel an infinity.
  const velocity = (totals.open * (totals.won / decided) * clientValue.value) / lag;
  return Number.isFinite(velocity) ? ok(velocity) : fail(errors.tooLarge("values"));
}
