import * as React from "react";
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnMapping, LeadField } from "../../engine";
import type { LeadsLocation } from "../../workbook/workbook";
import { FIELD_NAMES, capitalise, describeLocation, leadCount } from "../describe";
import { ColumnDropdown } from "./ColumnDropdown";
import { useDropdownStyles, useSectionStyles } from "./styles";

/** The fields the owner maps. */
const MAPPED_FIELDS: readonly LeadField[] = [
  "source",
  "outcome",
  "date",
  "value",
  "notes",
  "closed",
];

const useStyles = makeStyles({
  found: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  problem: { color: tokens.colorPaletteRedForeground1 },
  columns: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
});

export interface LeadsSectionProps {
  readonly loading: boolean;
  readonly locations: readonly LeadsLocation[];
  readonly locationIndex: number | null;
  readonly location: LeadsLocation | null;
  readonly mapping: ColumnMapping | null;
  /** True while writes are waiting: the leads must not move under them. */
  readonly locked: boolean;
  readonly creating: boolean;
  readonly onChooseLocation: (index: number) => void;
  /** Returns what is wrong with the choice (nothing changed then), or null. */
  readonly onChooseColumn: (field: LeadField, column: number | null) => string | null;
  /** True once the owner has confirmed (or chosen) these leads and columns: the section folds. */
  readonly confirmed: boolean;
  readonly onConfirm: () => void;
  /** What Find leads again found, once it has looked. */
  readonly found: string | null;
  readonly onCreateLeadsTable: () => void;
  readonly onFindAgain: () => void;
  /** Shown under the column dropdowns once leads are found (the won and lost labels). */
  readonly children?: React.ReactNode;
}

/** Where the leads are and which column is which, as found and as the owner corrects it. */
export function LeadsSection(props: LeadsSectionProps): React.JSX.Element {
  const { loading, locations, locationIndex, location, mapping, locked, creating } = props;
  const styles = useSectionStyles();
  const local = useStyles();
  const dropdown = useDropdownStyles();
  const headingId = React.useId();
  // Null until the owner opens or folds it: then folded once the choice is saved (on opening).
  const [open, setOpen] = React.useState<boolean | null>(null);
  const [columnProblem, setColumnProblem] = React.useState<string | null>(null);
  const folded =
    props.confirmed && !open && !loading && location !== null && columnProblem === null;
  const foundNote =
    props.found === null ? null : (
      <p className={styles.hint} role="status">
        {props.found}
      </p>
    );

  let body: React.ReactNode;
  if (loading) {
    body = <p className={styles.text}>Looking for leads in the workbook…</p>;
  } else if (location === null || mapping === null || locationIndex === null) {
    body = (
      <>
        <p className={styles.text}>
          No leads were found in this workbook: no table or header row with a Source column and an
          Outcome or Date column.
        </p>
        <p className={styles.hint}>
          Lead Tally can add a Leads table on a new sheet, with the columns Date, Source, Outcome,
          Value and Notes. Nothing else in the workbook changes.
        </p>
        <div className={styles.row}>
          <Button appearance="primary" disabled={creating} onClick={props.onCreateLeadsTable}>
            Create leads table
          </Button>
          <Button disabled={creating} onClick={props.onFindAgain}>
            Find leads again
          </Button>
        </div>
        {foundNote}
      </>
    );
  } else if (folded) {
    body = (
      <div className={local.found}>
        <p className={styles.text}>
          {capitalise(describeLocation(location))}: {leadCount(location.rowCount)}
        </p>
        <Button size="small" appearance="subtle" onClick={() => setOpen(true)}>
          Change
        </Button>
      </div>
    );
  } else {
    body = (
      <>
        <div className={local.found}>
          <p className={styles.text}>
            {capitalise(describeLocation(location))}: {leadCount(location.rowCount)}
          </p>
          <Button
            size="small"
            appearance="subtle"
            disabled={locked}
            title="Look for the leads again, after adding or renaming a table"
            onClick={props.onFindAgain}
          >
            Find leads again
          </Button>
        </div>
        {foundNote}
        <Field label="Leads location">
          <Select
            className={dropdown.fill}
            value={String(locationIndex)}
            disabled={locked}
            onChange={(_event, data) => props.onChooseLocation(Number(data.value))}
          >
            {locations.map((found, index) => (
              <option key={index} value={String(index)}>
                {capitalise(describeLocation(found))}
              </option>
            ))}
          </Select>
        </Field>
        <div className={local.columns}>
          {MAPPED_FIELDS.map((field) => (
            <ColumnDropdown
              key={field}
              label={`${FIELD_NAMES[field]} column`}
              headers={location.headers}
              value={mapping[field]}
              disabled={locked}
              onChange={(column) => {
                setOpen(true);
                setColumnProblem(props.onChooseColumn(field, column));
              }}
            />
          ))}
        </div>
        {columnProblem !== null && (
          <p className={`${styles.text} ${local.problem}`} role="alert">
            {columnProblem}
          </p>
        )}
        {props.children}
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={locked || mapping.source === null}
            onClick={() => {
              props.onConfirm();
              setColumnProblem(null);
              setOpen(false);
            }}
          >
            {props.confirmed ? "Done" : "These columns are right"}
          </Button>
        </div>
      </>
    );
  }

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Leads
      </h2>
      {body}
    </section>
  );
}
