import { dayNumberFromCivil, dayNumberFromSerial } from "../../../src/engine/dates";
import {
  PeriodUnit,
  parsePeriodUnit,
  periodIndexOfDay,
  periodLabel,
} from "../../../src/engine/periods";

function labelOf(year: number, month: number, day: number, unit: PeriodUnit): string {
  return periodLabel(periodIndexOfDay(dayNumberFromCivil(year, month, day), unit), unit);
}

describe("parsePeriodUnit", () => {
  it("rejects other text, quoting it", () => {
    const result = parsePeriodUnit(" fortnight ");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("invalidValue");
      expect(result.error.message).toBe(
        'period must be "month", "quarter", "year" or "week"; "fortnight" is none of them.'
      );
    }
    expect(parsePeriodUnit(7).ok).toBe(false);
  });

  it("reads the four units in any case, and blank as month", () => {
    expect(parsePeriodUnit("Week")).toEqual({ ok: true, value: "week" });
    expect(parsePeriodUnit(" QUARTER ")).toEqual({ ok: true, value: "quarter" });
    expect(parsePeriodUnit("year")).toEqual({ ok: true, value: "year" });
    expect(parsePeriodUnit(null)).toEqual({ ok: true, value: "month" });
    expect(parsePeriodUnit("  ")).toEqual({ ok: true, value: "month" });
  });
});

describe("period labels", () => {
  it("labels months, quarters and years", () => {
    expect(labelOf(2026, 3, 1, "month")).toBe("2026-03");
    expect(labelOf(2026, 3, 31, "quarter")).toBe("2026-Q1");
    expect(labelOf(2026, 4, 1, "quarter")).toBe("2026-Q2");
    expect(labelOf(2026, 12, 31, "quarter")).toBe("2026-Q4");
    expect(labelOf(2026, 7, 4, "year")).toBe("2026");
    expect(labelOf(987, 7, 4, "month")).toBe("0987-07");
  });

  it("labels ISO 8601 weeks by the year of their Thursday", () => {
    expect(labelOf(2026, 3, 1, "week")).toBe("2026-W09");
    expect(labelOf(2026, 2, 23, "week")).toBe("2026-W09");
    expect(labelOf(2020, 12, 31, "week")).toBe("2020-W53");
    expect(labelOf(2021, 1, 3, "week")).toBe("2020-W53");
    expect(labelOf(2021, 1, 4, "week")).toBe("2021-W01");
    expect(labelOf(2025, 12, 29, "week")).toBe("2026-W01");
    expect(labelOf(2026, 1, 1, "week")).toBe("2026-W01");
    expect(labelOf(2026, 12, 31, "week")).toBe("2026-W53");
    expect(labelOf(2027, 1, 3, "week")).toBe("2026-W53");
  });

  it("puts the phantom 29 February 1900 in February, Q1 and week 9 of 1900", () => {
    const phantom = dayNumberFromSerial(60) as number;
    expect(periodLabel(periodIndexOfDay(phantom, "month"), "month")).toBe("1900-02");
    expect(periodLabel(periodIndexOfDay(phantom, "quarter"), "quarter")).toBe("1900-Q1");
    expect(periodLabel(periodIndexOfDay(phantom, "week"), "week")).toBe("1900-W09");
  });

  it("gives consecutive indexes to consecutive periods", () => {
    const december = periodIndexOfDay(dayNumberFromCivil(2025, 12, 15), "month");
    expect(periodLabel(december + 1, "month")).toBe("2026-01");
    const lastWeekOf2020 = periodIndexOfDay(dayNumberFromCivil(2020, 12, 28), "week");
    expect(periodLabel(lastWeekOf2020 + 1, "week")).toBe("2021-W01");
  });
});
