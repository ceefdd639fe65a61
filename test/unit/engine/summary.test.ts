import { dayNumberFromCivil, outcomeRules, serialFromDayNumber } from "../../../src/engine";
import { summariseLeads } from "../../../src/engine/summary";

const today = dayNumberFromCivil(2026, 3, 15);
const serial = (y: number, m: number, d: number) =>
  serialFromDayNumber(dayNumberFromCivil(y, m, d));

describe("summariseLeads", () => {
  it("counts leads and clients by the month of the lead's date", () => {
    const summary = summariseLeads({
      sources: ["Web", "Web", "Walk-in", "Walk-in", null, "Web"],
      outcomes: ["Won", "Open", "Won", "Lost", null, "Won"],
      dates: [
        serial(2026, 3, 1),
        serial(2026, 3, 14),
        serial(2026, 2, 28),
        "2026-02-01",
        serial(2026, 3, 2),
        null,
      ],
      rules: outcomeRules(),
      today,
    });
    expect(summary.total).toEqual({ leads: 5, won: 3, lost: 1, open: 1 });
    // The blank row is no lead; the undated one is in no month.
    expect(summary.thisMonth).toEqual({ leads: 2, clients: 1 });
    expect(summary.lastMonth).toEqual({ leads: 2, clients: 1 });
  });

  it("has no months without a date column, and no best source from small samples", () => {
    const summary = summariseLeads({
      sources: ["Web", "Web"],
      outcomes: ["Won", "Won"],
      dates: null,
      rules: outcomeRules(),
      today,
    });
    expect(summary.thisMonth).toBeNull();
    expect(summary.best).toBeNull();
  });

  it("names the source whose rate is surely highest (Wilson lower end), not the luckiest", () => {
    // 2 of 2 is 100% but says little; 12 of 25 is surely above 25%; 10 of 40 is not.
    const sources = [
      ...Array<string>(2).fill("Lucky"),
      ...Array<string>(25).fill("Referral"),
      ...Array<string>(40).fill("Website"),
    ];
    const outcomes = [
      "Won",
      "Won",
      ...Array.from({ length: 25 }, (_, i) => (i < 12 ? "Won" : "Lost")),
      ...Array.from({ length: 40 }, (_, i) => (i < 10 ? "Won" : "Lost")),
    ];
    const summary = summariseLeads({
      sources,
      outcomes,
      dates: null,
      rules: outcomeRules(),
      today,
    });
    expect(summary.best?.label).toBe("Referral");
    expect(summary.best?.clients).toBe(12);
    expect(summary.best?.low).toBeCloseTo(0.3003, 3);
  });

  it("names the paid channel whose clients cost most, from the investment's own figures", () => {
    const summary = summariseLeads({
      sources: ["Web", "Web", "Radio", "Radio", "Flyer"],
      outcomes: ["Won", "Won", "Won", "Lost", "Lost"],
      dates: null,
      rules: outcomeRules(),
      today,
      // The clients set against spend, as investment.ts counts them: with spend by period, only
      // those of periods with spend (Radio: 2 clients in all, 1 in its paid months).
      paid: [
        { label: "Web", spend: 100, clients: 2 },
        { label: "Radio", spend: 300, clients: 1 },
        { label: "Flyer", spend: 1000, clients: 0 },
      ],
    });
    // Flyer has no client: its cost per client is not a number to compare.
    expect(summary.costliest).toEqual({ label: "Radio", clients: 1, spend: 300, perClient: 300 });
    expect(
      summariseLeads({
        sources: [],
        outcomes: null,
        dates: null,
        rules: outcomeRules(),
        today,
        paid: null,
      }).costliest
    ).toBeNull();
  });
});
