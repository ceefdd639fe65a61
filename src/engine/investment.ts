/**
 * Marketing as an investment, as an accountant reads it: spend is set only against the leads it
 * paid for (the same source and, when the spend table has periods, the same period); a source
 * with no spend entered is unknown, not free; ROI and return on spend are worked out over the paid
 * channels only, since free channels' revenue was not bought with the paid ones' spend.
 *
 * The custom functions keep their documented behaviour (moneyBySource: spend covers all leads, a
 * blank amount is 0); this is the pane's and the sheet's reading of the same tables.
 */
import { Cell, isBlank, toLabel } from "./cells";
import { dayNumberFromCell } from "./dates";
import { Result, errors, fail, ok } from "./errors";
import { keyOfSource, leadValueAt, overflowedColumn, toAmount } from "./money";
import { OutcomeRules, outcomeClassifier } from "./outcomes";
import { PeriodUnit, periodIndexOfDay } from "./periods";
import { SpendPeriod, spendPeriodOf } from "./spendPeriods";
import { mostFrequentSpelling } from "./tally";

export interface SpendTableColumns {
  readonly sources: readonly Cell[];
  readonly amounts: readonly Cell[];
  /** The Period column, or null when the spend table has none. */
  readonly periods: readonly Cell[] | null;
}

export interface InvestmentInput {
  readonly dates: readonly Cell[];
  readonly sources: readonly Cell[];
  readonly outcomes: readonly Cell[] | null;
  readonly values: readonly Cell[] | null;
  readonly spend: SpendTableColumns;
  /** The balance's period unit: a date in the spend table's Period column is read as its period. */
  readonly unit: PeriodUnit;
  readonly rules: OutcomeRules;
}

/** Paid: spend entered and above 0. Free: spend entered as 0. Not entered: no amount at all. */
export type SpendStatus = "paid" | "free" | "not-entered";

export interface Figures {
  readonly spend: number;
  readonly leads: number;
  readonly clients: number;
  /** The Value of the leads that became clients. */
  readonly revenue: number;
}

export interface PeriodFigures extends Figures {
  /** 2026-03, 2026-Q1, 2026 or 2026-W09. */
  readonly label: string;
}

export interface SourceInvestment extends Figures {
  readonly key: string;
  readonly label: string;
  readonly status: SpendStatus;
  /**
   * leads, clients and revenue are those set against the spend: of the periods with spend entered
   * when the spend has periods, else all. For a source without spend entered, all its leads.
   */
  readonly allLeads: number;
  readonly allClients: number;
  /** Leads in periods with no spend entered for this source: not set against other periods' spend. */
  readonly uncoveredLeads: number;
  /** Per period with spend entered, oldest first; empty when the spend has no periods. */
  readonly periods: readonly PeriodFigures[];
}

export interface ChannelGroup extends Figures {
  /** The labels of the sources in the group, in the order of the table. */
  readonly sources: readonly string[];
}

export interface InvestmentReport {
  /** True when the spend table has periods and spend is matched period by period. */
  readonly byPeriod: boolean;
  /** The kind of period the spend table uses, or null without periods. */
  readonly periodUnit: PeriodUnit | null;
  /** Paid sources first (most spend first), then free, then not entered (most leads first). */
  readonly sources: readonly SourceInvestment[];
  /** Paid channels' figures per period with spend, oldest first; they add up to `paid`. */
  readonly periods: readonly PeriodFigures[];
  readonly paid: ChannelGroup;
  readonly free: ChannelGroup;
  readonly notEntered: ChannelGroup;
}

interface Bucket {
  spend: number;
  leads: number;
  clients: number;
  revenue: number;
}

interface SourceBuilder {
  readonly key: string;
  readonly spellings: Map<string, number>;
  /** Spend per period index; the index is 0 for every row when the spend has no periods. */
  readonly byPeriod: Map<number, Bucket>;
  entered: boolean;
  readonly all: Bucket;
  uncovered: number;
}

function emptyBucket(): Bucket {
  return { spend: 0, leads: 0, clients: 0, revenue: 0 };
}

const WHOLE = 0;

interface SpendRow {
  readonly source: Cell;
  readonly amount: number;
  readonly period: number;
}

/** The spend rows with an amount entered; a blank amount is "not entered", never 0. */
function readSpend(
  spend: SpendTableColumns,
  unit: PeriodUnit
): Result<{ rows: SpendRow[]; periodUnit: PeriodUnit | null; labels: Map<number, string> }> {
  const periods = spend.periods?.some((cell) => !isBlank(cell)) ? spend.periods : null;
  const rows: SpendRow[] = [];
  const labels = new Map<number, string>();
  let first: SpendPeriod | null = null;
  for (let row = 0; row < spend.amounts.length; row++) {
    if (isBlank(spend.amounts[row])) continue;
    const amount = toAmount(spend.amounts[row], "spend", row + 1, false);
    if (!amount.ok) return amount;
    if (periods === null) {
      rows.push({ source: spend.sources[row], amount: amount.value, period: WHOLE });
      continue;
    }
    const cell = periods[row];
    if (isBlank(cell)) return fail(errors.missingSpendPeriod(row + 1));
    const period = spendPeriodOf(cell, unit);
    if (period === null) return fail(errors.notASpendPeriod(row + 1, toLabel(cell)));
    if (first === null) first = period;
    else if (period.unit !== first.unit) {
      return fail(errors.mixedSpendPeriods(first.label, period.label));
    }
    labels.set(period.index, period.label);
    rows.push({ source: spend.sources[row], amount: amount.value, period: period.index });
  }
  return ok({ rows, periodUnit: periods === null ? null : (first?.unit ?? null), labels });
}

function add(target: Bucket, leads: number, clients: number, revenue: number): void {
  target.leads += leads;
  target.clients += clients;
  target.revenue += revenue;
}

function statusOf(builder: SourceBuilder): SpendStatus {
  if (!builder.entered) return "not-entered";
  let spend = 0;
  for (const bucket of builder.byPeriod.values()) spend += bucket.spend;
  return spend > 0 ? "paid" : "free";
}

function sumBuckets(buckets: Iterable<Bucket>): Bucket {
  const total = emptyBucket();
  for (const bucket of buckets) {
    total.spend += bucket.spend;
    add(total, bucket.leads, bucket.clients, bucket.revenue);
  }
  return total;
}

const STATUS_ORDER: Record<SpendStatus, number> = { paid: 0, free: 1, "not-entered": 2 };

function compareSources(a: SourceInvestment, b: SourceInvestment): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    b.spend - a.spend ||
    b.allLeads - a.allLeads ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

function group(sources: readonly SourceInvestment[], status: SpendStatus): ChannelGroup {
  const members = sources.filter((source) => source.status === status);
  return { ...sumBuckets(members), sources: members.map((source) => source.label) };
}

/** Spend matched to leads by source and, when the spend table has periods, by period. */
export function investmentBySource(input: InvestmentInput): Result<InvestmentReport> {
  const spend = readSpend(input.spend, input.unit);
  if (!spend.ok) return spend;
  const { rows, periodUnit, labels } = spend.value;
  const builders = new Map<string, SourceBuilder>();
  const builderOf = (cell: Cell): SourceBuilder => {
    const { key, label } = keyOfSource(cell);
    let builder = builders.get(key);
    if (builder === undefined) {
      builder = {
        key,
        spellings: new Map(),
        byPeriod: new Map(),
        entered: false,
        all: emptyBucket(),
        uncovered: 0,
      };
      builders.set(key, builder);
    }
    builder.spellings.set(label, (builder.spellings.get(label) ?? 0) + 1);
    return builder;
  };

  for (const row of rows) {
    const builder = builderOf(row.source);
    builder.entered = true;
    let bucket = builder.byPeriod.get(row.period);
    if (bucket === undefined) {
      bucket = emptyBucket();
      builder.byPeriod.set(row.period, bucket);
    }
    bucket.spend += row.amount;
  }

  const classOf = outcomeClassifier(input.rules);
  const periodOfDate = new Map<Cell, number | null>();
  for (let row = 0; row < input.sources.length; row++) {
    // The one rule for values (money.ts): every cell checked, whatever the lead's outcome.
    const value = leadValueAt(input.values, row);
    if (!value.ok) return value;
    const source = input.sources[row];
    const outcome = input.outcomes === null ? null : input.outcomes[row];
    if (isBlank(source) && isBlank(outcome)) continue;
    const won = classOf(outcome) === "won";
    const revenue = won ? value.value : 0;
    const builder = builderOf(source);
    add(builder.all, 1, won ? 1 : 0, revenue);
    if (!builder.entered) continue;
    let period: number | null = WHOLE;
    if (periodUnit !== null) {
      const date = input.dates[row];
      const known = periodOfDate.get(date);
      if (known === undefined) {
        const day = dayNumberFromCell(date);
        period = day === null ? null : periodIndexOfDay(day, periodUnit);
        periodOfDate.set(date, period);
      } else period = known;
    }
    const bucket = period === null ? undefined : builder.byPeriod.get(period);
    if (bucket === undefined) builder.uncovered += 1;
    else add(bucket, 1, won ? 1 : 0, revenue);
  }

  const sources = [...builders.values()].map((builder): SourceInvestment => {
    const covered = builder.entered ? sumBuckets(builder.byPeriod.values()) : builder.all;
    const indexes = [...builder.byPeriod.keys()].sort((a, b) => a - b);
    return {
      key: builder.key,
      label: mostFrequentSpelling(builder.spellings),
      status: statusOf(builder),
      spend: covered.spend,
      leads: covered.leads,
      clients: covered.clients,
      revenue: covered.revenue,
      allLeads: builder.all.leads,
      allClients: builder.all.clients,
      uncoveredLeads: builder.uncovered,
      periods:
        periodUnit === null
          ? []
          : indexes.map((index) => ({
              label: labels.get(index) ?? "",
              ...(builder.byPeriod.get(index) ?? emptyBucket()),
            })),
    };
  });
  sources.sort(compareSources);

  const paidPeriods = new Map<number, Bucket>();
  for (const builder of builders.values()) {
    if (periodUnit === null || statusOf(builder) !== "paid") continue;
    for (const [index, bucket] of builder.byPeriod) {
      paidPeriods.set(index, sumBuckets([paidPeriods.get(index) ?? emptyBucket(), bucket]));
    }
  }
  const periods = [...paidPeriods.keys()]
    .sort((a, b) => a - b)
    .map((index) => ({
      label: labels.get(index) ?? "",
      ...(paidPeriods.get(index) ?? emptyBucket()),
    }));

  const groups = [group(sources, "paid"), group(sources, "free"), group(sources, "not-entered")];
  const perPeriod = sources.flatMap((source) => source.periods);
  // Amounts near the largest number can add up beyond it: refused, never shown as Infinity.
  const overflow = overflowedColumn([...sources, ...perPeriod, ...periods, ...groups]);
  if (overflow !== null) return fail(errors.tooLarge(overflow));
  return ok({
    byPeriod: periodUnit !== null,
    periodUnit,
    sources,
    periods,
    paid: groups[0],
    free: groups[1],
    notEntered: groups[2],
  });
}

/**
 * What a lead of this source is worth at its current rates: conversion rate × average client
 * value (which comes to revenue ÷ leads). A lead costing more than this loses money. Null without
 * a value column or without leads.
 */
export function breakEvenCostPerLead(figures: Figures, hasValues: boolean): number | null {
  if (!hasValues || figures.leads === 0) return null;
  const conversion = figures.clients / figures.leads;
  const averageValue = figures.clients === 0 ? 0 : figures.revenue / figures.clients;
  return conversion * averageValue;
}

/** True when a paid source's leads cost more than they are worth. */
export function costsMoreThanWorth(source: SourceInvestment, hasValues: boolean): boolean {
  const breakEven = breakEvenCostPerLead(source, hasValues);
  return (
    source.status === "paid" &&
    breakEven !== null &&
    source.leads > 0 &&
    source.spend / source.leads > breakEven
  );
}
