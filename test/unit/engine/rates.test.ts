import { conversionRate, rateCell, winRate } from "../../../src/engine/rates";
import { errors } from "../../../src/engine/errors";

describe("conversionRate", () => {
  it("gives #DIV/0! with no leads", () => {
    expect(conversionRate({ leads: 0, won: 0, lost: 0, open: 0 })).toEqual({
      ok: false,
      error: errors.noLeads(),
    });
  });

  it("divides clients by every lead, open ones included", () => {
    expect(conversionRate({ leads: 8, won: 2, lost: 2, open: 4 })).toEqual({
      ok: true,
      value: 0.25,
    });
  });
});

describe("winRate", () => {
  it("gives #DIV/0! when no lead is decided", () => {
    const result = winRate({ leads: 3, won: 0, lost: 0, open: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("divisionByZero");
  });

  it("divides won by won plus lost", () => {
    expect(winRate({ leads: 8, won: 2, lost: 2, open: 4 })).toEqual({ ok: true, value: 0.5 });
  });
});

describe("rateCell", () => {
  it("puts the error itself in the cell", () => {
    expect(rateCell(winRate({ leads: 1, won: 0, lost: 0, open: 1 }))).toEqual(
      errors.noDecidedLeads()
    );
    expect(rateCell(winRate({ leads: 1, won: 1, lost: 0, open: 0 }))).toBe(1);
  });
});
