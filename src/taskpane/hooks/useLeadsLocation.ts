/**
 * Where the leads are and which column holds what: found on opening (with the settings saved in
 * the workbook), chosen by the owner, or a new table the pane creates.
 */
import { useCallback, useEffect, useState } from "react";
import {
  ColumnMapping,
  DEFAULT_SETTINGS,
  LeadField,
  guessMapping,
  parseSettings,
} from "../../engine";
import type { LeadsLocation } from "../../workbook/workbook";
import { describeError } from "../errorMessages";
import { chooseLeads, isSavedLocation, mappingFits, savedLocationOf } from "../leadsChoice";
import type { LeadSources } from "./useLeadSources";
import type { Session } from "./useSession";

export interface LeadsLocationState {
  readonly loading: boolean;
  readonly locations: readonly LeadsLocation[];
  readonly locationIndex: number | null;
  readonly location: LeadsLocation | null;
  readonly mapping: ColumnMapping | null;
  readonly creating: boolean;
  /** The leads grew (an append): same leads, new size. */
  setLocation(next: LeadsLocation | null): void;
  /** Looks for the leads again, as on opening. */
  findLeadsAgain(): void;
  chooseLocation(index: number): void;
  chooseColumn(field: LeadField, column: number | null): void;
  createLeadsTable(): void;
}

export interface LeadsEvents {
  /** Before the leads are looked for again: what was done to the old ones no longer applies. */
  onFindAgain(): void;
  /** Other leads were chosen: results about the old ones no longer apply. */
  onChosen(): void;
}

export function useLeadsLocation(
  session: Session,
  sources: LeadSources,
  events: LeadsEvents
): LeadsLocationState {
  const { workbook, queue, live, persist, loadedSettings, setError, setNotice, setWarnings } =
    session;
  const loadSources = sources.load;
  const startEmpty = sources.startEmpty;
  const { onFindAgain, onChosen } = events;
  const [loading, setLoading] = useState(true);
  const [locations, setLocations] = useState<readonly LeadsLocation[]>([]);
  const [locationIndex, setLocationIndex] = useState<number | null>(null);
  const [location, setLocationState] = useState<LeadsLocation | null>(null);
  const [mapping, setMappingState] = useState<ColumnMapping | null>(null);
  const [creating, setCreating] = useState(false);

  const setLocation = useCallback(
    (next: LeadsLocation | null) => {
      live.current.location = next;
      setLocationState(next);
    },
    [live]
  );
  const setMapping = useCallback(
    (next: ColumnMapping | null) => {
      live.current.mapping = next;
      setMappingState(next);
    },
    [live]
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
      loadedSettings(stored);
      setWarnings([...problems, ...choice.problems]);
      setLocations(found);
      setLocationIndex(choice.index);
      setLocation(chosen);
      setMapping(choice.mapping);
      setLoading(false);
      await loadSources(chosen, choice.mapping, stored.extraSources);
    },
    [workbook, loadSources, loadedSettings, setError, setWarnings, setLocation, setMapping]
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
    onFindAgain();
    // After the writes already asked for, which go to the leads as they were.
    queue
      .enqueueTask(() => findLeads(() => true))
      .catch((cause) => setError(describeError(cause, "Looking for the leads")));
  }, [queue, findLeads, setError, setNotice, onFindAgain]);

  const chooseLocation = useCallback(
    (index: number) => {
      const chosen = locations[index];
      if (chosen === undefined) return;
      const stored = live.current.settings;
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
      onChosen();
      persist({ ...stored, leads: savedLocationOf(chosen), mapping: columns });
      void loadSources(chosen, columns, stored.extraSources);
    },
    [locations, live, persist, loadSources, setLocation, setMapping, onChosen]
  );

  const chooseColumn = useCallback(
    (field: LeadField, column: number | null) => {
      const { location: at, mapping: columns, settings: stored } = live.current;
      if (at === null || columns === null) return;
      const next: ColumnMapping = { ...columns, [field]: column };
      setMapping(next);
      persist({ ...stored, leads: savedLocationOf(at), mapping: next });
      if (field === "source") void loadSources(at, next, stored.extraSources);
    },
    [live, persist, loadSources, setMapping]
  );

  const createLeadsTable = useCallback(() => {
    setCreating(true);
    queue
      .enqueueTask(async () => {
        const created = await workbook.createLeadsTable();
        const columns = guessMapping(created.headers);
        const stored = live.current.settings;
        setLocations([created]);
        setLocationIndex(0);
        setLocation(created);
        setMapping(columns);
        persist({ ...stored, leads: savedLocationOf(created), mapping: columns });
        startEmpty(stored.extraSources);
        setNotice(`Created a Leads table on sheet "${created.sheetName}".`);
      })
      .catch((cause) => setError(describeError(cause, "Creating the leads table")))
      .finally(() => setCreating(false));
  }, [queue, workbook, live, persist, startEmpty, setLocation, setMapping, setNotice, setError]);

  return {
    loading,
    locations,
    locationIndex,
    location,
    mapping,
    creating,
    setLocation,
    findLeadsAgain,
    chooseLocation,
    chooseColumn,
    createLeadsTable,
  };
}
