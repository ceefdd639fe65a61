import { isTallyError } from "../../../src/engine/errors";
import { ageBucket, openLeadsByAgeFormula } from "../../../src/engine/openLeads";

const AS_OF = 46143; // 2026-05-01
const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

describe("ageBucket", () => {
  it("puts each age at the edges in its bucket, and a future lead at 0 days", () => {
    expect([-30, 0, 7, 8, 30, 31, 90, 91, 1e6].map(ageBucket)).toEqual([0, 0, 0, 1, 1, 2, 2, 3, 3]);
  });
});

describe("openLeadsByAgeFormula", () => {
  it("refuses a bad as_of and mismatched sizes with #VALUE!", () => {
    const asOf = openLeadsByAgeFormula(column(AS_OF), column(""), "soon", null, null, AS_OF);
    expect(asOf.ok || asOf.error.message).toMatch(/^as_of must be a date/);
    const sizes = openLeadsByAgeFormula(column(AS_OF, AS_OF), column(""), null, null, null, AS_OF);
    expect(sizes.ok || sizes.error.message).toMatch(/^dates has 2 cells but outcomes has 1/);
    const missing = openLeadsByAgeFormula(column(AS_OF), null, null, null, null, AS_OF);
    expect(missing.ok || missing.error.message).toBe(
      "outcomes is missing: give it a range of cells."
    );
  });

  it("is the header and the five rows, in order, with 0 in empty rows", () => {
    const result = openLeadsByAgeFormula(column(null), column(null), null, null, null, AS_OF);
    expect(result).toEqual({
      ok: true,
      value: [
        ["Age", "Open leads"],
        ["0 to 7 days", 0],
        ["8 to 30 days", 0],
        ["31 to 90 days", 0],
        ["over 90 days", 0],
        ["(no date)", 0],
      ],
    });
  });

  it("counts open leads by as_of − lead day; won and lost leads not at all", () => {
    const dates = column(
      AS_OF,
      AS_OF - 7.5,
      AS_OF - 8,
      AS_OF - 30,
      AS_OF - 31,
      AS_OF - 91,
      AS_OF + 3,
      "nope",
      null,
      AS_OF - 1,
      AS_OF - 1,
      null
    );
    const outcomes = column(
      "",
      "Open",
      "",
      "Proposal",
      "",
      "",
      "",
      "",
      "Call back",
      "Won",
      "Lost",
      null
    );
    const result = openLeadsByAgeFormula(dates, outcomes, null, null, null, AS_OF);
    expect(result.ok && result.value.slice(1)).toEqual([
      ["0 to 7 days", 2],
      // AS_OF − 7.5 is a lead dated 8 days before: the time of day is not part of the day.
      ["8 to 30 days", 3],
      ["31 to 90 days", 1],
      ["over 90 days", 1],
      ["(no date)", 2],
    ]);
  });

  it("uses as_of when given, and the owner's won and lost labels", () => {
    const dates = column("2026-01-01", "2026-01-01", "2026-01-01");
    const outcomes = column("Signed", "Gone", "Lost");
    const result = openLeadsByAgeFormula(
      dates,
      outcomes,
      "2026-01-05",
      [["Signed"]],
      [["Gone"]],
      AS_OF
    );
    expect(result.ok && result.value[1]).toEqual(["0 to 7 days", 1]);
    expect(result.ok && result.value.every((row) => !row.some(isTallyError))).toBe(true);
  });
});
