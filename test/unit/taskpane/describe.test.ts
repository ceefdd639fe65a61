import {
  columnName,
  describeColumns,
  describeLocation,
  leadCount,
  sheetRowOf,
} from "../../../src/taskpane/describe";
import type { LeadsLocation } from "../../../src/workbook/workbook";

const table: LeadsLocation = {
  sheetName: "Leads",
  tableName: "Leads",
  headerRow: 0,
  firstColumn: 0,
  headers: ["Date", "Source", "Outcome"],
  rowCount: 60,
};

describe("describe", () => {
  it("names a column without a header, or with a duplicated one, by its position", () => {
    expect(columnName(["", "Source"], 0)).toBe("(column 1)");
    expect(columnName(["Notes", "Notes"], 1)).toBe("Notes (column 2)");
    expect(columnName(["Date", "Source"], 1)).toBe("Source");
  });

  it("names where the leads are", () => {
    expect(describeLocation(table)).toBe('table "Leads" on sheet "Leads"');
    expect(
      describeLocation({ ...table, tableName: null, headerRow: 2, sheetName: "Enquiries" })
    ).toBe('the rows under row 3 on sheet "Enquiries"');
  });

  it("counts leads and numbers rows as the owner sees them", () => {
    expect(leadCount(1)).toBe("1 lead");
    expect(leadCount(60)).toBe("60 leads");
    expect(sheetRowOf(table, 0)).toBe(2);
    expect(sheetRowOf({ ...table, headerRow: 2 }, 59)).toBe(63);
  });

  it("lists the columns used, for the tally sheet", () => {
    expect(
      describeColumns(table.headers, {
        date: 0,
        source: 1,
        outcome: null,
        value: null,
        notes: null,
        closed: null,
      })
    ).toBe('Date = "Date", Source = "Source"');
  });
});
