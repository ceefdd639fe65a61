import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Cell, outcomeRules, tallyBySource } from "../../engine";
import { proposeSpellings } from "../../engine/sourceSpellings";
import type { MergeDone } from "../hooks/useTidySources";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface SpellingNoticeProps {
  /** The Source column as read. */
  readonly sources: readonly Cell[];
  readonly apart: readonly (readonly [string, string])[];
  readonly merged: MergeDone | null;
  readonly disabled: boolean;
  readonly onMerge: (into: string, others: readonly string[]) => void;
  readonly onKeepApart: (into: string, others: readonly string[]) => void;
  readonly onUndo: () => void;
  readonly onDismissMerged: () => void;
}

function leads(count: number): string {
  return `${count} ${count === 1 ? "lead" : "leads"}`;
}

/** Spellings that look like one source, proposed (never merged without a click), and Undo. */
export function SpellingNotice(props: SpellingNoticeProps): React.JSX.Element | null {
  const styles = useStyles();
  const { sources, apart, merged } = props;
  const proposals = React.useMemo(() => {
    // Only the grouping matters here, not the outcomes.
    const groups = tallyBySource(sources, null, outcomeRules());
    return proposeSpellings(
      groups.map((group) => ({ label: group.label, leads: group.leads })),
      apart
    );
  }, [sources, apart]);
  if (merged === null && proposals.length === 0) return null;
  return (
    <div className={styles.list}>
      {merged !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            Merged {merged.others.join(", ")} into {merged.into}: {merged.cells}{" "}
            {merged.cells === 1 ? "cell" : "cells"} rewritten.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={props.disabled} onClick={props.onUndo}>
              Undo
            </Button>
            <Button size="small" appearance="subtle" onClick={props.onDismissMerged}>
              OK
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {proposals.map(({ into, others }) => {
        const named = others.map((other) => `${other.label} (${leads(other.leads)})`);
        const labels = others.map((other) => other.label);
        return (
          <MessageBar key={into.label} intent="warning" layout="multiline">
            <MessageBarBody>
              {named.join(" and ")} {others.length === 1 ? "looks" : "look"} like {into.label} (
              {into.leads}): one source written two ways splits its figures.
            </MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                disabled={props.disabled}
                onClick={() => props.onMerge(into.label, labels)}
              >
                Merge into {into.label}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                onClick={() => props.onKeepApart(into.label, labels)}
              >
                Not the same
              </Button>
            </MessageBarActions>
          </MessageBar>
        );
      })}
    </div>
  );
}
