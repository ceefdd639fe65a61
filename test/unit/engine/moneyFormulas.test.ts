import { errors } from "../../../src/engine/errors";
import {
  costPerClientFormula,
  costPerLeadFormula,
  marketingRoiFormula,
} from "../../../src/engine/moneyFormulas";

function column(...cells: unknown[]): unknown[][] {
  return cells.map((cell) => [cell]);
}

const spendSources = column("Website", "Advertising", "Referral");
const spend = column(600, 400, 0);
const sources = column("Website", "website", "Referral", "Advertising", "Website", "Walk-in");
const outcomes = column("Won", "Lost", "Client", "", "Sold", "Won");
const values = column(1000, null, 250, null, 2000, 100);

describe("costPerLeadFormula", () => {
  it("rejects spend ranges of different sizes and text amounts", () => {
    expect(costPerLeadFormula(spendSources, column(1, 2), sources)).toEqual({
      ok: false,
      error: errors.sizeMismatch("spend_sources", 3, "spend", 2),
    });
    expect(costPerLeadFormula(spendSources, column(1, "x", 2), sources).ok).toBe(false);
  });

  it("names a source without leads", () => {
    expect(costPerLeadFormula(spendSources, spend, sources, "Radio")).toEqual({
      ok: false,
      error: errors.noLeadsForSource("Radio"),
    });
  });

  it("divides spend by leads, in all or for one source", () => {
    expect(costPerLeadFormula(spendSources, spend, sources)).toEqual({ ok: true, value: 1000 / 6 });
    expect(costPerLeadFormula(spendSources, spend, sources, "WEBSITE")).toEqual({
      ok: true,
      value: 200,
    });
  });
});

describe("costPerClientFormula", () => {
  it("gives #N/A naming a source that matches no lead, even one with spend", () => {
    for (const source of ["Radio", "Billboard"]) {
      const withSpend = column("Website", "Billboard");
      expect(costPerClientFormula(withSpend, column(600, 50), sources, outcomes, source)).toEqual({
        ok: false,
        error: errors.noLeadsForSource(source),
      });
    }
    expect(errors.noLeadsForSource("Radio").code).toBe("notAvailable");
  });

  it("gives #DIV/0! for a source with no clients", () => {
    expect(costPerClientFormula(spendSources, spend, sources, outcomes, "Advertising")).toEqual({
      ok: false,
      error: errors.noClients(),
    });
  });

  it("divides spend by clients", () => {
    // Clients: Website 2 (Won, Sold), Referral 1, Walk-in 1.
    expect(costPerClientFormula(spendSources, spend, sources, outcomes)).toEqual({
      ok: true,
      value: 250,
    });
    expect(costPerClientFormula(spendSources, spend, sources, outcomes, "Website")).toEqual({
      ok: true,
      value: 300,
    });
  });
});

describe("marketingRoiFormula", () => {
  it("rejects a values range of another size", () => {
    expect(marketingRoiFormula(spendSources, spend, sources, outcomes, column(1)).ok).toBe(false);
  });

  it("is −1 for a source with spend and no lead: all of it lost, not #N/A", () => {
    const withSpend = column("Website", "Billboard");
    expect(
      marketingRoiFormula(withSpend, column(600, 50), sources, outcomes, values, "Billboard")
    ).toEqual({ ok: true, value: -1 });
  });

  it("gives #DIV/0! with no spend", () => {
    expect(marketingRoiFormula(spendSources, spend, sources, outcomes, values, "Referral")).toEqual(
      {
        ok: false,
        error: errors.noSpend(),
      }
    );
  });

  it("is (revenue − spend) ÷ spend, revenue being the value of won leads", () => {
    // Revenue 1000 + 250 + 2000 + 100 = 3350 against spend 1000.
    expect(marketingRoiFormula(spendSources, spend, sources, outcomes, values)).toEqual({
      ok: true,
      value: 2.35,
    });
    expect(marketingRoiFormula(spendSources, spend, sources, outcomes, values, "Website")).toEqual({
      ok: true,
      value: 4,
    });
    expect(
      marketingRoiFormula(spendSources, spend, sources, outcomes, values, "Advertising")
    ).toEqual({
      ok: true,
      value: -1,
    });
  });

  it("uses the owner's won labels", () => {
    expect(
      marketingRoiFormula(spendSources, spend, sources, outcomes, values, "Website", "Lost")
    ).toEqual({
      ok: true,
      value: -1,
    });
  });
});
