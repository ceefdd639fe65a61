import { dayNumberFromCivil, serialFromDayNumber } from "../../../src/engine";
import { todayLine } from "../../../src/taskpane/todayLine";

const today = dayNumberFromCivil(2026, 3, 15);

describe("todayLine", () => {
  it("counts today's leads by source, most first, spellings of one source together", () => {
    const t = serialFromDayNumber(today);
    const cells = {
      sources: ["Walk-in", "Phone enquiry", "walk-in", "Walk-in", "Website", null],
      outcomes: null,
      dates: [t, t + 0.5, t, t - 1, "2026-03-15", t],
    };
    expect(todayLine(cells, today)).toBe("Today: Walk-in 2, Phone enquiry 1, Website 1.");
  });

  it("names a source by its most frequent spelling over all leads, as the tally does", () => {
    const t = serialFromDayNumber(today);
    const cells = {
      sources: ["Website", "Website", "website", "Walk-in"],
      outcomes: null,
      dates: [t - 3, t - 2, t, t],
    };
    expect(todayLine(cells, today)).toBe("Today: Website 1, Walk-in 1.");
  });

  it("says so when there is none, and nothing without a Date column", () => {
    expect(todayLine({ sources: ["Web"], outcomes: null, dates: [1] }, today)).toBe(
      "Today: no leads yet."
    );
    expect(todayLine({ sources: ["Web"], outcomes: null, dates: null }, today)).toBeNull();
    expect(todayLine(null, today)).toBeNull();
  });
});
