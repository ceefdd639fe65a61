import {
  breakEvenCostPerLead,
  costsMoreThanWorth,
  errors,
  investmentBySource,
  InvestmentInput,
  moneyBySource,
  outcomeRules,
} from "../../../src/engine";

/** Leads as [date, source, outcome, value]. */
function input(
  leads: [string, string, string, number | null][],
  spend: [string, number | null, string | null][],
  withPeriods = true
): InvestmentInput {
  return {
    dates: leads.map((lead) => lead[0]),
    sources: leads.map((lead) => lead[1]),
    outcomes: leads.map((lead) => lead[2]),
    values: leads.map((lead) => lead[3]),
    spend: {
      sources: spend.map((row) => row[0]),
      amounts: spend.map((row) => row[1]),
      periods: withPeriods ? spend.map((row) => row[2]) : null,
    },
    unit: "month",
    rules: outcomeRules(),
  };
}

// Google Ads: six leads June to November, spend in August to October only (the case).
const LEADS: [string, string, string, number | null][] = [
  ["2026-06-03", "Google Ads", "Lost", null],
  ["2026-07-10", "Google Ads", "Won", 500],
  ["2026-08-02", "Google Ads", "Won", 700],
  ["2026-09-15", "Google Ads", "Lost", null],
  ["2026-10-01", "Google Ads", "Open", null],
  ["2026-11-20", "Google Ads", "Open", null],
  ["2026-09-01", "Referral", "Won", 2000],
  ["2026-09-05", "Referral", "Won", 1000],
  ["2026-10-05", "Website", "Lost", null],
];
const SPEND: [string, number | null, string | null][] = [
  ["Google Ads", 300, "2026-08"],
  ["Google Ads", 300, "2026-09"],
  ["Google Ads", 300, "2026-10"],
  ["Referral", 0, "2026-09"],
  ["Website", null, "2026-10"],
];

describe("investmentBySource", () => {
  it("refuses a period that names none, a missing period beside others, and mixed kinds", () => {
    const bad = investmentBySource(input(LEADS, [["Google Ads", 300, "August"]]));
    expect(bad.ok ? null : bad.error.message).toMatch(/cell 1 holds "August"/);
    const missing = investmentBySource(
      input(LEADS, [
        ["Google Ads", 300, "2026-08"],
        ["Google Ads", 300, null],
      ])
    );
    expect(missing.ok ? null : missing.error.message).toMatch(/spend cell 2 is empty/);
    const mixed = investmentBySource(
      input(LEADS, [
        ["Google Ads", 300, "2026-08"],
        ["Google Ads", 300, "2026-Q4"],
      ])
    );
    expect(mixed.ok ? null : mixed.error.message).toMatch(/"2026-08" and "2026-Q4"/);
    const text = investmentBySource(input(LEADS, [["Google Ads", "$300", "2026-08"]] as never));
    expect(text.ok).toBe(false);
  });

  it("sets spend only against the leads of the same source and period", () => {
    const report = investmentBySource(input(LEADS, SPEND));
    if (!report.ok) throw new Error(report.error.message);
    const ads = report.value.sources[0];
    expect(ads).toMatchObject({
      label: "Google Ads",
      status: "paid",
      spend: 900,
      leads: 3,
      clients: 1,
      revenue: 700,
      allLeads: 6,
      allClients: 2,
      uncoveredLeads: 3,
    });
    // 300 per lead, not 150: the June, July and November leads had no spend.
    expect(ads.spend / ads.leads).toBe(300);
    expect(ads.periods.map((p) => [p.label, p.spend, p.leads])).toEqual([
      ["2026-08", 300, 1],
      ["2026-09", 300, 1],
      ["2026-10", 300, 1],
    ]);
    expect(report.value.byPeriod).toBe(true);
    expect(report.value.periodUnit).toBe("month");
  });

  it("keeps free channels and sources without spend apart from the paid total", () => {
    const report = investmentBySource(input(LEADS, SPEND));
    if (!report.ok) throw new Error(report.error.message);
    const { paid, free, notEntered, sources } = report.value;
    expect(sources.map((s) => [s.label, s.status])).toEqual([
      ["Google Ads", "paid"],
      ["Referral", "free"],
      ["Website", "not-entered"],
    ]);
    expect(paid).toEqual({
      sources: ["Google Ads"],
      spend: 900,
      leads: 3,
      clients: 1,
      revenue: 700,
    });
    expect(free).toMatchObject({ sources: ["Referral"], spend: 0, leads: 2, revenue: 3000 });
    // A blank amount is not 0: Website's spend is unknown, not free.
    expect(notEntered).toMatchObject({ sources: ["Website"], leads: 1 });
  });

  it("without a Period column, sets spend against all the source's leads", () => {
    const report = investmentBySource(input(LEADS, SPEND, false));
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.byPeriod).toBe(false);
    expect(report.value.sources[0]).toMatchObject({ spend: 900, leads: 6, uncoveredLeads: 0 });
    expect(report.value.periods).toEqual([]);
  });

  it("reads a date in the Period column as its period, and a typed year as a year", () => {
    const serialOfAug15 = 46249; // 2026-08-15
    const byDate = investmentBySource(input(LEADS, [["Google Ads", 300, serialOfAug15 as never]]));
    if (!byDate.ok) throw new Error(byDate.error.message);
    expect(byDate.value.periods.map((p) => [p.label, p.leads])).toEqual([["2026-08", 1]]);
    const byYear = investmentBySource(input(LEADS, [["Google Ads", 900, 2026 as never]]));
    if (!byYear.ok) throw new Error(byYear.error.message);
    expect(byYear.value.periods).toEqual([
      { label: "2026", spend: 900, leads: 6, clients: 2, revenue: 1200 },
    ]);
  });
});

describe("investmentBySource: the one rule for values and amounts", () => {
  const MAX = Number.MAX_VALUE;

  it("refuses a bad value whatever its lead's outcome, with the money functions' own error", () => {
    const cases: { row: number; values: unknown[] }[] = [
      { row: 1, values: [null, "lots", null] }, // a lost lead's value
      { row: 2, values: [null, null, true] }, // an open lead's value
    ];
    for (const { row, values } of cases) {
      const leads = input(
        [
          ["2026-08-02", "Google Ads", "Won", null],
          ["2026-08-03", "Google Ads", "Lost", null],
          ["2026-08-04", "Website", "Open", null],
        ],
        SPEND
      );
      const withBad = { ...leads, values: values as never };
      const investment = investmentBySource(withBad);
      const money = moneyBySource({ ...withBad, spendSources: [], spend: [] });
      expect(investment.ok).toBe(false);
      expect(money.ok).toBe(false);
      if (investment.ok || money.ok) continue;
      expect(investment.error).toEqual(money.error);
      expect(investment.error.message).toContain(`${row + 1}`);
    }
    // A row that is not a lead (no source, no outcome) is checked too, as the functions do.
    const notALead = {
      ...input([["2026-08-02", "Google Ads", "Won", 10]], SPEND),
      dates: ["2026-08-02", ""],
      sources: ["Google Ads", ""],
      outcomes: ["Won", ""],
      values: [10, "n/a"],
    };
    expect(investmentBySource(notALead).ok).toBe(false);
  });

  it("refuses amounts that add up beyond the largest number, naming spend or values, never Infinity", () => {
    const values = investmentBySource(
      input(
        [
          ["2026-08-02", "Google Ads", "Won", MAX],
          ["2026-08-03", "Google Ads", "Won", MAX],
        ],
        [["Google Ads", 300, "2026-08"]]
      )
    );
    expect(values).toEqual({ ok: false, error: errors.tooLarge("values") });
    const spend = investmentBySource(
      input(
        [["2026-08-02", "Google Ads", "Won", 5]],
        [
          ["Google Ads", MAX, "2026-08"],
          ["Google Ads", MAX, "2026-08"],
        ]
      )
    );
    expect(spend).toEqual({ ok: false, error: errors.tooLarge("spend") });
    // Not entered: a source without spend still sums its revenue, and is refused alike.
    const notEntered = investmentBySource(
      input(
        [
          ["2026-08-02", "Website", "Won", MAX],
          ["2026-08-03", "Website", "Won", MAX],
        ],
        []
      )
    );
    expect(notEntered).toEqual({ ok: false, error: errors.tooLarge("values") });
  });
});

describe("breakEvenCostPerLead", () => {
  it("is conversion rate × average client value, checked by hand", () => {
    // 2 clients of 8 leads (25%), worth 1,200 on average: a lead is worth 300.
    expect(breakEvenCostPerLead({ spend: 0, leads: 8, clients: 2, revenue: 2400 }, true)).toBe(300);
    // 1 of 3 (33.3%) at 700: 233.33.
    expect(
      breakEvenCostPerLead({ spend: 900, leads: 3, clients: 1, revenue: 700 }, true)
    ).toBeCloseTo(233.333, 3);
    expect(breakEvenCostPerLead({ spend: 0, leads: 5, clients: 0, revenue: 0 }, true)).toBe(0);
    expect(breakEvenCostPerLead({ spend: 0, leads: 0, clients: 0, revenue: 0 }, true)).toBeNull();
    expect(breakEvenCostPerLead({ spend: 0, leads: 5, clients: 1, revenue: 9 }, false)).toBeNull();
  });

  it("flags a paid source whose leads cost more than they are worth", () => {
    const report = investmentBySource(input(LEADS, SPEND));
    if (!report.ok) throw new Error(report.error.message);
    const [ads, referral] = report.value.sources;
    // 300 per lead against 233.33 worth.
    expect(costsMoreThanWorth(ads, true)).toBe(true);
    expect(costsMoreThanWorth(referral, true)).toBe(false);
    expect(costsMoreThanWorth(ads, false)).toBe(false);
  });
});
