#!/usr/bin/env node
// Makes sure a Chromium or Chrome is installed for the browser tests (test/browser), which drive
// it with playwright-core.
//
//   npm run install:browser
//
// A browser already there is used as it is: CHROME_PATH when set, else the usual places. On
// Debian or Ubuntu it installs Debian's `chromium` package with apt-get (through sudo when not
// root). Anywhere else it says how to install one and exits 1. It never downloads a browser from
// anywhere but the operating system's package manager: no `playwright install`.
"use strict";

const fs = require("fs");
const { spawnSync } = require("child_process");

/** Where a Chromium or Chrome usually is, in the order they are tried (after CHROME_PATH). */
const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

const HOW_TO_INSTALL = [
  "Install Chromium or Google Chrome with your system's package manager, for example:",
  "  Debian, Ubuntu:  sudo apt-get install chromium",
  "  Fedora:          sudo dnf install chromium",
  "  macOS:           brew install --cask chromium   (or install Google Chrome)",
  "or point CHROME_PATH at a Chromium or Chrome executable:",
  "  CHROME_PATH=/path/to/chrome npm test",
].join("\n");

function isExecutableFile(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser the tests will use: { path, source } where source says why it was picked, or
 * { path: null, problem } with what is wrong. CHROME_PATH, when set, is the only one considered.
 */
function findBrowser(env = process.env) {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    return isExecutableFile(fromEnv)
      ? { path: fromEnv, source: "CHROME_PATH" }
      : {
          path: null,
          problem: `CHROME_PATH is set to ${fromEnv}, which is not an executable file.`,
        };
  }
  const found = CANDIDATES.find(isExecutableFile);
  return found
    ? { path: found, source: "found at a usual place" }
    : { path: null, problem: "No Chromium or Chrome found (CHROME_PATH is not set)." };
}

/** The browser's own version line, or "" when it does not answer. */
function versionOf(executable) {
  const result = spawnSync(executable, ["--version"], { encoding: "utf8", timeout: 20000 });
  return result.status === 0 ? result.stdout.trim() : "";
}

function isDebianLike() {
  if (fs.existsSync("/etc/debian_version")) return true;
  try {
    const osRelease = fs.readFileSync("/etc/os-release", "utf8");
    return /^ID(_LIKE)?=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

function onPath(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Runs one command with its output shown; true when it succeeded. */
function run(command, args) {
  console.log(`$ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.error) console.error(`install:browser: ${result.error.message}`);
  return result.status === 0;
}

function installWithApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  let prefix = [];
  if (!isRoot) {
    if (!onPath("sudo")) {
      console.error(
        "install:browser: apt-get needs root, and this user is not root and has no sudo."
      );
      return false;
    }
    // Without a terminal to ask for a password on (CI), sudo must not wait for one.
    prefix = process.stdin.isTTY ? ["sudo"] : ["sudo", "-n"];
  }
  const apt = (args) =>
    prefix.length > 0
      ? run(prefix[0], [...prefix.slice(1), "apt-get", ...args])
      : run("apt-get", args);
  return apt(["update"]) && apt(["install", "-y", "--no-install-recommends", "chromium"]);
}

function main() {
  const existing = findBrowser();
  if (existing.path) {
    const version = versionOf(existing.path);
    console.log(
      `install:browser: using ${existing.path} (${existing.source})${version ? `: ${version}` : ""}`
    );
    return 0;
  }
  if (process.env.CHROME_PATH) {
    console.error(`install:browser: ${existing.problem}\n\n${HOW_TO_INSTALL}`);
    return 1;
  }

  if (process.platform === "linux" && isDebianLike() && onPath("apt-get")) {
    console.log(
      "install:browser: no Chromium or Chrome found; installing Debian's chromium package."
    );
    if (installWithApt()) {
      const installed = findBrowser();
      if (installed.path) {
        const version = versionOf(installed.path);
        console.log(`install:browser: installed ${installed.path}${version ? `: ${version}` : ""}`);
        return 0;
      }
      console.error("install:browser: apt-get finished but no Chromium is at a usual place.");
    } else {
      console.error("install:browser: installing chromium with apt-get failed (see above).");
    }
    console.error(
      "\n(On Ubuntu, where chromium comes as a snap, installing Google Chrome's .deb and setting\n" +
        "CHROME_PATH works too.)\n\n" +
        HOW_TO_INSTALL
    );
    return 1;
  }

  console.error(`install:browser: ${existing.problem}\n\n${HOW_TO_INSTALL}`);
  return 1;
}

module.exports = { findBrowser, main, CANDIDATES, HOW_TO_INSTALL };

if (require.main === module) {
  process.exitCode = main();
}
