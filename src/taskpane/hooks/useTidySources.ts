/**
 * Tidying the sources' spellings: "Walk in" merged into "Walk-in" by rewriting those source cells
 * (literal text, only those cells, all or none), with an Undo while the notice shows. The owner
 * decides; spellings the owner says are different are not proposed again this session.
 */
import { useCallback, useState } from "react";
import { toKey, toLabel } from "../../engine";
import type { TextWrite } from "../../workbook/workbook";
import { describeError } from "../errorMessages";
import { NEEDS_SOURCE } from "../leadRows";
import type { LeadSources } from "./useLeadSources";
import type { Session } from "./useSession";

/** The rules, loaded with the part of the pane that proposes merges. */
const spellings = () => import(/* webpackChunkName: "answers" */ "../../engine/sourceSpellings");

export interface MergeDone {
  readonly into: string;
  readonly others: readonly string[];
  readonly cells: number;
  /** The cells as they were, for Undo. */
  readonly undo: readonly TextWrite[];
}

export interface TidySources {
  /** Pairs of spellings the owner said are different sources. */
  readonly apart: readonly (readonly [string, string])[];
  /** The last merge, while its notice (and Undo) shows. */
  readonly merged: MergeDone | null;
  mergeSources(into: string, others: readonly string[]): void;
  undoMerge(): void;
  keepApart(into: string, others: readonly string[]): void;
  dismissMerged(): void;
}

export function useTidySources(session: Session, sources: LeadSources): TidySources {
  const { workbook, queue, live, setError, setNotice } = session;
  const reload = sources.load;
  const [apart, setApart] = useState<readonly (readonly [string, string])[]>([]);
  const [merged, setMerged] = useState<MergeDone | null>(null);

  const mergeSources = useCallback(
    (into: string, others: readonly string[]) => {
      setMerged(null);
      queue
        .enqueueTask(async () => {
          const { location: at, mapping: columns, settings } = live.current;
          if (at === null || columns === null || columns.source === null) {
            throw new Error(NEEDS_SOURCE);
          }
          const column = columns.source;
          // Read now, not when proposed: rows typed since are merged too, and only those cells.
          const [{ rowsWithSources }, [cells]] = await Promise.all([
            spellings(),
            workbook.readColumns(at, [column]),
          ]);
          const rows = rowsWithSources(cells, others);
          const undo = rows.map((row) => ({ row, text: toLabel(cells[row]) }));
          await workbook.rewriteTexts(
            at,
            column,
            rows.map((row) => ({ row, text: into }))
          );
          setMerged({ into, others, cells: rows.length, undo });
          await reload(at, columns, settings.extraSources);
        })
        .catch((cause) => setError(describeError(cause, `Merging into ${into}`)));
    },
    [queue, workbook, live, reload, setError]
  );

  const undoMerge = useCallback(() => {
    const done = merged;
    if (done === null) return;
    setMerged(null);
    queue
      .enqueueTask(async () => {
        const { location: at, mapping: columns, settings } = live.current;
        if (at === null || columns === null || columns.source === null) {
          throw new Error(NEEDS_SOURCE);
        }
        const column = columns.source;
        const [cells] = await workbook.readColumns(at, [column]);
        // Only cells that still hold the merged name go back: the owner's later edits stay.
        const still = done.undo.filter(
          ({ row }) => toKey(toLabel(cells[row])) === toKey(toLabel(done.into))
        );
        await workbook.rewriteTexts(at, column, still);
        const kept = done.undo.length - still.length;
        setNotice(
          `Merge undone: ${still.length} ${still.length === 1 ? "cell" : "cells"} back as they were` +
            (kept > 0 ? `; ${kept} changed since were left as they are.` : ".")
        );
        await reload(at, columns, settings.extraSources);
      })
      .catch((cause) => setError(describeError(cause, "Undoing the merge")));
  }, [queue, workbook, live, merged, reload, setError, setNotice]);

  const keepApart = useCallback((into: string, others: readonly string[]) => {
    setApart((pairs) => [...pairs, ...others.map((other) => [into, other] as const)]);
  }, []);

  const dismissMerged = useCallback(() => setMerged(null), []);

  return { apart, merged, mergeSources, undoMerge, keepApart, dismissMerged };
}
