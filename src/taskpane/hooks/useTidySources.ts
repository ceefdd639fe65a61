/**
 * Tidying the sources' spellings: "Walk in" merged into "Walk-in" by rewriting those source cells
 * (literal text, only those cells, all or none), with an Undo while the notice shows. The owner
 * decides; spellings the owner says are different are not proposed again this session.
 */
import { useCallback, useState } from "react";
import { MAX_SETTINGS_TEXT_LENGTH, toKey, toLabel } from "../../engine";
import type { TextWrite } from "../../workbook/workbook";
import { describeError } from "../errorMessages";
import { NEEDS_SOURCE } from "../leadRows";
import { DEFAULT_SOURCES, visibleSources } from "../leadSources";
import { outcomeLabel } from "../outcomeLabels";

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
  /**
   * Renames a source: every cell of it in the Source column (literal text, all or none) and its
   * added button. Returns what is wrong with the new name (nothing is written then), or null.
   */
  renameSource(from: string, to: string): string | null;
  /** Hides a source's button (saved in the workbook's settings); its leads stay as they are. */
  hideSource(name: string): void;
  showSource(name: string): void;
  /**
   * On the owner's click: a drop-down list on the whole Source column (the buttons shown) and
   * on the Outcome column (won, lost, Open), warning on other values rather than refusing them.
   */
  keepTypingConsistent(): void;
}

/** A list without `name` (compared as sources are), with `replacement` in its place if given. */
function replaced(list: readonly string[], name: string, replacement?: string): string[] {
  const key = toKey(name);
  const at = list.findIndex((item) => toKey(item) === key);
  if (at < 0) return [...list];
  const next = list.filter((item) => toKey(item) !== key);
  if (replacement !== undefined) next.splice(at, 0, replacement);
  return next;
}

export function useTidySources(session: Session, sources: LeadSources): TidySources {
  const { workbook, queue, live, persist, setError, setNotice } = session;
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

  const shown = sources.sources;
  const renameSource = useCallback(
    (from: string, to: string): string | null => {
      const label = toLabel(to);
      if (label === "") return "Type the new name first.";
      if (label.length > MAX_SETTINGS_TEXT_LENGTH) {
        return `That name is ${label.length} characters long; a source name can have at most ${MAX_SETTINGS_TEXT_LENGTH}. Shorten it: nothing was renamed.`;
      }
      const taken = shown.find((source) => toKey(source) === toKey(label));
      if (taken !== undefined && toKey(taken) !== toKey(from)) {
        return `There is already a source called ${taken}; to make them one, merge them instead.`;
      }
      queue
        .enqueueTask(async () => {
          const { location: at, mapping: columns } = live.current;
          const cells =
            at === null || columns === null || columns.source === null
              ? null
              : (await workbook.readColumns(at, [columns.source]))[0];
          const writes: TextWrite[] = [];
          cells?.forEach((cell, row) => {
            if (toKey(toLabel(cell)) === toKey(from)) writes.push({ row, text: label });
          });
          if (at !== null && columns !== null && columns.source !== null && writes.length > 0) {
            await workbook.rewriteTexts(at, columns.source, writes);
          }
          // The settings only once the cells are written: a failed write renames nothing.
          // A usual source (a default button) would come back under its old name: it is hidden.
          const stored = live.current.settings;
          const added = stored.extraSources.some((name) => toKey(name) === toKey(from));
          const extra = added
            ? replaced(stored.extraSources, from, label)
            : [...stored.extraSources, label];
          const usual = DEFAULT_SOURCES.some((name) => toKey(name) === toKey(from));
          const hidden = replaced(stored.hiddenSources, from);
          persist({
            ...stored,
            extraSources: extra,
            hiddenSources: usual ? [...hidden, toLabel(from)] : hidden,
          });
          setNotice(
            `Renamed ${from} to ${label}: ${writes.length} ${writes.length === 1 ? "cell" : "cells"} rewritten.`
          );
          await reload(at, columns, extra);
        })
        .catch((cause) => setError(describeError(cause, `Renaming ${from}`)));
      return null;
    },
    [shown, queue, workbook, live, persist, reload, setError, setNotice]
  );

  const setHidden = useCallback(
    (name: string, hidden: boolean) => {
      const stored = live.current.settings;
      const others = replaced(stored.hiddenSources, name);
      persist({ ...stored, hiddenSources: hidden ? [...others, toLabel(name)] : others });
    },
    [live, persist]
  );
  const hideSource = useCallback((name: string) => setHidden(name, true), [setHidden]);
  const showSource = useCallback((name: string) => setHidden(name, false), [setHidden]);

  const keepTypingConsistent = useCallback(() => {
    queue
      .enqueueTask(async () => {
        const { location: at, mapping: columns, settings } = live.current;
        if (at === null || columns === null || columns.source === null) {
          throw new Error(NEEDS_SOURCE);
        }
        await workbook.setListValidation(
          at,
          columns.source,
          visibleSources(shown, settings.hiddenSources)
        );
        const outcome = columns.outcome;
        if (outcome !== null) {
          const labels = [outcomeLabel(settings, "won"), outcomeLabel(settings, "lost"), "Open"];
          await workbook.setListValidation(at, outcome, labels);
        }
        setNotice(
          `${outcome === null ? "The Source column offers" : "The Source and Outcome columns offer"} ` +
            "a drop-down list now; a value not on it gets a warning, and can still be kept."
        );
      })
      .catch((cause) => setError(describeError(cause, "Setting the drop-down lists")));
  }, [shown, queue, workbook, live, setError, setNotice]);

  return {
    keepTypingConsistent,
    apart,
    merged,
    mergeSources,
    undoMerge,
    keepApart,
    dismissMerged,
    renameSource,
    hideSource,
    showSource,
  };
}
