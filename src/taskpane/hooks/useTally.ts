/** The tally by source: read the leads, write the Lead Tally sheet, show it in the pane. */
import { useCallback, useState } from "react";
import {
  OutcomeCounts,
  SourceGroup,
  TimeToConvert,
  buildTallySheet,
  checkReadColumns,
  outcomeRules,
  serialFromLocalTime,
} from "../../engine";
import type { ReadProgress } from "../../workbook/workbook";
import { describeColumns, describeLocation } from "../describe";
import { describeError } from "../errorMessages";
import { NEEDS_SOURCE } from "../leadRows";
import { tallyColumns } from "../tallyColumns";
import type { LeadSources } from "./useLeadSources";
import type { Session } from "./useSession";

export interface TallyResult {
  readonly groups: readonly SourceGroup[];
  readonly total: OutcomeCounts;
  /** Median days to convert per source, or null without mapped Date, Outcome and Closed columns. */
  readonly time: TimeToConvert | null;
  /** The sheet it was written to. */
  readonly sheetName: string;
  /** The name it would have had, had no sheet of the owner's been in the way. */
  readonly preferredName: string;
}

export interface TallyState {
  readonly tally: TallyResult | null;
  readonly tallying: boolean;
  readonly tallyProgress: ReadProgress | null;
  runTally(): void;
  /** Forgets the tally shown: it was of other leads. */
  clearTally(): void;
}

export function useTally(session: Session, sources: LeadSources): TallyState {
  const { workbook, now, queue, live, setError } = session;
  const readSources = sources.read;
  const [tally, setTally] = useState<TallyResult | null>(null);
  const [tallying, setTallying] = useState(false);
  const [tallyProgress, setTallyProgress] = useState<ReadProgress | null>(null);

  const runTally = useCallback(() => {
    const { location: at, mapping: columns } = live.current;
    if (at === null || columns === null || columns.source === null) {
      setError(NEEDS_SOURCE);
      return;
    }
    setTallying(true);
    setTallyProgress(null);
    queue
      .enqueueTask(async () => {
        // Read at the time it runs: leads clicked before the Tally are counted.
        const { location: from, mapping: map, settings: stored } = live.current;
        if (from === null || map === null || map.source === null) throw new Error(NEEDS_SOURCE);
        const { read, timed } = tallyColumns(map, map.source);
        const cells = await workbook.readColumns(from, read, setTallyProgress);
        const checked = checkReadColumns(
          read.map((column, index) => ({ header: from.headers[column], cells: cells[index] }))
        );
        if (!checked.ok) throw new Error(checked.error.message);
        const {
          sheet,
          tally: counted,
          time,
        } = buildTallySheet({
          sources: cells[0],
          outcomes: map.outcome === null ? null : cells[1],
          timeToConvert: timed ? { dates: cells[2], closed: cells[3] } : null,
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
          time,
          sheetName,
          preferredName: sheet.preferredName,
        });
        readSources(cells[0], map.outcome === null ? null : cells[1], stored.extraSources);
      })
      .catch((cause) => setError(describeError(cause, "The tally")))
      .finally(() => {
        setTallying(false);
        setTallyProgress(null);
      });
  }, [queue, workbook, live, now, setError, readSources]);

  const clearTally = useCallback(() => setTally(null), []);

  return { tally, tallying, tallyProgress, runTally, clearTally };
}
