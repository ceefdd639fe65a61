import { formatMoney, formatPercent, formatRate, formatTimes } from "../../../src/taskpane/format";

describe("formatRate", () => {
  it("shows a dash when there is nothing to divide by", () => {
    expect(formatRate(0, 0)).toBe("–");
  });

  it("shows a percentage with one decimal", () => {
    expect(formatRate(2, 5)).toBe("40.0%");
    expect(formatRate(1, 3)).toBe("33.3%");
    expect(formatRate(2, 3)).toBe("66.7%");
    expect(formatRate(7, 7)).toBe("100.0%");
  });
});

describe("formatMoney, formatPercent, formatTimes", () => {
  it("show money to the cent below 100, else in whole units, with thousands separators", () => {
    expect(formatMoney(0)).toBe("0.00");
    expect(formatMoney(50)).toBe("50.00");
    expect(formatMoney(300 / 7)).toBe("42.86");
    expect(formatMoney(-28.5)).toBe("-28.50");
    expect(formatMoney(112.5)).toBe("113");
    expect(formatMoney(1512.5)).toBe("1,513");
    expect(formatMoney(1234567.4)).toBe("1,234,567");
    expect(formatMoney(-1710)).toBe("-1,710");
    expect(formatMoney(99.999)).toBe("100");
  });

  it("show ROI as a percentage and return on spend as a multiple, as the sheet does", () => {
    expect(formatPercent(-0.235)).toBe("-23.5%");
    expect(formatPercent(12.5)).toBe("1,250.0%");
    expect(formatTimes(0.765)).toBe("0.77×");
    expect(formatTimes(1234)).toBe("1,234.00×");
  });
});
