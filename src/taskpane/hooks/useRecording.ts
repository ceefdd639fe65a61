/**
 * Recording leads as they come in (one click per lead, queued) and the lead to mark won or lost
 * (the marking itself: useMarkOutcome.ts).
 */
import { useCallback, useRef, useState } from "react";
import type { LeadsLocation } from "../../workbook/workbook";
import { sheetRowOf } from "../describe";
import { describeError } from "../errorMessages";
import { LeadDay, NEEDS_SOURCE, QueuedLead, leadRow, serialOfDay } from "../leadRows";
import type { LeadSources } from "./useLeadSources";
import { MarkOutcome, useMarkOutcome } from "./useMarkOutcome";
import { Session, useLatest } from "./useSession";
import { useUndoLastLead } from "./useUndoLastLead";

/** The lead that Mark won and Mark lost apply to. */
export interface LeadTarget {
  /**
   * The last lead added from the pane, the row the owner selected in the sheet, or a lead of a
   * list in the pane (the open leads to chase).
   */
  readonly kind: "last" | "selected" | "listed";
  /** Zero-based data row. */
  readonly dataRow: number;
  /** The sheet row number the owner sees. */
  readonly sheetRow: number;
  readonly source: string | null;
}

export interface Recording extends MarkOutcome {
  /** True once queued leads are written, until the next click. */
  readonly saved: boolean;
  readonly target: LeadTarget | null;
  /** The day new leads are dated. */
  readonly leadDay: LeadDay;
  setLeadDay(day: LeadDay): void;
  recordLead(source: string, note?: string): void;
  /** True while the last recorded lead may be undone (until the next click). */
  readonly canUndo: boolean;
  /** Removes the last recorded lead's row, only while it is as written; else says why not. */
  undoLastLead(): void;
  targetSelectedRow(): void;
  /** Forgets the lead to mark: the leads it was in are gone or changed. */
  clearTarget(): void;
}

export function useRecording(
  session: Session,
  sources: LeadSources,
  setLocation: (next: LeadsLocation) => void
): Recording {
  const { workbook, now, queue, live, leadWriter, setError, setNotice } = session;
  const { appended, sourceOf } = sources;
  const [saved, setSaved] = useState(false);
  const [target, setTargetState] = useState<LeadTarget | null>(null);
  const [leadDay, setLeadDay] = useState<LeadDay>({ kind: "today" });
  const lastLead = useRef<LeadTarget | null>(null);
  const mark = useMarkOutcome(session, sources, target, lastLead);
  const { skipValue } = mark;

  const setTarget = useCallback((next: LeadTarget | null) => {
    if (next?.kind === "last") lastLead.current = next;
    setTargetState(next);
  }, []);

  // "Saved: row 62" names the target's row: it goes with it.
  const clearTarget = useCallback(() => {
    lastLead.current = null;
    setTargetState(null);
    skipValue();
    setSaved(false);
  }, [skipValue]);
  const undo = useUndoLastLead(session, sources, setLocation, clearTarget);

  const writeLeads = useCallback(
    async (leads: readonly QueuedLead[]) => {
      const { location: at, mapping: columns } = live.current;
      const what =
        leads.length === 1
          ? `Saving the lead from ${leads[0].source}`
          : `Saving ${leads.length} leads`;
      if (at === null || columns === null || columns.source === null) {
        setError(`${what} did not work. ${NEEDS_SOURCE}`);
        throw new Error(NEEDS_SOURCE);
      }
      const firstRowCount = at.rowCount;
      let updated: LeadsLocation;
      const rows = leads.map((lead) => leadRow(at, columns, lead));
      try {
        updated = await workbook.appendRows(at, rows);
      } catch (cause) {
        setError(describeError(cause, what));
        throw cause;
      }
      if (updated.rowCount < firstRowCount + leads.length) {
        // Excel answered without the table growing: nothing to call saved.
        setError(`${what} did not work: the leads table did not grow. Try Find leads again.`);
        throw new Error("The leads table did not grow.");
      }
      setLocation(updated);
      appended(
        updated.rowCount - leads.length,
        leads.map((lead) => ({
          source: lead.source,
          outcome: columns.outcome === null ? null : "Open",
          date: lead.serial,
          note: columns.notes === null ? null : lead.note,
        }))
      );
      const dataRow = updated.rowCount - 1;
      const last: LeadTarget = {
        kind: "last",
        dataRow,
        sheetRow: sheetRowOf(updated, dataRow),
        source: leads[leads.length - 1].source,
      };
      setTarget(last);
      undo.remember(last, rows[rows.length - 1]);
      setSaved(true);
    },
    [workbook, live, setError, setLocation, appended, setTarget, undo]
  );
  useLatest(leadWriter, writeLeads);

  const recordLead = useCallback(
    (source: string, note?: string) => {
      const { location: at, mapping: columns } = live.current;
      if (at === null || columns === null || columns.source === null) {
        setError(NEEDS_SOURCE);
        return;
      }
      // The date is worked out at the click, not when Excel gets round to the write.
      const serial = serialOfDay(leadDay, now());
      if (serial === null) {
        setError("The lead's date is not a date: pick a day, or choose Today.");
        return;
      }
      setSaved(false);
      undo.withdraw();
      // writeLeads has already reported a failure in words the owner understands.
      queue.enqueueLead({ source, serial, note: note ?? null }).catch(() => undefined);
    },
    [queue, live, now, leadDay, setError, undo]
  );

  const targetSelectedRow = useCallback(() => {
    const at = live.current.location;
    if (at === null) return;
    void (async () => {
      try {
        const row = await workbook.selectedRow(at);
        if (row === null) {
          setNotice("Select a cell in a lead's row in the sheet first.");
          return;
        }
        setTarget({
          kind: "selected",
          dataRow: row,
          sheetRow: sheetRowOf(at, row),
          source: sourceOf(row),
        });
        setNotice(null);
      } catch (cause) {
        setError(describeError(cause, "Reading the selected row"));
      }
    })();
  }, [workbook, live, sourceOf, setTarget, setNotice, setError]);

  return {
    saved,
    target,
    leadDay,
    setLeadDay,
    ...mark,
    recordLead,
    canUndo: undo.canUndo,
    undoLastLead: undo.undoLastLead,
    targetSelectedRow,
    clearTarget,
  };
}
