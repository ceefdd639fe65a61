import {
  EXCEL_ERROR_TEXTS,
  excelErrorCell,
  excelErrorCode,
  isBlank,
  toKey,
  toLabel,
} from "../../../src/engine/cells";

describe("excelErrorCell", () => {
  it("refuses what is not an error's text", () => {
    for (const text of ["N/A", "", 0, null, "Website"]) expect(excelErrorCell(text)).toBeNull();
  });

  it("makes every error text Range.values can give an error value the functions' checks know", () => {
    expect(EXCEL_ERROR_TEXTS).toHaveLength(15);
    for (const text of EXCEL_ERROR_TEXTS) {
      expect(excelErrorCode(excelErrorCell(text))).toBe(text);
    }
  });
});

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

  it("prints numbers as JavaScript does and booleans as Excel does", () => {
    expect(toLabel(42)).toBe("42");
    expect(toLabel(1.5)).toBe("1.5");
    expect(toLabel(-0)).toBe("0");
    expect(toLabel(NaN)).toBe("NaN");
    expect(toLabel(1e21)).toBe("1e+21");
    expect(toLabel(true)).toBe("TRUE");
    expect(toLabel(false)).toBe("FALSE");
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
