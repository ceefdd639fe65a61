import * as React from "react";
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import type { SheetGrid as Grid } from "../../workbook/memoryWorkbook";

const useStyles = makeStyles({
  scroll: {
    overflow: "auto",
    maxHeight: "360px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  table: {
    ...typographyStyles.caption1,
    borderCollapse: "collapse",
    color: tokens.colorNeutralForeground1,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    maxWidth: "180px",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: { textAlign: "end" },
  row: { cursor: "cell" },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  selectedCell: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  empty: { color: tokens.colorNeutralForeground3, padding: tokens.spacingHorizontalS },
});

/** Right-aligned like Excel aligns numbers, dates and percentages. */
const NUMERIC = /^-?[\d.,]+%?$|^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/;

export interface SheetGridProps {
  readonly sheet: Grid;
  /** The selected cell (zero-based sheet row and column), if on this sheet. */
  readonly selected?: { readonly row: number; readonly column: number } | null;
  /** A click on a cell selects it, as in Excel (so "Use selected row" can be tried). */
  readonly onSelect?: (row: number, column: number) => void;
}

/** One sheet of the preview workbook as a plain table: row 1 of the sheet is the first row. */
export function SheetGrid({ sheet, selected = null, onSelect }: SheetGridProps): React.JSX.Element {
  const styles = useStyles();
  if (sheet.rows.length === 0) {
    return <p className={styles.empty}>This sheet is empty.</p>;
  }
  return (
    // Focusable so the owner can scroll a wide or long sheet with the keyboard.
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={`${sheet.name} sheet`}>
      <table className={styles.table} aria-label={sheet.name}>
        <tbody>
          {sheet.rows.map((row, r) => (
            <tr
              key={r}
              className={selected?.row === r ? `${styles.row} ${styles.selected}` : styles.row}
            >
              {row.map((text, c) => (
                <td
                  key={c}
                  className={[
                    styles.cell,
                    NUMERIC.test(text) ? styles.number : "",
                    selected?.row === r && selected.column === c ? styles.selectedCell : "",
                  ].join(" ")}
                  title={text.length > 24 ? text : undefined}
                  onClick={onSelect === undefined ? undefined : () => onSelect(r, c)}
                >
                  {text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
