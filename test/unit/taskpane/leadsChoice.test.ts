import { DEFAULT_SETTINGS, TallySettings } from "../../../src/engine";
import { chooseLeads, savedLocationOf } from "../../../src/taskpane/leadsChoice";
import type { LeadsLocation } from "../../../src/workbook/workbook";

const table: LeadsLocation = {
  sheetName: "Leads",
  tableName: "Leads",
  headerRow: 0,
  firstColumn: 0,
  headers: ["Date", "Source", "Outcome", "Status"],
  rowCount: 3,
};
const range: LeadsLocation = {
  sheetName: "Enquiries",
  tableName: null,
  headerRow: 2,
  firstColumn: 1,
  headers: ["Channel", "Result"],
  rowCount: 5,
};

function saved(location: LeadsLocation, mapping: TallySettings["mapping"] = null): TallySettings {
  return { ...DEFAULT_SETTINGS, leads: savedLocationOf(location), mapping };
}

describe("chooseLeads", () => {
  it("says so when the saved leads are gone, and takes the first found", () => {
    const choice = chooseLeads([range], saved(table));
    expect(choice.index).toBe(0);
    expect(choice.problems).toEqual([
      'The leads saved in this workbook (table "Leads" on sheet "Leads") were not found; the first leads found are used instead.',
    ]);
  });

  it("guesses again when the saved columns no longer fit the headers", () => {
    const choice = chooseLeads(
      [table],
      saved(table, { date: 0, source: 7, outcome: 2, value: null, notes: null, closed: null })
    );
    expect(choice.mapping).toEqual({
      date: 0,
      source: 1,
      outcome: 2,
      value: null,
      notes: null,
      closed: null,
    });
    expect(choice.problems).toHaveLength(1);
  });

  it("finds nothing to choose in an empty workbook", () => {
    expect(chooseLeads([], DEFAULT_SETTINGS)).toEqual({ index: null, mapping: null, problems: [] });
  });

  it("takes the first leads found and the columns their headers suggest when nothing is saved", () => {
    expect(chooseLeads([table, range], DEFAULT_SETTINGS)).toEqual({
      index: 0,
      mapping: { date: 0, source: 1, outcome: 2, value: null, notes: null, closed: null },
      problems: [],
    });
  });

  it("goes back to the saved leads and columns, a header range matched by sheet, row and column", () => {
    const mapping = { date: null, source: 0, outcome: null, value: null, notes: 1, closed: null };
    const choice = chooseLeads(
      [table, range],
      saved({ ...range, sheetName: "ENQUIRIES" }, mapping)
    );
    expect(choice).toEqual({ index: 1, mapping, problems: [] });
  });
});
