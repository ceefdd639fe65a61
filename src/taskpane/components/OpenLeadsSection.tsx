import * as React from "react";
import {
  Button,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { OPEN_AGE_LABELS, OPEN_LEADS_BY_AGE_HEADER } from "../../engine";
import type { ChaseRow, OpenLeadsView } from "../hooks/useOpenLeads";
import type { OutcomeChoice } from "../outcomeLabels";
import { useCompactTableStyles } from "./compactTable";
import { DayChoice } from "./DayChoice";
import { JobValue } from "./JobValue";
import type { MarkingProps } from "./MarkOutcome";
import { useSectionStyles } from "./styles";

/** The most chase-list leads shown: a big workbook must not make a pane miles long. */
export const CHASE_LIST_SHOWN = 50;

/** `valueFor` is a lead marked won from this list only: its value is asked here. */
export interface OpenLeadsSectionProps extends MarkingProps {
  /** Null until the leads are read. */
  readonly openLeads: OpenLeadsView | null;
  /** False when the leads have no Outcome column. */
  readonly canMark: boolean;
  readonly onMark: (outcome: OutcomeChoice, row: ChaseRow) => void;
  /** Saves N as typed; returns what is wrong with it, or null. */
  readonly onSetChaseAfterDays: (text: string) => string | null;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  what: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: "anywhere" },
  notes: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  subheading: { ...typographyStyles.body1Strong, margin: 0 },
  days: { maxWidth: "8em" },
});

function AgeTable({ byAge }: { readonly byAge: readonly number[] }): React.JSX.Element {
  const styles = useCompactTableStyles();
  const [ageHeading, countHeading] = OPEN_LEADS_BY_AGE_HEADER;
  return (
    <Table className={styles.table} size="extra-small" aria-label="Open leads by age">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.cell}>{ageHeading}</TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.cell, styles.heading)}>
            {countHeading}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {OPEN_AGE_LABELS.map((label, index) => (
          <TableRow key={label}>
            <TableCell className={mergeClasses(styles.cell, styles.period)}>{label}</TableCell>
            <TableCell className={mergeClasses(styles.cell, styles.number)}>
              {byAge[index]}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ChaseAfterForm(props: {
  readonly days: number;
  readonly onSave: (text: string) => string | null;
}): React.JSX.Element {
  const section = useSectionStyles();
  const styles = useStyles();
  const [text, setText] = React.useState(String(props.days));
  const [problem, setProblem] = React.useState<string | null>(null);
  // The saved N may change under the form (settings read from the workbook): show it.
  React.useEffect(() => setText(String(props.days)), [props.days]);
  return (
    <form
      className={section.row}
      onSubmit={(event) => {
        event.preventDefault();
        setProblem(props.onSave(text));
      }}
    >
      <Field
        label="Chase leads older than (days)"
        validationState={problem === null ? "none" : "error"}
        validationMessage={problem ?? undefined}
      >
        <Input
          className={styles.days}
          inputMode="numeric"
          value={text}
          onChange={(_event, data) => {
            setText(data.value);
            setProblem(null);
          }}
        />
      </Field>
      <Button type="submit">Save</Button>
    </form>
  );
}

function ChaseItem(props: {
  readonly row: ChaseRow;
  readonly canMark: boolean;
  readonly onMark: (outcome: OutcomeChoice, row: ChaseRow) => void;
}): React.JSX.Element {
  const { row, canMark } = props;
  const section = useSectionStyles();
  const styles = useStyles();
  const source = row.lead.source === "" ? "no source" : row.lead.source;
  return (
    <li className={styles.item}>
      <p className={styles.what}>
        {row.date} · {source}
      </p>
      <p className={styles.notes}>
        Row {row.sheetRow}, {row.lead.age} days old{row.lead.notes === "" ? "" : ": "}
        {row.lead.notes}
      </p>
      <div className={section.row}>
        <Button
          size="small"
          disabled={!canMark}
          aria-label={`Mark won, row ${row.sheetRow}`}
          onClick={() => props.onMark("won", row)}
        >
          Mark won
        </Button>
        <Button
          size="small"
          disabled={!canMark}
          aria-label={`Mark lost, row ${row.sheetRow}`}
          onClick={() => props.onMark("lost", row)}
        >
          Mark lost
        </Button>
      </div>
    </li>
  );
}

/**
 * The open leads by age (the aged-debtors report of leads) and the ones to chase, oldest first:
 * a lead nobody will close keeps the conversion rate falsely low until it is marked lost.
 */
export function OpenLeadsSection(props: OpenLeadsSectionProps): React.JSX.Element {
  const { openLeads, canMark } = props;
  const chaseAfterDays = openLeads?.chaseAfterDays ?? 0;
  const section = useSectionStyles();
  const styles = useStyles();
  const headingId = React.useId();
  const chaseId = React.useId();
  const chaseHeading = React.useRef<HTMLHeadingElement>(null);
  const shown = openLeads?.chase.slice(0, CHASE_LIST_SHOWN) ?? [];
  const more = (openLeads?.chase.length ?? 0) - shown.length;
  const marked = React.useRef(false);
  const onMark = (outcome: OutcomeChoice, row: ChaseRow) => {
    marked.current = true;
    props.onMark(outcome, row);
  };
  const asking = props.valueFor !== null;
  // The marked lead leaves the list and its button with it: keep the keyboard in the list. After
  // Mark won the value prompt has it first, then gives it back here when saved or skipped.
  React.useEffect(() => {
    if (!marked.current || asking) return;
    marked.current = false;
    if (document.activeElement === document.body) chaseHeading.current?.focus();
  }, [openLeads, asking]);

  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>
        Open leads
      </h2>
      {openLeads === null ? (
        <p className={section.hint}>
          The open leads show once the leads and their columns are chosen.
        </p>
      ) : (
        <>
          <p className={section.text}>
            {openLeads.open === 1 ? "1 open lead" : `${openLeads.open} open leads`} (neither won nor
            lost), by how long they have waited:
          </p>
          <AgeTable byAge={openLeads.byAge} />
          <h3 id={chaseId} ref={chaseHeading} tabIndex={-1} className={styles.subheading}>
            To chase: older than {chaseAfterDays} days
          </h3>
          <p className={section.hint}>
            Call them, or mark them lost: a lead nobody will close keeps your conversion rate
            falsely low. Oldest first.
            {openLeads.byAge[OPEN_AGE_LABELS.length - 1] > 0 &&
              " Open leads without a date are not listed here: they are counted in (no date)."}
          </p>
          {props.hasClosed && (
            // The same day as Closed on: in Record a lead, offered here too so a mark from the
            // list needs no trip up the pane.
            <DayChoice
              label="Won or lost on:"
              dateLabel="Won or lost on"
              day={props.closedDay}
              todayIso={props.todayIso}
              disabled={!canMark}
              onDay={props.onClosedDay}
            />
          )}
          {props.valueFor !== null && (
            <JobValue
              key={props.valueFor.dataRow}
              lead={props.valueFor}
              onSave={props.onSaveValue}
              onSkip={props.onSkipValue}
            />
          )}
          {shown.length === 0 ? (
            <p className={section.text}>No open lead is older than {chaseAfterDays} days.</p>
          ) : (
            <ul className={styles.list} aria-labelledby={chaseId}>
              {shown.map((row) => (
                <ChaseItem key={row.lead.dataRow} row={row} canMark={canMark} onMark={onMark} />
              ))}
            </ul>
          )}
          {more > 0 && (
            <p className={section.hint}>…and {more} more. Mark the oldest ones to see the next.</p>
          )}
          {!canMark && (
            <p className={section.hint}>Choose an Outcome column to mark leads won or lost.</p>
          )}
          <ChaseAfterForm days={openLeads.chaseAfterDays} onSave={props.onSetChaseAfterDays} />
        </>
      )}
    </section>
  );
}
