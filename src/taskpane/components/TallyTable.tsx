import * as React from "react";
import { Table, TableBody, TableCell, TableRow, mergeClasses } from "@fluentui/react-components";
import {
  conversionTimeOf,
  isSmallSample,
  type ConversionTime,
  type OutcomeCounts,
  type SourceGroup,
  type TimeToConvert,
} from "../../engine";
import { formatRate } from "../format";
import { ScrollArea, SourceHeadings, useCompactTableStyles } from "./compactTable";
import { RateTerm } from "./RateTerm";

export interface TallyTableProps {
  readonly groups: readonly SourceGroup[];
  readonly total: OutcomeCounts;
  /** Median days to convert per source; null (no column) without closed dates. */
  readonly time?: TimeToConvert | null;
}

const COLUMNS = ["Leads", "Won", "Lost", "Open", "Conversion rate", "Win rate"] as const;
const TIME_COLUMN = "Median days to convert";

/** 12 or 15.5: a median of whole days is whole or a half. */
function days(median: number): string {
  return Number.isInteger(median) ? String(median) : median.toFixed(1);
}

/**
 * The median, blank (not 0) when no client of the source has a lag, and what it rests on on a
 * second line that does not wrap: a row stays two lines high at most, as with "few leads", and
 * the table scrolls sideways instead.
 */
function TimeCell({ time }: { readonly time: ConversionTime }): React.JSX.Element {
  const styles = useCompactTableStyles();
  return (
    <TableCell className={mergeClasses(styles.cell, styles.number)}>
      {time.medianDays === null ? "" : days(time.medianDays)}
      <div className={styles.sub}>
        measured on {time.clients} client{time.clients === 1 ? "" : "s"}
      </div>
    </TableCell>
  );
}

function cells(counts: OutcomeCounts): string[] {
  return [
    String(counts.leads),
    String(counts.won),
    String(counts.lost),
    String(counts.open),
    formatRate(counts.won, counts.leads),
    formatRate(counts.won, counts.won + counts.lost),
  ];
}

/** The tally by source, as on the Lead Tally sheet, with a total row. */
export function TallyTable({ groups, total, time = null }: TallyTableProps): React.JSX.Element {
  const styles = useCompactTableStyles();
  return (
    <ScrollArea label="Leads by source (scrolls sideways)">
      <Table className={styles.table} size="extra-small" aria-label="Leads by source">
        <SourceHeadings names={time === null ? COLUMNS : [...COLUMNS, TIME_COLUMN]} />
        <TableBody>
          {groups.map((group) => (
            <TableRow key={group.key}>
              <TableCell className={mergeClasses(styles.cell, styles.source)}>
                {group.label}
              </TableCell>
              {cells(group).map((cell, index) => (
                <TableCell
                  key={COLUMNS[index]}
                  className={mergeClasses(styles.cell, styles.number)}
                >
                  {cell}
                  {COLUMNS[index] === "Conversion rate" && isSmallSample(group.leads) && (
                    <div className={styles.sub}>
                      <RateTerm term="few leads" />
                    </div>
                  )}
                </TableCell>
              ))}
              {time !== null && <TimeCell time={conversionTimeOf(time, group.key)} />}
            </TableRow>
          ))}
          <TableRow className={styles.total}>
            <TableCell className={styles.cell}>Total</TableCell>
            {cells(total).map((cell, index) => (
              <TableCell key={COLUMNS[index]} className={mergeClasses(styles.cell, styles.number)}>
                {cell}
              </TableCell>
            ))}
            {time !== null && <TimeCell time={time.total} />}
          </TableRow>
        </TableBody>
      </Table>
    </ScrollArea>
  );
}
