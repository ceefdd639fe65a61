import * as React from "react";
import { Table, TableBody, TableCell, TableRow, mergeClasses } from "@fluentui/react-components";
import {
  NO_RATE,
  Result,
  SourceMoney,
  averageClientValue,
  costPerClient,
  costPerLead,
  isSmallSample,
  returnOnInvestment,
  returnOnSpend,
  sumMoney,
  wilsonInterval,
} from "../../engine";
import { formatMoney, formatPercent, formatRate, formatTimes } from "../format";
import { SourceHeadings, useCompactTableStyles } from "./compactTable";

function shown(result: Result<number>, format: (value: number) => string): string {
  return result.ok ? format(result.value) : NO_RATE;
}

/** A source's conversion rate, how sure it is (95% Wilson range), and whether it rests on few leads. */
function RateCell({ source }: { readonly source: SourceMoney }): React.JSX.Element {
  const styles = useCompactTableStyles();
  const range = wilsonInterval(source.clients, source.leads);
  return (
    <TableCell className={mergeClasses(styles.cell, styles.number)}>
      <div>{formatRate(source.clients, source.leads)}</div>
      {range !== null && (
        <div className={styles.sub}>
          {Math.round(range.low * 100)}–{Math.round(range.high * 100)}%
        </div>
      )}
      {isSmallSample(source.leads) && <div className={styles.sub}>few leads</div>}
    </TableCell>
  );
}

export interface SourceMoneyTableProps {
  /** Sources with leads, as on the sheet's "Clients by source". */
  readonly sources: readonly SourceMoney[];
}

/**
 * Which sources bring the clients, how sure that is, and what the clients are worth. Clients and
 * leads share a column ("4 of 20"), so that the five columns fit a task pane.
 */
export function SourceMoneyTable({ sources }: SourceMoneyTableProps): React.JSX.Element {
  const styles = useCompactTableStyles();
  const number = mergeClasses(styles.cell, styles.number);
  return (
    <div className={styles.scroll}>
      <Table className={styles.table} size="extra-small" aria-label="Clients by source">
        <SourceHeadings
          names={[
            "Clients of leads",
            "Conversion rate (95% range)",
            "Average client value",
            "Revenue",
          ]}
        />
        <TableBody>
          {sources.map((source) => (
            <TableRow key={source.key}>
              <TableCell className={mergeClasses(styles.cell, styles.source)}>
                {source.label}
              </TableCell>
              <TableCell className={number}>
                {source.clients} of {source.leads}
              </TableCell>
              <RateCell source={source} />
              <TableCell className={number}>
                {shown(averageClientValue(source), formatMoney)}
              </TableCell>
              <TableCell className={number}>{formatMoney(source.revenue)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export interface InvestmentTableProps {
  /** Every source with leads or spend, as on the sheet's "Marketing as an investment". */
  readonly sources: readonly SourceMoney[];
}

type Money = Omit<SourceMoney, "key" | "label">;

function investmentCells(money: Money): string[] {
  return [
    formatMoney(money.spend),
    shown(costPerLead(money), formatMoney),
    shown(costPerClient(money), formatMoney),
    shown(returnOnInvestment(money), formatPercent),
    shown(returnOnSpend(money), formatTimes),
  ];
}

const INVESTMENT_COLUMNS = ["Spend", "Cost per lead", "Cost per client", "ROI", "Return on spend"];

/** What each source cost and returned, with the totals. */
export function InvestmentTable({ sources }: InvestmentTableProps): React.JSX.Element {
  const styles = useCompactTableStyles();
  const number = mergeClasses(styles.cell, styles.number);
  const row = (key: string, label: string, money: Money, className?: string) => (
    <TableRow key={key} className={className}>
      <TableCell className={mergeClasses(styles.cell, styles.source)}>{label}</TableCell>
      {investmentCells(money).map((text, index) => (
        <TableCell key={INVESTMENT_COLUMNS[index]} className={number}>
          {text}
        </TableCell>
      ))}
    </TableRow>
  );
  return (
    <div className={styles.scroll}>
      <Table className={styles.table} size="extra-small" aria-label="Marketing as an investment">
        <SourceHeadings names={INVESTMENT_COLUMNS} />
        <TableBody>
          {sources.map((source) => row(source.key, source.label, source))}
          {row("(total)", "Total", sumMoney(sources), styles.total)}
        </TableBody>
      </Table>
    </div>
  );
}
