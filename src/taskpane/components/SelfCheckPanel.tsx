import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { LeadWorkbook } from "../../workbook/workbook";
import { SelfCheckExcel, useSelfCheck } from "../hooks/useSelfCheck";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  pass: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  fail: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  answer: { color: tokens.colorNeutralForeground2 },
});

export interface SelfCheckPanelProps {
  readonly workbook: LeadWorkbook;
  readonly excel: SelfCheckExcel;
  readonly now: () => Date;
}

/**
 * "Check this Excel": runs the self-check on scratch sheets and lists a pass or fail line per
 * check with what Excel answered, for a tester to copy and send back (README, "Checking Lead
 * Tally in your Excel").
 */
export function SelfCheckPanel({ workbook, excel, now }: SelfCheckPanelProps): React.JSX.Element {
  const styles = useStyles();
  const check = useSelfCheck(workbook, excel, now);
  const failed = check.results.filter((result) => !result.ok).length;
  return (
    <section className={styles.panel} aria-label="Self-check">
      <div>
        <Button appearance="subtle" size="small" disabled={check.running} onClick={check.start}>
          Check this Excel
        </Button>
      </div>
      {check.running && <Spinner size="tiny" label="Checking on scratch sheets…" />}
      {check.results.length > 0 && (
        <ol className={styles.list} aria-label="Self-check results">
          {check.results.map((result) => (
            <li key={result.id}>
              <Text className={result.ok ? styles.pass : styles.fail}>
                {result.ok ? "PASS" : "FAIL"}
              </Text>{" "}
              <Text>{result.title}</Text>
              <br />
              <Text size={200} className={styles.answer}>
                {result.answer}
              </Text>
            </li>
          ))}
        </ol>
      )}
      {!check.running && check.results.length > 0 && (
        <Text size={200}>
          {failed === 0
            ? `All ${check.results.length} checks passed.`
            : `${failed} of ${check.results.length} checks failed.`}{" "}
          Select the lines above, copy them and send them with the version of your Excel.
        </Text>
      )}
      {check.error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>The self-check stopped: {check.error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
