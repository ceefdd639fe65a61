/*
 * Offline checks of manifest.xml (scripts/manifest-check.js, which `npm run validate` also runs),
 * then Microsoft's JSON schema on the manifest converted to the unified JSON format. Each check
 * is also run on broken copies of the manifest, so a check that cannot fail would show here.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkManifest, schemaProblems } from "../../scripts/manifest-check";

const root = path.join(__dirname, "..", "..");
const manifestFile = path.join(root, "manifest.xml");
const manifest = fs.readFileSync(manifestFile, "utf8");

/** The manifest with one exact piece of text replaced; fails the test if the text is not there. */
function broken(find: string, replacement: string): string {
  expect(manifest).toContain(find);
  return manifest.split(find).join(replacement);
}

function check(xml: string): string[] {
  return checkManifest(xml, { projectDir: root });
}

describe("manifest.xml, offline checks", () => {
  test("passes every check", () => {
    expect(check(manifest)).toEqual([]);
  });

  test("declares the requirement sets, the TALLY namespace and one long-lived shared runtime", () => {
    // Spot checks of the text itself, independent of manifest-check.js.
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    // CustomFunctions.Error needs CustomFunctionsRuntime 1.2 (CustomFunctions.Error reference).
    expect(manifest).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1.2"\/>/);
    // One task pane with its TaskpaneId: under a shared runtime a pane without one is another pane
    // (docs/develop/configure-your-add-in-to-use-a-shared-runtime.md, "Multiple task panes").
    expect(manifest.match(/<Action xsi:type="ShowTaskpane">/g)).toHaveLength(1);
    expect(manifest).toMatch(/<TaskpaneId>ButtonId1<\/TaskpaneId>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.12"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\s*\/>/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="TALLY"\s*\/>/);
    expect(manifest).not.toMatch(/(DefaultValue|Value)="http:|<AppDomain>http:/); // namespace URIs aside, https only
  });

  const cases: Array<[string, string, string, RegExp]> = [
    ["XML that is not well-formed", "</Permissions>", "</Permission>", /not well-formed XML/],
    [
      "an http URL",
      'DefaultValue="https://localhost:3000/functions.json"',
      'DefaultValue="http://localhost:3000/functions.json"',
      /"http:\/\/localhost:3000\/functions.json" must use https/,
    ],
    [
      "an http AppDomain",
      "<AppDomain>https://localhost:3000</AppDomain>",
      "<AppDomain>http://localhost:3000</AppDomain>",
      /must use https/,
    ],
    [
      "a resid with no resource",
      '<bt:String id="Group.Label" DefaultValue="Lead Tally"/>',
      "",
      /resid "Group.Label" .* is not defined/,
    ],
    [
      "a resid naming the wrong kind of resource",
      '<Namespace resid="Functions.Namespace"/>',
      '<Namespace resid="Taskpane.Url"/>',
      /names a Url; it must name a ShortString/,
    ],
    [
      "a namespace other than TALLY",
      'DefaultValue="TALLY"',
      'DefaultValue="CONTOSO"',
      /namespace must be TALLY, not "CONTOSO"/,
    ],
    [
      "no SharedRuntime requirement",
      '<Set Name="SharedRuntime" MinVersion="1.1"/>',
      "",
      /SharedRuntime 1.1 is not declared/,
    ],
    [
      "no CustomFunctionsRuntime requirement",
      '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>',
      "",
      /CustomFunctionsRuntime 1.2 is not declared/,
    ],
    [
      "CustomFunctionsRuntime 1.1, which has no CustomFunctions.Error",
      '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>',
      '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>',
      /CustomFunctionsRuntime is declared at 1.1; it must be at least 1.2/,
    ],
    [
      "a ShowTaskpane action without its TaskpaneId",
      "<TaskpaneId>ButtonId1</TaskpaneId>",
      "",
      /ShowTaskpane\] has no <TaskpaneId>/,
    ],
    [
      "an older ExcelApi",
      '<Set Name="ExcelApi" MinVersion="1.12"/>',
      '<Set Name="ExcelApi" MinVersion="1.9"/>',
      /ExcelApi is declared at 1.9; it must be at least 1.12/,
    ],
    ["a short-lived runtime", 'lifetime="long"', 'lifetime="short"', /lifetime="long"/],
    [
      "a Script that is not the shared runtime's page",
      '<Script>\n              <SourceLocation resid="Taskpane.Url"/>',
      '<Script>\n              <SourceLocation resid="Functions.Metadata.Url"/>',
      /Script\/SourceLocation uses resid "Functions.Metadata.Url"; in a shared runtime it must be the runtime's "Taskpane.Url"/,
    ],
    [
      "a FunctionFile that is not the shared runtime's page",
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="Help.Url"/>',
      /FunctionFile uses resid "Help.Url"/,
    ],
    [
      "Metadata not pointing at functions.json",
      "https://localhost:3000/functions.json",
      "https://localhost:3000/metadata.json",
      /must point at functions.json/,
    ],
    [
      "an Id that is not a GUID",
      "<Id>22b2db38-a032-45a3-b7e4-4158845b5866</Id>",
      "<Id>lead-tally</Id>",
      /is not a GUID/,
    ],
    [
      "a missing icon file",
      "assets/icon-80.png",
      "assets/icon-81.png",
      /assets\/icon-81.png, which does not exist/,
    ],
    [
      "an icon of the wrong size",
      '<bt:Image size="80" resid="Icon.80x80"/>',
      '<bt:Image size="64" resid="Icon.80x80"/>',
      /is 80×80; it must be 64×64/,
    ],
  ];

  test.each(cases)("reports %s", (_name, find, replacement, expected) => {
    const problems = check(broken(find, replacement));
    expect(problems.join("\n")).toMatch(expected);
  });
});

describe("manifest.xml converted to the unified JSON manifest, against Microsoft's JSON schema", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "lead-tally-manifest-test-"));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function write(xml: string): string {
    const file = path.join(dir, `manifest-${Math.random().toString(36).slice(2)}.xml`);
    fs.writeFileSync(file, xml);
    return file;
  }

  test("passes the schema", async () => {
    expect(await schemaProblems(manifestFile)).toEqual([]);
  });

  test("reports a manifest the schema rejects (no IconUrl)", async () => {
    const problems = await schemaProblems(
      write(broken('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', ""))
    );
    expect(problems.join("\n")).toMatch(/alternateIcons\/icon must have required property/);
  });

  test("reports a manifest the schema rejects (a host that is not Excel's)", async () => {
    const problems = await schemaProblems(
      write(broken('<Host Name="Workbook"/>', '<Host Name="Workbok"/>'))
    );
    expect(problems.join("\n")).toMatch(/requirements\/scopes must NOT have fewer than 1 items/);
  });
});
