// Offline checks of manifest.xml, shared by scripts/validate.js and test/manifest/manifest.test.ts.
//
// checkManifest(xml, options) reads the XML and returns a list of problems (empty when it
// passes): well-formed XML, every resid defined, https everywhere, the TALLY namespace, the
// requirement sets, and one shared runtime whose page every part of the add-in names.
// schemaProblems(file) converts the manifest to the unified JSON manifest with
// office-addin-manifest-converter and validates that against Microsoft's JSON schema bundled
// in @microsoft/app-manifest; no network is needed for either.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");

const EXPECTED_NAMESPACE = "TALLY";
/** Requirement sets the add-in needs, with the lowest version it may declare. */
// CustomFunctionsRuntime 1.2: CustomFunctions.Error, which the functions throw, needs it.
const REQUIRED_SETS = { SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2", ExcelApi: "1.12" };
const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const DEV_URL = "https://localhost:3000/";
/** What kind of resource each element's resid must name. */
const RESID_KINDS = {
  SourceLocation: "Url",
  FunctionFile: "Url",
  Runtime: "Url",
  LearnMoreUrl: "Url",
  Image: "Image",
  Namespace: "ShortString",
};
const MAX_RESID_LENGTH = 32;

function parseXml(xml) {
  const errors = [];
  let doc = null;
  try {
    doc = new DOMParser({
      onError: (level, message) => errors.push(`${level}: ${String(message).trim()}`),
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    // A fatal error was reported to onError first; this is only a fallback.
    if (errors.length === 0) errors.push(error instanceof Error ? error.message : String(error));
  }
  return { doc, errors };
}

function allElements(root, localName) {
  return Array.from(root.getElementsByTagName("*")).filter(
    (element) => element.localName === localName
  );
}

function childElements(element, localName) {
  return Array.from(element.childNodes).filter(
    (node) => node.nodeType === 1 && node.localName === localName
  );
}

function xsiType(element) {
  return element.getAttributeNS(XSI_NS, "type");
}

/** A readable path to an element, for messages: OfficeApp/VersionOverrides/.../SourceLocation. */
function describe(element) {
  const names = [];
  for (let node = element; node && node.nodeType === 1; node = node.parentNode) {
    const type = xsiType(node);
    names.unshift(type ? `${node.localName}[${type}]` : node.localName);
  }
  return names.join("/");
}

function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] || 0) - (pb[i] || 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Width and height of a PNG file, or null when it is not one. */
function pngSize(file) {
  const bytes = fs.readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Checks an XML manifest without the network.
 * @param {string} xml The manifest's text.
 * @param {{ projectDir?: string }} [options] With projectDir, also checks that every icon served
 *   by the dev server exists under projectDir and has the size the manifest declares.
 * @returns {string[]} The problems found, each a sentence; empty when the manifest passes.
 */
function checkManifest(xml, options = {}) {
  const { doc, errors } = parseXml(xml);
  if (errors.length > 0 || !doc || !doc.documentElement) {
    return [`The manifest is not well-formed XML: ${errors.join("; ") || "no root element"}`];
  }
  const problems = [];
  const root = doc.documentElement;
  if (root.localName !== "OfficeApp" || root.namespaceURI !== OFFICE_APP_NS) {
    return [
      `The root element must be OfficeApp in ${OFFICE_APP_NS}, not ${root.localName} in ${root.namespaceURI}.`,
    ];
  }
  if (xsiType(root) !== "TaskPaneApp")
    problems.push(`OfficeApp xsi:type must be TaskPaneApp, not "${xsiType(root)}".`);
  const text = (name) => childElements(root, name).map((e) => e.textContent.trim())[0];
  for (const name of [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
  ]) {
    if (childElements(root, name).length === 0) problems.push(`<${name}> is missing.`);
  }
  for (const name of ["HighResolutionIconUrl", "SupportUrl"]) {
    if (childElements(root, name).length === 0)
      problems.push(`<${name}> is missing (AppSource requires it).`);
  }
  if (
    text("Id") !== undefined &&
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id"))
  ) {
    problems.push(`<Id> "${text("Id")}" is not a GUID.`);
  }
  if (text("Version") !== undefined && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version"))) {
    problems.push(`<Version> "${text("Version")}" is not of the form n.n.n.n.`);
  }
  const hosts = childElements(root, "Hosts")
    .flatMap((e) => childElements(e, "Host"))
    .map((e) => e.getAttribute("Name"));
  if (hosts.length !== 1 || hosts[0] !== "Workbook")
    problems.push(`<Hosts> must name only Workbook (Excel), not ${hosts.join(", ") || "nothing"}.`);
  if (text("Permissions") !== "ReadWriteDocument") {
    problems.push(`<Permissions> must be ReadWriteDocument, not "${text("Permissions") || ""}".`);
  }

  // Resources: id -> { kind, value }.
  const resources = new Map();
  for (const [group, kind] of [
    ["Images", "Image"],
    ["Urls", "Url"],
    ["ShortStrings", "ShortString"],
    ["LongStrings", "LongString"],
  ]) {
    for (const container of allElements(root, group)) {
      for (const element of Array.from(container.childNodes).filter(
        (node) => node.nodeType === 1
      )) {
        const id = element.getAttribute("id");
        if (resources.has(id)) problems.push(`Resource id "${id}" is defined more than once.`);
        resources.set(id, { kind, value: element.getAttribute("DefaultValue") });
      }
    }
  }

  // Every resid names a resource of the right kind.
  const resourcesNode = allElements(root, "Resources")[0];
  for (const element of Array.from(root.getElementsByTagName("*"))) {
    if (!element.hasAttribute("resid") || (resourcesNode && isInside(element, resourcesNode)))
      continue;
    const resid = element.getAttribute("resid");
    const resource = resources.get(resid);
    if (resid.length > MAX_RESID_LENGTH) {
      problems.push(
        `resid "${resid}" on ${describe(element)} is longer than ${MAX_RESID_LENGTH} characters.`
      );
    }
    if (!resource) {
      problems.push(`resid "${resid}" on ${describe(element)} is not defined in <Resources>.`);
    } else if (RESID_KINDS[element.localName] && RESID_KINDS[element.localName] !== resource.kind) {
      problems.push(
        `resid "${resid}" on ${describe(element)} names a ${resource.kind}; it must name a ${RESID_KINDS[element.localName]}.`
      );
    }
  }

  // Every URL is https.
  const urls = [];
  for (const name of ["Url", "Image"]) {
    for (const element of allElements(root, name).filter((e) => e.hasAttribute("DefaultValue"))) {
      urls.push([
        `${describe(element)} "${element.getAttribute("id")}"`,
        element.getAttribute("DefaultValue"),
      ]);
    }
  }
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    for (const element of childElements(root, name))
      urls.push([name, element.getAttribute("DefaultValue")]);
  }
  for (const element of allElements(root, "SourceLocation").filter((e) =>
    e.hasAttribute("DefaultValue")
  )) {
    urls.push([describe(element), element.getAttribute("DefaultValue")]);
  }
  for (const element of allElements(root, "Override").filter((e) => e.hasAttribute("Value"))) {
    urls.push([describe(element), element.getAttribute("Value")]);
  }
  for (const element of allElements(root, "AppDomain"))
    urls.push(["AppDomain", element.textContent.trim()]);
  for (const [where, value] of urls) {
    let protocol = null;
    try {
      protocol = new URL(value).protocol;
    } catch {
      problems.push(`${where}: "${value}" is not a URL.`);
      continue;
    }
    if (protocol !== "https:") problems.push(`${where}: "${value}" must use https.`);
  }

  // Requirement sets (the add-in-level <Requirements>, not one inside VersionOverrides).
  const declared = new Map();
  for (const sets of childElements(root, "Requirements").flatMap((r) => childElements(r, "Sets"))) {
    for (const set of childElements(sets, "Set")) {
      declared.set(
        set.getAttribute("Name"),
        set.getAttribute("MinVersion") || sets.getAttribute("DefaultMinVersion") || "1.1"
      );
    }
  }
  for (const [name, version] of Object.entries(REQUIRED_SETS)) {
    if (!declared.has(name)) problems.push(`Requirement set ${name} ${version} is not declared.`);
    else if (compareVersions(declared.get(name), version) < 0) {
      problems.push(
        `Requirement set ${name} is declared at ${declared.get(name)}; it must be at least ${version}.`
      );
    }
  }

  // One long-lived shared runtime, and everything names its page with the same resid.
  const runtimes = allElements(root, "Runtime");
  if (runtimes.length !== 1) {
    problems.push(
      `There must be exactly one <Runtime> (the shared runtime); found ${runtimes.length}.`
    );
  }
  const runtime = runtimes[0];
  if (runtime && runtime.getAttribute("lifetime") !== "long") {
    problems.push(
      `The shared <Runtime> must have lifetime="long", not "${runtime.getAttribute("lifetime")}".`
    );
  }
  const sharedResid = runtime ? runtime.getAttribute("resid") : null;
  const customFunctions = allElements(root, "ExtensionPoint").filter(
    (e) => xsiType(e) === "CustomFunctions"
  );
  if (customFunctions.length !== 1) {
    problems.push(
      `There must be one ExtensionPoint of xsi:type CustomFunctions; found ${customFunctions.length}.`
    );
  }
  const pageUsers = [];
  for (const extension of customFunctions) {
    for (const name of ["Script", "Page"]) {
      const locations = childElements(extension, name).flatMap((e) =>
        childElements(e, "SourceLocation")
      );
      if (locations.length === 0)
        problems.push(`The CustomFunctions extension point has no <${name}><SourceLocation>.`);
      pageUsers.push(...locations);
    }
    const metadata = childElements(extension, "Metadata").flatMap((e) =>
      childElements(e, "SourceLocation")
    )[0];
    const metadataUrl = metadata && resources.get(metadata.getAttribute("resid"));
    if (!metadataUrl || !/\/functions\.json$/.test(metadataUrl.value || "")) {
      problems.push("The CustomFunctions <Metadata> must point at functions.json.");
    }
    const namespace = childElements(extension, "Namespace")[0];
    const namespaceValue = namespace && resources.get(namespace.getAttribute("resid"));
    if (!namespaceValue || namespaceValue.value !== EXPECTED_NAMESPACE) {
      problems.push(
        `The custom functions namespace must be ${EXPECTED_NAMESPACE}, not "${namespaceValue ? namespaceValue.value : "(missing)"}".`
      );
    }
  }
  const functionFiles = allElements(root, "FunctionFile");
  if (functionFiles.length === 0) problems.push("There is no <FunctionFile>.");
  pageUsers.push(...functionFiles);
  const showTaskpane = allElements(root, "Action").filter((e) => xsiType(e) === "ShowTaskpane");
  for (const action of showTaskpane) {
    pageUsers.push(...childElements(action, "SourceLocation"));
  }
  // A shared runtime supports one task pane, and a pane without a <TaskpaneId> counts as another
  // one (docs/develop/configure-your-add-in-to-use-a-shared-runtime.md, "Multiple task panes").
  if (showTaskpane.length !== 1) {
    problems.push(
      `There must be exactly one ShowTaskpane action (a shared runtime has one task pane); found ${showTaskpane.length}.`
    );
  }
  for (const action of showTaskpane) {
    const ids = childElements(action, "TaskpaneId").map((e) => e.textContent.trim());
    if (ids.length !== 1 || ids[0] === "") {
      problems.push(
        `${describe(action)} has no <TaskpaneId>; under a shared runtime a pane without one is a second task pane.`
      );
    }
  }
  if (sharedResid) {
    for (const element of pageUsers) {
      if (element.getAttribute("resid") !== sharedResid) {
        problems.push(
          `${describe(element)} uses resid "${element.getAttribute("resid")}"; in a shared runtime it must be the runtime's "${sharedResid}".`
        );
      }
    }
    const sharedUrl = resources.get(sharedResid);
    const defaultPage = allElements(root, "DefaultSettings").flatMap((e) =>
      childElements(e, "SourceLocation")
    )[0];
    if (sharedUrl && defaultPage && defaultPage.getAttribute("DefaultValue") !== sharedUrl.value) {
      problems.push(
        `DefaultSettings/SourceLocation is "${defaultPage.getAttribute("DefaultValue")}"; it must be the shared runtime's page "${sharedUrl.value}".`
      );
    }
  }

  if (options.projectDir) problems.push(...iconProblems(root, resources, options.projectDir));
  return problems;
}

function isInside(element, ancestor) {
  for (let node = element.parentNode; node; node = node.parentNode)
    if (node === ancestor) return true;
  return false;
}

/** Icons served by the dev server must exist in the project, with the size the manifest says. */
function iconProblems(root, resources, projectDir) {
  const expected = []; // [where, url, size]
  for (const [name, size] of [
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ]) {
    for (const element of childElements(root, name))
      expected.push([name, element.getAttribute("DefaultValue"), size]);
  }
  for (const image of allElements(root, "Image").filter(
    (e) => e.hasAttribute("resid") && e.hasAttribute("size")
  )) {
    const resource = resources.get(image.getAttribute("resid"));
    if (resource)
      expected.push([
        `image "${image.getAttribute("resid")}"`,
        resource.value,
        Number(image.getAttribute("size")),
      ]);
  }
  const problems = [];
  for (const [where, url, size] of expected) {
    if (!url || !url.startsWith(DEV_URL)) continue;
    const file = path.join(projectDir, decodeURIComponent(url.slice(DEV_URL.length)));
    if (!fs.existsSync(file)) {
      problems.push(
        `${where}: ${url} is served from ${path.relative(projectDir, file)}, which does not exist.`
      );
      continue;
    }
    const actual = pngSize(file);
    if (!actual) problems.push(`${where}: ${path.relative(projectDir, file)} is not a PNG file.`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(
        `${where}: ${path.relative(projectDir, file)} is ${actual.width}×${actual.height}; it must be ${size}×${size}.`
      );
    }
  }
  return problems;
}

/** checkManifest on a file, with the icon checks relative to the file's folder. */
function checkManifestFile(file) {
  return checkManifest(fs.readFileSync(file, "utf8"), {
    projectDir: path.dirname(path.resolve(file)),
  });
}

// The converter (0.4.1) stamps its output as manifest version 1.17 but writes getStartedMessages
// for <GetStarted>, which the JSON schema admits only from 1.23 on. 1.23 is therefore the oldest
// schema that accepts everything the converter writes; validate against it.
const SCHEMA_VERSION = "1.23";

/**
 * Converts the XML manifest to the unified JSON manifest and validates it against Microsoft's
 * JSON schema, offline.
 * @param {string} file Path of the XML manifest.
 * @returns {Promise<string[]>} The schema's complaints, each a sentence; empty when it passes.
 * @throws When the converter or the schema is not installed, or the conversion fails.
 */
async function schemaProblems(file) {
  const { convert } = require("office-addin-manifest-converter");
  const appManifestDir = path.dirname(
    require.resolve("@microsoft/app-manifest/package.json", {
      paths: [path.dirname(require.resolve("office-addin-manifest/package.json")), __dirname],
    })
  );
  const ajvModule = require(require.resolve("ajv-draft-04", { paths: [appManifestDir] }));
  const formatsModule = require(require.resolve("ajv-formats", { paths: [appManifestDir] }));
  const schemaFile = path.join(
    appManifestDir,
    "build",
    "json-schemas",
    "teams",
    `v${SCHEMA_VERSION}`,
    "MicrosoftTeams.schema.json"
  );
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));

  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "lead-tally-manifest-"));
  let manifest;
  try {
    await convert(
      path.resolve(file),
      outDir,
      false, // do not download icons
      `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`,
      SCHEMA_VERSION,
      false // quiet
    );
    const jsonFile = path.join(outDir, "manifest.json");
    if (!fs.existsSync(jsonFile))
      throw new Error("office-addin-manifest-converter wrote no manifest.json");
    manifest = JSON.parse(fs.readFileSync(jsonFile, "utf8"));
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }

  const Ajv = ajvModule.default || ajvModule;
  const addFormats = formatsModule.default || formatsModule;
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors || []).map(
    (error) =>
      `JSON manifest ${error.instancePath || "(root)"} ${error.message}${error.params ? ` ${JSON.stringify(error.params)}` : ""}`
  );
}

module.exports = {
  checkManifest,
  checkManifestFile,
  schemaProblems,
  EXPECTED_NAMESPACE,
  REQUIRED_SETS,
  SCHEMA_VERSION,
};
