/**
 * Undo for the last lead the pane recorded: it removes only the row the pane just wrote, and only
 * while that row still holds what was written (LeadWorkbook.removeWrittenRow); otherwise the pane
 * says why not.
 */
import { useCallback, useRef, useState } from "react";
import type { LeadsLocation, WriteValue } from "../../workbook/workbook";
import { describeError } from "../errorMessages";
import { NEEDS_SOURCE } from "../leadRows";
import type { LeadSources } from "./useLeadSources";
import type { LeadTarget } from "./useRecording";
import type { Session } from "./useSession";

export interface UndoLastLead {
  /** True while the last recorded lead may be undone (until the next click). */
  readonly canUndo: boolean;
  /** The row just written, as written: what an undo may remove. */
  remember(target: LeadTarget, row: readonly WriteValue[]): void;
  /** A new lead was clicked: the last one is no longer offered. */
  withdraw(): void;
  undoLastLead(): void;
}

export function useUndoLastLead(
  session: Session,
  sources: LeadSources,
  setLocation: (next: LeadsLocation) => void,
  /** Called once the row is gone: the recording forgets its target and "Saved". */
  onRemoved: () => void
): UndoLastLead {
  const { workbook, queue, live, setError, setNotice } = session;
  const { removedFrom } = sources;
  const lastWritten = useRef<{ target: LeadTarget; row: readonly WriteValue[] } | null>(null);
  const [canUndo, setCanUndo] = useState(false);

  const remember = useCallback((target: LeadTarget, row: readonly WriteValue[]) => {
    lastWritten.current = { target, row };
    setCanUndo(true);
  }, []);
  const withdraw = useCallback(() => setCanUndo(false), []);

  const undoLastLead = useCallback(() => {
    const written = lastWritten.current;
    if (written === null) return;
    const { target: lead, row } = written;
    setCanUndo(false);
    queue
      .enqueueTask(async () => {
        const at = live.current.location;
        if (at === null) throw new Error(NEEDS_SOURCE);
        const result = await workbook.removeWrittenRow(at, lead.dataRow, row);
        if (!result.removed) {
          setNotice(result.reason);
          return;
        }
        lastWritten.current = null;
        setLocation(result.location);
        removedFrom(lead.dataRow);
        onRemoved();
        const named = lead.source === null ? "" : ` (${lead.source})`;
        setNotice(`Lead undone: row ${lead.sheetRow}${named} removed.`);
      })
      .catch((cause) => {
        setCanUndo(true);
        setError(describeError(cause, `Undoing the lead in row ${lead.sheetRow}`));
      });
  }, [queue, workbook, live, setLocation, removedFrom, onRemoved, setError, setNotice]);

  return { canUndo, remember, withdraw, undoLastLead };
}
