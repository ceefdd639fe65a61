/**
 * The workbook session: the one write queue every write goes through, the settings saved in the
 * workbook, and the pane-wide error, warnings and notice.
 *
 * Writes happen one at a time in the order the owner asked for them. What queued work needs at the
 * moment it runs (the leads' location, which grows with every append, the columns, the settings)
 * is kept in `live` as well as in state, since a queued task runs after the render that queued it.
 */
import { MutableRefObject, useCallback, useEffect, useRef, useState } from "react";
import { ColumnMapping, DEFAULT_SETTINGS, TallySettings } from "../../engine";
import type { LeadWorkbook, LeadsLocation } from "../../workbook/workbook";
import { describeError } from "../errorMessages";
import type { QueuedLead } from "../leadRows";
import { WriteQueue, WriteQueueState } from "../writeQueue";

/** What queued work reads when it runs, rather than what it was when it was queued. */
export interface Live {
  location: LeadsLocation | null;
  mapping: ColumnMapping | null;
  settings: TallySettings;
}

export interface Session {
  readonly workbook: LeadWorkbook;
  readonly now: () => Date;
  readonly queue: WriteQueue<QueuedLead>;
  readonly queueState: WriteQueueState;
  readonly live: MutableRefObject<Live>;
  /** Set by the recording hook: how queued leads are written. */
  readonly leadWriter: MutableRefObject<(leads: readonly QueuedLead[]) => Promise<void>>;
  readonly settings: TallySettings;
  /** Settings as read from the workbook: shown, not written back. */
  loadedSettings(next: TallySettings): void;
  /** Settings the owner changed: shown, and saved in the workbook after the writes before them. */
  persist(next: TallySettings): void;
  readonly warnings: readonly string[];
  setWarnings(next: readonly string[] | ((shown: readonly string[]) => readonly string[])): void;
  readonly error: string | null;
  setError(next: string | null): void;
  /** What was last done, e.g. "Row 61 (Website) marked Won." */
  readonly notice: string | null;
  setNotice(next: string | null): void;
}

export function useSession(workbook: LeadWorkbook, now: () => Date): Session {
  const [settings, setSettings] = useState<TallySettings>(DEFAULT_SETTINGS);
  const [warnings, setWarnings] = useState<readonly string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [queueState, setQueueState] = useState<WriteQueueState>({ pendingLeads: 0, busy: false });
  const live = useRef<Live>({ location: null, mapping: null, settings: DEFAULT_SETTINGS });
  const leadWriter = useRef<(leads: readonly QueuedLead[]) => Promise<void>>(async () => {});
  const [queue] = useState(
    () =>
      new WriteQueue<QueuedLead>({
        writeLeads: (leads) => leadWriter.current(leads),
        onChange: setQueueState,
      })
  );

  const loadedSettings = useCallback((next: TallySettings) => {
    live.current.settings = next;
    setSettings(next);
  }, []);

  const persist = useCallback(
    (next: TallySettings) => {
      live.current.settings = next;
      setSettings(next);
      queue
        .enqueueTask(() => workbook.saveSettings(next))
        .catch((cause) => setError(describeError(cause, "Saving your choices in the workbook")));
    },
    [queue, workbook]
  );

  return {
    workbook,
    now,
    queue,
    queueState,
    live,
    leadWriter,
    settings,
    loadedSettings,
    persist,
    warnings,
    setWarnings,
    error,
    setError,
    notice,
    setNotice,
  };
}

/** Keeps `ref` pointing at the latest `value`, for callbacks made once. */
export function useLatest<T>(ref: MutableRefObject<T>, value: T): void {
  useEffect(() => {
    ref.current = value;
  }, [ref, value]);
}
