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

/** A folded part of a section (details and summary): settings most owners never need. */
export const useDisclosureStyles = makeStyles({
  details: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  summary: {
    ...typographyStyles.body1,
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  body: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  problem: { color: tokens.colorPaletteRedForeground1 },
});
