/**
 * Where the leads are and which column holds what: found on opening (with the settings saved in
 * the workbook), chosen by the owner, or a new table the pane creates.
 */
import { useCallback, useEffect, useState } from "react";
import {
  ColumnMapping,
  DEFAULT_SETTINGS,
  LEAD_FIELDS,
  LeadField,
  guessMapping,
  parseSettings,
} from "../../engine";
import type { LeadsLocation } from "../../workbook/workbook";
import { FIELD_NAMES, describeLocation, leadCount } from "../describe";
import { describeError } from "../errorMessages";
import { sharedColumn } from "../leadRows";
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
  /** What Find leads again found; null until it is used. */
  readonly found: string | null;
  /** The owner confirms the leads and columns as they are: saved, and the section folds. */
  confirmMapping(): void;
  /** The leads grew (an append): same leads, new size. */
  setLocation(next: LeadsLocation | null): void;
  /** Looks for the leads again, as on opening. */
  findLeadsAgain(): void;
  chooseLocation(index: number): void;
  /** Returns what is wrong with the choice (nothing is changed then), or null. */
  chooseColumn(field: LeadField, column: number | null): string | null;
  createLeadsTable(): void;
}

export interface LeadsEvents {
  /** Before the leads are looked for again: what was done to the old ones no longer applies. */
  onFindAgain(): void;
  /** Other leads were chosen: results about the old ones no longer apply. */
  onChosen(): void;
}

/** "Found leads in 2 places: …" as Find leads again reports it. */
function describeFound(places: readonly LeadsLocation[]): string {
  if (places.length === 0) {
    return "Found no leads: no table or header row with a Source column and an Outcome or Date column.";
  }
  const listed = places
    .map((place) => `${describeLocation(place)} (${leadCount(place.rowCount)})`)
    .join("; ");
  return places.length === 1
    ? `Found the leads: ${listed}.`
    : `Found leads in ${places.length} places: ${listed}.`;
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
  const [found, setFound] = useState<string | null>(null);

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
    async (isCurrent: () => boolean, announce = false) => {
      const problems: string[] = [];
      let stored = DEFAULT_SETTINGS;
      try {
        const parsed = parseSettings(await workbook.loadSettings());
        stored = parsed.settings;
        problems.push(...parsed.problems);
      } catch (cause) {
        problems.push(describeError(cause, "Reading the settings saved in the workbook"));
      }
      let places: LeadsLocation[] = [];
      try {
        places = await workbook.findLeads();
      } catch (cause) {
        if (isCurrent()) setError(describeError(cause, "Looking for the leads"));
      }
      if (!isCurrent()) return;
      const choice = chooseLeads(places, stored);
      const chosen = choice.index === null ? null : places[choice.index];
      loadedSettings(stored);
      const shared = choice.mapping === null ? null : sharedColumn(choice.mapping, FIELD_NAMES);
      if (shared !== null) {
        problems.push(`${shared} are the same column: choose another column for one of them.`);
      }
      setWarnings([...problems, ...choice.problems]);
      setLocations(places);
      if (announce) setFound(describeFound(places));
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
      .enqueueTask(() => findLeads(() => true, true))
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
    (field: LeadField, column: number | null): string | null => {
      const { location: at, mapping: columns, settings: stored } = live.current;
      if (at === null || columns === null) return null;
      const taken = LEAD_FIELDS.find(
        (other) => other !== field && column !== null && columns[other] === column
      );
      if (taken !== undefined) {
        // One column cannot be two things: a lead's source written over by its outcome, say.
        return (
          `${FIELD_NAMES[field]} and ${FIELD_NAMES[taken]} cannot both be the column ` +
          `"${at.headers[column as number] ?? ""}". Choose another column for one of them.`
        );
      }
      const next: ColumnMapping = { ...columns, [field]: column };
      setMapping(next);
      persist({ ...stored, leads: savedLocationOf(at), mapping: next });
      if (field !== "value" && field !== "notes") void loadSources(at, next, stored.extraSources);
      return null;
    },
    [live, persist, loadSources, setMapping]
  );

  const confirmMapping = useCallback(() => {
    const { location: at, mapping: columns, settings: stored } = live.current;
    if (at === null || columns === null) return;
    persist({ ...stored, leads: savedLocationOf(at), mapping: columns });
  }, [live, persist]);

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
    found,
    confirmMapping,
    setLocation,
    findLeadsAgain,
    chooseLocation,
    chooseColumn,
    createLeadsTable,
  };
}
