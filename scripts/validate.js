#!/usr/bin/env node
// Validates manifest.xml (npm run validate): first the offline checks (scripts/manifest-check.js,
// and Microsoft's JSON schema on the manifest converted to the unified format), then Microsoft's
// online validation service through `office-addin-manifest validate`.
"use strict";

const path = require("path");
const { spawn } = require("child_process");
const { ROOT, MANIFEST, binOf } = require("./dev-tools");
const { checkManifestFile, schemaProblems, SCHEMA_VERSION } = require("./manifest-check");

const NETWORK_ERROR =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|Unable to contact/;

/** Runs a Node script, showing and collecting its output; resolves to { code, output }. */
function runCollecting(script, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on("error", (error) => resolve({ code: 1, output: `${output}${error.message}` }));
    child.on("exit", (code) => resolve({ code: code === null ? 1 : code, output }));
  });
}

async function main() {
  const manifestFile = path.join(ROOT, MANIFEST);
  const offline = checkManifestFile(manifestFile);
  try {
    offline.push(...(await schemaProblems(manifestFile)));
  } catch (error) {
    offline.push(`The JSON schema check could not run: ${error.message}`);
  }
  if (offline.length === 0) {
    console.log(
      `Offline checks passed (manifest-check.js, and the unified manifest schema v${SCHEMA_VERSION}).`
    );
  } else {
    console.error(
      `Offline checks failed:\n${offline.map((problem) => `  - ${problem}`).join("\n")}`
    );
  }
  const offlineSummary =
    offline.length === 0
      ? "the offline checks passed"
      : `the offline checks failed: ${offline.join(" ")}`;

  const cli = binOf("office-addin-manifest");
  if (!cli) {
    console.error(
      `office-addin-manifest is not installed (run \`npm install\`); ${offlineSummary}.`
    );
    return 1;
  }
  console.log("\nofficial validation: office-addin-manifest validate manifest.xml");
  const { code, output } = await runCollecting(cli, ["validate", MANIFEST]);
  if (code === 0) return offline.length === 0 ? 0 : 1;
  if (NETWORK_ERROR.test(output)) {
    console.error(
      `\nThe online validation service could not be reached (no network?); ${offlineSummary}.`
    );
  } else {
    console.error(
      `\noffice-addin-manifest validate failed (exit code ${code}); ${offlineSummary}.`
    );
  }
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`npm run validate failed: ${error instanceof Error ? error.stack : error}`);
    process.exitCode = 1;
  }
);
