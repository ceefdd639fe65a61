/**
 * The Lead Tally sheet never asks Excel to hold more text in a cell than a cell holds: the owner's
 * settings allow 200 won labels of 255 characters (about 51,000 characters joined), and a header
 * can be a whole cell long. Such text is shortened with a note of what was left out, so the tally
 * still works and nothing is lost without a word.
 */
import { MAX_CELL_TEXT, buildTallySheet, outcomeRules } from "../../../src/engine";

const manyLabels = (prefix: string): string[] =>
  Array.from({ length: 200 }, (_, i) => `${prefix} ${i} `.padEnd(255, "x"));

function build(wonLabels: string[], lostLabels: string[], origin = "table", columns = "columns") {
  return buildTallySheet({
    sources: ["Website"],
    outcomes: ["Won"],
    rules: outcomeRules(wonLabels, lostLabels),
    wonLabels,
    lostLabels,
    origin,
    columns,
    computedAt: 46082.5,
  }).sheet;
}

function texts(rows: readonly (readonly unknown[])[]): string[] {
  return rows.flat().filter((cell): cell is string => typeof cell === "string");
}

describe("buildTallySheet and text too long for a cell", () => {
  it("lists as many of 200 long won and lost labels as fit, and says how many more there are", () => {
    const sheet = build(manyLabels("won"), manyLabels("lost"));

    expect(texts(sheet.rows).every((text) => text.length <= MAX_CELL_TEXT)).toBe(true);
    const won = sheet.rows.find((row) => row[0] === "Won labels")?.[1] as string;
    const lost = sheet.rows.find((row) => row[0] === "Lost labels")?.[1] as string;
    expect(won.startsWith(manyLabels("won").slice(0, 3).join(", "))).toBe(true);
    expect(won).toMatch(/… and \d+ more labels$/);
    const shown = won.split(", ").length - 1;
    expect(won).toContain(`… and ${200 - shown} more labels`);
    expect(lost).toMatch(/… and \d+ more labels$/);
  });

  it("keeps a list that fits as it is", () => {
    const sheet = build(["Signed", "Won"], []);
    expect(sheet.rows.find((row) => row[0] === "Won labels")?.[1]).toBe("Signed, Won");
  });

  it("shortens a description longer than a cell, saying how long it was", () => {
    const sheet = build([], [], "o".repeat(40_000), "c".repeat(MAX_CELL_TEXT + 1));

    expect(texts(sheet.rows).every((text) => text.length <= MAX_CELL_TEXT)).toBe(true);
    const origin = sheet.rows.find((row) => row[0] === "Computed from")?.[1] as string;
    expect(origin).toMatch(/^o+… \(shortened from 40,000 characters\)$/);
    expect(origin).toHaveLength(MAX_CELL_TEXT);
  });

  it("does not cut a character in two when it shortens", () => {
    const sheet = build([], [], "\u{1F600}".repeat(20_000));
    const origin = sheet.rows.find((row) => row[0] === "Computed from")?.[1] as string;
    expect(origin.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(origin).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
    );
  });
});
