import {
  columnRuns,
  firstBlockRows,
  isPayloadLimitError,
  MAX_CELLS_PER_READ,
  nextBlockRows,
  responseBytes,
} from "../../../src/workbook/excel/blocks";
import { rangeFormat, rangeValue, setsAnyFormat } from "../../../src/workbook/excel/cellWrites";
import { findHeaderRow } from "../../../src/workbook/rules/headerRows";
import {
  cutToLength,
  freeSheetName,
  freeSheetNameInParentheses,
  MAX_SHEET_NAME_LENGTH,
  sheetNameFrom,
  freeTableName,
  freeTemporarySheetName,
  looksLikeCellReference,
  tableNameFrom,
} from "../../../src/workbook/rules/names";
import { looksLikeLeadsHeader } from "../../../src/engine";

describe("block sizes", () => {
  it("never asks for more than 5,000,000 cells in one read", () => {
    expect(firstBlockRows(1000)).toBe(5000);
    expect(nextBlockRows(5000, 5000, 1000) * 1000).toBeLessThanOrEqual(MAX_CELLS_PER_READ);
    // 16,384 columns (a whole sheet's width): at most 305 rows.
    expect(nextBlockRows(1000, 1000, 16384)).toBe(305);
  });

  it("aims the next block at about 3.5 MB from the bytes per row just measured", () => {
    // 20,000 rows of 100 bytes: 3,500,000 / 100 = 35,000 rows.
    expect(nextBlockRows(20_000, 2_000_000, 2)).toBe(35_000);
    // Rows of 1 KB: 3,500 rows.
    expect(nextBlockRows(20_000, 20_000_000, 2)).toBe(3_500);
    // Never below one row.
    expect(nextBlockRows(1, 9_000_000, 1)).toBe(1);
  });

  it("grows a block at most eightfold, so short rows do not launch a block into long ones", () => {
    expect(nextBlockRows(20_000, 60_000, 2)).toBe(160_000);
  });

  it("groups adjacent columns, ascending and without repeats", () => {
    expect(columnRuns([4, 1, 2, 2, 0, 7])).toEqual([
      { first: 0, count: 3 },
      { first: 4, count: 1 },
      { first: 7, count: 1 },
    ]);
    expect(columnRuns([])).toEqual([]);
  });

  it("weighs a response as UTF-8 JSON", () => {
    expect(responseBytes([["ab", 1]])).toBe(10);
    expect(responseBytes([["é"]])).toBe(8);
  });

  it("tells payload errors by their code or, failing that, their message", () => {
    expect(isPayloadLimitError({ code: "RequestPayloadSizeLimitExceeded", message: "" })).toBe(
      true
    );
    expect(isPayloadLimitError({ code: "ResponsePayloadSizeLimitExceeded", message: "" })).toBe(
      true
    );
    expect(
      isPayloadLimitError({
        code: "GeneralException",
        message:
          "The request payload size has exceeded the limit. Please refer to the documentation",
      })
    ).toBe(true);
    expect(isPayloadLimitError({ code: "ItemNotFound", message: "not there" })).toBe(false);
    expect(isPayloadLimitError("ResponsePayloadSizeLimitExceeded")).toBe(false);
    expect(isPayloadLimitError(null)).toBe(false);
  });
});

describe("cell writes", () => {
  it("formats every non-empty text as text, dates as dates, and leaves the rest alone", () => {
    for (const text of ["=1+1", "+1", "-", "@x", "2026-03-01", "0012", "TRUE", "5%", "Radio"]) {
      expect(rangeFormat(text)).toBe("@");
    }
    expect(rangeFormat("")).toBeNull();
    expect(rangeFormat({ serial: 46082 })).toBe("yyyy-mm-dd");
    for (const value of [0, 12.5, true, false, null]) expect(rangeFormat(value)).toBeNull();
  });

  it("writes dates as serials and null as null, which leaves the cell as it is", () => {
    // docs/excel/excel-add-ins-blank-null-values.md: "" would clear the cell, formula included.
    expect(rangeValue({ serial: 46082 })).toBe(46082);
    expect(rangeValue(null)).toBeNull();
    expect(rangeValue("")).toBe("");
    expect(rangeValue("0012")).toBe("0012");
    expect(rangeValue(false)).toBe(false);
  });

  it("skips a format assignment that would set nothing", () => {
    expect(setsAnyFormat([[null, null]])).toBe(false);
    expect(setsAnyFormat([[null], ["@"]])).toBe(true);
  });
});

describe("free names", () => {
  it("numbers sheet names, ignoring case, within 31 characters", () => {
    expect(freeSheetName("Leads", ["Sheet1"])).toBe("Leads");
    expect(freeSheetName("Leads", ["leads", "LEADS 2"])).toBe("Leads 3");
    expect(freeSheetNameInParentheses("Lead Tally", ["Lead Tally"])).toBe("Lead Tally (2)");
    expect(freeSheetNameInParentheses("Lead Tally", ["lead tally", "Lead Tally (2)"])).toBe(
      "Lead Tally (3)"
    );
    const long = "A name of exactly thirty-one ch";
    expect(freeSheetNameInParentheses(long, [long])).toBe("A name of exactly thirty-on (2)");
    expect(freeTemporarySheetName("Marketing vs Sales", [])).toBe("Marketing vs Sales (updating)");
    expect(freeTemporarySheetName("Lead Tally", ["Lead Tally (updating)"])).toBe(
      "Lead Tally (updating) 2"
    );
  });

  it("numbers table names without spaces", () => {
    expect(freeTableName("Leads", [])).toBe("Leads");
    expect(freeTableName("Leads", ["LEADS", "leads2"])).toBe("Leads3");
  });
});

describe("table names", () => {
  it("makes a table name of a preferred name as Excel takes one", () => {
    expect(tableNameFrom("Spend")).toBe("Spend");
    expect(tableNameFrom("Spend 2026")).toBe("Spend2026");
    expect(tableNameFrom("A1")).toBe("Table");
    expect(tableNameFrom("R1C1")).toBe("Table");
    expect(tableNameFrom("2026")).toBe("Table");
    expect(tableNameFrom("  ")).toBe("Table");
  });

  it("passes over numbered names that read as cell references", () => {
    expect(looksLikeCellReference("Tax2")).toBe(true);
    expect(looksLikeCellReference("Spend2")).toBe(false);
    expect(freeTableName("Tax", ["tax"])).toBe("Tax_2");
    expect(freeTableName("Spend", ["Spend"])).toBe("Spend2");
  });
});

describe("header rows", () => {
  it("takes what the predicate takes, in tables' place as in rows", () => {
    const isSpend = (headers: readonly string[]): boolean =>
      headers.includes("Source") && headers.includes("Spend");
    const window = [["Date", "Source", "Outcome"], [], ["Source", "Spend"]];
    expect(findHeaderRow(window, 0, 0, [], isSpend)).toEqual({
      row: 2,
      firstColumn: 0,
      headers: ["Source", "Spend"],
    });
  });

  it("takes the run of headers that looks like leads, not what stands beside it", () => {
    const window = [
      ["Leads of 2025"],
      [],
      ["Date", "Source", "Status", null, "Totals", "Source"],
      [45000, "Radio", "Won"],
    ];
    expect(findHeaderRow(window, 10, 2, [], looksLikeLeadsHeader)).toEqual({
      row: 12,
      firstColumn: 2,
      headers: ["Date", "Source", "Status"],
    });
  });

  it("takes the whole row when only the row as a whole looks like leads", () => {
    expect(
      findHeaderRow([["Source", null, "Outcome", 2026]], 0, 0, [], looksLikeLeadsHeader)
    ).toEqual({
      row: 0,
      firstColumn: 0,
      headers: ["Source", "", "Outcome", "2026"],
    });
  });

  it("skips a header row that belongs to a table", () => {
    const window = [
      ["Source", "Outcome"],
      ["Radio", "Won"],
      ["Source", "Outcome"],
    ];
    const table = { firstRow: 0, lastRow: 1, firstColumn: 0, lastColumn: 1 };
    expect(findHeaderRow(window, 0, 0, [table], looksLikeLeadsHeader)?.row).toBe(2);
    expect(findHeaderRow(window.slice(0, 2), 0, 0, [table], looksLikeLeadsHeader)).toBeNull();
  });
});

describe("sheet and table names from the owner's names (Excel's rules)", () => {
  it("takes out what Excel refuses in a sheet name, and never an apostrophe at either end", () => {
    expect(sheetNameFrom("Q1: leads/web [draft]?*\\")).toBe("Q1 leadsweb draft");
    expect(sheetNameFrom("'Leads'")).toBe("Leads");
    expect(sheetNameFrom("[]:*")).toBe("Sheet");
    expect(freeSheetNameInParentheses("'Spend'", [])).toBe("Spend");
  });

  it("never names a sheet History, which Excel keeps for itself", () => {
    expect(freeSheetNameInParentheses("History", [])).toBe("History (2)");
    expect(freeSheetNameInParentheses("history", ["History (2)"])).toBe("history (3)");
  });

  it("cuts by code point, never inside a surrogate pair, within 31 code units", () => {
    const emoji = "😀"; // two UTF-16 code units
    const name = `${"a".repeat(30)}${emoji}`;
    expect(freeSheetNameInParentheses(name, [])).toBe("a".repeat(30));
    const suffixed = freeSheetNameInParentheses(`${"b".repeat(26)}${emoji}zz`, [
      `${"b".repeat(26)}${emoji}zz`,
    ]);
    expect(suffixed).toBe(`${"b".repeat(26)} (2)`);
    expect(suffixed.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(cutToLength(`x${emoji}`, 2)).toBe("x");
    // A cut that would leave an apostrophe at the end drops it too.
    expect(freeSheetNameInParentheses(`${"c".repeat(26)}'d`, [`${"c".repeat(26)}'d`])).toBe(
      `${"c".repeat(26)} (2)`
    );
  });

  it("cuts a table name by code point too", () => {
    const long = `T${"𝒳".repeat(200)}`; // mathematical letters: two code units each
    const name = tableNameFrom(long);
    expect(name.length).toBeLessThanOrEqual(250);
    expect(Array.from(name).every((c) => c === "T" || c === "𝒳")).toBe(true);
  });
});
