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
import { NO_RATE, PeriodRow, isMaturing } from "../../engine";
import { capitalise } from "../describe";
import { formatPercent } from "../format";
import { ScrollArea, useCompactTableStyles } from "./compactTable";

export interface RecentPeriodsTableProps {
  readonly periods: readonly PeriodRow[];
  readonly unit: string;
}

function percentOrDash(value: number | null | undefined): string {
  return typeof value === "number" ? formatPercent(value) : NO_RATE;
}

/**
 * The periods still maturing, as on the sheet: conversion so far beside projected conversion and
 * the completion it rests on, so a young period's low rate is read with what it should become.
 */
export function RecentPeriodsTable({ periods, unit }: RecentPeriodsTableProps): React.JSX.Element {
  const styles = useCompactTableStyles();
  const number = mergeClasses(styles.cell, styles.number);
  const recent = periods.filter(isMaturing);
  const headings = [capitalise(unit), "Leads", "Conversion so far", "Projected", "Completion"];
  return (
    <ScrollArea label="Recent periods, scrollable">
      <Table className={styles.table} size="extra-small" aria-label="Recent periods">
        <TableHeader>
          <TableRow>
            {headings.map((name, index) => (
              <TableHeaderCell
                key={name}
                className={mergeClasses(styles.cell, index === 0 ? styles.source : styles.heading)}
              >
                {name}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {recent.map((period) => (
            <TableRow key={period.label}>
              <TableCell className={mergeClasses(styles.cell, styles.period)}>
                {period.soFar ? `${period.label} (so far)` : period.label}
              </TableCell>
              <TableCell className={number}>{period.leads}</TableCell>
              <TableCell className={number}>{percentOrDash(period.conversionSoFar)}</TableCell>
              <TableCell className={number}>{percentOrDash(period.projected)}</TableCell>
              <TableCell className={number}>{percentOrDash(period.completion)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollArea>
  );
}
