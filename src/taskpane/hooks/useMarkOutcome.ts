/**
 * Marking a lead won or lost: the outcome label and, with a Closed column, the day it closed,
 * written together in one call (both or neither); then, after Mark won, the job's value.
 */
import { MutableRefObject, useCallback, useState } from "react";
import { describeError } from "../errorMessages";
import {
  isoOfSerial,
  LeadDay,
  NEEDS_SOURCE,
  outcomeRow,
  parseJobValue,
  serialOfDay,
} from "../leadRows";
import { OutcomeChoice, outcomeLabel } from "../outcomeLabels";
import type { LeadSources } from "./useLeadSources";
import type { LeadTarget } from "./useRecording";
import type { Session } from "./useSession";

export interface MarkOutcome {
  /** The day Mark won and Mark lost write in the Closed column: today unless the owner picks one. */
  readonly closedDay: LeadDay;
  setClosedDay(day: LeadDay): void;
  /** The lead just marked won, whose job value the pane asks for; null when not asking. */
  readonly valueFor: LeadTarget | null;
  /** Writes the job's value typed for `valueFor`; returns what is wrong with it, or null. */
  saveValue(text: string): string | null;
  skipValue(): void;
  /** Marks `lead` (the chase list's), or else the current target, won or lost. */
  markOutcome(outcome: OutcomeChoice, lead?: LeadTarget): void;
}

export function useMarkOutcome(
  session: Session,
  sources: LeadSources,
  target: LeadTarget | null,
  lastLead: MutableRefObject<LeadTarget | null>
): MarkOutcome {
  const { workbook, now, queue, live, setError, setNotice } = session;
  const { outcomeWritten } = sources;
  const [closedDay, setClosedDay] = useState<LeadDay>({ kind: "today" });
  const [valueFor, setValueFor] = useState<LeadTarget | null>(null);

  const markOutcome = useCallback(
    (outcome: OutcomeChoice, lead?: LeadTarget) => {
      const chosen = lead ?? target;
      const { mapping: columns, settings: stored } = live.current;
      if (chosen === null) return;
      if (columns === null || columns.outcome === null) {
        setError("Choose the Outcome column first, so there is a cell to mark.");
        return;
      }
      const label = outcomeLabel(stored, outcome);
      // The day is worked out at the click, as a recorded lead's is.
      const closed = columns.closed === null ? null : serialOfDay(closedDay, now());
      if (columns.closed !== null && closed === null) {
        setError("The closed date is not a date: pick a day, or choose Today.");
        return;
      }
      queue
        .enqueueTask(async () => {
          // "Last lead" means the last one clicked before this, which may have been written
          // only just now.
          const marked =
            lead === undefined && chosen.kind === "last" ? (lastLead.current ?? chosen) : chosen;
          const at = live.current.location;
          if (at === null) throw new Error(NEEDS_SOURCE);
          // The row must still hold the lead the owner chose (its source as read): a row number
          // alone goes stale when the sheet is sorted between the read and the click.
          const identity =
            columns.source === null
              ? undefined
              : { column: columns.source, label: marked.source ?? "" };
          const cells = outcomeRow(at, columns, label, closed);
          await workbook.setRowCells(at, marked.dataRow, cells, identity);
          outcomeWritten(marked.dataRow, label);
          const named = marked.source === null ? "" : ` (${marked.source})`;
          const on = closed === null ? "" : `, closed ${isoOfSerial(closed)}`;
          setNotice(`Row ${marked.sheetRow}${named} marked ${label}${on}.`);
          const valueColumn = live.current.mapping?.value ?? null;
          setValueFor(outcome === "won" && valueColumn !== null ? marked : null);
        })
        .catch((cause) =>
          setError(describeError(cause, `Marking row ${chosen.sheetRow} as ${label}`))
        );
    },
    [queue, workbook, live, now, target, lastLead, closedDay, setError, setNotice, outcomeWritten]
  );

  const saveValue = useCallback(
    (text: string): string | null => {
      const lead = valueFor;
      const valueColumn = live.current.mapping?.value ?? null;
      if (lead === null || valueColumn === null) return null;
      const amount = parseJobValue(text);
      if (amount === null) return "Type the job's value as a number, such as 1200 or 1,200.50.";
      setValueFor(null);
      queue
        .enqueueTask(async () => {
          const at = live.current.location;
          if (at === null) throw new Error(NEEDS_SOURCE);
          await workbook.setCell(at, lead.dataRow, valueColumn, amount);
          setNotice(`Row ${lead.sheetRow}: value ${text.trim()} saved.`);
        })
        .catch((cause) =>
          setError(describeError(cause, `Saving the value of row ${lead.sheetRow}`))
        );
      return null;
    },
    [queue, workbook, live, valueFor, setError, setNotice]
  );
  const skipValue = useCallback(() => setValueFor(null), []);

  return { closedDay, setClosedDay, valueFor, saveValue, skipValue, markOutcome };
}
