// Helpers shared by scripts/start.js, stop.js and validate.js: where things are, how to run a
// package's command-line tool, and the record start.js keeps of what it started.
"use strict";

const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");

const ROOT = path.join(__dirname, "..");
const MANIFEST = "manifest.xml";
const PORT = Number(require("../package.json").config.dev_server_port) || 3000;
const DEV_URL = `https://localhost:${PORT}/`;
/** What start.js started, so stop.js can stop it: { via: "dev-server", pid } or { via: "office-addin-debugging" }. */
const STATE_FILE = path.join(ROOT, "node_modules", ".cache", "lead-tally", "dev-session.json");

/** Path of a package's command-line script (its package.json "bin"), or null when the package is not installed. */
function binOf(packageName) {
  let packageJsonPath;
  try {
    packageJsonPath = require.resolve(`${packageName}/package.json`, { paths: [ROOT] });
  } catch {
    return null;
  }
  const { bin } = JSON.parse(fs.readFileSync(packageJsonPath, "utf8"));
  const relative =
    typeof bin === "string" ? bin : bin && (bin[packageName] || Object.values(bin)[0]);
  return relative ? path.join(path.dirname(packageJsonPath), relative) : null;
}

/**
 * Runs a Node command-line script with the same Node, from the project folder, output shown.
 * @returns {Promise<number>} Its exit code (1 if it could not start or was killed by a signal).
 */
function runNode(script, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: "inherit" });
    child.on("error", (error) => {
      console.error(`Could not run ${path.basename(script)}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code === null ? (signal ? 1 : 0) : code));
  });
}

function readState() {
  try {
    return JSON.parse(fs.readFileSync(STATE_FILE, "utf8"));
  } catch {
    return null;
  }
}

function writeState(state) {
  fs.mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  fs.writeFileSync(
    STATE_FILE,
    JSON.stringify({ ...state, startedAt: new Date().toISOString() }, null, 2)
  );
}

function removeState() {
  fs.rmSync(STATE_FILE, { force: true });
}

/**
 * Whether the process is alive. On Linux a zombie counts as gone, and so does a process whose
 * command line does not mention `expect` (the pid was reused by something else).
 */
function isRunning(pid, expect) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code === "ESRCH") return false;
    if (error.code !== "EPERM") throw error;
  }
  if (process.platform === "linux" && fs.existsSync(`/proc/${pid}`)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) return false;
      if (expect && !fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(expect)) return false;
    } catch {
      return false; // it exited while we looked
    }
  }
  return true;
}

module.exports = {
  ROOT,
  MANIFEST,
  PORT,
  DEV_URL,
  STATE_FILE,
  binOf,
  runNode,
  readState,
  writeState,
  removeState,
  isRunning,
};
