import {
  formatMoney,
  investmentBySource,
  outcomeRules,
  planClients,
  planText,
  wilsonInterval,
} from "../../../src/engine";

function report(spendRows: [string, number | null][]) {
  // 20 leads: Ads 10 (2 won), Referral 6 (3 won), Website 4 (0 won): 5 of 20 = 25%.
  const sources = [
    ...new Array<string>(10).fill("Ads"),
    ...new Array<string>(6).fill("Referral"),
    ...new Array<string>(4).fill("Website"),
  ];
  const outcomes = sources.map((source, i) =>
    (source === "Ads" && i < 2) || (source === "Referral" && i < 13) ? "Won" : "Open"
  );
  const built = investmentBySource({
    dates: sources.map(() => "2026-05-01"),
    sources,
    outcomes,
    values: null,
    spend: {
      sources: spendRows.map((row) => row[0]),
      amounts: spendRows.map((row) => row[1]),
      periods: null,
    },
    unit: "month",
    rules: outcomeRules(),
  });
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}

describe("planClients", () => {
  it("refuses a count that is not a whole number from 1, and plans nothing without clients", () => {
    const spend = report([["Ads", 500]]);
    for (const bad of [0, -1, 2.5, NaN]) expect(planClients(spend, bad).ok).toBe(false);
    const none = planClients(
      { ...spend, sources: spend.sources.map((s) => ({ ...s, allClients: 0 })) },
      3
    );
    expect(none.ok ? null : none.error.message).toMatch(/No lead has become a client yet/);
  });

  it("needs clients ÷ rate leads, in today's mix of sources, priced at each paid source's cost per lead", () => {
    const plan = planClients(
      report([
        ["Ads", 500],
        ["Referral", 0],
      ]),
      5
    );
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.rate).toBe(0.25);
    expect(plan.value.leads).toBe(20);
    const range = wilsonInterval(5, 20)!;
    expect(plan.value.leadsRange).toEqual({
      low: Math.ceil(5 / range.high),
      high: Math.ceil(5 / range.low),
    });
    expect(plan.value.sources).toEqual([
      { label: "Ads", status: "paid", leads: 10, spend: 500 },
      { label: "Referral", status: "free", leads: 6, spend: 0 },
      { label: "Website", status: "not-entered", leads: 4, spend: null },
    ]);
    expect(plan.value.spend).toBe(500);
    expect(plan.value.spendUnknownFor).toEqual(["Website"]);
    expect(planText(plan.value, "month", formatMoney)).toBe(
      "To get 5 clients next month at current rates (25% of leads become clients) you need about " +
        `20 leads (95% range ${plan.value.leadsRange.low} to ${plan.value.leadsRange.high}): ` +
        "10 from Ads, 6 from Referral, 4 from Website, at a spend of about 500 " +
        "(spend not entered for Website)."
    );
  });
});
