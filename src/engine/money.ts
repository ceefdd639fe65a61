/**
 * Marketing as an investment: what each source costs per lead and per client, and what it
 * returns. Spend comes from the owner's spend table (Source, Spend, optionally Period); revenue
 * is the Value of the leads that became clients.
 */
import { Cell, isBlank, toKey, toLabel } from "./cells";
import { Result, TallyError, errors, fail, ok } from "./errors";
import { OutcomeRules, outcomeClassifier } from "./outcomes";
import { NO_RATE } from "./sheets";
import { NO_SOURCE_LABEL, mostFrequentSpelling } from "./tally";

/** A money cell: a number, or blank for nothing. Text is refused, so "$1,200" is not read as 0. */
export function toAmount(
  cell: Cell,
  argument: string,
  position: number,
  allowNegative: boolean
): Result<number> {
  if (isBlank(cell)) return ok(0);
  if (typeof cell !== "number" || !Number.isFinite(cell)) {
    return fail(errors.notAnAmount(argument, position, toLabel(cell)));
  }
  if (cell < 0 && !allowNegative) return fail(errors.negativeAmount(argument, position, cell));
  return ok(cell);
}

/**
 * The Value of lead `row` (0 without a value column), the one rule for every figure built on
 * the values: the TALLY money functions, the pane's investment block and the sheets. Every value
 * cell is checked, whatever its lead's outcome and even on a row that is not a lead. An accountant
 * wants bad input heard where it is typed, not the day it starts to count: text in a lost or open
 * lead's value is as wrong as in a won one's, and checking only won leads would turn a good result
 * into an error the day a lead is marked won (or a label is added to the won list). Negative values
 * are allowed: a refund or credit note reduces the revenue.
 */
export function leadValueAt(values: readonly Cell[] | null, row: number): Result<number> {
  return values === null ? ok(0) : toAmount(values[row], "values", row + 1, true);
}

export interface SourceMoney {
  readonly key: string;
  readonly label: string;
  readonly leads: number;
  readonly clients: number;
  /** Sum of the Value of the leads that became clients. */
  readonly revenue: number;
  readonly spend: number;
}

export interface MoneyInput {
  readonly sources: readonly Cell[];
  readonly outcomes: readonly Cell[] | null;
  /** The Value of each lead; null when the leads have no value column. */
  readonly values: readonly Cell[] | null;
  readonly spendSources: readonly Cell[];
  readonly spend: readonly Cell[];
  readonly rules: OutcomeRules;
}

interface Builder {
  key: string;
  spellings: Map<string, number>;
  leads: number;
  clients: number;
  revenue: number;
  spend: number;
}

/**
 * The key spellings of a source are grouped by, and the spelling of this cell. Blank sources, and
 * the text "(no source)" in any spelling, make the one "(no source)" group.
 */
export function keyOfSource(cell: Cell): { key: string; label: string } {
  const label = toLabel(cell);
  const key = label === "" ? NO_SOURCE_LABEL : toKey(label);
  return key === NO_SOURCE_LABEL ? { key, label: NO_SOURCE_LABEL } : { key, label };
}

/**
 * Leads, clients, revenue and spend per source key, sorted by spend then leads (most first).
 * Sources that have spend but no leads are listed too: money spent for nothing is the finding.
 */
export function moneyBySource(input: MoneyInput): Result<SourceMoney[]> {
  const builders = new Map<string, Builder>();
  // Labels, keys and outcome classes are worked out once per distinct cell value, and spellings
  // counted per cell value: normalising a million cells one by one takes seconds, and a whole
  // column takes longer than Excel desktop waits for an add-in that does not yield (5 s).
  const byCell = new Map<Cell, { builder: Builder; label: string; rows: number }>();
  const classOf = outcomeClassifier(input.rules);
  const builderOf = (cell: Cell): Builder => {
    let entry = byCell.get(cell);
    if (entry === undefined) {
      const { key, label } = keyOfSource(cell);
      let builder = builders.get(key);
      if (builder === undefined) {
        builder = { key, spellings: new Map(), leads: 0, clients: 0, revenue: 0, spend: 0 };
        builders.set(key, builder);
      }
      entry = { builder, label, rows: 0 };
      byCell.set(cell, entry);
    }
    entry.rows += 1;
    return entry.builder;
  };

  for (let row = 0; row < input.sources.length; row++) {
    const value = leadValueAt(input.values, row);
    if (!value.ok) return value;
    const source = input.sources[row];
    const outcome = input.outcomes === null ? null : input.outcomes[row];
    if (isBlank(source) && isBlank(outcome)) continue;
    const builder = builderOf(source);
    builder.leads += 1;
    if (classOf(outcome) !== "won") continue;
    builder.clients += 1;
    builder.revenue += value.value;
  }

  for (let row = 0; row < input.spendSources.length; row++) {
    const amount = toAmount(input.spend[row], "spend", row + 1, false);
    if (!amount.ok) return amount;
    if (isBlank(input.spendSources[row]) && amount.value === 0) continue;
    builderOf(input.spendSources[row]).spend += amount.value;
  }

  // In the order each cell value was first seen, so the first spelling seen still wins a tie.
  for (const { builder, label, rows } of byCell.values()) {
    builder.spellings.set(label, (builder.spellings.get(label) ?? 0) + rows);
  }
  const result: SourceMoney[] = [...builders.values()].map((builder) => ({
    key: builder.key,
    label: mostFrequentSpelling(builder.spellings),
    leads: builder.leads,
    clients: builder.clients,
    revenue: builder.revenue,
    spend: builder.spend,
  }));
  return ok(
    result.sort(
      (a, b) =>
        b.spend - a.spend || b.leads - a.leads || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
    )
  );
}

export function sumMoney(rows: readonly SourceMoney[]): Omit<SourceMoney, "key" | "label"> {
  return rows.reduce(
    (total, row) => ({
      leads: total.leads + row.leads,
      clients: total.clients + row.clients,
      revenue: total.revenue + row.revenue,
      spend: total.spend + row.spend,
    }),
    { leads: 0, clients: 0, revenue: 0, spend: 0 }
  );
}

type Money = Pick<SourceMoney, "leads" | "clients" | "revenue" | "spend">;

/**
 * Amounts near the largest number Excel holds can add up beyond it; the answer then names the
 * column that overflowed (spend, else the lead values) instead of returning Infinity or NaN,
 * which Excel cannot show.
 */
function divide(
  money: Money,
  numerator: number,
  denominator: number,
  nothing: TallyError
): Result<number> {
  if (denominator === 0) return fail(nothing);
  const quotient = numerator / denominator;
  if (Number.isFinite(quotient)) return ok(quotient);
  return fail(errors.tooLarge(Number.isFinite(money.spend) ? "values" : "spend"));
}

/** Spend ÷ leads. */
export function costPerLead(money: Money): Result<number> {
  return divide(money, money.spend, money.leads, errors.noLeads());
}

/** Spend ÷ clients (customer acquisition cost). */
export function costPerClient(money: Money): Result<number> {
  return divide(money, money.spend, money.clients, errors.noClients());
}

/** (Revenue − spend) ÷ spend. */
export function returnOnInvestment(money: Money): Result<number> {
  return divide(money, money.revenue - money.spend, money.spend, errors.noSpend());
}

/** Revenue ÷ spend. */
export function returnOnSpend(money: Money): Result<number> {
  return divide(money, money.revenue, money.spend, errors.noSpend());
}

/** Revenue ÷ clients. */
export function averageClientValue(money: Money): Result<number> {
  return divide(money, money.revenue, money.clients, errors.noClients());
}

/** What a ratio too large for Excel shows in the pane and on a sheet, instead of Infinity. */
export const TOO_LARGE = "too large";

/**
 * A money ratio as the pane and the sheets show it: the number; "–" when there is nothing to
 * divide by; "too large" when the amounts overflow (never Infinity or NaN, which Excel cannot hold).
 */
export function ratioShown(result: Result<number>): number | string {
  if (result.ok) return result.value;
  return result.error.code === "divisionByZero" ? NO_RATE : TOO_LARGE;
}

/**
 * The first column whose figures went beyond the largest number (amounts near Number.MAX_VALUE
 * add up to Infinity): spend before values, as the ratios name them. Null when all are finite.
 */
export function overflowedColumn(figures: Iterable<Money>): "spend" | "values" | null {
  let column: "spend" | "values" | null = null;
  for (const money of figures) {
    if (!Number.isFinite(money.spend)) return "spend";
    if (!Number.isFinite(money.revenue)) column = "values";
  }
  return column;
}
