import * as React from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
} from "@fluentui/react-components";
import {
  Figures,
  InvestmentReport,
  NO_RATE,
  Result,
  SPEND_STATUS_WORDS,
  SourceMoney,
  SpendStatus,
  averageClientValue,
  breakEvenCostPerLead,
  costPerClient,
  costPerLead,
  costsMoreThanWorth,
  isSmallSample,
  paidTotalLabel,
  ratioShown,
  returnOnInvestment,
  returnOnSpend,
  wilsonInterval,
} from "../../engine";
import { capitalise } from "../describe";
import { formatMoney, formatPercent, formatRate, formatTimes } from "../format";
import { ScrollArea, SourceHeadings, useCompactTableStyles } from "./compactTable";

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
    <ScrollArea label="Clients by source, scrollable">
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
                {ratioText(averageClientValue(source), formatMoney)}
              </TableCell>
              <TableCell className={number}>{formatMoney(source.revenue)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollArea>
  );
}

export interface InvestmentTableProps {
  readonly investment: InvestmentReport;
  /** True when the leads have values: break-even, ROI and return on spend need them. */
  readonly hasValues: boolean;
}

/** The engine's ratio (money.ts): a number formatted, else "–" or "too large", never Infinity. */
function ratioText(ratio: Result<number>, format: (n: number) => string): string {
  const shown = ratioShown(ratio);
  return typeof shown === "number" ? format(shown) : shown;
}

/** "Referral", or "5 sources": the rows above name them, and the narrow pane has no room twice. */
function count(sources: readonly string[]): string {
  return sources.length === 1 ? sources[0] : `${sources.length} sources`;
}

const INVESTMENT_COLUMNS = [
  "Spend",
  "Cost per lead (worth)",
  "Cost per client",
  "ROI",
  "Return on spend",
];

/**
 * What each source cost and returned: paid channels with their cost per lead beside what a lead
 * is worth (break-even), free channels, sources whose spend is not entered (never shown as 0), and
 * a total over the paid channels only, naming them.
 */
export function InvestmentTable({
  investment,
  hasValues,
}: InvestmentTableProps): React.JSX.Element {
  const styles = useCompactTableStyles();
  const number = mergeClasses(styles.cell, styles.number);
  const row = (
    key: string,
    label: string,
    status: SpendStatus,
    money: Figures,
    breakEven: number | null,
    flagged: boolean,
    className?: string
  ) => {
    const paid = status === "paid";
    return (
      <TableRow key={key} className={className}>
        <TableCell className={mergeClasses(styles.cell, styles.source)}>{label}</TableCell>
        <TableCell className={number}>
          {status === "not-entered" ? (
            <span className={styles.words}>{SPEND_STATUS_WORDS["not-entered"]}</span>
          ) : (
            <>
              <div>{formatMoney(money.spend)}</div>
              {status === "free" && <div className={styles.sub}>free</div>}
            </>
          )}
        </TableCell>
        <TableCell className={number}>
          <div>{paid ? ratioText(costPerLead(money), formatMoney) : NO_RATE}</div>
          {breakEven !== null && (
            <div className={flagged ? styles.flag : styles.sub}>
              {flagged ? "above " : "worth "}
              {formatMoney(breakEven)}
            </div>
          )}
        </TableCell>
        <TableCell className={number}>
          {paid ? ratioText(costPerClient(money), formatMoney) : NO_RATE}
        </TableCell>
        <TableCell className={number}>
          {paid && hasValues ? ratioText(returnOnInvestment(money), formatPercent) : NO_RATE}
        </TableCell>
        <TableCell className={number}>
          {paid && hasValues ? ratioText(returnOnSpend(money), formatTimes) : NO_RATE}
        </TableCell>
      </TableRow>
    );
  };
  const { paid, free, notEntered } = investment;
  return (
    <ScrollArea label="Marketing as an investment, scrollable">
      <Table className={styles.table} size="extra-small" aria-label="Marketing as an investment">
        <SourceHeadings names={INVESTMENT_COLUMNS} />
        <TableBody>
          {investment.sources.map((source) =>
            row(
              source.key,
              source.label,
              source.status,
              source,
              breakEvenCostPerLead(source, hasValues),
              costsMoreThanWorth(source, hasValues)
            )
          )}
          {row("(paid)", paidTotalLabel(investment), "paid", paid, null, false, styles.total)}
          {free.sources.length > 0 &&
            row("(free)", `Free channels (${count(free.sources)})`, "free", free, null, false)}
          {notEntered.sources.length > 0 &&
            row(
              "(not entered)",
              `Spend not entered (${count(notEntered.sources)})`,
              "not-entered",
              notEntered,
              null,
              false
            )}
        </TableBody>
      </Table>
    </ScrollArea>
  );
}

/** The paid channels' figures per period with spend, and their total. */
export function PeriodInvestmentTable({
  investment,
  hasValues,
}: InvestmentTableProps): React.JSX.Element {
  const styles = useCompactTableStyles();
  const number = mergeClasses(styles.cell, styles.number);
  const unit = investment.periodUnit ?? "period";
  const row = (label: string, money: Figures, className?: string) => (
    <TableRow key={label} className={className}>
      <TableCell className={mergeClasses(styles.cell, styles.period)}>{label}</TableCell>
      <TableCell className={number}>{formatMoney(money.spend)}</TableCell>
      <TableCell className={number}>{money.leads}</TableCell>
      <TableCell className={number}>{ratioText(costPerLead(money), formatMoney)}</TableCell>
      <TableCell className={number}>{ratioText(costPerClient(money), formatMoney)}</TableCell>
      <TableCell className={number}>
        {hasValues ? ratioText(returnOnInvestment(money), formatPercent) : NO_RATE}
      </TableCell>
    </TableRow>
  );
  return (
    <ScrollArea label={`Paid channels by ${unit}, scrollable`}>
      <Table className={styles.table} size="extra-small" aria-label={`Paid channels by ${unit}`}>
        <TableHeader>
          <TableRow>
            {[capitalise(unit), "Spend", "Leads", "Cost per lead", "Cost per client", "ROI"].map(
              (name, index) => (
                <TableHeaderCell
                  key={name}
                  className={mergeClasses(
                    styles.cell,
                    index === 0 ? styles.source : styles.heading
                  )}
                >
                  {name}
                </TableHeaderCell>
              )
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {investment.periods.map((period) => row(period.label, period))}
          {row("Total", investment.paid, styles.total)}
        </TableBody>
      </Table>
    </ScrollArea>
  );
}
