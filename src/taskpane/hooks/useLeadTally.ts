/**
 * The task pane's state and actions, over a LeadWorkbook passed in (Excel's, or the in-memory
 * preview's). Components only render what this returns and call its actions.
 *
 * Every write goes through one WriteQueue, so writes happen one at a time in the order the owner
 * asked for them; values the queued work needs at the moment it runs (the leads' location, which
 * grows with every append, the columns, the settings) are kept in a ref as well as in state.
 * The hook expects one workbook for its lifetime: the App is remounted for another.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  BalanceSettings,
  Cell,
  ColumnMapping,
  DEFAULT_SETTINGS,
  LeadField,
  OutcomeCounts,
  SourceGroup,
  TallySettings,
  WriteValue,
  buildTallySheet,
  checkReadColumns,
  guessMapping,
  outcomeRules,
  parseSettings,
  serialFromLocalTime,
  toKey,
  toLabel,
} from "../../engine";
import type { LeadWorkbook, LeadsLocation, ReadProgress } from "../../workbook/workbook";
import type { BalanceComputed } from "../balanceRun";
import { describeColumns, describeLocation, sheetRowOf } from "../describe";
import { describeError } from "../errorMessages";
import { DEFAULT_SOURCES, mergeSources, sourceButtons } from "../leadSources";
import { chooseLeads, isSavedLocation, mappingFits, savedLocationOf } from "../leadsChoice";
import { WriteQueue, WriteQueueState } from "../writeQueue";

/** The lead that Mark won and Mark lost apply to. */
export interface LeadTarget {
  /** The last lead added from the pane, or the row the owner selected in the sheet. */
  readonly kind: "last" | "selected";
  /** Zero-based data row. */
  readonly dataRow: number;
  /** The sheet row number the owner sees. */
  readonly sheetRow: number;
  readonly source: string | null;
}

export interface TallyResult {
  readonly groups: readonly SourceGroup[];
  readonly total: OutcomeCounts;
  /** The sheet it was written to. */
  readonly sheetName: string;
  /** The name it would have had, had no sheet of the owner's been in the way. */
  readonly preferredName: string;
}

export type OutcomeChoice = "won" | "lost";

/** The balance as the pane shows it, and the sheet it was written to. */
export interface BalanceResult extends BalanceComputed {
  /** The sheet's name once written; null while it is being written, or when that failed. */
  readonly sheetName: string | null;
  /** True while the sheet is being written. */
  readonly writing: boolean;
}

export interface LeadTally {
  readonly loading: boolean;
  readonly locations: readonly LeadsLocation[];
  readonly locationIndex: number | null;
  readonly location: LeadsLocation | null;
  readonly mapping: ColumnMapping | null;
  readonly settings: TallySettings;
  readonly sources: readonly string[];
  /** Problems with what was saved in the workbook, shown as warnings. */
  readonly warnings: readonly string[];
  readonly error: string | null;
  /** What was last done, e.g. "Row 61 (Website) marked Won." */
  readonly notice: string | null;
  readonly pendingLeads: number;
  /** True once queued leads are written, until the next click. */
  readonly saved: boolean;
  readonly busy: boolean;
  readonly creating: boolean;
  readonly target: LeadTarget | null;
  readonly tally: TallyResult | null;
  readonly tallying: boolean;
  readonly tallyProgress: ReadProgress | null;
  readonly balance: BalanceResult | null;
  readonly balancing: boolean;
  readonly balanceProgress: ReadProgress | null;
  /** Tables that can be the spend table; null until looked for. */
  readonly spendTables: readonly LeadsLocation[] | null;
  /** The saved spend table's index in spendTables, or null. */
  readonly spendIndex: number | null;
  readonly creatingSpend: boolean;
  /** What was last done about the spend table. */
  readonly balanceNotice: string | null;
  /** What went wrong with the balance or the spend table, shown beside them. */
  readonly balanceError: string | null;

  /** Looks for the leads again, as on opening. */
  findLeadsAgain(): void;
  chooseLocation(index: number): void;
  chooseColumn(field: LeadField, column: number | null): void;
  createLeadsTable(): void;
  recordLead(source: string): void;
  /** Adds a source button; returns what is wrong with the name, or null when it was added. */
  addSource(name: string): string | null;
  /** Saves the won and lost labels typed (comma-separated); returns what is wrong, or null. */
  setOutcomeLabels(won: string, lost: string): string | null;
  markOutcome(outcome: OutcomeChoice): void;
  targetSelectedRow(): void;
  runTally(): void;
  /** Writes or refreshes the Marketing vs Sales sheet, and shows the balance in the pane. */
  runBalance(): void;
  /** Saves the period, target and thresholds; returns what is wrong with them, or null. */
  saveBalanceSettings(balance: BalanceSettings): string | null;
  findSpendTables(): void;
  /** Index into spendTables, or null for no spend table. */
  chooseSpendTable(index: number | null): void;
  createSpendTable(): void;
  dismissBalanceError(): void;
  dismissError(): void;
  dismissWarnings(): void;
}

interface QueuedLead {
  readonly source: string;
  /** Today's date as an Excel serial, read when the button was clicked. */
  readonly serial: number;
}

interface Current {
  location: LeadsLocation | null;
  mapping: ColumnMapping | null;
  settings: TallySettings;
  lastLead: LeadTarget | null;
  /** The source column as last read, to name the lead of a selected row. */
  sourceCells: Cell[];
  /** Counts source reads, so that only the latest one's result is used. */
  sourceRead: number;
}

/** The label the owner uses for won or lost: their first, else "Won" or "Lost". */
export function outcomeLabel(settings: TallySettings, outcome: OutcomeChoice): string {
  const labels = outcome === "won" ? settings.wonLabels : settings.lostLabels;
  const first = labels.map((label) => toLabel(label)).find((label) => label !== "");
  return first ?? (outcome === "won" ? "Won" : "Lost");
}

function leadRow(location: LeadsLocation, mapping: ColumnMapping, lead: QueuedLead): WriteValue[] {
  const row = new Array<WriteValue>(location.headers.length).fill(null);
  if (mapping.source !== null) row[mapping.source] = lead.source;
  if (mapping.date !== null) row[mapping.date] = { serial: lead.serial };
  if (mapping.outcome !== null) row[mapping.outcome] = "Open";
  return row;
}

const NEEDS_SOURCE = "Choose the leads and their Source column first.";
const NEEDS_DATE = "Choose the leads and their Date and Source columns first.";

/** The balance's work, loaded on the first click that needs it (not with the first view). */
const balanceRun = () => import(/* webpackChunkName: "balance" */ "../balanceRun");

/** The settings' limits (see the engine's parseSettings): more is damage, not configuration. */
const MAX_LABELS = 200;
const MAX_LABEL_LENGTH = 255;

/** Comma-separated labels, trimmed, blanks and repeats left out. */
export function parseLabels(text: string): string[] {
  const labels: string[] = [];
  for (const label of text.split(",").map((part) => toLabel(part))) {
    if (label !== "" && !labels.some((seen) => toKey(seen) === toKey(label))) labels.push(label);
  }
  return labels;
}

function spendIndexOf(
  tables: readonly LeadsLocation[] | null,
  settings: TallySettings
): number | null {
  const saved = settings.spend;
  const index = saved === null ? -1 : (tables ?? []).findIndex((t) => isSavedLocation(t, saved));
  return index < 0 ? null : index;
}

export function useLeadTally(workbook: LeadWorkbook, now: () => Date): LeadTally {
  const [loading, setLoading] = useState(true);
  const [locations, setLocations] = useState<readonly LeadsLocation[]>([]);
  const [locationIndex, setLocationIndex] = useState<number | null>(null);
  const [location, setLocationState] = useState<LeadsLocation | null>(null);
  const [mapping, setMappingState] = useState<ColumnMapping | null>(null);
  const [settings, setSettingsState] = useState<TallySettings>(DEFAULT_SETTINGS);
  const [sources, setSources] = useState<readonly string[]>([]);
  const [warnings, setWarnings] = useState<readonly string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [queueState, setQueueState] = useState<WriteQueueState>({ pendingLeads: 0, busy: false });
  const [saved, setSaved] = useState(false);
  const [creating, setCreating] = useState(false);
  const [target, setTargetState] = useState<LeadTarget | null>(null);
  const [tally, setTally] = useState<TallyResult | null>(null);
  const [tallying, setTallying] = useState(false);
  const [tallyProgress, setTallyProgress] = useState<ReadProgress | null>(null);
  const [balance, setBalance] = useState<BalanceResult | null>(null);
  const [balancing, setBalancing] = useState(false);
  const [balanceProgress, setBalanceProgress] = useState<ReadProgress | null>(null);
  const [spendTables, setSpendTables] = useState<readonly LeadsLocation[] | null>(null);
  const [creatingSpend, setCreatingSpend] = useState(false);
  const [balanceNotice, setBalanceNotice] = useState<string | null>(null);
  const [balanceError, setBalanceError] = useState<string | null>(null);
  const shownBalance = useRef(false);

  const current = useRef<Current>({
    location: null,
    mapping: null,
    settings: DEFAULT_SETTINGS,
    lastLead: null,
    sourceCells: [],
    sourceRead: 0,
  });

  const setLocation = useCallback((next: LeadsLocation | null) => {
    current.current.location = next;
    setLocationState(next);
  }, []);
  const setMapping = useCallback((next: ColumnMapping | null) => {
    current.current.mapping = next;
    setMappingState(next);
  }, []);
  const setTarget = useCallback((next: LeadTarget | null) => {
    if (next?.kind === "last") current.current.lastLead = next;
    setTargetState(next);
  }, []);

  const writeLeads = useCallback(
    async (leads: readonly QueuedLead[]) => {
      const { location: at, mapping: columns } = current.current;
      const what =
        leads.length === 1
          ? `Saving the lead from ${leads[0].source}`
          : `Saving ${leads.length} leads`;
      if (at === null || columns === null || columns.source === null) {
        setError(`${what} did not work. ${NEEDS_SOURCE}`);
        throw new Error(NEEDS_SOURCE);
      }
      let updated: LeadsLocation;
      try {
        updated = await workbook.appendRows(
          at,
          leads.map((lead) => leadRow(at, columns, lead))
        );
      } catch (cause) {
        setError(describeError(cause, what));
        throw cause;
      }
      setLocation(updated);
      const firstNew = updated.rowCount - leads.length;
      // Rows typed in the sheet since the last read are unknown here: left as holes (no source).
      const cells = current.current.sourceCells.slice(0, firstNew);
      cells.length = firstNew;
      current.current.sourceCells = cells.concat(leads.map((lead) => lead.source));
      const dataRow = updated.rowCount - 1;
      setTarget({
        kind: "last",
        dataRow,
        sheetRow: sheetRowOf(updated, dataRow),
        source: leads[leads.length - 1].source,
      });
      setSaved(true);
    },
    [workbook, setLocation, setTarget]
  );

  const writeLeadsRef = useRef(writeLeads);
  useEffect(() => {
    writeLeadsRef.current = writeLeads;
  }, [writeLeads]);
  const [queue] = useState(
    () =>
      new WriteQueue<QueuedLead>({
        writeLeads: (leads) => writeLeadsRef.current(leads),
        onChange: setQueueState,
      })
  );

  const persist = useCallback(
    (next: TallySettings) => {
      current.current.settings = next;
      setSettingsState(next);
      queue
        .enqueueTask(() => workbook.saveSettings(next))
        .catch((cause) => setError(describeError(cause, "Saving your choices in the workbook")));
    },
    [queue, workbook]
  );

  const loadSources = useCallback(
    async (at: LeadsLocation | null, columns: ColumnMapping | null, extra: readonly string[]) => {
      const read = ++current.current.sourceRead;
      if (at === null || columns === null || columns.source === null) {
        current.current.sourceCells = [];
        setSources(mergeSources(DEFAULT_SOURCES, extra));
        return;
      }
      try {
        const [cells] = await workbook.readColumns(at, [columns.source]);
        if (read !== current.current.sourceRead) return;
        current.current.sourceCells = cells;
        setSources(sourceButtons(cells, extra));
      } catch (cause) {
        if (read !== current.current.sourceRead) return;
        setSources(mergeSources(DEFAULT_SOURCES, extra));
        setError(describeError(cause, "Reading the sources of the leads"));
      }
    },
    [workbook]
  );

  /**
   * The saved settings, then the leads, then the sources in them: on opening, and when the owner
   * asks to find the leads again (after renaming or adding a table, say).
   */
  const findLeads = useCallback(
    async (isCurrent: () => boolean) => {
      const problems: string[] = [];
      let stored = DEFAULT_SETTINGS;
      try {
        const parsed = parseSettings(await workbook.loadSettings());
        stored = parsed.settings;
        problems.push(...parsed.problems);
      } catch (cause) {
        problems.push(describeError(cause, "Reading the settings saved in the workbook"));
      }
      let found: LeadsLocation[] = [];
      try {
        found = await workbook.findLeads();
      } catch (cause) {
        if (isCurrent()) setError(describeError(cause, "Looking for the leads"));
      }
      if (!isCurrent()) return;
      const choice = chooseLeads(found, stored);
      const chosen = choice.index === null ? null : found[choice.index];
      current.current.settings = stored;
      setSettingsState(stored);
      setWarnings([...problems, ...choice.problems]);
      setLocations(found);
      setLocationIndex(choice.index);
      setLocation(chosen);
      setMapping(choice.mapping);
      setLoading(false);
      await loadSources(chosen, choice.mapping, stored.extraSources);
    },
    [workbook, loadSources, setLocation, setMapping]
  );

  useEffect(() => {
    let active = true;
    void findLeads(() => active);
    return () => {
      active = false;
    };
  }, [findLeads]);

  const findLeadsAgain = useCallback(() => {
    setLoading(true);
    setError(null);
    setNotice(null);
    setTarget(null);
    current.current.lastLead = null;
    // After the writes already asked for, which go to the leads as they were.
    queue
      .enqueueTask(() => findLeads(() => true))
      .catch((cause) => setError(describeError(cause, "Looking for the leads")));
  }, [queue, findLeads, setTarget]);

  const chooseLocation = useCallback(
    (index: number) => {
      const chosen = locations[index];
      if (chosen === undefined) return;
      const { settings: stored } = current.current;
      // Back on the saved leads, the saved columns still apply.
      const savedMapping =
        stored.leads !== null &&
        isSavedLocation(chosen, stored.leads) &&
        stored.mapping !== null &&
        mappingFits(stored.mapping, chosen.headers)
          ? stored.mapping
          : null;
      const columns = savedMapping ?? guessMapping(chosen.headers);
      setLocationIndex(index);
      setLocation(chosen);
      setMapping(columns);
      setTarget(null);
      current.current.lastLead = null;
      setTally(null);
      setBalance(null);
      shownBalance.current = false;
      persist({ ...stored, leads: savedLocationOf(chosen), mapping: columns });
      void loadSources(chosen, columns, stored.extraSources);
    },
    [locations, persist, loadSources, setLocation, setMapping, setTarget]
  );

  const chooseColumn = useCallback(
    (field: LeadField, column: number | null) => {
      const { location: at, mapping: columns, settings: stored } = current.current;
      if (at === null || columns === null) return;
      const next: ColumnMapping = { ...columns, [field]: column };
      setMapping(next);
      persist({ ...stored, leads: savedLocationOf(at), mapping: next });
      if (field === "source") void loadSources(at, next, stored.extraSources);
    },
    [persist, loadSources, setMapping]
  );

  const createLeadsTable = useCallback(() => {
    setCreating(true);
    queue
      .enqueueTask(async () => {
        const created = await workbook.createLeadsTable();
        const columns = guessMapping(created.headers);
        const stored = current.current.settings;
        setLocations([created]);
        setLocationIndex(0);
        setLocation(created);
        setMapping(columns);
        persist({ ...stored, leads: savedLocationOf(created), mapping: columns });
        current.current.sourceCells = [];
        setSources(mergeSources(DEFAULT_SOURCES, stored.extraSources));
        setNotice(`Created a Leads table on sheet "${created.sheetName}".`);
      })
      .catch((cause) => setError(describeError(cause, "Creating the leads table")))
      .finally(() => setCreating(false));
  }, [queue, workbook, persist, setLocation, setMapping]);

  const recordLead = useCallback(
    (source: string) => {
      const { location: at, mapping: columns } = current.current;
      if (at === null || columns === null || columns.source === null) {
        setError(NEEDS_SOURCE);
        return;
      }
      setSaved(false);
      // The date is read at the click, not when Excel gets round to the write.
      const serial = Math.floor(serialFromLocalTime(now()));
      // writeLeads has already reported a failure in words the owner understands.
      queue.enqueueLead({ source, serial }).catch(() => undefined);
    },
    [queue, now]
  );

  const addSource = useCallback(
    (name: string): string | null => {
      const label = toLabel(name);
      if (label === "") return "Type the name of the source first.";
      if (label.length > 255) return "That name is too long: keep it under 255 characters.";
      const existing = sources.find((source) => toKey(source) === toKey(label));
      if (existing !== undefined) return `There is already a button for ${existing}.`;
      const stored = current.current.settings;
      if (stored.extraSources.length >= 200) return "There are already 200 added sources.";
      setSources([...sources, label]);
      persist({ ...stored, extraSources: [...stored.extraSources, label] });
      return null;
    },
    [sources, persist]
  );

  const setOutcomeLabels = useCallback(
    (wonText: string, lostText: string): string | null => {
      const wonLabels = parseLabels(wonText);
      const lostLabels = parseLabels(lostText);
      for (const labels of [wonLabels, lostLabels]) {
        if (labels.length > MAX_LABELS) return `Give at most ${MAX_LABELS} labels.`;
        const long = labels.find((label) => label.length > MAX_LABEL_LENGTH);
        if (long !== undefined) return `"${long.slice(0, 40)}…" is too long for a label.`;
      }
      persist({ ...current.current.settings, wonLabels, lostLabels });
      return null;
    },
    [persist]
  );

  const markOutcome = useCallback(
    (outcome: OutcomeChoice) => {
      const chosen = target;
      const { mapping: columns, settings: stored } = current.current;
      if (chosen === null) return;
      if (columns === null || columns.outcome === null) {
        setError("Choose the Outcome column first, so there is a cell to mark.");
        return;
      }
      const outcomeColumn = columns.outcome;
      const label = outcomeLabel(stored, outcome);
      queue
        .enqueueTask(async () => {
          // "Last lead" means the last one clicked before this, which may have been written
          // only just now.
          const lead = chosen.kind === "last" ? (current.current.lastLead ?? chosen) : chosen;
          const at = current.current.location;
          if (at === null) throw new Error(NEEDS_SOURCE);
          await workbook.setCell(at, lead.dataRow, outcomeColumn, label);
          const named = lead.source === null ? "" : ` (${lead.source})`;
          setNotice(`Row ${lead.sheetRow}${named} marked ${label}.`);
        })
        .catch((cause) =>
          setError(describeError(cause, `Marking row ${chosen.sheetRow} as ${label}`))
        );
    },
    [queue, workbook, target]
  );

  const targetSelectedRow = useCallback(() => {
    const at = current.current.location;
    if (at === null) return;
    void (async () => {
      try {
        const row = await workbook.selectedRow(at);
        if (row === null) {
          setNotice("Select a cell in a lead's row in the sheet first.");
          return;
        }
        const cell = current.current.sourceCells[row];
        const source = cell === undefined ? "" : toLabel(cell);
        setTarget({
          kind: "selected",
          dataRow: row,
          sheetRow: sheetRowOf(at, row),
          source: source === "" ? null : source,
        });
        setNotice(null);
      } catch (cause) {
        setError(describeError(cause, "Reading the selected row"));
      }
    })();
  }, [workbook, setTarget]);

  const runTally = useCallback(() => {
    const { location: at, mapping: columns } = current.current;
    if (at === null || columns === null || columns.source === null) {
      setError(NEEDS_SOURCE);
      return;
    }
    setTallying(true);
    setTallyProgress(null);
    queue
      .enqueueTask(async () => {
        // Read at the time it runs: leads clicked before the Tally are counted.
        const { location: from, mapping: map, settings: stored } = current.current;
        if (from === null || map === null || map.source === null) throw new Error(NEEDS_SOURCE);
        const read = map.outcome === null ? [map.source] : [map.source, map.outcome];
        const cells = await workbook.readColumns(from, read, setTallyProgress);
        const checked = checkReadColumns(
          read.map((column, index) => ({ header: from.headers[column], cells: cells[index] }))
        );
        if (!checked.ok) throw new Error(checked.error.message);
        const { sheet, tally: counted } = buildTallySheet({
          sources: cells[0],
          outcomes: map.outcome === null ? null : cells[1],
          rules: outcomeRules(stored.wonLabels, stored.lostLabels),
          wonLabels: stored.wonLabels,
          lostLabels: stored.lostLabels,
          origin: describeLocation(from),
          columns: describeColumns(from.headers, map),
          computedAt: serialFromLocalTime(now()),
        });
        const sheetName = await workbook.writeGeneratedSheet(sheet);
        setTally({
          groups: counted.groups,
          total: counted.total,
          sheetName,
          preferredName: sheet.preferredName,
        });
        current.current.sourceCells = cells[0];
        setSources((shown) => mergeSources(shown, sourceButtons(cells[0], stored.extraSources)));
      })
      .catch((cause) => setError(describeError(cause, "The tally")))
      .finally(() => {
        setTallying(false);
        setTallyProgress(null);
      });
  }, [queue, workbook, now]);

  const runBalance = useCallback(() => {
    const { location: at, mapping: columns } = current.current;
    if (at === null || columns === null || columns.source === null || columns.date === null) {
      setBalanceError(NEEDS_DATE);
      return;
    }
    setBalanceError(null);
    setBalancing(true);
    setBalanceProgress(null);
    queue
      .enqueueTask(async () => {
        // As the tally: read when it runs, so leads clicked before it are counted.
        const { location: from, mapping: map, settings: stored } = current.current;
        if (from === null || map === null) throw new Error(NEEDS_DATE);
        const run = await balanceRun();
        const computed = await run.computeBalance({
          workbook,
          leads: from,
          mapping: map,
          settings: stored,
          now: now(),
          onProgress: setBalanceProgress,
        });
        const fresh = (shown: readonly string[]) =>
          computed.problems.filter((problem) => !shown.includes(problem));
        if (computed.problems.length > 0) setWarnings((shown) => [...shown, ...fresh(shown)]);
        // Shown at once; the sheet follows.
        setBalance({ ...computed, sheetName: null, writing: true });
        shownBalance.current = true;
        try {
          const sheetName = await workbook.writeGeneratedSheet(computed.report.sheet);
          setBalance({ ...computed, sheetName, writing: false });
        } catch (cause) {
          setBalance({ ...computed, sheetName: null, writing: false });
          throw cause;
        }
      })
      .catch((cause) => setBalanceError(describeError(cause, "The balance chart")))
      .finally(() => {
        setBalancing(false);
        setBalanceProgress(null);
      });
  }, [queue, workbook, now]);

  /** After a settings change: the balance shown (and its sheet) follow, if there is one. */
  const refreshBalance = useCallback(() => {
    if (shownBalance.current) runBalance();
  }, [runBalance]);

  const saveBalanceSettings = useCallback(
    (next: BalanceSettings): string | null => {
      const candidate = { ...current.current.settings, balance: next };
      // The engine's own check, as when the settings are read back.
      if (parseSettings(candidate).problems.length > 0) {
        return "These values are out of range; nothing was saved.";
      }
      persist(candidate);
      refreshBalance();
      return null;
    },
    [persist, refreshBalance]
  );

  const findSpendTables = useCallback(() => {
    queue
      .enqueueTask(async () => {
        const run = await balanceRun();
        setSpendTables(await run.findSpendTables(workbook, current.current.location));
      })
      .catch((cause) => setBalanceError(describeError(cause, "Looking for spend tables")));
  }, [queue, workbook]);

  const chooseSpendTable = useCallback(
    (index: number | null) => {
      const chosen = index === null ? null : spendTables?.[index];
      if (chosen === undefined) return;
      persist({
        ...current.current.settings,
        spend: chosen === null ? null : savedLocationOf(chosen),
      });
      setBalanceNotice(null);
      refreshBalance();
    },
    [spendTables, persist, refreshBalance]
  );

  const createSpendTable = useCallback(() => {
    setCreatingSpend(true);
    queue
      .enqueueTask(async () => {
        const run = await balanceRun();
        const { location: at, mapping: columns } = current.current;
        const created = await run.createSpendTable(workbook, at, columns);
        setSpendTables(await run.findSpendTables(workbook, at));
        persist({ ...current.current.settings, spend: savedLocationOf(created) });
        setBalanceNotice(
          `Created a Spend table on sheet "${created.sheetName}", with a row for each source: ` +
            "type what each one cost in its Spend column."
        );
        refreshBalance();
      })
      .catch((cause) => setBalanceError(describeError(cause, "Creating the spend table")))
      .finally(() => setCreatingSpend(false));
  }, [queue, workbook, persist, refreshBalance]);

  const dismissError = useCallback(() => setError(null), []);
  const dismissBalanceError = useCallback(() => setBalanceError(null), []);
  const dismissWarnings = useCallback(() => setWarnings([]), []);

  return {
    loading,
    locations,
    locationIndex,
    location,
    mapping,
    settings,
    sources,
    warnings,
    error,
    notice,
    pendingLeads: queueState.pendingLeads,
    saved: saved && queueState.pendingLeads === 0,
    busy: queueState.busy,
    creating,
    target,
    tally,
    tallying,
    tallyProgress,
    balance,
    balancing,
    balanceProgress,
    spendTables,
    spendIndex: spendIndexOf(spendTables, settings),
    creatingSpend,
    balanceNotice,
    balanceError,
    findLeadsAgain,
    chooseLocation,
    chooseColumn,
    createLeadsTable,
    recordLead,
    addSource,
    setOutcomeLabels,
    markOutcome,
    targetSelectedRow,
    runTally,
    runBalance,
    saveBalanceSettings,
    findSpendTables,
    chooseSpendTable,
    createSpendTable,
    dismissBalanceError,
    dismissError,
    dismissWarnings,
  };
}
