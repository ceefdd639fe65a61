/*
 * scripts/production-url.js: where a production build points the manifest, functions.json and
 * help.html. The budget test (budgets.test.ts) checks the same on a real build.
 */
import * as fs from "fs";
import * as path from "path";
import {
  DEV_URL,
  describeBuildUrl,
  resolveProductionUrl,
  rewriteUrls,
} from "../../../scripts/production-url";

const manifest = fs.readFileSync(path.join(__dirname, "..", "..", "..", "manifest.xml"), "utf8");

describe("resolveProductionUrl", () => {
  test("takes webpack's --env url first, then LEAD_TALLY_URL", () => {
    expect(
      resolveProductionUrl(
        { url: "https://a.example/x/" },
        { LEAD_TALLY_URL: "https://b.example/" }
      )
    ).toEqual({ url: "https://a.example/x/", given: true, source: "--env url" });
    expect(resolveProductionUrl({}, { LEAD_TALLY_URL: " https://b.example/y/ " })).toEqual({
      url: "https://b.example/y/",
      given: true,
      source: "LEAD_TALLY_URL",
    });
  });

  test("without one keeps the dev server's URL and says none was given", () => {
    expect(resolveProductionUrl({}, {})).toEqual({ url: DEV_URL, given: false, source: "none" });
    expect(resolveProductionUrl({ url: "  " }, { LEAD_TALLY_URL: "" }).given).toBe(false);
  });

  test("adds the trailing slash the file names are appended to", () => {
    expect(resolveProductionUrl({ url: "https://host.example/lead-tally" }, {}).url).toBe(
      "https://host.example/lead-tally/"
    );
    expect(resolveProductionUrl({ url: "https://host.example" }, {}).url).toBe(
      "https://host.example/"
    );
  });

  test("refuses what Office cannot load from: http, not a URL, a query or fragment", () => {
    expect(() => resolveProductionUrl({ url: "http://host.example/" }, {})).toThrow(
      /must use https/
    );
    expect(() => resolveProductionUrl({}, { LEAD_TALLY_URL: "host.example/x" })).toThrow(
      /\(LEAD_TALLY_URL\) "host.example\/x" is not a URL/
    );
    expect(() => resolveProductionUrl({ url: "https://host.example/?v=2" }, {})).toThrow(
      /without a query/
    );
    expect(() => resolveProductionUrl({ url: "https://host.example/#x" }, {})).toThrow(
      /without a query, fragment/
    );
  });
});

describe("rewriteUrls", () => {
  test("points every dev-server URL of the manifest at the production URL, AppDomain as an origin", () => {
    const built = rewriteUrls(manifest, "https://leads.example.org/tally/");
    expect(built).not.toMatch(/https:\/\/localhost/);
    expect(built).toContain(
      '<IconUrl DefaultValue="https://leads.example.org/tally/assets/icon-32.png"/>'
    );
    expect(built).toContain(
      '<bt:Url id="Taskpane.Url" DefaultValue="https://leads.example.org/tally/taskpane.html"/>'
    );
    expect(built).toContain("<AppDomain>https://leads.example.org</AppDomain>");
    // Nothing else changes: the same text with the URLs put back.
    expect(
      built
        .split("https://leads.example.org/tally/")
        .join(DEV_URL)
        .replace(
          "<AppDomain>https://leads.example.org</AppDomain>",
          "<AppDomain>https://localhost:3000</AppDomain>"
        )
    ).toBe(manifest);
  });

  test("points functions.json's help URLs there too, and leaves text without them alone", () => {
    const json = '{"helpUrl":"https://localhost:3000/help.html#win_rate"}';
    expect(rewriteUrls(json, "https://h.example/")).toBe(
      '{"helpUrl":"https://h.example/help.html#win_rate"}'
    );
    expect(rewriteUrls("no URL here", "https://h.example/")).toBe("no URL here");
    expect(rewriteUrls(json, DEV_URL)).toBe(json);
  });
});

describe("describeBuildUrl", () => {
  test("says where the manifest points, and how to set a URL when none was given", () => {
    expect(describeBuildUrl(resolveProductionUrl({}, {}))).toBe(
      "Lead Tally: no production URL given, so the manifest in the build points at " +
        "https://localhost:3000/ (the dev server). To serve the add-in from your own host, build " +
        "with `npm run build -- --env url=https://host/path/` or set LEAD_TALLY_URL."
    );
    expect(describeBuildUrl(resolveProductionUrl({ url: "https://h.example/a/" }, {}))).toBe(
      "Lead Tally: the manifest in the build points at https://h.example/a/ (from --env url)."
    );
  });
});
