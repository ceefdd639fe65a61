import { DEFAULT_LOST_LABELS, DEFAULT_WON_LABELS, listsProblem } from "../../../src/engine";
import { outcomeValues, setOutcomeClass } from "../../../src/engine/outcomeClasses";

describe("outcomeValues", () => {
  it("lists each value once with its count and class, most leads first", () => {
    const cells = ["Won", "won", "Open", null, "", "Booked", "Lost", "Won", "  "];
    expect(outcomeValues(cells, [], [])).toEqual([
      { label: "Won", count: 3, outcome: "won", fixed: false },
      { label: "", count: 3, outcome: "open", fixed: true },
      { label: "Open", count: 1, outcome: "open", fixed: true },
      { label: "Booked", count: 1, outcome: "open", fixed: false },
      { label: "Lost", count: 1, outcome: "lost", fixed: false },
    ]);
  });

  it("keeps Open open even when the owner put it on a list", () => {
    const [open] = outcomeValues(["Open"], ["Open", "Won"], []);
    expect(open).toEqual({ label: "Open", count: 1, outcome: "open", fixed: true });
  });

  it("classes the closed values of CRM exports by default", () => {
    const values = outcomeValues(
      ["Closed - Converted", "Closed - Not Converted", "customer", "Unqualified", "Working"],
      [],
      []
    );
    expect(Object.fromEntries(values.map((v) => [v.label, v.outcome]))).toEqual({
      "Closed - Converted": "won",
      "Closed - Not Converted": "lost",
      customer: "won",
      Unqualified: "lost",
      Working: "open",
    });
  });
});

describe("setOutcomeClass", () => {
  it("adding a won label keeps the default won labels", () => {
    const result = setOutcomeClass({ wonLabels: [], lostLabels: [] }, "Booked", "won");
    expect(result).toEqual({
      ok: true,
      lists: { wonLabels: [...DEFAULT_WON_LABELS, "Booked"], lostLabels: [...DEFAULT_LOST_LABELS] },
    });
  });

  it("adding a won label keeps the owner's other won labels", () => {
    const result = setOutcomeClass({ wonLabels: ["Sold"], lostLabels: ["Gone"] }, "Booked", "won");
    expect(result).toEqual({
      ok: true,
      lists: { wonLabels: ["Sold", "Booked"], lostLabels: ["Gone"] },
    });
  });

  it("moving a value to lost takes it off won, so it is never both", () => {
    const result = setOutcomeClass(
      { wonLabels: ["Sold", "Maybe"], lostLabels: ["Gone"] },
      "maybe",
      "lost"
    );
    expect(result).toEqual({
      ok: true,
      lists: { wonLabels: ["Sold"], lostLabels: ["Gone", "maybe"] },
    });
  });

  it("moving a value to open takes it off both lists", () => {
    const result = setOutcomeClass(
      { wonLabels: ["Sold", "Booked"], lostLabels: ["Gone"] },
      "BOOKED",
      "open"
    );
    expect(result).toEqual({ ok: true, lists: { wonLabels: ["Sold"], lostLabels: ["Gone"] } });
  });

  it("refuses to class Open or blank, and to empty a list", () => {
    expect(setOutcomeClass({ wonLabels: [], lostLabels: [] }, " open ", "won")).toEqual({
      ok: false,
      message: '"open" always means a lead still open.',
    });
    expect(setOutcomeClass({ wonLabels: [], lostLabels: [] }, "", "lost")).toEqual({
      ok: false,
      message: '"(blank)" always means a lead still open.',
    });
    expect(setOutcomeClass({ wonLabels: ["Sold"], lostLabels: ["Gone"] }, "Sold", "lost")).toEqual({
      ok: false,
      message: '"Sold" is the only won label: mark another value won first.',
    });
  });
});

describe("listsProblem", () => {
  it("names a label on both lists, or Open on one", () => {
    expect(listsProblem({ wonLabels: ["Won", "Lost"], lostLabels: ["lost"] })).toBe(
      '"Lost" cannot be both won and lost.'
    );
    expect(listsProblem({ wonLabels: ["Open"], lostLabels: [] })).toBe(
      '"Open" always means a lead still open.'
    );
    expect(listsProblem({ wonLabels: ["Won"], lostLabels: ["Lost"] })).toBeNull();
  });
});
