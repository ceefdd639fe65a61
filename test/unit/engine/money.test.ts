import fc from "fast-check";
import { errors } from "../../../src/engine/errors";
import {
  averageClientValue,
  costPerClient,
  costPerLead,
  moneyBySource,
  returnOnInvestment,
  returnOnSpend,
  sumMoney,
  toAmount,
} from "../../../src/engine/money";
import { outcomeRules } from "../../../src/engine/outcomes";

const rules = outcomeRules();

describe("toAmount", () => {
  it("refuses text and negative spend, naming the cell", () => {
    expect(toAmount("$1,200", "spend", 3, false)).toEqual({
      ok: false,
      error: errors.notAnAmount("spend", 3, "$1,200"),
    });
    expect(toAmount(-5, "spend", 2, false)).toEqual({
      ok: false,
      error: errors.negativeAmount("spend", 2, -5),
    });
    expect(toAmount(NaN, "values", 1, true).ok).toBe(false);
    expect(toAmount(true, "values", 1, true).ok).toBe(false);
  });

  it("reads numbers, and blanks as nothing", () => {
    expect(toAmount(120.5, "spend", 1, false)).toEqual({ ok: true, value: 120.5 });
    expect(toAmount(null, "spend", 1, false)).toEqual({ ok: true, value: 0 });
    expect(toAmount(-40, "values", 1, true)).toEqual({ ok: true, value: -40 });
  });
});

describe("moneyBySource", () => {
  const input = {
    sources: ["Website", "website", "Referral", "Radio", null],
    outcomes: ["Won", "Lost", "Client", "Open", null],
    values: [1000, 500, 300, null, null],
    spendSources: ["Website", "Advertising", "WEBSITE", null],
    spend: [200, 150, 100, null],
    rules,
  };

  it("stops at a bad amount", () => {
    const result = moneyBySource({ ...input, spend: [200, "lots", 100, null] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toBe('spend must hold numbers; cell 2 holds "lots".');
  });

  it("adds spend and revenue of won leads per source key: most spend first, then most leads, then key", () => {
    const result = moneyBySource(input);
    expect(
      result.ok &&
        result.value.map((row) => [row.label, row.spend, row.leads, row.clients, row.revenue])
    ).toEqual([
      ["Website", 300, 2, 1, 1000],
      ["Advertising", 150, 0, 0, 0],
      ["Radio", 0, 1, 0, 0],
      ["Referral", 0, 1, 1, 300],
    ]);
  });

  it("refuses text and booleans in values whether or not the lead is won, and counts negative values", () => {
    // Before, an open lead's value was never read, so marking it won turned a result into an error.
    for (const bad of ["$1,200", true]) {
      for (const outcome of ["Open", "Won", null]) {
        const result = moneyBySource({
          ...input,
          outcomes: ["Won", "Lost", "Client", outcome, null],
          values: [1000, 500, 300, bad, null],
        });
        expect(result).toMatchObject({ ok: false, error: { code: "invalidValue" } });
        if (!result.ok) expect(result.error.message).toMatch(/^values must hold numbers; cell 4 /);
      }
    }
    // Even in a row that is not a lead (blank source and outcome).
    const notALead = moneyBySource({ ...input, values: [1000, 500, 300, null, "x"] });
    expect(notALead.ok).toBe(false);
    // A negative value (a refund) is revenue like any other, of a won lead only.
    const refund = moneyBySource({ ...input, values: [1000, -50, -100, -7, null] });
    expect(refund.ok && sumMoney(refund.value).revenue).toBe(900);
  });

  it("without values, revenue is zero", () => {
    const result = moneyBySource({ ...input, values: null });
    expect(result.ok && sumMoney(result.value).revenue).toBe(0);
  });
});

describe("the money ratios", () => {
  const money = { leads: 10, clients: 4, revenue: 3000, spend: 1000 };

  it("give #DIV/0! when there is nothing to divide by", () => {
    expect(costPerLead({ ...money, leads: 0 })).toEqual({ ok: false, error: errors.noLeads() });
    expect(costPerClient({ ...money, clients: 0 })).toEqual({
      ok: false,
      error: errors.noClients(),
    });
    expect(returnOnInvestment({ ...money, spend: 0 })).toEqual({
      ok: false,
      error: errors.noSpend(),
    });
    expect(returnOnSpend({ ...money, spend: 0 })).toEqual({ ok: false, error: errors.noSpend() });
    expect(averageClientValue({ ...money, clients: 0 })).toEqual({
      ok: false,
      error: errors.noClients(),
    });
  });

  it("name the column whose amounts add up beyond what Excel holds, never answer Infinity", () => {
    // Found by the hostile-workbook property: two spend cells of Number.MAX_VALUE (Excel's
    // largest number, 1.7976931348623157E+308) made COST_PER_LEAD return Infinity.
    const huge = Number.MAX_VALUE;
    const spent = { ...money, spend: huge + huge };
    expect(costPerLead(spent)).toEqual({ ok: false, error: errors.tooLarge("spend") });
    expect(costPerClient(spent)).toEqual({ ok: false, error: errors.tooLarge("spend") });
    expect(returnOnInvestment(spent)).toEqual({ ok: false, error: errors.tooLarge("spend") });
    const earned = { ...money, revenue: huge + huge };
    expect(returnOnSpend(earned)).toEqual({ ok: false, error: errors.tooLarge("values") });
    expect(averageClientValue(earned)).toEqual({ ok: false, error: errors.tooLarge("values") });
    // Finite totals whose quotient overflows are refused the same way.
    expect(returnOnSpend({ ...money, revenue: huge, spend: 0.5 })).toEqual({
      ok: false,
      error: errors.tooLarge("values"),
    });
  });

  it("match hand-worked figures", () => {
    expect(costPerLead(money)).toEqual({ ok: true, value: 100 });
    expect(costPerClient(money)).toEqual({ ok: true, value: 250 });
    expect(returnOnInvestment(money)).toEqual({ ok: true, value: 2 });
    expect(returnOnSpend(money)).toEqual({ ok: true, value: 3 });
    expect(averageClientValue(money)).toEqual({ ok: true, value: 750 });
  });

  it("keep their identities on any amounts: ROI = return on spend − 1, CAC ≥ cost per lead", () => {
    // Amounts in cents, as money is kept.
    const amount = fc.nat(100_000_000_000).map((cents) => cents / 100);
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), amount, amount, (leads, wonPart, revenue, spend) => {
        const clients = Math.min(leads, wonPart);
        const m = { leads, clients, revenue, spend };
        const roi = returnOnInvestment(m);
        const ros = returnOnSpend(m);
        expect(roi.ok).toBe(spend !== 0);
        if (roi.ok && ros.ok) {
          expect(Math.abs(roi.value - (ros.value - 1))).toBeLessThanOrEqual(
            1e-9 * Math.max(1, ros.value)
          );
        }
        const perLead = costPerLead(m);
        const perClient = costPerClient(m);
        expect(perLead.ok).toBe(leads !== 0);
        expect(perClient.ok).toBe(clients !== 0);
        if (perLead.ok && perClient.ok)
          expect(perClient.value).toBeGreaterThanOrEqual(perLead.value);
      }),
      { numRuns: 500 }
    );
  });
});
