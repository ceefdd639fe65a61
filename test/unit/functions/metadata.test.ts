/*
 * The functions.json that the build makes from the JSDoc in src/functions/functions.ts: every
 * TALLY function is declared under its published id, with its parameters in order, the optional
 * ones marked optional, a description everywhere and a help link to its section of the README.
 */
import * as fs from "fs";
import * as path from "path";
import {
  generateCustomFunctionsMetadata,
  IFunction,
  IGenerateResult,
} from "custom-functions-metadata";

const root = path.join(__dirname, "..", "..", "..");
const functionsFile = path.join(root, "src", "functions", "functions.ts");
const readmeFile = path.join(root, "README.md");

/** id, JavaScript function, parameters in order ("?" marks an optional one). Ids never change once published. */
const EXPECTED: Array<[string, string, string[]]> = [
  ["CONVERSION_RATE", "conversionRate", ["sources", "outcomes", "source?", "won?"]],
  ["WIN_RATE", "winRate", ["sources", "outcomes", "source?", "won?", "lost?"]],
  ["LEADS_BY_SOURCE", "leadsBySource", ["sources", "outcomes?", "won?"]],
  ["LEADS_BY_PERIOD", "leadsByPeriod", ["dates", "outcomes?", "period?", "won?"]],
  ["LEADS_BY_OUTCOME", "leadsByOutcome", ["sources", "outcomes", "won?", "lost?"]],
  ["COST_PER_LEAD", "costPerLead", ["spend_sources", "spend", "sources", "source?"]],
  [
    "COST_PER_CLIENT",
    "costPerClient",
    ["spend_sources", "spend", "sources", "outcomes", "source?", "won?"],
  ],
  [
    "MARKETING_ROI",
    "marketingRoi",
    ["spend_sources", "spend", "sources", "outcomes", "values", "source?", "won?"],
  ],
  ["DAYS_TO_CONVERT", "daysToConvert", ["dates", "closed", "outcomes", "won?", "statistic?"]],
  ["SALES_VELOCITY", "salesVelocity", ["dates", "closed", "outcomes", "values", "won?", "lost?"]],
  [
    "PROJECTED_CONVERSION",
    "projectedConversion",
    ["dates", "closed", "outcomes", "period?", "won?", "as_of?"],
  ],
  ["OPEN_LEADS_BY_AGE", "openLeadsByAge", ["dates", "outcomes", "as_of?", "won?", "lost?"]],
];

/** The anchors a reader can link to in a Markdown file: explicit <a id/name> and GitHub's heading slugs. */
function markdownAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const match of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1]);
  for (const match of markdown.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = match[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    anchors.add(slug);
  }
  return anchors;
}

let result: IGenerateResult;
let functions: IFunction[];

beforeAll(async () => {
  result = await generateCustomFunctionsMetadata(functionsFile);
  functions = result.metadataJson ? JSON.parse(result.metadataJson).functions : [];
});

test("the metadata generates without errors", () => {
  expect(result.errors).toEqual([]);
  expect(functions.length).toBeGreaterThan(0);
});

test("declares exactly the TALLY functions, each associated with its JavaScript function", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(EXPECTED.map(([id]) => id).sort());
  expect(result.associate.map((a) => [a.id, a.functionName]).sort()).toEqual(
    EXPECTED.map(([id, fn]) => [id, fn]).sort()
  );
});

describe.each(EXPECTED)("%s", (id, _fn, parameters) => {
  const declared = (): IFunction => {
    const found = functions.find((f) => f.id === id);
    if (!found) throw new Error(`${id} is not in the metadata`);
    return found;
  };

  test("has its id as its name, a valid Excel function name", () => {
    expect(declared().name).toBe(id);
    // At least 3 characters, starting with a letter, not something that reads as a cell address.
    expect(id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    expect(id).not.toMatch(/^[A-Z]{1,3}[0-9]+$/);
  });

  test("has a description", () => {
    expect(declared().description?.trim()).toBeTruthy();
  });

  test(`takes (${parameters.join(", ")}) in that order, each described`, () => {
    const actual = declared().parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`);
    expect(actual).toEqual(parameters);
    for (const parameter of declared().parameters) {
      expect({
        parameter: parameter.name,
        description: parameter.description?.trim() || "",
      }).toEqual({
        parameter: parameter.name,
        description: expect.stringMatching(/\S/),
      });
    }
  });

  test("has an https help link to its own section", () => {
    const helpUrl = declared().helpUrl;
    expect(helpUrl).toBeDefined();
    const url = new URL(helpUrl as string);
    expect(url.protocol).toBe("https:");
    expect(url.hash).toBe(`#${id.toLowerCase()}`);
  });

  (fs.existsSync(readmeFile) ? test : test.skip)("its help anchor exists in README.md", () => {
    const anchor = new URL(declared().helpUrl as string).hash.slice(1);
    expect(markdownAnchors(fs.readFileSync(readmeFile, "utf8"))).toContain(anchor);
  });
});
