import { outcomeRules } from "../../../src/engine/outcomes";
import { MAX_PERIODS, sumCounts, tallyByPeriod, tallyBySource } from "../../../src/engine/tally";

const rules = outcomeRules();

// Messy data as owners type it: case and spacing variants, numbers and booleans as sources,
// a lead with an outcome but no source, and the empty rows tables end with.
const sources = [
  "Website",
  " website ",
  "WEBSITE",
  "Walk-in",
  "Walk in",
  42,
  42,
  "42",
  true,
  null,
  "",
  "  ",
  null,
];
const outcomes = ["Won", "lost", "", "Client", "", "sold", null, "", "Won", "Won", "", "", null];

describe("tallyBySource", () => {
  it("groups spellings by key and sorts by leads, then key in code-unit order", () => {
    const groups = tallyBySource(sources, outcomes, rules);
    expect(
      groups.map((group) => [group.label, group.leads, group.won, group.lost, group.open])
    ).toEqual([
      ["42", 3, 1, 0, 2],
      ["Website", 3, 1, 1, 1],
      ["(no source)", 1, 1, 0, 0],
      ["TRUE", 1, 1, 0, 0],
      ["Walk in", 1, 0, 0, 1],
      ["Walk-in", 1, 1, 0, 0],
    ]);
  });

  it("does not count rows blank in both the source and the outcome", () => {
    expect(sumCounts(tallyBySource(sources, outcomes, rules)).leads).toBe(10);
  });

  it("without outcomes, counts only rows with a source, all open", () => {
    const groups = tallyBySource(sources, null, rules);
    expect(groups.map((group) => [group.label, group.leads, group.open])).toEqual([
      ["42", 3, 3],
      ["Website", 3, 3],
      ["TRUE", 1, 1],
      ["Walk in", 1, 1],
      ["Walk-in", 1, 1],
    ]);
  });

  it("shows a group by its most frequent spelling", () => {
    const groups = tallyBySource(["web", "Web", " Web "], null, rules);
    expect(groups).toEqual([{ label: "Web", key: "web", leads: 3, won: 0, lost: 0, open: 3 }]);
  });

  it("shows the first spelling seen when spellings tie", () => {
    expect(tallyBySource(["REFERRAL", "Referral"], null, rules)[0].label).toBe("REFERRAL");
    expect(tallyBySource(["Referral", "REFERRAL"], null, rules)[0].label).toBe("Referral");
  });

  it('counts the text "(no source)", in any spelling, in the one blank-source group', () => {
    const groups = tallyBySource(
      ["(no source)", null, " (No  Source) ", "Website"],
      ["Won", "Lost", "", ""],
      rules
    );
    // Before: two rows labelled "(no source)", one for the text and one for the blank cells.
    expect(groups).toEqual([
      { label: "(no source)", key: "(no source)", leads: 3, won: 1, lost: 1, open: 1 },
      { label: "Website", key: "website", leads: 1, won: 0, lost: 0, open: 1 },
    ]);
    // Without outcomes the text is still a lead (a blank cell is not).
    expect(tallyBySource(["(no source)", null], null, rules)).toEqual([
      { label: "(no source)", key: "(no source)", leads: 1, won: 0, lost: 0, open: 1 },
    ]);
  });

  it("labels number sources as Excel shows them, so 0.1+0.2 and 0.3 are one source", () => {
    const groups = tallyBySource([0.1 + 0.2, 0.3, "0.3", 1e21], null, rules);
    expect(groups.map((group) => [group.label, group.leads])).toEqual([
      ["0.3", 3],
      ["1E+21", 1],
    ]);
  });

  it("gives nothing for no rows or only blank rows", () => {
    expect(tallyBySource([], [], rules)).toEqual([]);
    expect(tallyBySource([null, " "], [null, ""], rules)).toEqual([]);
  });
});

describe("tallyByPeriod", () => {
  const dates = [46082, "2026-03-15", 46082.5, "2026-05-02", "2025-02-30", null, null, "junk"];
  const dateOutcomes = ["Won", "", "Lost", "Client", "Won", "Open", null, ""];

  it("lists every month from the first lead's to the last's, empty ones too, then the undated leads", () => {
    const result = tallyByPeriod(dates, dateOutcomes, "month", rules);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.value.map((group) => [group.label, group.leads, group.won, group.lost, group.open])
    ).toEqual([
      ["2026-03", 3, 1, 1, 1],
      ["2026-04", 0, 0, 0, 0],
      ["2026-05", 1, 1, 0, 0],
      ["(no date)", 3, 1, 0, 2],
    ]);
  });

  it("without outcomes, counts a row when its date cell is filled, usable or not", () => {
    const result = tallyByPeriod(dates, null, "quarter", rules);
    expect(result.ok && result.value.map((group) => [group.label, group.leads])).toEqual([
      ["2026-Q1", 3],
      ["2026-Q2", 1],
      ["(no date)", 2],
    ]);
  });

  it("crosses ISO week years", () => {
    const result = tallyByPeriod(["2020-12-28", "2021-01-04", "2021-01-10"], null, "week", rules);
    expect(result.ok && result.value.map((group) => [group.label, group.leads])).toEqual([
      ["2020-W53", 1],
      ["2021-W01", 2],
    ]);
  });

  it("stops with a clear error past MAX_PERIODS periods", () => {
    const result = tallyByPeriod(["1900-01-15", "2316-09-01"], null, "month", rules);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("invalidValue");
      expect(result.error.message).toBe(
        `dates span 5001 months (1900-01 to 2316-09); at most ${MAX_PERIODS} periods are listed. ` +
          "Choose a longer period or check the outlying dates."
      );
    }
  });

  it("lists exactly MAX_PERIODS periods", () => {
    const result = tallyByPeriod(["1900-01-15", "2316-08-01"], null, "month", rules);
    expect(result.ok && result.value.length).toBe(MAX_PERIODS);
  });

  it("gives nothing for no dated or undated leads", () => {
    expect(tallyByPeriod([null, ""], [null, " "], "month", rules)).toEqual({ ok: true, value: [] });
  });
});
