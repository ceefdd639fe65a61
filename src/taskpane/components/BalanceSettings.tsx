import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { BalanceSettings as Settings, PeriodUnit, TallySettings } from "../../engine";
import type { LeadsLocation } from "../../workbook/workbook";
import { capitalise, describeLocation } from "../describe";
import {
  THRESHOLD_FORM,
  ThresholdField,
  ThresholdProblems,
  parseThresholds,
  thresholdTexts,
} from "../thresholdForm";
import { useDisclosureStyles, useDropdownStyles, useSectionStyles } from "./styles";

const UNITS: readonly { readonly unit: PeriodUnit; readonly label: string }[] = [
  { unit: "month", label: "Month" },
  { unit: "week", label: "Week (Monday to Sunday)" },
  { unit: "quarter", label: "Quarter" },
  { unit: "year", label: "Year" },
];

const WINDOW_FIELDS: readonly ThresholdField[] = [
  "windowPeriods",
  "leadChange",
  "conversionChange",
  "minimumLeads",
  "thinPeriodLeads",
  "projectionCompletion",
];

const NO_SPEND_TABLE = "none";

const useStyles = makeStyles({
  // Two fields side by side where the pane has room, one above the other where it has not.
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: "end",
  },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface BalanceSettingsProps {
  readonly settings: TallySettings;
  /** True while the balance runs: the settings it reads stay as they are. */
  readonly disabled: boolean;
  readonly spendTables: readonly LeadsLocation[] | null;
  readonly spendIndex: number | null;
  readonly creatingSpend: boolean;
  readonly notice: string | null;
  /** Saves the period, target and thresholds; returns what is wrong with them, or null. */
  readonly onSave: (balance: Settings) => string | null;
  readonly onFindSpendTables: () => void;
  readonly onChooseSpendTable: (index: number | null) => void;
  readonly onCreateSpendTable: () => void;
}

/**
 * The balance's period, the owner's target and the diagnosis thresholds (folded: most owners
 * keep the defaults), and the spend table. Nothing out of range is ever saved: each field says
 * what it accepts.
 */
export function BalanceSettings(props: BalanceSettingsProps): React.JSX.Element {
  const { settings, disabled, onFindSpendTables } = props;
  const saved = settings.balance;
  const styles = useStyles();
  const section = useSectionStyles();
  const disclosure = useDisclosureStyles();
  const dropdown = useDropdownStyles();
  const [texts, setTexts] = React.useState(() => thresholdTexts(saved.thresholds));
  const [problems, setProblems] = React.useState<ThresholdProblems>({});
  const [status, setStatus] = React.useState<{ problem: boolean; text: string } | null>(null);
  const [thresholdsOpen, setThresholdsOpen] = React.useState(false);

  React.useEffect(() => {
    onFindSpendTables();
  }, [onFindSpendTables]);

  function submit(event: React.FormEvent): void {
    event.preventDefault();
    const parsed = parseThresholds(texts);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      // A problem inside the folded part must not stay out of sight.
      if (WINDOW_FIELDS.some((field) => parsed.problems[field] !== undefined)) {
        setThresholdsOpen(true);
      }
      setStatus({ problem: true, text: "Nothing was saved: correct the values marked." });
      return;
    }
    setProblems({});
    const problem = props.onSave({ unit: saved.unit, thresholds: parsed.thresholds });
    setStatus(
      problem === null
        ? { problem: false, text: "Target and thresholds saved." }
        : { problem: true, text: problem }
    );
  }

  const field = (name: ThresholdField) => (
    <Field key={name} label={THRESHOLD_FORM[name].label} validationMessage={problems[name]}>
      <Input
        className={dropdown.fill}
        value={texts[name]}
        inputMode="decimal"
        disabled={disabled}
        onChange={(_event, data) => setTexts((typed) => ({ ...typed, [name]: data.value }))}
      />
    </Field>
  );

  const spendValue =
    props.spendIndex === null || props.spendTables === null
      ? "(none)"
      : capitalise(describeLocation(props.spendTables[props.spendIndex]));

  return (
    <div className={section.section}>
      <form className={section.section} onSubmit={submit}>
        <div className={styles.pair}>
          <Field label="Period">
            <Dropdown
              className={dropdown.fill}
              value={UNITS.find((choice) => choice.unit === saved.unit)?.label ?? saved.unit}
              selectedOptions={[saved.unit]}
              disabled={disabled}
              onOptionSelect={(_event, data) => {
                const unit = UNITS.find((choice) => choice.unit === data.optionValue)?.unit;
                if (unit !== undefined && unit !== saved.unit) {
                  props.onSave({ unit, thresholds: saved.thresholds });
                }
              }}
            >
              {UNITS.map((choice) => (
                <Option key={choice.unit} value={choice.unit}>
                  {choice.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {field("targetConversionRate")}
        </div>
        <details
          className={disclosure.details}
          open={thresholdsOpen}
          onToggle={(event) => setThresholdsOpen(event.currentTarget.open)}
        >
          <summary className={disclosure.summary}>Diagnosis thresholds</summary>
          <div className={styles.group}>
            <p className={section.hint}>
              The diagnosis compares the latest complete periods (a window) with as many before
              them. Leads count as up or down when they change by the lead change or more;
              conversion as fallen when it drops by the points given or more. With fewer leads than
              the fewest, it does not judge. A recent period still maturing is judged on its
              projected conversion once it is at least as complete as the completion given, and left
              out before.
            </p>
            <div className={styles.pair}>{WINDOW_FIELDS.map(field)}</div>
          </div>
        </details>
        <div className={section.row}>
          <Button type="submit" disabled={disabled}>
            Save target and thresholds
          </Button>
        </div>
        <p
          className={status?.problem ? `${section.hint} ${disclosure.problem}` : section.hint}
          role="status"
          aria-live="polite"
        >
          {status?.text ?? ""}
        </p>
      </form>
      <div className={section.section}>
        <Field
          label="Spend table"
          hint="A table with a Source column and a Spend, Cost, Budget or Amount column (a Period column is optional). Amounts are plain numbers."
        >
          <Dropdown
            className={dropdown.fill}
            value={spendValue}
            selectedOptions={[
              props.spendIndex === null ? NO_SPEND_TABLE : String(props.spendIndex),
            ]}
            placeholder={props.spendTables === null ? "Looking for tables…" : undefined}
            disabled={disabled || props.spendTables === null}
            onOptionSelect={(_event, data) => {
              if (data.optionValue === undefined) return;
              props.onChooseSpendTable(
                data.optionValue === NO_SPEND_TABLE ? null : Number(data.optionValue)
              );
            }}
          >
            <Option value={NO_SPEND_TABLE}>(none)</Option>
            {(props.spendTables ?? []).map((table, index) => (
              <Option key={index} value={String(index)}>
                {capitalise(describeLocation(table))}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {props.spendTables !== null && props.spendTables.length === 0 && (
          <>
            <p className={section.hint}>
              This workbook has no spend table yet. Lead Tally can add one: a Spend sheet with a row
              for each source of your leads and recent period, for you to fill in. Nothing else in
              the workbook changes.
            </p>
            <div className={section.row}>
              <Button disabled={disabled || props.creatingSpend} onClick={props.onCreateSpendTable}>
                Create spend table
              </Button>
            </div>
          </>
        )}
        {props.spendTables !== null &&
          props.spendTables.length > 0 &&
          props.settings.spend === null &&
          props.spendIndex !== null && (
            <p className={section.hint}>Found in the workbook and used; choose another above.</p>
          )}
        {props.notice !== null && (
          <p className={section.hint} role="status">
            {props.notice}
          </p>
        )}
      </div>
    </div>
  );
}
