/**
 * The source buttons, and the source column as last read (to name the lead of a selected row).
 */
import { useCallback, useRef, useState } from "react";
import { Cell, ColumnMapping, toKey, toLabel } from "../../engine";
import type { LeadsLocation } from "../../workbook/workbook";
import { describeError } from "../errorMessages";
import { DEFAULT_SOURCES, mergeSources, sourceButtons } from "../leadSources";
import type { Session } from "./useSession";

export interface LeadSources {
  readonly sources: readonly string[];
  /** Reads the source column and offers its sources; the latest read wins. */
  load(
    at: LeadsLocation | null,
    columns: ColumnMapping | null,
    extra: readonly string[]
  ): Promise<void>;
  /** A new, empty leads table: the usual sources and the owner's additions. */
  startEmpty(extra: readonly string[]): void;
  /** The whole source column, read by the tally. */
  read(cells: Cell[], extra: readonly string[]): void;
  /** Leads the pane appended, from data row `firstNew` on. */
  appended(firstNew: number, sources: readonly string[]): void;
  /** The source of a data row as last read, or null. */
  sourceOf(dataRow: number): string | null;
  /** Adds a source button; returns what is wrong with the name, or null when it was added. */
  add(name: string): string | null;
}

export function useLeadSources(session: Session): LeadSources {
  const { workbook, live, persist, setError } = session;
  const [sources, setSources] = useState<readonly string[]>([]);
  const cellsRef = useRef<Cell[]>([]);
  const readCount = useRef(0);

  const load = useCallback(
    async (at: LeadsLocation | null, columns: ColumnMapping | null, extra: readonly string[]) => {
      const read = ++readCount.current;
      if (at === null || columns === null || columns.source === null) {
        cellsRef.current = [];
        setSources(mergeSources(DEFAULT_SOURCES, extra));
        return;
      }
      try {
        const [cells] = await workbook.readColumns(at, [columns.source]);
        if (read !== readCount.current) return;
        cellsRef.current = cells;
        setSources(sourceButtons(cells, extra));
      } catch (cause) {
        if (read !== readCount.current) return;
        setSources(mergeSources(DEFAULT_SOURCES, extra));
        setError(describeError(cause, "Reading the sources of the leads"));
      }
    },
    [workbook, setError]
  );

  const startEmpty = useCallback((extra: readonly string[]) => {
    cellsRef.current = [];
    setSources(mergeSources(DEFAULT_SOURCES, extra));
  }, []);

  const read = useCallback((cells: Cell[], extra: readonly string[]) => {
    cellsRef.current = cells;
    setSources((shown) => mergeSources(shown, sourceButtons(cells, extra)));
  }, []);

  const appended = useCallback((firstNew: number, added: readonly string[]) => {
    // Rows typed in the sheet since the last read are unknown here: left as holes (no source).
    const cells = cellsRef.current.slice(0, firstNew);
    cells.length = firstNew;
    cellsRef.current = cells.concat(added);
  }, []);

  const sourceOf = useCallback((dataRow: number): string | null => {
    const cell = cellsRef.current[dataRow];
    const source = cell === undefined ? "" : toLabel(cell);
    return source === "" ? null : source;
  }, []);

  const add = useCallback(
    (name: string): string | null => {
      const label = toLabel(name);
      if (label === "") return "Type the name of the source first.";
      if (label.length > 255) return "That name is too long: keep it under 255 characters.";
      const existing = sources.find((source) => toKey(source) === toKey(label));
      if (existing !== undefined) return `There is already a button for ${existing}.`;
      const stored = live.current.settings;
      if (stored.extraSources.length >= 200) return "There are already 200 added sources.";
      setSources([...sources, label]);
      persist({ ...stored, extraSources: [...stored.extraSources, label] });
      return null;
    },
    [sources, live, persist]
  );

  return { sources, load, startEmpty, read, appended, sourceOf, add };
}
