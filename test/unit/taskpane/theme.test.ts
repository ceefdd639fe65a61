import { isDarkColor } from "../../../src/taskpane/theme";

describe("isDarkColor", () => {
  it("takes anything it cannot read for light", () => {
    expect(isDarkColor(undefined)).toBe(false);
    expect(isDarkColor("")).toBe(false);
    expect(isDarkColor("rgb(0,0,0)")).toBe(false);
  });

  it("tells Office's dark backgrounds from its light ones", () => {
    expect(isDarkColor("#1f1f1f")).toBe(true); // Black theme
    expect(isDarkColor("#262626")).toBe(true);
    expect(isDarkColor("#666666")).toBe(true); // Dark Gray: darker than middle grey
    expect(isDarkColor("#ffffff")).toBe(false); // White
    expect(isDarkColor("#E6E6E6")).toBe(false); // Colorful
    expect(isDarkColor("#fff")).toBe(false);
    expect(isDarkColor("#000")).toBe(true);
  });
});
