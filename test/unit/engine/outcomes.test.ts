import { classifyOutcome, outcomeRules } from "../../../src/engine/outcomes";

describe("classifyOutcome with the default lists", () => {
  const rules = outcomeRules();

  it("treats blank and unknown outcomes as open", () => {
    for (const cell of [null, "", "  ", "Open", "Proposal sent", 0, true]) {
      expect(classifyOutcome(cell, rules)).toBe("open");
    }
  });

  it("recognises every default won label in any case and spacing", () => {
    for (const cell of [
      "won",
      "Closed  Won",
      " CLIENT ",
      "Customer",
      "converted",
      "Sale",
      "SOLD",
    ]) {
      expect(classifyOutcome(cell, rules)).toBe("won");
    }
  });

  it("recognises every default lost label", () => {
    for (const cell of ["Lost", "closed lost", "Dead", "disqualified", "Rejected", "No sale"]) {
      expect(classifyOutcome(cell, rules)).toBe("lost");
    }
  });
});

describe("outcomeRules with the owner's labels", () => {
  it("replaces the default won list", () => {
    const rules = outcomeRules(["Signed", "Paid"]);
    expect(classifyOutcome("signed", rules)).toBe("won");
    expect(classifyOutcome("Won", rules)).toBe("open");
    expect(classifyOutcome("Lost", rules)).toBe("lost");
  });

  it("replaces the default lost list", () => {
    const rules = outcomeRules(null, ["Gone quiet"]);
    expect(classifyOutcome("gone quiet", rules)).toBe("lost");
    expect(classifyOutcome("Dead", rules)).toBe("open");
    expect(classifyOutcome("Won", rules)).toBe("won");
  });

  it("keeps the defaults when the owner's list holds only blanks", () => {
    const rules = outcomeRules([null, "", "  "], [undefined]);
    expect(classifyOutcome("Won", rules)).toBe("won");
    expect(classifyOutcome("Lost", rules)).toBe("lost");
  });

  it("counts a label on both lists as won", () => {
    const rules = outcomeRules(["Done"], ["Done"]);
    expect(classifyOutcome("Done", rules)).toBe("won");
  });

  it("accepts numbers and booleans as labels", () => {
    const rules = outcomeRules([1, true]);
    expect(classifyOutcome(1, rules)).toBe("won");
    expect(classifyOutcome("1", rules)).toBe("won");
    expect(classifyOutcome("true", rules)).toBe("won");
  });
});
