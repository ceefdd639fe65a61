import * as React from "react";
import { Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Cell, OutcomeClass } from "../../engine";
import { outcomeValues, type OutcomeValue } from "../../engine/outcomeClasses";
import { useDisclosureStyles, useSectionStyles } from "./styles";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: {
    display: "grid",
    // Wide enough for "Won (a client)" in a small select with its arrow, at 320 px.
    gridTemplateColumns: "minmax(0, 1fr) 4.5em 9.5em",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  value: { overflowWrap: "anywhere" },
  count: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export interface OutcomeValuesProps {
  /** The Outcome column as read. */
  readonly outcomes: readonly Cell[];
  readonly wonLabels: readonly string[];
  readonly lostLabels: readonly string[];
  readonly disabled: boolean;
  /** Moves a value to won, lost or open; settles with what is wrong, or null. */
  readonly onClassify: (value: string, to: OutcomeClass) => Promise<string | null>;
}

const CLASS_NAMES: Readonly<Record<OutcomeClass, string>> = {
  won: "Won (a client)",
  lost: "Lost",
  open: "Open",
};

/** True when the column has values and none of them is won or lost. */
export function noneDecided(values: readonly OutcomeValue[]): boolean {
  return values.some((value) => !value.fixed) && values.every((value) => value.outcome === "open");
}

/**
 * The outcome values the leads hold, with how many leads have each and what each counts as: the
 * owner changes a value's class here, and the tally, the balance and Mark won follow.
 */
export function OutcomeValues({
  outcomes,
  wonLabels,
  lostLabels,
  disabled,
  onClassify,
}: OutcomeValuesProps): React.JSX.Element {
  const values = React.useMemo(
    () => outcomeValues(outcomes, wonLabels, lostLabels),
    [outcomes, wonLabels, lostLabels]
  );
  const styles = useStyles();
  const section = useSectionStyles();
  const disclosure = useDisclosureStyles();
  const [problem, setProblem] = React.useState<string | null>(null);
  const labelId = React.useId();
  return (
    <div className={section.section}>
      <p className={section.text} id={labelId}>
        Outcomes in the leads
      </p>
      {noneDecided(values) && (
        <p className={`${section.hint} ${disclosure.problem}`} role="alert">
          None of these look like won or lost: choose below which mean won (a client) and which
          lost, or every rate stays 0%.
        </p>
      )}
      <ul className={styles.list} aria-labelledby={labelId}>
        {values.map((value) => {
          const name = value.label === "" ? "(blank)" : value.label;
          return (
            <li key={value.label} className={styles.item}>
              <span className={`${section.text} ${styles.value}`}>{name}</span>
              <span className={`${section.hint} ${styles.count}`}>
                {value.count} {value.count === 1 ? "lead" : "leads"}
              </span>
              {value.fixed ? (
                <span className={section.hint} title="Blank and Open always mean a lead still open">
                  Open (always)
                </span>
              ) : (
                <Select
                  size="small"
                  aria-label={`${name} counts as`}
                  value={value.outcome}
                  disabled={disabled}
                  onChange={(_event, data) => {
                    void onClassify(value.label, data.value as OutcomeClass).then(setProblem);
                  }}
                >
                  {(Object.keys(CLASS_NAMES) as OutcomeClass[]).map((outcome) => (
                    <option key={outcome} value={outcome}>
                      {CLASS_NAMES[outcome]}
                    </option>
                  ))}
                </Select>
              )}
            </li>
          );
        })}
      </ul>
      <p
        className={problem === null ? section.hint : `${section.hint} ${disclosure.problem}`}
        role="status"
        aria-live="polite"
      >
        {problem ?? ""}
      </p>
    </div>
  );
}
