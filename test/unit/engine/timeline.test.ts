import { outcomeRules } from "../../../src/engine/outcomes";
import { ColumnOfRows } from "../../../src/engine/ranges";
import { leadTimeline, sameSizeColumns, timelineTotals } from "../../../src/engine/timeline";

const rules = outcomeRules();
const MARCH_1 = 46082; // 2026-03-01

function byDay(timeline: ReturnType<typeof leadTimeline>) {
  if (!timeline.ok) throw new Error(timeline.error.message);
  const days: Record<number, number[]> = {};
  timeline.value.days.forEach((day, index) => {
    const counts = timeline.value.countsOfDay(index);
    days[day] = [counts.leads, counts.won, counts.lost, counts.open];
  });
  return days;
}

describe("leadTimeline", () => {
  it("reports a malformed row or an Excel error by argument, shapes first, dates before outcomes before closed", () => {
    const na = { code: "#N/A" };
    const bad = leadTimeline({
      dates: new ColumnOfRows([[MARCH_1], [na]], "dates"),
      outcomes: new ColumnOfRows([["Won"], ["Won", "x"]], "outcomes"),
      closed: [MARCH_1, na],
      rules,
    });
    expect(bad.ok || bad.error.message).toBe("outcomes is not a rectangular range.");
    const errorsOnly = leadTimeline({
      dates: [MARCH_1, "x"],
      outcomes: ["Won", na],
      closed: [na, MARCH_1],
      rules,
    });
    expect(errorsOnly.ok || errorsOnly.error.message).toBe(
      "outcomes holds the Excel error #N/A: correct that cell, or leave it out of the range."
    );
    const closedOnly = leadTimeline({
      dates: [MARCH_1, MARCH_1],
      outcomes: ["Open", "Lost"],
      closed: [null, na],
      rules,
    });
    expect(closedOnly.ok || closedOnly.error.message).toMatch(
      /^closed holds the Excel error #N\/A/
    );
  });

  it("counts leads per serial day by outcome, the time of day and the kind of date aside", () => {
    const days = byDay(
      leadTimeline({
        dates: [MARCH_1, MARCH_1 + 0.9, "2026-03-01T10:00", MARCH_1 + 1],
        outcomes: ["Won", "Lost", "", "Proposal"],
        closed: null,
        rules,
      })
    );
    expect(days).toEqual({ [MARCH_1]: [3, 1, 1, 1], [MARCH_1 + 1]: [1, 0, 0, 1] });
  });

  it("makes a row a lead when its date or its outcome is filled in (rule 10)", () => {
    const timeline = leadTimeline({
      dates: [null, "  ", "junk", MARCH_1, null, -3],
      outcomes: [null, "Won", "", "", "Open", null],
      closed: null,
      rules,
    });
    expect(timeline.ok && timeline.value.noDate).toEqual({ leads: 4, won: 1, lost: 0, open: 3 });
    expect(timeline.ok && timelineTotals(timeline.value)).toEqual({
      leads: 5,
      won: 1,
      lost: 0,
      open: 4,
    });
  });

  it("without outcomes counts a row whose date is filled in, as an open lead", () => {
    const timeline = leadTimeline({
      dates: [MARCH_1, "", "x"],
      outcomes: null,
      closed: null,
      rules,
    });
    expect(timeline.ok && timelineTotals(timeline.value)).toEqual({
      leads: 2,
      won: 0,
      lost: 0,
      open: 2,
    });
  });

  it("measures a lag (rule 9) only for won leads with both dates, closed on or after the lead day", () => {
    const timeline = leadTimeline({
      dates: [MARCH_1, MARCH_1 + 0.8, MARCH_1, MARCH_1, MARCH_1, null, MARCH_1, MARCH_1],
      outcomes: ["Won", "Client", "Won", "Lost", "Won", "Won", "Won", "Won"],
      closed: [
        MARCH_1 + 10.2,
        MARCH_1 + 0.1,
        MARCH_1 - 1,
        MARCH_1 + 5,
        "soon",
        MARCH_1,
        null,
        "2026-03-31",
      ],
      rules,
    });
    if (!timeline.ok) throw new Error(timeline.error.message);
    // 10 (times of day ignored), 0 (closed the same day), 30 (text date); not: closed before the
    // lead day, a lost lead, a closed cell that is no date, a lead without a date, no closed date.
    expect([...timeline.value.lags].sort()).toEqual([
      [0, 1],
      [10, 1],
      [30, 1],
    ]);
    expect(timelineTotals(timeline.value).won).toBe(7);
  });

  it("takes the lag across Excel's phantom 29 February 1900 as Excel's subtraction does", () => {
    const timeline = leadTimeline({ dates: [59], outcomes: ["Won"], closed: [61], rules });
    expect(timeline.ok && [...timeline.value.lags]).toEqual([[2, 1]]);
  });
});

describe("sameSizeColumns", () => {
  it("names both columns and their sizes when they differ", () => {
    const result = sameSizeColumns([
      ["dates", [[1], [2]]],
      ["closed", [[1], [2]]],
      ["outcomes", [["Won"]]],
    ]);
    expect(result.ok || result.error.message).toBe(
      "dates has 2 cells but outcomes has 1; give them ranges of the same size."
    );
  });

  it("accepts a column and a row of the same size", () => {
    const result = sameSizeColumns([
      ["dates", [[1], [2]]],
      ["outcomes", [["Won", "Lost"]]],
    ]);
    expect(result.ok).toBe(true);
  });
});
