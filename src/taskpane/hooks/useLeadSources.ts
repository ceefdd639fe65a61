/**
 * The leads' source, outcome, date and notes columns as last read: the source buttons, the outcome
 * values, the summary, the "today" line and the open leads are all worked out from them. Appends, marks and the
 * tally keep them current without reading the workbook again.
 */
import { useCallback, useRef, useState } from "react";
import { Cell, ColumnMapping, MAX_SETTINGS_TEXT_LENGTH, toKey, toLabel } from "../../engine";
import type { LeadsLocation } from "../../workbook/workbook";
import { describeError } from "../errorMessages";
import { DEFAULT_SOURCES, mergeSources, sourceButtons } from "../leadSources";
import type { Session } from "./useSession";

/** The columns as last read; a column the mapping lacks is null. */
export interface LeadCells {
  readonly sources: readonly Cell[];
  readonly outcomes: readonly Cell[] | null;
  readonly dates: readonly Cell[] | null;
  /** Shown on the chase list; absent or null without a Notes column. */
  readonly notes?: readonly Cell[] | null;
}

/** A lead the pane wrote, as its cells now hold it. */
export interface AppendedLead {
  readonly source: string;
  readonly outcome: string | null;
  readonly date: Cell;
  readonly note?: string | null;
}

export interface LeadSources {
  readonly sources: readonly string[];
  /** Null until the leads are read (or when there is no Source column). */
  readonly cells: LeadCells | null;
  /** Reads the columns and offers their sources; the latest read wins. */
  load(
    at: LeadsLocation | null,
    columns: ColumnMapping | null,
    extra: readonly string[]
  ): Promise<void>;
  /** A new, empty leads table: the usual sources and the owner's additions. */
  startEmpty(extra: readonly string[]): void;
  /** The source and outcome columns, read by the tally. */
  read(sources: Cell[], outcomes: Cell[] | null, extra: readonly string[]): void;
  /** Leads the pane appended, from data row `firstNew` on. */
  appended(firstNew: number, leads: readonly AppendedLead[]): void;
  /** The pane wrote an outcome. */
  outcomeWritten(dataRow: number, label: string): void;
  /** The pane removed its last lead (Undo): the rows from `dataRow` on are gone. */
  removedFrom(dataRow: number): void;
  /** The source of a data row as last read, or null. */
  sourceOf(dataRow: number): string | null;
  /** Adds a source button; returns what is wrong with the name, or null when it was added. */
  add(name: string): string | null;
}

const EMPTY: LeadCells = { sources: [], outcomes: null, dates: null, notes: null };

export function useLeadSources(session: Session): LeadSources {
  const { workbook, live, persist, setError } = session;
  const [sources, setSources] = useState<readonly string[]>([]);
  const [cells, setCellsState] = useState<LeadCells | null>(null);
  const cellsRef = useRef<LeadCells>(EMPTY);
  const readCount = useRef(0);

  const setCells = useCallback((next: LeadCells | null) => {
    cellsRef.current = next ?? EMPTY;
    setCellsState(next);
  }, []);

  const load = useCallback(
    async (at: LeadsLocation | null, columns: ColumnMapping | null, extra: readonly string[]) => {
      const read = ++readCount.current;
      if (at === null || columns === null || columns.source === null) {
        setCells(null);
        setSources(mergeSources(DEFAULT_SOURCES, extra));
        return;
      }
      const wanted = [columns.source];
      if (columns.outcome !== null) wanted.push(columns.outcome);
      if (columns.date !== null) wanted.push(columns.date);
      if (columns.notes !== null) wanted.push(columns.notes);
      try {
        const [sourceCells, ...rest] = await workbook.readColumns(at, wanted);
        if (read !== readCount.current) return;
        const outcomes = columns.outcome === null ? null : (rest.shift() ?? null);
        const dates = columns.date === null ? null : (rest.shift() ?? null);
        const notes = columns.notes === null ? null : (rest.shift() ?? null);
        setCells({ sources: sourceCells, outcomes, dates, notes });
        setSources(sourceButtons(sourceCells, extra));
      } catch (cause) {
        if (read !== readCount.current) return;
        setCells(null);
        setSources(mergeSources(DEFAULT_SOURCES, extra));
        setError(describeError(cause, "Reading the sources of the leads"));
      }
    },
    [workbook, setError, setCells]
  );

  const startEmpty = useCallback(
    (extra: readonly string[]) => {
      const { mapping } = live.current;
      setCells({
        sources: [],
        outcomes: mapping?.outcome == null ? null : [],
        dates: mapping?.date == null ? null : [],
        notes: mapping?.notes == null ? null : [],
      });
      setSources(mergeSources(DEFAULT_SOURCES, extra));
    },
    [live, setCells]
  );

  const read = useCallback(
    (sourceCells: Cell[], outcomes: Cell[] | null, extra: readonly string[]) => {
      const { dates, notes } = cellsRef.current;
      setCells({ sources: sourceCells, outcomes, dates, notes });
      setSources((shown) => mergeSources(shown, sourceButtons(sourceCells, extra)));
    },
    [setCells]
  );

  const appended = useCallback(
    (firstNew: number, leads: readonly AppendedLead[]) => {
      // Rows typed in the sheet since the last read are unknown here: left as holes (blank).
      const extend = <T>(column: readonly T[], added: readonly T[]): T[] => {
        const kept = column.slice(0, firstNew);
        kept.length = firstNew;
        return kept.concat(added);
      };
      const now = cellsRef.current;
      setCells({
        sources: extend(
          now.sources,
          leads.map((lead) => lead.source)
        ),
        outcomes:
          now.outcomes === null
            ? null
            : extend(
                now.outcomes,
                leads.map((lead) => lead.outcome)
              ),
        dates:
          now.dates === null
            ? null
            : extend(
                now.dates,
                leads.map((lead) => lead.date)
              ),
        notes:
          now.notes == null
            ? null
            : extend(
                now.notes,
                leads.map((lead) => lead.note?.trim() || null)
              ),
      });
    },
    [setCells]
  );

  const outcomeWritten = useCallback(
    (dataRow: number, label: string) => {
      const now = cellsRef.current;
      if (now.outcomes === null) return;
      const outcomes = now.outcomes.slice();
      outcomes[dataRow] = label;
      setCells({ ...now, outcomes });
    },
    [setCells]
  );

  const removedFrom = useCallback(
    (dataRow: number) => {
      const now = cellsRef.current;
      setCells({
        sources: now.sources.slice(0, dataRow),
        outcomes: now.outcomes?.slice(0, dataRow) ?? null,
        dates: now.dates?.slice(0, dataRow) ?? null,
        notes: now.notes?.slice(0, dataRow) ?? null,
      });
    },
    [setCells]
  );

  const sourceOf = useCallback((dataRow: number): string | null => {
    const cell = cellsRef.current.sources[dataRow];
    const source = cell === undefined ? "" : toLabel(cell);
    return source === "" ? null : source;
  }, []);

  const add = useCallback(
    (name: string): string | null => {
      const label = toLabel(name);
      if (label === "") return "Type the name of the source first.";
      if (label.length > MAX_SETTINGS_TEXT_LENGTH) {
        return `That name is ${label.length} characters long; a source name can have at most ${MAX_SETTINGS_TEXT_LENGTH}. Shorten it: nothing was added.`;
      }
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

  return {
    sources,
    cells,
    load,
    startEmpty,
    read,
    appended,
    outcomeWritten,
    removedFrom,
    sourceOf,
    add,
  };
}
