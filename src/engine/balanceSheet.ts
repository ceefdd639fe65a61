/**
 * The "Marketing vs Sales" sheet: leads, clients and conversion rate per period against the
 * owner's target, with a chart and a diagnosis in plain words; which sources bring the clients
 * and what they are worth; and, with a spend table, what each source costs and returns.
 */
import { Cell } from "./cells";
import { Result } from "./errors";
import { BalanceThresholds, Diagnosis, diagnoseBalance } from "./balance";
import {
  SourceMoney,
  averageClientValue,
  costPerClient,
  costPerLead,
  moneyBySource,
  returnOnInvestment,
  returnOnSpend,
  sumMoney,
} from "./money";
import { OutcomeRules } from "./outcomes";
import { PeriodUnit, periodIndexOfDay, periodLabel } from "./periods";
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
  /** The spend table's columns, or null without one. */
  readonly spend: { readonly sources: readonly Cell[]; readonly amounts: readonly Cell[] } | null;
  readonly unit: PeriodUnit;
  readonly rules: OutcomeRules;
  readonly thresholds: BalanceThresholds;
  readonly origin: string;
  /** Now, as an Excel serial on the owner's clock: the period it falls in is not yet complete. */
  readonly computedAt: number;
  /** The day number of now, for the current period. */
  readonly today: number;
}

export interface BalanceReport {
  readonly periods: readonly PeriodGroup[];
  readonly diagnosis: Diagnosis;
  readonly sources: readonly SourceMoney[];
  readonly sheet: GeneratedSheet;
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

export function buildBalanceReport(input: BalanceInput): Result<BalanceReport> {
  const byPeriod = tallyByPeriod(input.dates, input.outcomes, input.unit, input.rules);
  if (!byPeriod.ok) return byPeriod;
  const money = moneyBySource({
    sources: input.sources,
    outcomes: input.outcomes,
    values: input.values,
    spendSources: input.spend?.sources ?? [],
    spend: input.spend?.amounts ?? [],
    rules: input.rules,
  });
  if (!money.ok) return money;

  const periods = byPeriod.value.filter((period) => period.label !== NO_DATE_LABEL);
  const current = periodLabel(periodIndexOfDay(input.today, input.unit), input.unit);
  const complete = periods.filter((period) => period.label < current);
  const diagnosis = diagnoseBalance(complete, input.unit, input.thresholds);

  const rows: Block = [];
  const boldRows: number[] = [];
  const formats: CellFormat[] = [];
  const percentFormat = (row: number, column: number, rowCount: number, columnCount: number) => {
    if (rowCount > 0) formats.push({ row, column, rowCount, columnCount, numberFormat: "0.0%" });
  };
  const moneyFormat = (row: number, column: number, rowCount: number, columnCount: number) => {
    if (rowCount > 0)
      formats.push({ row, column, rowCount, columnCount, numberFormat: "#,##0.00" });
  };
  const heading = (text: string) => {
    boldRows.push(rows.length);
    rows.push([text]);
  };

  heading(BALANCE_SHEET_NAME);
  rows.push(["Diagnosis", diagnosis.text]);
  rows.push(["Computed from", input.origin]);
  rows.push(["Period", input.unit]);
  rows.push(["Target conversion rate", input.thresholds.targetConversionRate]);
  percentFormat(rows.length - 1, 1, 1, 1);
  rows.push(["Computed at", { serial: input.computedAt }]);
  formats.push({
    row: rows.length - 1,
    column: 1,
    rowCount: 1,
    columnCount: 1,
    numberFormat: "yyyy-mm-dd hh:mm",
  });
  rows.push([]);

  const periodHeader = rows.length;
  boldRows.push(periodHeader);
  rows.push(["Period", "Leads", "Clients", "Conversion rate", "Target"]);
  for (const period of periods) {
    rows.push([
      period.label,
      period.leads,
      period.won,
      // Blank, not a dash: the chart's line skips a blank cell but would plot text as 0%.
      period.leads === 0 ? null : rateValue(conversionRate(period)),
      input.thresholds.targetConversionRate,
    ]);
  }
  percentFormat(periodHeader + 1, 3, periods.length, 2);
  const chartRow = periodHeader;
  rows.push([]);

  heading("Clients by source");
  const sourceHeader = rows.length;
  boldRows.push(sourceHeader);
  rows.push([
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
    rows.push([
      source.label,
      source.leads,
      source.clients,
      rateValue(conversionRate({ leads: source.leads, won: source.clients, lost: 0, open: 0 })),
      ...interval(source.clients, source.leads),
      rateValue(averageClientValue(source)),
      source.revenue,
    ]);
  }
  percentFormat(sourceHeader + 1, 3, withLeads.length, 3);
  moneyFormat(sourceHeader + 1, 7, withLeads.length, 2);

  if (input.spend !== null) {
    rows.push([]);
    heading("Marketing as an investment");
    const spendHeader = rows.length;
    boldRows.push(spendHeader);
    rows.push([
      "Source",
      "Spend",
      "Leads",
      "Clients",
      "Revenue",
      "Cost per lead",
      "Cost per client",
      "ROI",
      "Return on spend",
    ]);
    const investmentRow = (
      label: string,
      row: Omit<SourceMoney, "key" | "label">
    ): SheetValue[] => [
      label,
      row.spend,
      row.leads,
      row.clients,
      row.revenue,
      rateValue(costPerLead(row)),
      rateValue(costPerClient(row)),
      rateValue(returnOnInvestment(row)),
      rateValue(returnOnSpend(row)),
    ];
    for (const source of money.value) rows.push(investmentRow(source.label, source));
    boldRows.push(rows.length);
    rows.push(investmentRow("Total", sumMoney(money.value)));
    const count = money.value.length + 1;
    moneyFormat(spendHeader + 1, 1, count, 1);
    moneyFormat(spendHeader + 1, 4, count, 3);
    percentFormat(spendHeader + 1, 7, count, 1);
    formats.push({
      row: spendHeader + 1,
      column: 8,
      rowCount: count,
      columnCount: 1,
      numberFormat: '0.00"×"',
    });
  }

  const width = Math.max(...rows.map((row) => row.length));
  const padded = rows.map((row) =>
    row.concat(new Array<SheetValue>(width - row.length).fill(null))
  );
  return {
    ok: true,
    value: {
      periods,
      diagnosis,
      sources: money.value,
      sheet: {
        kind: "marketing-vs-sales",
        preferredName: BALANCE_SHEET_NAME,
        rows: padded,
        boldRows,
        formats,
        chart: {
          title: "Marketing vs Sales",
          dataRow: chartRow,
          dataColumn: 0,
          rowCount: periods.length + 1,
          columnSeries: ["Leads", "Clients"],
          lineSeries: "Conversion rate",
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
    },
  };
}
