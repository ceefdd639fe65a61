import * as React from "react";
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** What each rate divides, in the words of the README's metric definitions. */
export const RATE_DEFINITIONS: Readonly<Record<string, string>> = {
  "Conversion rate": "Clients ÷ all leads, open leads included.",
  "Win rate": "Won ÷ decided leads (won + lost); open leads are left out.",
  "Median days to convert":
    "Half the clients were won within this many days of their lead date: closed date − lead date, over won leads with both dates.",
  "few leads":
    "Fewer than 20 leads: the rate could easily be far off. The range under a rate is where it is, 19 times in 20.",
};

const useStyles = makeStyles({
  term: {
    position: "relative",
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    textUnderlineOffset: "2px",
    cursor: "help",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
    // The definition shows on hover and on keyboard focus, without a tooltip library.
    ":hover > span, :focus > span": { display: "block" },
  },
  tip: {
    ...typographyStyles.caption1,
    display: "none",
    position: "absolute",
    zIndex: 1,
    top: "100%",
    right: 0,
    width: "14em",
    marginTop: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: "start",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow8,
  },
});

/** A term with its definition on hover and on focus (and read out with it). */
export function RateTerm({
  term,
  align = "end",
}: {
  readonly term: string;
  readonly align?: "start" | "end";
}): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  const definition = RATE_DEFINITIONS[term];
  if (definition === undefined) return <>{term}</>;
  return (
    <span className={styles.term} tabIndex={0} aria-describedby={id}>
      {term}
      <span
        id={id}
        role="tooltip"
        className={styles.tip}
        style={align === "start" ? { left: 0, right: "auto" } : undefined}
      >
        {definition}
      </span>
    </span>
  );
}
