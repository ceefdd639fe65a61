import { leadRow } from "../../../src/taskpane/leadRows";
import type { LeadsLocation } from "../../../src/workbook/workbook";

const location = {
  kind: "table",
  sheetName: "Leads",
  tableName: "Leads",
  headers: ["Date", "Source", "Outcome", "Notes"],
  rowCount: 0,
} as unknown as LeadsLocation;

describe("leadRow", () => {
  it("fills the mapped columns and leaves the others null, so formulas there stay", () => {
    const row = leadRow(
      location,
      { date: 0, source: 1, outcome: 2, value: null, notes: null, closed: null },
      {
        source: "Website",
        serial: 46000,
      }
    );
    expect(row).toEqual([{ serial: 46000 }, "Website", "Open", null]);
  });

  it("writes no outcome or date when those columns are not mapped", () => {
    const row = leadRow(
      location,
      { date: null, source: 3, outcome: null, value: null, notes: null, closed: null },
      {
        source: "Referral",
        serial: 46000,
      }
    );
    expect(row).toEqual([null, null, null, "Referral"]);
  });
});
