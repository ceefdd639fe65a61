#!/usr/bin/env node
// Starts Lead Tally for development.
//
//   npm start                                   node scripts/start.js desktop
//   npm run start:web -- --document <url>       node scripts/start.js web --document <url>
//
// Where office-addin-debugging is installed (an optional dependency: npm leaves it out where
// its keytar dependency cannot be built) it builds, serves and sideloads the add-in. Elsewhere,
// and on Linux, which has no Excel desktop, this serves the add-in with the webpack dev server
// and prints how to sideload it into Excel on the web by hand.
"use strict";

const path = require("path");
const { spawn } = require("child_process");
const {
  ROOT,
  MANIFEST,
  DEV_URL,
  STATE_FILE,
  binOf,
  runNode,
  readState,
  writeState,
  removeState,
  isRunning,
} = require("./dev-tools");

function usage() {
  console.error(
    [
      "Usage:",
      "  npm start                                  Excel desktop (Windows, macOS)",
      "  npm run start:web -- --document <url>      Excel on the web, with the URL of a workbook",
      "",
      "For the URL: open a workbook in Excel on the web, select Share > Copy link, and paste it.",
    ].join("\n")
  );
}

/** The value after --document (or of --document=...), or undefined. */
function documentOption(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--document") return args[i + 1];
    if (args[i].startsWith("--document=")) return args[i].slice("--document=".length);
  }
  return undefined;
}

function printWebSideloadSteps(documentUrl) {
  console.log(
    [
      "",
      "To sideload Lead Tally into Excel on the web:",
      `  1. Open ${documentUrl ? `the workbook ${documentUrl}` : "a workbook in Excel on the web (https://www.office.com)"}, in a browser on this machine.`,
      "  2. Select Home > Add-ins, then select More Settings.",
      "  3. In the Office Add-ins dialog, select Upload My Add-in.",
      `  4. Browse to ${path.join(ROOT, MANIFEST)} and select Upload.`,
      "  The Lead Tally button appears on the Home tab; type =TALLY. in a cell for the functions.",
      "",
      `Preview the task pane outside Excel: ${DEV_URL}taskpane.html`,
      "Stop the dev server with Ctrl+C or `npm stop`.",
      "",
    ].join("\n")
  );
}

/** Runs the webpack dev server until it exits; resolves to this script's exit code. */
function serve() {
  const previous = readState();
  if (previous && previous.via === "dev-server" && isRunning(previous.pid, "webpack")) {
    console.error(
      `A dev server started by npm start is already running (pid ${previous.pid}). Run \`npm stop\` first.`
    );
    return Promise.resolve(1);
  }
  const webpackCli = binOf("webpack-cli");
  if (!webpackCli) {
    console.error("webpack-cli is not installed: run `npm install`.");
    return Promise.resolve(1);
  }
  console.log(`Starting the webpack dev server on ${DEV_URL} ...`);
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  writeState({ via: "dev-server", pid: child.pid });
  const forward = (signal) => child.kill(signal);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, forward);

  return new Promise((resolve) => {
    child.on("error", (error) => {
      console.error(`Could not start the webpack dev server: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      const state = readState();
      if (state && state.pid === child.pid) removeState();
      if (code === 0 || signal === "SIGINT" || signal === "SIGTERM") {
        console.log("The dev server has stopped.");
        resolve(0);
      } else {
        console.error(
          `The dev server exited with ${code === null ? `signal ${signal}` : `code ${code}`}.`
        );
        resolve(code || 1);
      }
    });
  });
}

/** Runs `office-addin-debugging start ...`; resolves to its exit code, said plainly if it failed. */
async function startWithDebugging(cli, args) {
  writeState({ via: "office-addin-debugging" });
  const code = await runNode(cli, ["start", MANIFEST, ...args]);
  if (code !== 0) {
    removeState();
    console.error(`office-addin-debugging start failed (exit code ${code}).`);
  }
  return code;
}

async function main() {
  const [target, ...args] = process.argv.slice(2);
  const debuggingCli = binOf("office-addin-debugging");
  const missing =
    "office-addin-debugging is not installed. It is an optional dependency, which npm leaves out where " +
    "its keytar dependency cannot be built.";

  if (target === "desktop") {
    const desktopPlatform = process.platform === "win32" || process.platform === "darwin";
    if (desktopPlatform && debuggingCli) return startWithDebugging(debuggingCli, ["desktop"]);
    console.log(
      [
        "Excel desktop sideloading is not possible here:",
        desktopPlatform
          ? `  ${missing} Run \`npm install\` again and check its warnings.`
          : `  Excel desktop runs only on Windows and macOS, and this machine is ${process.platform}.`,
        "Serving the add-in for Excel on the web instead.",
      ].join("\n")
    );
    printWebSideloadSteps();
    return serve();
  }

  if (target === "web") {
    const documentUrl = documentOption(args);
    let valid = false;
    try {
      valid = Boolean(documentUrl) && /^https?:$/.test(new URL(documentUrl).protocol);
    } catch {
      valid = false;
    }
    if (!valid) {
      console.error(
        documentUrl
          ? `Not a document URL: ${documentUrl}\n`
          : "npm run start:web needs the URL of a workbook.\n"
      );
      usage();
      return 2;
    }
    if (debuggingCli) return startWithDebugging(debuggingCli, ["web", "--document", documentUrl]);
    console.log(`${missing}\nServing the add-in; sideload it by hand.`);
    printWebSideloadSteps(documentUrl);
    return serve();
  }

  console.error(target ? `Unknown target: ${target}\n` : "");
  usage();
  return 2;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`npm start failed: ${error instanceof Error ? error.stack : error}`);
    console.error(`(session record: ${STATE_FILE})`);
    process.exitCode = 1;
  }
);
