/**
 * The Open leads section: the open leads by age and the chase list, worked out from the leads as
 * last read (which marks, appends and the tally keep current), so a lead marked won or lost leaves
 * the list without the workbook being read again. The day the ages are counted to is the pane's
 * clock, and N (chase after N days) is saved in the workbook with the other settings.
 */
import { useCallback, useMemo } from "react";
import {
  ChaseLead,
  OpenLeadsReport,
  isoTextOfSerialDay,
  openLeadsReport,
  outcomeRules,
  serialFromLocalTime,
} from "../../engine";
import type { LeadsLocation } from "../../workbook/workbook";
import { parseChaseAfterDays } from "../chaseAfter";
import { sheetRowOf } from "../describe";
import type { OutcomeChoice } from "../outcomeLabels";
import type { LeadCells } from "./useLeadSources";
import type { LeadTarget } from "./useRecording";
import type { Session } from "./useSession";

/** A chase-list lead as the pane shows it. */
export interface ChaseRow {
  readonly lead: ChaseLead;
  /** The sheet row number the owner sees. */
  readonly sheetRow: number;
  /** The lead's date as yyyy-mm-dd. */
  readonly date: string;
}

export interface OpenLeadsView {
  readonly byAge: OpenLeadsReport["byAge"];
  readonly open: number;
  /** Oldest first; every one of them, the section shows the first few. */
  readonly chase: readonly ChaseRow[];
  /** N: the open leads older than this many days are on the chase list. */
  readonly chaseAfterDays: number;
}

export interface OpenLeads {
  /** Null until the leads are read, or when they are elsewhere than the pane can mark. */
  readonly openLeads: OpenLeadsView | null;
  /** Saves the chase list's N as typed; returns what is wrong with it, or null. */
  setChaseAfterDays(text: string): string | null;
  /** Marks a chase-list lead won or lost, whatever lead Mark won and Mark lost point at. */
  markOpenLead(outcome: OutcomeChoice, row: ChaseRow): void;
}

export function useOpenLeads(
  session: Session,
  cells: LeadCells | null,
  location: LeadsLocation | null,
  markOutcome: (outcome: OutcomeChoice, lead?: LeadTarget) => void
): OpenLeads {
  const { settings, live, persist, now } = session;
  // Ages are counted in whole days to today on the owner's calendar.
  const asOf = Math.floor(serialFromLocalTime(now()));
  const { wonLabels, lostLabels, chaseAfterDays } = settings;

  const openLeads = useMemo((): OpenLeadsView | null => {
    if (cells === null || location === null) return null;
    const report = openLeadsReport(
      cells,
      outcomeRules(wonLabels, lostLabels),
      asOf,
      chaseAfterDays
    );
    return {
      byAge: report.byAge,
      open: report.open,
      chaseAfterDays,
      chase: report.chase.map((lead) => ({
        lead,
        sheetRow: sheetRowOf(location, lead.dataRow),
        date: isoTextOfSerialDay(lead.day),
      })),
    };
  }, [cells, location, wonLabels, lostLabels, asOf, chaseAfterDays]);

  const setChaseAfterDays = useCallback(
    (text: string): string | null => {
      const parsed = parseChaseAfterDays(text);
      if ("problem" in parsed) return parsed.problem;
      const stored = live.current.settings;
      if (stored.chaseAfterDays !== parsed.days) {
        persist({ ...stored, chaseAfterDays: parsed.days });
      }
      return null;
    },
    [live, persist]
  );

  const markOpenLead = useCallback(
    (outcome: OutcomeChoice, row: ChaseRow) => {
      markOutcome(outcome, {
        kind: "listed",
        dataRow: row.lead.dataRow,
        sheetRow: row.sheetRow,
        source: row.lead.source === "" ? null : row.lead.source,
      });
    },
    [markOutcome]
  );

  return { openLeads, setChaseAfterDays, markOpenLead };
}
