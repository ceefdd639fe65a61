import {
  proposeSpellings,
  rowsWithSources,
  spellingKey,
} from "../../../src/engine/sourceSpellings";

const same = (a: string, b: string) => spellingKey(a) === spellingKey(b);

describe("spellingKey", () => {
  it("folds case, spacing, hyphens and punctuation", () => {
    for (const [a, b] of [
      ["Walk-in", "Walk in"],
      ["Walk-in", "walkin"],
      ["Walk-in", " WALK - IN "],
      ["Word of mouth", "Word-of-mouth"],
      ["E-mail", "Email"],
      ["Phone enquiry", "Phone enquiry."],
      ["Face book", "Facebook"],
    ]) {
      expect([a, b, same(a, b)]).toEqual([a, b, true]);
    }
  });

  it("folds a plural s on any word", () => {
    expect(same("Walk-in", "Walk-ins")).toBe(true);
    expect(same("Referral", "Referrals")).toBe(true);
    expect(same("Google Ad", "Google Ads")).toBe(true);
    expect(same("Flyer", "flyers")).toBe(true);
  });

  it("folds the common abbreviations, word by word", () => {
    expect(same("FB", "Facebook")).toBe(true);
    expect(same("FB Ads", "Facebook ads")).toBe(true);
    expect(same("IG", "Instagram")).toBe(true);
    expect(same("Insta", "Instagram")).toBe(true);
    expect(same("YT", "YouTube")).toBe(true);
    expect(same("WOM", "Word of mouth")).toBe(true);
    expect(same("Tel", "Phone")).toBe(true);
  });

  it("keeps apart a word more or less, another word, another number", () => {
    for (const [a, b] of [
      ["Google", "Google Ads"],
      ["Facebook", "Facebook Ads"],
      ["FB", "FB Ads"],
      ["Referral", "Referral partner"],
      ["Web", "Website"],
      ["Direct mail", "Direct email"],
      ["Event 2024", "Event 2025"],
      ["Radio", "Radio 2"],
      ["Google", "Bing"],
      ["Walk-in", "Walk-out"],
    ]) {
      expect([a, b, same(a, b)]).toEqual([a, b, false]);
    }
  });

  it("keeps words whose s is no plural", () => {
    expect(same("News", "New")).toBe(false);
    expect(same("SMS", "SM")).toBe(false);
    expect(same("Bus", "Bu")).toBe(false);
    expect(same("Glass", "Glas")).toBe(false);
  });

  it("is empty for a label without letters or digits", () => {
    expect(spellingKey("-")).toBe("");
    expect(spellingKey("  ")).toBe("");
    expect(spellingKey("?!")).toBe("");
  });
});

describe("proposeSpellings", () => {
  it("proposes the spellings with fewer leads to become the one with most", () => {
    const proposals = proposeSpellings([
      { label: "Website", leads: 20 },
      { label: "Walk-in", leads: 7 },
      { label: "Walk in", leads: 5 },
      { label: "Walkin", leads: 1 },
      { label: "Google", leads: 4 },
      { label: "Google Ads", leads: 3 },
    ]);
    expect(proposals).toEqual([
      {
        into: { label: "Walk-in", leads: 7 },
        others: [
          { label: "Walk in", leads: 5 },
          { label: "Walkin", leads: 1 },
        ],
      },
    ]);
  });

  it("keeps the first listed on a tie, and orders proposals by the leads they cover", () => {
    const proposals = proposeSpellings([
      { label: "FB", leads: 2 },
      { label: "Facebook", leads: 2 },
      { label: "Referral", leads: 9 },
      { label: "Referrals", leads: 1 },
    ]);
    expect(proposals.map((p) => [p.into.label, p.others.map((o) => o.label)])).toEqual([
      ["Referral", ["Referrals"]],
      ["FB", ["Facebook"]],
    ]);
  });

  it("proposes nothing for sources kept apart by the owner, in either order", () => {
    const sources = [
      { label: "Walk-in", leads: 7 },
      { label: "Walk in", leads: 5 },
    ];
    expect(proposeSpellings(sources, [["walk in", "WALK-IN"]])).toEqual([]);
  });

  it("proposes nothing for labels with no letters or digits, or one spelling only", () => {
    expect(
      proposeSpellings([
        { label: "-", leads: 3 },
        { label: "?", leads: 2 },
        { label: "Website", leads: 1 },
      ])
    ).toEqual([]);
  });
});

describe("rowsWithSources", () => {
  it("finds the rows of the labels in any case or end spacing, and no others", () => {
    const cells = ["Walk in", "Walk-in", " walk IN ", null, "Walk in x", 42, "Walkin"];
    expect(rowsWithSources(cells, ["Walk in"])).toEqual([0, 2]);
    expect(rowsWithSources(cells, ["Walk in", "Walkin"])).toEqual([0, 2, 6]);
    expect(rowsWithSources(cells, ["42"])).toEqual([5]);
    expect(rowsWithSources(cells, [])).toEqual([]);
  });
});
