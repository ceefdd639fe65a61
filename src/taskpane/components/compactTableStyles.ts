import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/**
 * The pane's tables of figures: columns as wide as their content, in a small font with little
 * padding, so that seven columns fit a 350 px task pane; numbers stay on one line, names and
 * headings wrap at spaces.
 */
export const useCompactTableStyles = makeStyles({
  scroll: { overflowX: "auto" },
  table: { ...typographyStyles.caption1, tableLayout: "auto" },
  cell: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS },
  source: { overflowWrap: "break-word" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  heading: { textAlign: "end", verticalAlign: "bottom" },
  sub: { color: tokens.colorNeutralForeground2 },
  total: { fontWeight: tokens.fontWeightSemibold },
});
