import { formatMoney, moneyDecimals, moneyNumberFormat } from "../../../src/engine";

describe("formatMoney", () => {
  it("shows whole units from 100 up and two decimals below, for either sign", () => {
    expect(formatMoney(112.5)).toBe("113");
    expect(formatMoney(28.5)).toBe("28.50");
    expect(formatMoney(50)).toBe("50.00");
    expect(formatMoney(0)).toBe("0.00");
    expect(formatMoney(1513.4)).toBe("1,513");
    expect(formatMoney(1234567.5)).toBe("1,234,568");
    expect(formatMoney(-150.5)).toBe("-151");
    expect(formatMoney(-2.345)).toBe("-2.35");
    expect(formatMoney(1.005)).toBe("1.01");
  });

  it("gives the sheet the format of the same rule, so a cell shows what the pane shows", () => {
    expect([99.99, 100, -100, 0.5].map(moneyDecimals)).toEqual([2, 0, 0, 2]);
    expect(moneyNumberFormat(112.5)).toBe("#,##0");
    expect(moneyNumberFormat(28.5)).toBe("#,##0.00");
  });
});
