import { isBlank, numberLabel, toKey, toLabel } from "../../../src/engine/cells";

describe("isBlank", () => {
  it("treats null, undefined, empty and whitespace-only text as blank", () => {
    for (const cell of [null, undefined, "", " ", "\t\n", "\u00a0", "\u3000"]) {
      expect(isBlank(cell)).toBe(true);
    }
  });

  it("treats zero, false and visible text as filled", () => {
    for (const cell of [0, false, "0", "x", "\u200b"]) {
      expect(isBlank(cell)).toBe(false);
    }
  });
});

describe("toLabel", () => {
  it("trims text and folds inner whitespace runs to one space", () => {
    expect(toLabel("  Phone \t  enquiry \n")).toBe("Phone enquiry");
    expect(toLabel("Walk\u00a0\u00a0in")).toBe("Walk in");
  });

  it("writes numbers and booleans as Excel shows them", () => {
    expect(toLabel(42)).toBe("42");
    expect(toLabel(1.5)).toBe("1.5");
    expect(toLabel(-0)).toBe("0");
    expect(toLabel(NaN)).toBe("NaN");
    // Excel's E notation: a capital E and a sign (was JavaScript's "1e+21").
    expect(toLabel(1e21)).toBe("1E+21");
    expect(toLabel(true)).toBe("TRUE");
    expect(toLabel(false)).toBe("FALSE");
  });

  it("rounds numbers to Excel's 15 significant digits, in E notation from 1E+21 and below 1E-6", () => {
    // Fails on JavaScript's printing: 0.30000000000000004.
    expect(toLabel(0.1 + 0.2)).toBe("0.3");
    expect(toLabel(1 / 3)).toBe("0.333333333333333");
    expect(toLabel(-2 / 3)).toBe("-0.666666666666667");
    expect(toLabel(123456789012345.67)).toBe("123456789012346");
    expect(toLabel(1234567890123456800)).toBe("1234567890123460000");
    expect(toLabel(9.999999999999999e20)).toBe("1E+21");
    expect(toLabel(1.5e22)).toBe("1.5E+22");
    expect(toLabel(0.000001)).toBe("0.000001");
    expect(toLabel(1.5e-7)).toBe("1.5E-7");
    expect(toLabel(-1e-7)).toBe("-1E-7");
    // The largest double rounds up in its digits, not to Infinity.
    expect(toLabel(Number.MAX_VALUE)).toBe("1.79769313486232E+308");
    expect(numberLabel(Number.MAX_VALUE)).toBe("1.79769313486232E+308");
    expect(numberLabel(-Number.MAX_VALUE)).toBe("-1.79769313486232E+308");
    expect(numberLabel(Infinity)).toBe("Infinity");
  });

  it("labels a value that cannot be printed instead of throwing", () => {
    expect(toLabel(Object.create(null))).toBe("(unreadable value)");
  });

  it("gives an empty label for blank cells", () => {
    expect(toLabel(null)).toBe("");
    expect(toLabel(undefined)).toBe("");
    expect(toLabel("   ")).toBe("");
  });
});

describe("toKey", () => {
  it("groups case variants together", () => {
    expect(toKey(toLabel(" website "))).toBe(toKey(toLabel("WEBSITE")));
    expect(toKey("Website")).toBe("website");
  });

  it("folds full-width letters through NFKC", () => {
    expect(toKey("Ｗｅｂｓｉｔｅ")).toBe("website");
  });

  it("keeps different punctuation apart", () => {
    expect(toKey("Walk-in")).not.toBe(toKey("Walk in"));
  });

  it("groups a capital before a combining mark with its lower-case spelling", () => {
    // NFKC composes "j" + caron to "ǰ", but there is no capital to compose "J" + caron with.
    expect(toKey("J\u030c")).toBe(toKey("j\u030c"));
  });

  it("does not depend on the machine's locale (Turkish dotted I stays i + combining dot)", () => {
    expect(toKey("İ")).toBe("i\u0307");
  });
});
