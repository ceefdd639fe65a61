import { DEFAULT_SOURCES, mergeSources, sourceButtons } from "../../../src/taskpane/leadSources";

describe("sourceButtons", () => {
  it('offers no button for an Excel error value in the data (the text "#N/A" is a label)', () => {
    const cells = [{ code: "#N/A" }, "Radio", "#N/A", { code: "#REF!" }];
    expect(sourceButtons(cells, []).slice(0, 2)).toEqual(["#N/A", "Radio"]);
  });

  it("offers the usual sources when there are no leads yet", () => {
    expect(sourceButtons([], [])).toEqual([...DEFAULT_SOURCES]);
  });

  it("puts the sources in the data first (spellings merged, most leads first), then the rest, then the owner's", () => {
    const cells = ["website", "Website", " Website ", "Google Ads", "", null, "walk-in"];
    expect(sourceButtons(cells, ["Flyer", "google ads"])).toEqual([
      "Website",
      "Google Ads",
      "walk-in",
      "Phone enquiry",
      "Referral",
      "Advertising",
      "Direct mail",
      "Flyer",
    ]);
  });

  it("never offers a button for leads without a source, nor a blank one", () => {
    expect(mergeSources(["(no source)", "  ", "Website"])).toEqual(["Website"]);
  });
});
