import {
  UNKNOWN_MONEY_CULTURE,
  formatMoney,
  moneyDecimals,
  moneyNumberFormat,
} from "../../../src/engine";

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

describe("moneyNumberFormat in a culture", () => {
  it("falls back to the plain number when Office does not tell the currency symbol", () => {
    expect(moneyNumberFormat(28.5, UNKNOWN_MONEY_CULTURE)).toBe("#,##0.00");
    // The culture's name alone (ExcelApi 1.11 to 1.16) does not say the currency: no guess.
    expect(moneyNumberFormat(28.5, { name: "en-GB", currencySymbol: null })).toBe("#,##0.00");
    expect(moneyNumberFormat(150, { name: "en-GB", currencySymbol: "  " })).toBe("#,##0");
    // A quote cannot be written inside a quoted symbol.
    expect(moneyNumberFormat(150, { name: "en-GB", currencySymbol: 'a"b' })).toBe("#,##0");
  });

  it("puts the symbol where the culture writes it, with the one rounding rule's digits", () => {
    expect(moneyNumberFormat(28.5, { name: "en-US", currencySymbol: "$" })).toBe('"$"#,##0.00');
    expect(moneyNumberFormat(112.5, { name: "en-GB", currencySymbol: "£" })).toBe('"£"#,##0');
    expect(moneyNumberFormat(28.5, { name: "de-DE", currencySymbol: "€" })).toBe('#,##0.00" €"');
    expect(moneyNumberFormat(1500, { name: "fr-FR", currencySymbol: "€" })).toBe('#,##0" €"');
    expect(moneyNumberFormat(28.5, { name: "nl-NL", currencySymbol: "€" })).toBe('"€ "#,##0.00');
    expect(moneyNumberFormat(-150, { name: "ja-JP", currencySymbol: "¥" })).toBe('"¥"#,##0');
    expect(moneyNumberFormat(99.999, { name: "sv-SE", currencySymbol: "kr" })).toBe('#,##0" kr"');
  });

  it("puts the symbol first, alone, when the culture's name is unknown or malformed", () => {
    expect(moneyNumberFormat(5, { name: null, currencySymbol: "R$" })).toBe('"R$"#,##0.00');
    expect(moneyNumberFormat(5, { name: "not a culture!", currencySymbol: "R$" })).toBe(
      '"R$"#,##0.00'
    );
  });
});
