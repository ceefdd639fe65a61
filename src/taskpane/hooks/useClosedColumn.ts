/**
 * The Closed column the pane offers to add when the leads have none: one explicit click, never
 * done on its own. Once added, it is chosen as the leads' Closed column and saved with them.
 */
import { useCallback, useState } from "react";
import type { LeadField } from "../../engine";
import type { LeadsLocation } from "../../workbook/workbook";
import { describeError } from "../errorMessages";
import { NEEDS_SOURCE } from "../leadRows";
import type { Session } from "./useSession";

/** The header of the column added: one the pane recognises as the Closed column. */
export const CLOSED_HEADER = "Closed";

export interface ClosedColumn {
  /** True while the column is being added. */
  readonly addingClosed: boolean;
  addClosedColumn(): void;
}

export interface ClosedColumnLeads {
  setLocation(next: LeadsLocation | null): void;
  chooseColumn(field: LeadField, column: number | null): string | null;
}

export function useClosedColumn(session: Session, leads: ClosedColumnLeads): ClosedColumn {
  const { workbook, queue, live, setError, setNotice } = session;
  const { setLocation, chooseColumn } = leads;
  const [addingClosed, setAddingClosed] = useState(false);

  const addClosedColumn = useCallback(() => {
    setAddingClosed(true);
    queue
      .enqueueTask(async () => {
        const at = live.current.location;
        if (at === null) throw new Error(NEEDS_SOURCE);
        const added = await workbook.addDateColumn(at, CLOSED_HEADER);
        // The leads now end with the new column: chosen as Closed and saved with the leads.
        setLocation(added);
        const problem = chooseColumn("closed", added.headers.length - 1);
        if (problem !== null) throw new Error(problem);
        setNotice(
          `Added a ${CLOSED_HEADER} column: Mark won and Mark lost now write the day each lead closed.`
        );
      })
      .catch((cause) => setError(describeError(cause, `Adding a ${CLOSED_HEADER} column`)))
      .finally(() => setAddingClosed(false));
  }, [queue, workbook, live, setLocation, chooseColumn, setError, setNotice]);

  return { addingClosed, addClosedColumn };
}
