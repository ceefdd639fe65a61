/** Styles shared by the pane's sections. */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useSectionStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    color: tokens.colorNeutralForeground1,
  },
  text: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground1,
  },
  hint: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "end",
  },
});

/** Fluent's Dropdown is at least 250px wide: too wide for two in a row of a narrow pane. */
export const useDropdownStyles = makeStyles({
  fill: { minWidth: 0, width: "100%" },
});
