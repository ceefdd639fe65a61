/**
 * Which of the leads found the pane starts with, and with which columns: the ones saved in the
 * workbook when they still fit, else the first leads found and the columns their headers suggest.
 */
import { ColumnMapping, LEAD_FIELDS, SavedLocation, TallySettings, guessMapping } from "../engine";
import type { LeadsLocation } from "../workbook/workbook";
import { describeLocation } from "./describe";

export interface LeadsChoice {
  /** Index into the leads found, or null when none were found. */
  readonly index: number | null;
  readonly mapping: ColumnMapping | null;
  /** Why the saved choice could not be used, in the owner's words. */
  readonly problems: readonly string[];
}

function sameName(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}

export function savedLocationOf(location: LeadsLocation): SavedLocation {
  return {
    sheetName: location.sheetName,
    tableName: location.tableName,
    headerRow: location.headerRow,
    firstColumn: location.firstColumn,
  };
}

export function isSavedLocation(location: LeadsLocation, saved: SavedLocation): boolean {
  if (saved.tableName !== null) return sameName(location.tableName, saved.tableName);
  return (
    location.tableName === null &&
    sameName(location.sheetName, saved.sheetName) &&
    location.headerRow === saved.headerRow &&
    location.firstColumn === saved.firstColumn
  );
}

/** Every column in the mapping exists among the headers. */
export function mappingFits(mapping: ColumnMapping, headers: readonly string[]): boolean {
  return LEAD_FIELDS.every((field) => {
    const column = mapping[field];
    return column === null || column < headers.length;
  });
}

function describeSaved(saved: SavedLocation): string {
  return describeLocation({ ...saved, headers: [], rowCount: 0 });
}

export function chooseLeads(found: readonly LeadsLocation[], settings: TallySettings): LeadsChoice {
  const problems: string[] = [];
  let index: number | null = found.length > 0 ? 0 : null;
  const saved = settings.leads;
  let savedUsed = false;
  if (saved !== null) {
    const match = found.findIndex((location) => isSavedLocation(location, saved));
    if (match >= 0) {
      index = match;
      savedUsed = true;
    } else {
      problems.push(
        `The leads saved in this workbook (${describeSaved(saved)}) were not found` +
          (found.length > 0 ? "; the first leads found are used instead." : ".")
      );
    }
  }
  if (index === null) return { index, mapping: null, problems };
  const headers = found[index].headers;
  let mapping = guessMapping(headers);
  if (savedUsed && settings.mapping !== null) {
    if (mappingFits(settings.mapping, headers)) {
      mapping = settings.mapping;
    } else {
      problems.push(
        "The saved column choices no longer fit the leads' columns; the columns are guessed from their headers again."
      );
    }
  }
  return { index, mapping, problems };
}
