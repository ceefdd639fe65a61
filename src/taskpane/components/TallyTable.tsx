import * as React from "react";
import { Table, TableBody, TableCell, TableRow, mergeClasses } from "@fluentui/react-components";
import { isSmallSample, type OutcomeCounts, type SourceGroup } from "../../engine";
import { formatRate } from "../format";
import { ScrollArea, SourceHeadings, useCompactTableStyles } from "./compactTable";
import { RateTerm } from "./RateTerm";

export interface TallyTableProps {
  readonly groups: readonly SourceGroup[];
  readonly total: OutcomeCounts;
}

const COLUMNS = ["Leads", "Won", "Lost", "Open", "Conversion rate", "Win rate"] as const;

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
export function TallyTable({ groups, total }: TallyTableProps): React.JSX.Element {
  const styles = useCompactTableStyles();
  return (
    <ScrollArea label="Leads by source (scrolls sideways)">
      <Table className={styles.table} size="extra-small" aria-label="Leads by source">
        <SourceHeadings names={COLUMNS} />
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
            </TableRow>
          ))}
          <TableRow className={styles.total}>
            <TableCell className={styles.cell}>Total</TableCell>
            {cells(total).map((cell, index) => (
              <TableCell key={COLUMNS[index]} className={mergeClasses(styles.cell, styles.number)}>
                {cell}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </ScrollArea>
  );
}
