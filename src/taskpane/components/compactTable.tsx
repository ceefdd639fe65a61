import * as React from "react";
import {
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { RateTerm } from "./RateTerm";

/**
 * The pane's tables of figures: columns as wide as their content, in a small font with little
 * padding, so that seven columns fit a 350 px task pane; numbers stay on one line, names and
 * headings wrap at spaces.
 */
export const useCompactTableStyles = makeStyles({
  scroll: {
    overflowX: "auto",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  table: { ...typographyStyles.caption1, tableLayout: "auto" },
  cell: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS },
  source: { overflowWrap: "break-word" },
  /** A period label (2026-08, 2026-W09) stays on one line. */
  period: { whiteSpace: "nowrap" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  heading: { textAlign: "end", verticalAlign: "bottom" },
  sub: { color: tokens.colorNeutralForeground2 },
  /** Words in a number column ("spend not entered") wrap, so the column stays narrow. */
  words: { whiteSpace: "normal", color: tokens.colorNeutralForeground2 },
  /** A figure that needs the owner's attention, such as a lead costing more than it is worth. */
  flag: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  total: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * A table that may be wider than the pane: it scrolls sideways, and the keyboard can scroll it
 * too (the area takes focus, as axe's scrollable-region-focusable asks).
 */
export function ScrollArea({
  label,
  children,
}: {
  readonly label: string;
  readonly children: React.ReactNode;
}): React.JSX.Element {
  const styles = useCompactTableStyles();
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** The header row of a table of figures per source: "Source", then the given column names. */
export function SourceHeadings({
  names,
}: {
  readonly names: readonly string[];
}): React.JSX.Element {
  const styles = useCompactTableStyles();
  return (
    <TableHeader>
      <TableRow>
        <TableHeaderCell className={mergeClasses(styles.cell, styles.source)}>
          Source
        </TableHeaderCell>
        {names.map((name) => (
          <TableHeaderCell key={name} className={mergeClasses(styles.cell, styles.heading)}>
            <RateTerm term={name} />
          </TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );
}
