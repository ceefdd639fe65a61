import { formatRate } from "../../../src/taskpane/format";

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
