#!/usr/bin/env node
// npm run audit: the add-in's runtime dependencies (what ships in the bundle: React, Fluent UI,
// Chart.js) must have no known high or critical vulnerability, by `npm audit --omit=dev`.
//
// It asks the registry, so it is not part of `npm test` (which stays offline); CI runs it as its own
// step. Where the registry answers but refuses the audit endpoint (the registry mirror of our build
// machines serves only GET and HEAD, so the audit's POST answers 405), the audit cannot run: it says
// so plainly and exits 0, never reporting a pass it did not make. Any other failure to get a report
// (offline, an npm error) exits 1, as does a high or critical finding.
"use strict";

const { spawnSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");

/** Why the registry would not audit, in words, or null when nothing says it refused. */
function refusal(output) {
  return /\b405 Method Not Allowed\b/.test(output)
    ? "the registry refuses the audit endpoint (405 Method Not Allowed)"
    : null;
}

/** Why the audit did not produce a report, in words, or null when it did. */
function whyNoReport(report, stdout, stderr) {
  if (report !== null && report.metadata && report.metadata.vulnerabilities !== undefined)
    return null;
  const said =
    (report && (report.message || (report.error && report.error.summary))) ||
    stderr.split("\n").find((line) => /npm (error|ERR!)/.test(line)) ||
    stdout.slice(0, 300);
  return (
    `npm audit could not get a report from the registry's audit endpoint: ${said.trim() || "no answer"}. ` +
    "It needs network access to the npm registry."
  );
}

/** The high and critical vulnerabilities of npm's report (npm 7 and later), as "name (severity)". */
function severeVulnerabilities(report) {
  const listed = Object.entries(report.vulnerabilities || {})
    .filter(([, vulnerability]) => ["high", "critical"].includes(vulnerability.severity))
    .map(([name, vulnerability]) => `${name} (${vulnerability.severity})`);
  const counts = (report.metadata && report.metadata.vulnerabilities) || {};
  const counted = (counts.high || 0) + (counts.critical || 0);
  return listed.length >= counted
    ? listed
    : [...listed, `${counted - listed.length} more in the counts`];
}

/** What to say and the exit code, from what `npm audit --omit=dev --json` printed. */
function verdict(stdout, stderr) {
  const refused = refusal(`${stdout}\n${stderr}`);
  if (refused !== null)
    return { code: 0, message: `audit: not run: ${refused}. Nothing was checked.` };
  let report = null;
  try {
    report = JSON.parse(stdout);
  } catch {
    report = null;
  }
  const problem = whyNoReport(report, stdout, stderr);
  if (problem !== null) return { code: 1, message: `audit: failed: ${problem}` };
  const severe = severeVulnerabilities(report);
  return severe.length === 0
    ? { code: 0, message: "audit: npm audit --omit=dev reports no high or critical vulnerability." }
    : { code: 1, message: `audit: high or critical vulnerabilities: ${severe.join(", ")}.` };
}

function main() {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const audit = spawnSync(npm, ["audit", "--omit=dev", "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 90_000,
    maxBuffer: 32 * 1024 * 1024,
    shell: process.platform === "win32",
  });
  const { code, message } = verdict(audit.stdout || "", audit.stderr || "");
  (code === 0 ? console.log : console.error)(message);
  process.exitCode = code;
}

if (require.main === module) main();

module.exports = { refusal, severeVulnerabilities, verdict, whyNoReport };
