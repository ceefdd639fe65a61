/**
 * The task pane's state and actions, over a LeadWorkbook passed in (Excel's, or the in-memory
 * preview's). Components only render what this returns and call its actions.
 *
 * One hook per section, composed here: the workbook session (write queue, settings, messages),
 * the sources, the leads' location and columns, recording, the outcome labels, the tally and the
 * balance. The hook expects one workbook for its lifetime: the App is remounted for another.
 */
import { useCallback, useMemo, useRef } from "react";
import {
  classifyOutcome,
  isAlwaysOpen,
  isBlank,
  outcomeRules,
  toLabel,
  type Cell,
  type ColumnMapping,
  type LeadField,
  type OutcomeClass,
  type TallySettings,
} from "../../engine";
import type { LeadDay } from "../leadRows";
import { isSavedLocation } from "../leadsChoice";
import { visibleSources } from "../leadSources";
import type { LeadWorkbook, LeadsLocation, ReadProgress } from "../../workbook/workbook";
import type { OutcomeChoice } from "../outcomeLabels";
import { BalanceState, useBalance } from "./useBalance";
import { LeadCells, useLeadSources } from "./useLeadSources";
import { useClosedColumn } from "./useClosedColumn";
import { useLeadsLocation } from "./useLeadsLocation";
import { OpenLeads, useOpenLeads } from "./useOpenLeads";
import { useOutcomeLabels } from "./useOutcomeLabels";
import { LeadTarget, useRecording } from "./useRecording";
import { useLatest, useSession } from "./useSession";
import { TallyResult, useTally } from "./useTally";
import { TidySources, useTidySources } from "./useTidySources";

export type { BalanceResult } from "./useBalance";
export type { LeadTarget } from "./useRecording";
export type { ChaseRow, OpenLeadsView } from "./useOpenLeads";
export type { TallyResult } from "./useTally";
export type { OutcomeChoice } from "../outcomeLabels";
export { outcomeLabel, parseLabels } from "../outcomeLabels";

export interface LeadTally extends Omit<BalanceState, "clearBalance">, TidySources, OpenLeads {
  readonly loading: boolean;
  readonly locations: readonly LeadsLocation[];
  readonly locationIndex: number | null;
  readonly location: LeadsLocation | null;
  readonly mapping: ColumnMapping | null;
  readonly settings: TallySettings;
  /** The source buttons shown: all but the hidden ones. */
  readonly sources: readonly string[];
  /** Every source, hidden ones included, for renaming and re-showing. */
  readonly allSources: readonly string[];
  /** Problems with what was saved in the workbook, shown as warnings. */
  readonly warnings: readonly string[];
  readonly error: string | null;
  /** What was last done, e.g. "Row 61 (Website) marked Won." */
  readonly notice: string | null;
  readonly pendingLeads: number;
  /** True once queued leads are written, until the next click. */
  readonly saved: boolean;
  /** True while the last recorded lead may be undone. */
  readonly canUndo: boolean;
  readonly busy: boolean;
  readonly creating: boolean;
  /** What Find leads again found; null until it is used. */
  readonly found: string | null;
  /** True once the leads and columns are saved as the owner's choice: the section folds. */
  readonly confirmed: boolean;
  readonly target: LeadTarget | null;
  readonly tally: TallyResult | null;
  readonly tallying: boolean;
  readonly tallyProgress: ReadProgress | null;
  /** The source, outcome and date columns as last read; null before. */
  readonly cells: LeadCells | null;
  /** The day new leads are dated. */
  readonly leadDay: LeadDay;
  /** The lead just marked won, whose job value the pane asks for. */
  readonly valueFor: LeadTarget | null;
  /** The day Mark won and Mark lost write in the Closed column. */
  readonly closedDay: LeadDay;
  /** True while the Closed column the owner asked for is being added. */
  readonly addingClosed: boolean;

  /** Looks for the leads again, as on opening. */
  findLeadsAgain(): void;
  chooseLocation(index: number): void;
  /** Returns what is wrong with the choice (nothing is changed then), or null. */
  chooseColumn(field: LeadField, column: number | null): string | null;
  createLeadsTable(): void;
  confirmMapping(): void;
  recordLead(source: string, note?: string): void;
  undoLastLead(): void;
  setLeadDay(day: LeadDay): void;
  /** Writes the job's value typed; returns what is wrong with it, or null. */
  saveValue(text: string): string | null;
  skipValue(): void;
  /** Moves one outcome value to won, lost or open; settles with what is wrong, or null. */
  classifyOutcome(value: string, to: OutcomeClass): Promise<string | null>;
  /** Adds a source button; returns what is wrong with the name, or null when it was added. */
  addSource(name: string): string | null;
  /** Saves the won and lost labels typed (comma-separated); returns what is wrong, or null. */
  setOutcomeLabels(won: string, lost: string): string | null;
  /** Marks `lead` (the chase list's), or else the target, won or lost, with its closed date. */
  markOutcome(outcome: OutcomeChoice, lead?: LeadTarget): void;
  setClosedDay(day: LeadDay): void;
  /** Adds a Closed column at the leads' right end and chooses it (the owner's click only). */
  addClosedColumn(): void;
  targetSelectedRow(): void;
  runTally(): void;
  dismissError(): void;
  dismissWarnings(): void;
}

/** True when the Outcome column has values other than blank and Open, and none is won or lost. */
function noneDecided(outcomes: readonly Cell[] | null, settings: TallySettings): boolean {
  if (outcomes === null) return false;
  const rules = outcomeRules(settings.wonLabels, settings.lostLabels);
  let labelled = false;
  for (const cell of outcomes) {
    if (isBlank(cell) || isAlwaysOpen(toLabel(cell))) continue;
    if (classifyOutcome(cell, rules) !== "open") return false;
    labelled = true;
  }
  return labelled;
}

/** Saved as the owner's leads and columns, with outcomes that can be told apart. */
function isConfirmed(
  settings: TallySettings,
  location: LeadsLocation | null,
  undecided: boolean
): boolean {
  if (location === null || settings.leads === null || settings.mapping === null) return false;
  // Outcomes none of which is won or lost need the owner's eye: the section stays open.
  return isSavedLocation(location, settings.leads) && !undecided;
}

export function useLeadTally(workbook: LeadWorkbook, now: () => Date): LeadTally {
  const session = useSession(workbook, now);
  const sources = useLeadSources(session);
  // The leads section comes first but resets the sections after it: through a ref to them.
  const resets = useRef({ onFindAgain: () => {}, onChosen: () => {} });
  const onFindAgain = useCallback(() => resets.current.onFindAgain(), []);
  const onChosen = useCallback(() => resets.current.onChosen(), []);
  const leads = useLeadsLocation(session, sources, { onFindAgain, onChosen });
  const recording = useRecording(session, sources, leads.setLocation);
  const labels = useOutcomeLabels(session);
  const closedColumn = useClosedColumn(session, leads);
  const outcomeCells = sources.cells?.outcomes ?? null;
  const undecided = useMemo(
    () => noneDecided(outcomeCells, session.settings),
    [outcomeCells, session.settings]
  );
  const tally = useTally(session, sources);
  const tidy = useTidySources(session, sources);
  const { clearBalance, ...balance } = useBalance(session);
  const openLeads = useOpenLeads(session, sources.cells, leads.location, recording.markOutcome);
  const { clearTarget } = recording;
  const { clearTally } = tally;
  const { dismissMerged } = tidy;
  useLatest(resets, {
    onFindAgain: clearTarget,
    onChosen: () => {
      clearTarget();
      clearTally();
      clearBalance();
      dismissMerged();
    },
  });
  const { setError, setWarnings } = session;
  const dismissError = useCallback(() => setError(null), [setError]);
  const dismissWarnings = useCallback(() => setWarnings([]), [setWarnings]);

  return {
    loading: leads.loading,
    locations: leads.locations,
    locationIndex: leads.locationIndex,
    location: leads.location,
    mapping: leads.mapping,
    settings: session.settings,
    sources: visibleSources(sources.sources, session.settings.hiddenSources),
    allSources: sources.sources,
    warnings: session.warnings,
    error: session.error,
    notice: session.notice,
    pendingLeads: session.queueState.pendingLeads,
    saved: recording.saved && session.queueState.pendingLeads === 0,
    canUndo: recording.canUndo && session.queueState.pendingLeads === 0,
    busy: session.queueState.busy,
    creating: leads.creating,
    found: leads.found,
    confirmed: isConfirmed(session.settings, leads.location, undecided),
    target: recording.target,
    tally: tally.tally,
    tallying: tally.tallying,
    tallyProgress: tally.tallyProgress,
    cells: sources.cells,
    leadDay: recording.leadDay,
    valueFor: recording.valueFor,
    closedDay: recording.closedDay,
    addingClosed: closedColumn.addingClosed,
    ...balance,
    ...tidy,
    ...openLeads,
    findLeadsAgain: leads.findLeadsAgain,
    chooseLocation: leads.chooseLocation,
    chooseColumn: leads.chooseColumn,
    createLeadsTable: leads.createLeadsTable,
    confirmMapping: leads.confirmMapping,
    recordLead: recording.recordLead,
    undoLastLead: recording.undoLastLead,
    setLeadDay: recording.setLeadDay,
    saveValue: recording.saveValue,
    skipValue: recording.skipValue,
    classifyOutcome: labels.classifyOutcome,
    addSource: sources.add,
    setOutcomeLabels: labels.setOutcomeLabels,
    markOutcome: recording.markOutcome,
    setClosedDay: recording.setClosedDay,
    addClosedColumn: closedColumn.addClosedColumn,
    targetSelectedRow: recording.targetSelectedRow,
    runTally: tally.runTally,
    dismissError,
    dismissWarnings,
  };
}
