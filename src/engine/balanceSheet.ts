/**
 * The "Marketing vs Sales" sheet: leads, clients and conversion rate per period against the
 * owner's target, with a chart and a diagnosis in plain words; which sources bring the clients
 * and what they are worth; and, with a spend table, what each source costs and returns.
 */
import { Cell } from "./cells";
import { Result, ok } from "./errors";
import {
  BalanceThresholds,
  Diagnosis,
  PeriodRow,
  diagnoseBalance,
  diagnosisPeriods,
  periodRows,
  thinWeeksAdvice,
} from "./balance";
import { PERCENT, balanceProjections, periodTable } from "./balancePeriodTable";
import {
  Figures,
  InvestmentReport,
  SourceInvestment,
  SpendStatus,
  breakEvenCostPerLead,
  costsMoreThanWorth,
  investmentBySource,
} from "./investment";
import { SourceMoney, averageClientValue, moneyBySource } from "./money";
import { formatMoney, moneyNumberFormat } from "./moneyFormat";
import { OutcomeRules } from "./outcomes";
import { PeriodUnit, periodIndexOfDay, periodLabel } from "./periods";
import { Plan, planClients, planText } from "./planner";
import { conversionRate } from "./rates";
import { CellFormat, GeneratedSheet, NO_RATE, SheetValue } from "./sheets";
import { NO_DATE_LABEL, PeriodGroup, tallyByPeriod } from "./tally";
import { isSmallSample, wilsonInterval } from "./wilson";

export const BALANCE_SHEET_NAME = "Marketing vs Sales";

export interface BalanceInput {
  readonly dates: readonly Cell[];
  readonly sources: readonly Cell[];
  readonly outcomes: readonly Cell[] | null;
  readonly values: readonly Cell[] | null;
  /** The leads' Closed column, for projected conversion; absent or null without one. */
  readonly closed?: readonly Cell[] | null;
  /** The spend table's columns (periods null without a Period column), or null without one. */
  readonly spend: {
    readonly sources: readonly Cell[];
    readonly amounts: readonly Cell[];
    readonly periods?: readonly Cell[] | null;
  } | null;
  readonly unit: PeriodUnit;
  readonly rules: OutcomeRules;
  readonly thresholds: BalanceThresholds;
  readonly origin: string;
  /** Now, as an Excel serial on the owner's clock: the period it falls in is not yet complete. */
  readonly computedAt: number;
  /** The day number of now, for the current period. */
  readonly today: number;
  /** Clients the planner plans for; by default the average of the recent complete periods. */
  readonly plannedClients?: number;
}

export interface BalanceReport {
  readonly periods: readonly PeriodRow[];
  readonly diagnosis: Diagnosis;
  /** "Most weeks are thin; view by month", or null. */
  readonly periodAdvice: string | null;
  readonly sources: readonly SourceMoney[];
  /** The investment figures, or null without a spend table. */
  readonly investment: InvestmentReport | null;
  /** True when the leads have a value column, so break-even and ROI can be worked out. */
  readonly hasValues: boolean;
  /** The planner's figures and its sentence, or why there is no plan. */
  readonly plan: PlanOutcome;
  readonly sheet: GeneratedSheet;
}

/** The planner's figures and sentence, or why there is no plan (text is then the reason). */
export interface PlanOutcome {
  readonly plan: Plan | null;
  readonly text: string;
}

export const SPEND_STATUS_WORDS: Record<SpendStatus, string> = {
  paid: "paid",
  free: "free",
  "not-entered": "spend not entered",
};

/** "Spend is matched to leads of the same source and month." or the whole-table case. */
export function spendCoverageText(investment: InvestmentReport): string {
  return investment.byPeriod
    ? `Spend is matched to the leads of the same source and ${investment.periodUnit ?? "period"}; ` +
        "leads of periods without spend entered are left out of the cost figures."
    : "The spend table has no Period column, so each source's spend covers all its leads.";
}

/** "Total over paid channels (Google Ads, Facebook)". */
export function paidTotalLabel(investment: InvestmentReport): string {
  return `Total over paid channels (${investment.paid.sources.join(", ") || "none"})`;
}

/** What a row of the investment table says beyond its figures. */
export function investmentNote(source: SourceInvestment, hasValues: boolean): string {
  const notes: string[] = [];
  if (costsMoreThanWorth(source, hasValues)) notes.push("costs more per lead than a lead is worth");
  if (source.uncoveredLeads > 0) {
    notes.push(
      `${source.uncoveredLeads} lead${source.uncoveredLeads === 1 ? "" : "s"} in periods without spend left out`
    );
  }
  return notes.join("; ");
}

function rateValue(rate: Result<number>): SheetValue {
  return rate.ok ? rate.value : NO_RATE;
}

function interval(clients: number, leads: number): [SheetValue, SheetValue, SheetValue] {
  const range = wilsonInterval(clients, leads);
  const note = isSmallSample(leads) ? "few leads" : null;
  return range === null ? [NO_RATE, NO_RATE, note] : [range.low, range.high, note];
}

/** Rows of a block, padded to the sheet's width later. */
type Block = SheetValue[][];

/** The planner's default: the average clients per recent complete period, at least 1. */
function defaultPlannedClients(complete: readonly PeriodGroup[], window: number): number {
  const recent = complete.slice(-window);
  const clients = recent.reduce((sum, period) => sum + period.won, 0);
  return Math.max(1, Math.round(clients / Math.max(1, recent.length)));
}

/** Without a spend table every source's spend is not entered; the planner still plans leads. */
function withoutSpend(sources: readonly SourceMoney[]): InvestmentReport {
  const none = { spend: 0, leads: 0, clients: 0, revenue: 0, sources: [] };
  return {
    byPeriod: false,
    periodUnit: null,
    sources: sources.map((source) => ({
      ...source,
      status: "not-entered",
      allLeads: source.leads,
      allClients: source.clients,
      uncoveredLeads: 0,
      periods: [],
    })),
    periods: [],
    paid: none,
    free: none,
    notEntered: none,
  };
}

function planOutcome(
  investment: InvestmentReport | null,
  sources: readonly SourceMoney[],
  clients: number,
  unit: PeriodUnit
): PlanOutcome {
  const planned = planClients(investment ?? withoutSpend(sources), clients);
  return planned.ok
    ? { plan: planned.value, text: planText(planned.value, unit, formatMoney) }
    : { plan: null, text: planned.error.message };
}

/** The planner on a report's figures for another number of clients, as the pane asks it. */
export function planForReport(
  report: BalanceReport,
  clients: number,
  unit: PeriodUnit
): PlanOutcome {
  return planOutcome(report.investment, report.sources, clients, unit);
}

class SheetBuilder {
  readonly rows: Block = [];
  readonly boldRows: number[] = [];
  readonly formats: CellFormat[] = [];

  heading(text: string): void {
    this.boldRows.push(this.rows.length);
    this.rows.push([text]);
  }

  header(cells: SheetValue[]): number {
    this.boldRows.push(this.rows.length);
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  format(row: number, column: number, rowCount: number, columnCount: number, numberFormat: string) {
    if (rowCount > 0) this.formats.push({ row, column, rowCount, columnCount, numberFormat });
  }

  /** Each money cell of a row gets the format of the one rounding rule, by its own amount. */
  moneyCells(row: number, columns: readonly number[]): void {
    for (const column of columns) {
      const value = this.rows[row][column];
      if (typeof value === "number") this.format(row, column, 1, 1, moneyNumberFormat(value));
    }
  }
}

const TIMES = '0.00"×"';

function ratio(numerator: number, denominator: number): SheetValue {
  return denominator === 0 ? NO_RATE : numerator / denominator;
}

function investmentBlock(
  sheet: SheetBuilder,
  investment: InvestmentReport,
  hasValues: boolean
): void {
  sheet.rows.push([]);
  sheet.heading("Marketing as an investment");
  sheet.rows.push([spendCoverageText(investment)]);
  const header = sheet.header([
    "Source",
    "Spend",
    "Leads",
    "Clients",
    "Revenue",
    "Cost per lead",
    "Break-even cost per lead",
    "Cost per client",
    "ROI",
    "Return on spend",
    "Note",
  ]);
  const figures = (
    label: string,
    spend: SheetValue,
    money: Figures,
    paid: boolean,
    breakEven: number | null,
    note: string
  ): SheetValue[] => [
    label,
    spend,
    money.leads,
    money.clients,
    hasValues ? money.revenue : NO_RATE,
    paid ? ratio(money.spend, money.leads) : NO_RATE,
    breakEven ?? NO_RATE,
    paid ? ratio(money.spend, money.clients) : NO_RATE,
    paid && hasValues ? ratio(money.revenue - money.spend, money.spend) : NO_RATE,
    paid && hasValues ? ratio(money.revenue, money.spend) : NO_RATE,
    note,
  ];
  for (const source of investment.sources) {
    const spend =
      source.status === "not-entered" ? SPEND_STATUS_WORDS["not-entered"] : source.spend;
    sheet.rows.push(
      figures(
        source.label,
        spend,
        source,
        source.status === "paid",
        breakEvenCostPerLead(source, hasValues),
        [source.status === "free" ? "free" : "", investmentNote(source, hasValues)]
          .filter((note) => note !== "")
          .join("; ")
      )
    );
  }
  const { paid, free, notEntered } = investment;
  sheet.boldRows.push(sheet.rows.length);
  sheet.rows.push(figures(paidTotalLabel(investment), paid.spend, paid, true, null, ""));
  if (free.sources.length > 0) {
    sheet.rows.push(
      figures(`Free channels (${free.sources.join(", ")})`, 0, free, false, null, "")
    );
  }
  if (notEntered.sources.length > 0) {
    sheet.rows.push(
      figures(
        `Spend not entered (${notEntered.sources.join(", ")})`,
        SPEND_STATUS_WORDS["not-entered"],
        notEntered,
        false,
        null,
        "left out of the cost totals"
      )
    );
  }
  const last = sheet.rows.length;
  for (let row = header + 1; row < last; row++) sheet.moneyCells(row, [1, 4, 5, 6, 7]);
  sheet.format(header + 1, 8, last - header - 1, 1, PERCENT);
  sheet.format(header + 1, 9, last - header - 1, 1, TIMES);

  if (!investment.byPeriod || investment.periods.length === 0) return;
  sheet.rows.push([]);
  sheet.heading(`Paid channels by ${investment.periodUnit ?? "period"}`);
  const periodHeader = sheet.header([
    "Period",
    "Spend",
    "Leads",
    "Clients",
    "Revenue",
    "Cost per lead",
    "Cost per client",
    "ROI",
  ]);
  const periodRow = (label: string, money: Figures): SheetValue[] => [
    label,
    money.spend,
    money.leads,
    money.clients,
    hasValues ? money.revenue : NO_RATE,
    ratio(money.spend, money.leads),
    ratio(money.spend, money.clients),
    hasValues ? ratio(money.revenue - money.spend, money.spend) : NO_RATE,
  ];
  for (const period of investment.periods) sheet.rows.push(periodRow(period.label, period));
  sheet.boldRows.push(sheet.rows.length);
  sheet.rows.push(periodRow("Total over periods with spend", paid));
  const end = sheet.rows.length;
  for (let row = periodHeader + 1; row < end; row++) sheet.moneyCells(row, [1, 4, 5, 6]);
  sheet.format(periodHeader + 1, 7, end - periodHeader - 1, 1, PERCENT);
}

export function buildBalanceReport(input: BalanceInput): Result<BalanceReport> {
  const byPeriod = tallyByPeriod(input.dates, input.outcomes, input.unit, input.rules);
  if (!byPeriod.ok) return byPeriod;
  const money = moneyBySource({
    sources: input.sources,
    outcomes: input.outcomes,
    values: input.values,
    spendSources: [],
    spend: [],
    rules: input.rules,
  });
  if (!money.ok) return money;
  let investment: InvestmentReport | null = null;
  if (input.spend !== null) {
    const built = investmentBySource({
      dates: input.dates,
      sources: input.sources,
      outcomes: input.outcomes,
      values: input.values,
      spend: {
        sources: input.spend.sources,
        amounts: input.spend.amounts,
        periods: input.spend.periods ?? null,
      },
      unit: input.unit,
      rules: input.rules,
    });
    if (!built.ok) return built;
    investment = built.value;
  }
  const hasValues = input.values !== null;

  const projections = balanceProjections({ ...input, closed: input.closed ?? null });
  if (!projections.ok) return projections;

  const dated = byPeriod.value.filter((period) => period.label !== NO_DATE_LABEL);
  const current = periodLabel(periodIndexOfDay(input.today, input.unit), input.unit);
  const complete = dated.filter((period) => period.label < current);
  const thin = input.thresholds.thinPeriodLeads;
  const periods = periodRows(
    dated,
    current,
    thin,
    projections.value,
    input.thresholds.projectionCompletion
  );
  const judged = diagnosisPeriods(periods, current);
  const diagnosis = diagnoseBalance(judged.periods, input.unit, input.thresholds, judged.underWay);
  const periodAdvice = thinWeeksAdvice(periods, input.unit, thin);
  const plannedClients =
    input.plannedClients ?? defaultPlannedClients(complete, input.thresholds.windowPeriods);
  const plan = planOutcome(investment, money.value, plannedClients, input.unit);

  const sheet = new SheetBuilder();
  sheet.heading(BALANCE_SHEET_NAME);
  sheet.rows.push(["Diagnosis", diagnosis.text]);
  if (periodAdvice !== null) sheet.rows.push(["Periods", periodAdvice]);
  sheet.rows.push(["Computed from", input.origin]);
  sheet.rows.push(["Period", input.unit]);
  sheet.rows.push(["Target conversion rate", input.thresholds.targetConversionRate]);
  sheet.format(sheet.rows.length - 1, 1, 1, 1, PERCENT);
  sheet.rows.push(["Computed at", { serial: input.computedAt }]);
  sheet.format(sheet.rows.length - 1, 1, 1, 1, "yyyy-mm-dd hh:mm");
  sheet.rows.push([]);

  const table = periodTable(periods, input.thresholds.targetConversionRate);
  const periodHeader = sheet.header(table.header);
  sheet.rows.push(...table.rows);
  const { column: percentColumn, count: percentCount } = table.percentColumns;
  sheet.format(periodHeader + 1, percentColumn, periods.length, percentCount, PERCENT);
  const chartRow = periodHeader;
  sheet.rows.push([]);

  sheet.heading("Clients by source");
  const sourceHeader = sheet.header([
    "Source",
    "Leads",
    "Clients",
    "Conversion rate",
    "95% low",
    "95% high",
    "Note",
    "Average client value",
    "Revenue",
  ]);
  const withLeads = money.value.filter((source) => source.leads > 0);
  for (const source of withLeads) {
    sheet.rows.push([
      source.label,
      source.leads,
      source.clients,
      rateValue(conversionRate({ leads: source.leads, won: source.clients, lost: 0, open: 0 })),
      ...interval(source.clients, source.leads),
      rateValue(averageClientValue(source)),
      source.revenue,
    ]);
    sheet.moneyCells(sheet.rows.length - 1, [7, 8]);
  }
  sheet.format(sourceHeader + 1, 3, withLeads.length, 3, PERCENT);

  if (investment !== null) investmentBlock(sheet, investment, hasValues);
  sheet.rows.push([]);
  sheet.rows.push(["Plan", plan.text]);

  const rows = sheet.rows;
  const width = Math.max(...rows.map((row) => row.length));
  const padded = rows.map((row) =>
    row.concat(new Array<SheetValue>(width - row.length).fill(null))
  );
  return ok({
    periods,
    diagnosis,
    periodAdvice,
    sources: money.value,
    investment,
    hasValues,
    plan,
    sheet: {
      kind: "marketing-vs-sales",
      preferredName: BALANCE_SHEET_NAME,
      rows: padded,
      boldRows: sheet.boldRows,
      formats: sheet.formats,
      chart: {
        title: "Marketing vs Sales",
        dataRow: chartRow,
        dataColumn: 0,
        rowCount: periods.length + 1,
        columnSeries: ["Leads", "Clients"],
        lineSeries: table.lineSeries,
        ...(table.projectedSeries === undefined ? {} : { projectedSeries: table.projectedSeries }),
        categoryAxisTitle: input.unit[0].toUpperCase() + input.unit.slice(1),
        valueAxisTitle: "Leads and clients",
        secondaryAxisTitle: "Conversion rate",
        anchorRow: 0,
        anchorColumn: width + 1,
        fallbackNote: {
          row: chartRow - 1,
          column: 0,
          text:
            "The chart shows leads and clients only: the conversion-rate line on a second axis " +
            "needs a newer Excel (ExcelApi 1.8).",
        },
      },
    },
  });
}
