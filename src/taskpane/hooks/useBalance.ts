/**
 * Marketing vs Sales: the balance shown in the pane and written to its sheet, its settings and the
 * spend table. Its work is loaded on the first click that needs it, not with the first view.
 */
import { useCallback, useRef, useState } from "react";
import { BalanceSettings, TallySettings, parseSettings } from "../../engine";
import type { LeadsLocation, ReadProgress } from "../../workbook/workbook";
import type { BalanceComputed } from "../balanceRun";
import { describeError } from "../errorMessages";
import { NEEDS_DATE } from "../leadRows";
import { isSavedLocation, savedLocationOf } from "../leadsChoice";
import type { Session } from "./useSession";

/** The balance as the pane shows it, and the sheet it was written to. */
export interface BalanceResult extends BalanceComputed {
  /** The sheet's name once written; null while it is being written, or when that failed. */
  readonly sheetName: string | null;
  /** True while the sheet is being written. */
  readonly writing: boolean;
}

export interface BalanceState {
  readonly balance: BalanceResult | null;
  readonly balancing: boolean;
  readonly balanceProgress: ReadProgress | null;
  /** Tables that can be the spend table; null until looked for. */
  readonly spendTables: readonly LeadsLocation[] | null;
  /** The saved spend table's index in spendTables (or, with none chosen, the one proposed), or null. */
  readonly spendIndex: number | null;
  readonly creatingSpend: boolean;
  /** What was last done about the spend table. */
  readonly balanceNotice: string | null;
  /** What went wrong with the balance or the spend table, shown beside them. */
  readonly balanceError: string | null;
  /** Writes or refreshes the Marketing vs Sales sheet, and shows the balance in the pane. */
  runBalance(): void;
  /** Saves the period, target and thresholds; returns what is wrong with them, or null. */
  saveBalanceSettings(balance: BalanceSettings): string | null;
  findSpendTables(): void;
  /** Index into spendTables, or null for no spend table. */
  chooseSpendTable(index: number | null): void;
  createSpendTable(): void;
  dismissBalanceError(): void;
  /** Forgets the balance shown: it was of other leads. */
  clearBalance(): void;
}

const balanceRun = () => import(/* webpackChunkName: "balance" */ "../balanceRun");

function spendIndexOf(
  tables: readonly LeadsLocation[] | null,
  settings: TallySettings
): number | null {
  const saved = settings.spend;
  // With none chosen, the first table found is proposed, as the balance uses it.
  if (saved === null) return settings.spendDeclined || (tables ?? []).length === 0 ? null : 0;
  const index = (tables ?? []).findIndex((t) => isSavedLocation(t, saved));
  return index < 0 ? null : index;
}

export function useBalance(session: Session): BalanceState {
  const { workbook, now, queue, live, persist, setWarnings, settings } = session;
  const [balance, setBalance] = useState<BalanceResult | null>(null);
  const [balancing, setBalancing] = useState(false);
  const [balanceProgress, setBalanceProgress] = useState<ReadProgress | null>(null);
  const [spendTables, setSpendTables] = useState<readonly LeadsLocation[] | null>(null);
  const [creatingSpend, setCreatingSpend] = useState(false);
  const [balanceNotice, setBalanceNotice] = useState<string | null>(null);
  const [balanceError, setBalanceError] = useState<string | null>(null);
  const shownBalance = useRef(false);

  const runBalance = useCallback(() => {
    const { location: at, mapping: columns } = live.current;
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
        const { location: from, mapping: map, settings: stored } = live.current;
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
  }, [queue, workbook, live, now, setWarnings]);

  /** After a settings change: the balance shown (and its sheet) follow, if there is one. */
  const refreshBalance = useCallback(() => {
    if (shownBalance.current) runBalance();
  }, [runBalance]);

  const saveBalanceSettings = useCallback(
    (next: BalanceSettings): string | null => {
      const candidate = { ...live.current.settings, balance: next };
      // The engine's own check, as when the settings are read back.
      if (parseSettings(candidate).problems.length > 0) {
        return "These values are out of range; nothing was saved.";
      }
      persist(candidate);
      refreshBalance();
      return null;
    },
    [live, persist, refreshBalance]
  );

  const findSpendTables = useCallback(() => {
    queue
      .enqueueTask(async () => {
        const run = await balanceRun();
        setSpendTables(await run.findSpendTables(workbook, live.current.location));
      })
      .catch((cause) => setBalanceError(describeError(cause, "Looking for spend tables")));
  }, [queue, workbook, live]);

  const chooseSpendTable = useCallback(
    (index: number | null) => {
      const chosen = index === null ? null : spendTables?.[index];
      if (chosen === undefined) return;
      persist({
        ...live.current.settings,
        spend: chosen === null ? null : savedLocationOf(chosen),
        spendDeclined: chosen === null,
      });
      setBalanceNotice(null);
      refreshBalance();
    },
    [spendTables, live, persist, refreshBalance]
  );

  const createSpendTable = useCallback(() => {
    setCreatingSpend(true);
    queue
      .enqueueTask(async () => {
        const run = await balanceRun();
        const { location: at, mapping: columns } = live.current;
        const stored = live.current.settings;
        const created = await run.createSpendTable(
          workbook,
          at,
          columns,
          stored.balance.unit,
          now()
        );
        setSpendTables(await run.findSpendTables(workbook, at));
        persist({ ...stored, spend: savedLocationOf(created), spendDeclined: false });
        setBalanceNotice(
          `Created a Spend table on sheet "${created.sheetName}", with a row for each source and ` +
            "recent period: type what each one cost in its Spend column (a blank is not entered, 0 is free)."
        );
        refreshBalance();
      })
      .catch((cause) => setBalanceError(describeError(cause, "Creating the spend table")))
      .finally(() => setCreatingSpend(false));
  }, [queue, workbook, live, now, persist, refreshBalance]);

  const dismissBalanceError = useCallback(() => setBalanceError(null), []);
  const clearBalance = useCallback(() => {
    setBalance(null);
    shownBalance.current = false;
  }, []);

  return {
    balance,
    balancing,
    balanceProgress,
    spendTables,
    spendIndex: spendIndexOf(spendTables, settings),
    creatingSpend,
    balanceNotice,
    balanceError,
    runBalance,
    saveBalanceSettings,
    findSpendTables,
    chooseSpendTable,
    createSpendTable,
    dismissBalanceError,
    clearBalance,
  };
}
