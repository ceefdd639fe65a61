import fc from "fast-check";
import type { Cell } from "../../../src/engine/cells";
import { openLeadsReport } from "../../../src/engine/chaseList";
import { OPEN_AGE_LABELS, openLeadsByAgeFormula } from "../../../src/engine/openLeads";
import { outcomeRules } from "../../../src/engine/outcomes";

const AS_OF = 46143; // 2026-05-01
const RULES = outcomeRules();

describe("openLeadsReport", () => {
  it("is five empty buckets and no one to chase for no leads, or only empty rows", () => {
    const none = openLeadsReport({ dates: [], outcomes: [], sources: [] }, RULES, AS_OF, 30);
    expect(none).toEqual({ byAge: [0, 0, 0, 0, 0], open: 0, chase: [] });
    const empty = openLeadsReport(
      { dates: [null, ""], outcomes: ["  ", null], sources: ["Website", "Referral"] },
      RULES,
      AS_OF,
      30
    );
    expect(empty).toEqual({ byAge: [0, 0, 0, 0, 0], open: 0, chase: [] });
  });

  it("counts open leads in OPEN_LEADS_BY_AGE's buckets; won and lost leads not at all", () => {
    const report = openLeadsReport(
      {
        dates: [
          AS_OF,
          AS_OF - 7,
          AS_OF - 8,
          AS_OF - 30,
          AS_OF - 31,
          AS_OF - 90,
          AS_OF - 91,
          "soon",
        ],
        outcomes: ["Open", null, "", "Pending", "Open", "Open", "Open", "Open"],
        sources: ["A", "B", "C", "D", "E", "F", "G", "H"],
      },
      RULES,
      AS_OF,
      30
    );
    expect(report.byAge).toEqual([2, 2, 2, 1, 1]);
    expect(report.open).toBe(8);
    const decided = openLeadsReport(
      { dates: [AS_OF - 40, AS_OF - 40], outcomes: ["Won", "lost"], sources: ["A", "B"] },
      RULES,
      AS_OF,
      30
    );
    expect(decided).toEqual({ byAge: [0, 0, 0, 0, 0], open: 0, chase: [] });
  });

  it("chases open leads older than N days (age > N), oldest first, the same day by row", () => {
    const report = openLeadsReport(
      {
        dates: [AS_OF - 31, AS_OF - 30, AS_OF - 200, AS_OF - 31.25 + 0.5, "2025-01-02", null],
        outcomes: ["Open", "Open", "", "Open", "Open", "Open"],
        sources: [" Web   site ", "B", "Referral", 42, null, "No date"],
        notes: ["Called twice", null, "Wants a quote"],
      },
      RULES,
      AS_OF,
      30
    );
    expect(report.chase).toEqual([
      // Text in ISO form is a date too (rule 7).
      { dataRow: 4, day: 45659, age: AS_OF - 45659, source: "", notes: "" },
      { dataRow: 2, day: AS_OF - 200, age: 200, source: "Referral", notes: "Wants a quote" },
      { dataRow: 0, day: AS_OF - 31, age: 31, source: "Web site", notes: "Called twice" },
      // A time of day is dropped: the lead is on the day it was written down.
      { dataRow: 3, day: AS_OF - 31, age: 31, source: "42", notes: "" },
    ]);
    // The lead without a date is in "(no date)", not on the list.
    expect(report.byAge[4]).toBe(1);
  });

  it("takes a lead dated after as_of as 0 days old, and uses the owner's won and lost labels", () => {
    const rules = outcomeRules(["Signed"], ["Gone"]);
    const report = openLeadsReport(
      {
        dates: [AS_OF + 100, AS_OF - 60, AS_OF - 60, AS_OF - 60],
        outcomes: ["Open", "Signed", "Gone", "Won"],
        sources: ["A", "B", "C", "D"],
      },
      rules,
      AS_OF,
      1
    );
    expect(report.byAge).toEqual([1, 0, 1, 0, 0]);
    expect(report.chase.map((lead) => lead.dataRow)).toEqual([3]);
  });

  it("treats every lead as open without an Outcome column, and every one as undated without dates", () => {
    const noOutcomes = openLeadsReport(
      { dates: [AS_OF - 100, null], outcomes: null, sources: ["A", "B"] },
      RULES,
      AS_OF,
      30
    );
    expect(noOutcomes.byAge).toEqual([0, 0, 0, 1, 0]);
    const noDates = openLeadsReport(
      { dates: null, outcomes: ["Open", "Won", null], sources: ["A", "B", "C"] },
      RULES,
      AS_OF,
      30
    );
    expect(noDates).toEqual({ byAge: [0, 0, 0, 0, 1], open: 1, chase: [] });
  });

  it("reads holes left by appended rows (columns of different lengths) as blank", () => {
    const sources: Cell[] = ["A"];
    sources[3] = "D";
    const report = openLeadsReport(
      { dates: [AS_OF - 50, undefined, undefined, AS_OF - 40], outcomes: ["Open"], sources },
      RULES,
      AS_OF,
      30
    );
    expect(report.chase.map((lead) => [lead.dataRow, lead.source])).toEqual([
      [0, "A"],
      [3, "D"],
    ]);
    expect(report.open).toBe(2);
  });

  describe("properties", () => {
    const cell = fc.oneof(
      fc.integer({ min: AS_OF - 400, max: AS_OF + 30 }),
      fc.double({ min: AS_OF - 400, max: AS_OF + 30, noNaN: true }),
      fc.constantFrom("Won", "Lost", "Open", "", "  ", null, "2026-01-15", "soon", "won ", true, 0)
    );
    const rows = fc.array(fc.tuple(cell, cell, fc.string({ maxLength: 8 })), {
      minLength: 1,
      maxLength: 60,
    });

    it("has buckets that add up to the open leads and match OPEN_LEADS_BY_AGE exactly", () => {
      fc.assert(
        fc.property(rows, (leads) => {
          const dates = leads.map(([date]) => date as Cell);
          const outcomes = leads.map(([, outcome]) => outcome as Cell);
          const report = openLeadsReport(
            { dates, outcomes, sources: leads.map(([, , source]) => source) },
            RULES,
            AS_OF,
            30
          );
          expect(report.byAge.reduce((sum, count) => sum + count, 0)).toBe(report.open);
          const table = openLeadsByAgeFormula(
            dates.map((date) => [date]),
            outcomes.map((outcome) => [outcome]),
            AS_OF,
            null,
            null,
            AS_OF
          );
          if (!table.ok) throw new Error(table.error.message);
          expect(table.value.slice(1)).toEqual(
            OPEN_AGE_LABELS.map((label, index) => [label, report.byAge[index]])
          );
        })
      );
    });

    it("chases exactly the dated open leads older than N days, oldest first, ties by row", () => {
      fc.assert(
        fc.property(rows, fc.integer({ min: 1, max: 3650 }), (leads, days) => {
          const dates = leads.map(([date]) => date as Cell);
          const outcomes = leads.map(([, outcome]) => outcome as Cell);
          const report = openLeadsReport(
            { dates, outcomes, sources: leads.map(([, , source]) => source) },
            RULES,
            AS_OF,
            days
          );
          const expected = leads
            .map((_, row) =>
              openLeadsReport(
                { dates: [dates[row]], outcomes: [outcomes[row]], sources: [""] },
                RULES,
                AS_OF,
                0
              ).chase.map((lead) => ({ row, day: lead.day }))
            )
            .flat()
            .filter(({ day }) => AS_OF - day > days)
            .sort((a, b) => a.day - b.day || a.row - b.row)
            .map(({ row }) => row);
          expect(report.chase.map((lead) => lead.dataRow)).toEqual(expected);
          // With N = 30 the list is the buckets "31 to 90 days" and "over 90 days".
          if (days === 30) expect(report.chase).toHaveLength(report.byAge[2] + report.byAge[3]);
        })
      );
    });
  });
});
