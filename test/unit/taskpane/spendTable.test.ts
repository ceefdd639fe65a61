import { dayNumberFromCivil } from "../../../src/engine";
import { spendTableRows } from "../../../src/taskpane/spendTable";

describe("spendTableRows", () => {
  const today = dayNumberFromCivil(2026, 11, 25);

  it("gives nothing without sources", () => {
    expect(spendTableRows([], "month", today)).toEqual([]);
  });

  it("gives one row per source (most leads first, as the tally spells them) and recent period, Spend blank", () => {
    const sources = ["Website", " website", "Flyers", "", null, "WEBSITE", "=1+1"];
    expect(spendTableRows(sources, "month", today)).toEqual([
      ["Website", null, "2026-09"],
      ["=1+1", null, "2026-09"],
      ["Flyers", null, "2026-09"],
      ["Website", null, "2026-10"],
      ["=1+1", null, "2026-10"],
      ["Flyers", null, "2026-10"],
      ["Website", null, "2026-11"],
      ["=1+1", null, "2026-11"],
      ["Flyers", null, "2026-11"],
    ]);
    expect(spendTableRows(["Ads"], "quarter", today).map((row) => row[2])).toEqual([
      "2026-Q2",
      "2026-Q3",
      "2026-Q4",
    ]);
  });
});
