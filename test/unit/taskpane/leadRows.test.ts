import { isoOfSerial, leadRow, outcomeRow } from "../../../src/taskpane/leadRows";
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

describe("outcomeRow", () => {
  const closedLocation = { ...location, headers: ["Date", "Source", "Outcome", "Closed"] };

  it("writes nothing but the outcome without a Closed column or without a day", () => {
    const mapping = { date: 0, source: 1, outcome: 2, value: null, notes: null, closed: null };
    expect(outcomeRow(closedLocation, mapping, "Won", 46096)).toEqual([null, null, "Won", null]);
    expect(outcomeRow(closedLocation, { ...mapping, closed: 3 }, "Lost", null)).toEqual([
      null,
      null,
      "Lost",
      null,
    ]);
  });

  it("writes the outcome and the closed day as a date, and never the outcome's cell twice", () => {
    const mapping = { date: 0, source: 1, outcome: 2, value: null, notes: null, closed: 3 };
    expect(outcomeRow(closedLocation, mapping, "Won", 46096)).toEqual([
      null,
      null,
      "Won",
      { serial: 46096 },
    ]);
    // A mapping that points both at one column keeps the outcome there.
    expect(outcomeRow(closedLocation, { ...mapping, closed: 2 }, "Won", 46096)).toEqual([
      null,
      null,
      "Won",
      null,
    ]);
  });
});

describe("isoOfSerial", () => {
  it("gives yyyy-mm-dd as the Closed column shows the day, past Excel's phantom 1900-02-29", () => {
    expect(isoOfSerial(46096)).toBe("2026-03-15");
    expect(isoOfSerial(61)).toBe("1900-03-01");
    expect(isoOfSerial(1)).toBe("1900-01-01");
  });
});
