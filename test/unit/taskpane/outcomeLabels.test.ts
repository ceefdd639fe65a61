import { DEFAULT_SETTINGS } from "../../../src/engine";
import { outcomeLabel, parseLabels } from "../../../src/taskpane/outcomeLabels";

describe("outcomeLabel", () => {
  it("is the owner's first label, else Won or Lost", () => {
    const settings = { ...DEFAULT_SETTINGS, wonLabels: [" ", "Booked"], lostLabels: [] };
    expect(outcomeLabel(settings, "won")).toBe("Booked");
    expect(outcomeLabel(settings, "lost")).toBe("Lost");
  });

  it("writes a label listed in lower case with a capital, as the defaults once saved", () => {
    const settings = { ...DEFAULT_SETTINGS, wonLabels: ["won", "Booked"], lostLabels: ["no sale"] };
    expect(outcomeLabel(settings, "won")).toBe("Won");
    expect(outcomeLabel(settings, "lost")).toBe("No sale");
  });
});

describe("parseLabels", () => {
  it("trims, drops blanks and a second spelling of a label", () => {
    expect(parseLabels(" Won , ,won, Booked ,BOOKED")).toEqual(["Won", "Booked"]);
    expect(parseLabels("")).toEqual([]);
  });
});
