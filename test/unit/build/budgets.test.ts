/**
 * The production build's budgets, as tests: sizes and the shape of the output are deterministic,
 * so they can fail a build (times are not, and are left to `npm run bench`). One production build
 * (webpack.config.js, mode production) into a temporary folder, then:
 * - the first view (taskpane.html's scripts and stylesheets, plus the chunk groups the entry
 *   modules import as the page starts; see bench/bundle-budgets.ts) is at most 165 kB gzip -9,
 *   what Microsoft's React task pane template loads before office.js;
 * - chart.js is not in the first view;
 * - scripts carry content hashes; no eval( or new Function; no source maps;
 * - taskpane.html runs the functions' script before the task pane's and React's.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import {
  BuildSummary,
  FIRST_VIEW_BUDGET_BYTES,
  buildProduction,
  entryFiles,
  evalUses,
  fileSize,
  filesWithPackage,
  firstViewFiles,
  functionsFirst,
  listFiles,
  sourceMapTraces,
  totalOf,
  unhashedFiles,
} from "../../../bench/bundle-budgets";

const BUILD_TIMEOUT_MS = 240_000;
/** The one build is made for a production host, so the URL rewriting is tested on real output. */
const PRODUCTION_URL = "https://leads.example.org/tally/";

let dir = "";
let summary: BuildSummary;
let html = "";
let files: string[] = [];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "lead-tally-budgets-"));
  summary = await buildProduction(dir, PRODUCTION_URL);
  html = await fs.readFile(path.join(dir, "taskpane.html"), "utf8");
  files = listFiles(dir);
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  if (dir !== "") await fs.rm(dir, { recursive: true, force: true });
});

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

describe("the first view", () => {
  test("is at most 165 kB gzip -9, as Microsoft's React task pane template", () => {
    const sizes = firstViewFiles(summary, html).map((entry) => ({
      ...fileSize(dir, entry.file),
      why: entry.why,
    }));
    const total = totalOf(sizes).gzip;
    const listing = sizes
      .map((size) => `  ${size.file}: ${kB(size.gzip)} gzip (${kB(size.raw)} raw) from ${size.why}`)
      .join("\n");
    if (total > FIRST_VIEW_BUDGET_BYTES) {
      throw new Error(
        `The first view loads ${kB(total)} gzip -9, over the budget of ${kB(FIRST_VIEW_BUDGET_BYTES)} by ` +
          `${kB(total - FIRST_VIEW_BUDGET_BYTES)}:\n${listing}`
      );
    }
    expect(total).toBeLessThanOrEqual(FIRST_VIEW_BUDGET_BYTES);
  });

  test("holds the page's scripts, functions first, and none of chart.js", () => {
    const view = firstViewFiles(summary, html).map((entry) => entry.file);
    const chart = filesWithPackage(summary, "chart.js");
    // chart.js is built (the tally's chart loads it on demand), just not loaded up front.
    expect(chart.length).toBeGreaterThan(0);
    expect(view.filter((file) => chart.includes(file))).toEqual([]);
    expect(view).toEqual(
      expect.arrayContaining([
        ...entryFiles(summary, "functions"),
        ...entryFiles(summary, "taskpane"),
      ])
    );
  });
});

describe("taskpane.html", () => {
  test("runs the functions' script before the task pane's and React's", () => {
    const order = functionsFirst(summary, html);
    expect(order.functions).not.toBeNull();
    expect({ before: order.before, ok: order.ok }).toEqual({ before: [], ok: true });
  });
});

describe("the output", () => {
  test("names every script and stylesheet with a content hash", () => {
    expect(unhashedFiles(files)).toEqual([]);
    expect(files.filter((file) => file.endsWith(".js")).length).toBeGreaterThan(0);
  });

  test("uses no eval( and no new Function", () => {
    expect(evalUses(dir, files)).toEqual([]);
  });

  test("serves no source maps: no .map files, no sourceMappingURL", () => {
    expect(sourceMapTraces(dir, files)).toEqual([]);
  });
});

describe("a build for a production URL (LEAD_TALLY_URL, as `--env url=` does)", () => {
  test("points every URL of the manifest there, and none at the dev server", async () => {
    const manifest = await fs.readFile(path.join(dir, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/https:\/\/localhost/);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${PRODUCTION_URL}taskpane.html"/>`);
    expect(manifest).toContain(
      `<bt:Url id="Functions.Metadata.Url" DefaultValue="${PRODUCTION_URL}functions.json"/>`
    );
    expect(manifest).toContain(`<SupportUrl DefaultValue="${PRODUCTION_URL}help.html"/>`);
    expect(manifest).toContain("<AppDomain>https://leads.example.org</AppDomain>");
  });

  test("gives each function's help URL in functions.json there", async () => {
    const metadata = JSON.parse(await fs.readFile(path.join(dir, "functions.json"), "utf8")) as {
      functions: { id: string; helpUrl?: string }[];
    };
    expect(metadata.functions.length).toBeGreaterThan(0);
    for (const fn of metadata.functions) {
      expect(fn.helpUrl).toBe(`${PRODUCTION_URL}help.html#${fn.id.toLowerCase()}`);
    }
  });

  test("says in help.html where it is served from", async () => {
    const help = await fs.readFile(path.join(dir, "help.html"), "utf8");
    expect(help).toContain(`served from <code>${PRODUCTION_URL}</code>`);
    // The production build minifies HTML, dropping the attribute's quotes.
    expect(help).toMatch(/<a href="?https:\/\/leads\.example\.org\/tally\/manifest\.xml"?>/);
  });
});
