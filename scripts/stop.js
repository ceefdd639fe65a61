#!/usr/bin/env node
// Stops what `npm start` started (npm stop): the webpack dev server it ran itself, or the
// office-addin-debugging session (which also removes the sideloaded add-in).
"use strict";

const {
  MANIFEST,
  STATE_FILE,
  binOf,
  runNode,
  readState,
  removeState,
  isRunning,
} = require("./dev-tools");

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Sends SIGTERM, then SIGKILL after 10 s; resolves to whether the process is gone. */
async function stopProcess(pid) {
  process.kill(pid, "SIGTERM");
  for (let waited = 0; waited < 10000; waited += 200) {
    if (!isRunning(pid)) return true;
    await sleep(200);
  }
  console.error(
    `The dev server (pid ${pid}) did not stop within 10 s of SIGTERM; sending SIGKILL.`
  );
  process.kill(pid, "SIGKILL");
  await sleep(500);
  return !isRunning(pid);
}

async function main() {
  const state = readState();

  if (state && state.via === "dev-server") {
    if (!isRunning(state.pid, "webpack")) {
      removeState();
      console.log(
        `Nothing was running: the dev server npm start recorded (pid ${state.pid}) had already exited.`
      );
      return 0;
    }
    try {
      if (!(await stopProcess(state.pid))) {
        console.error(`Could not stop the dev server (pid ${state.pid}).`);
        return 1;
      }
    } catch (error) {
      console.error(`Could not stop the dev server (pid ${state.pid}): ${error.message}`);
      return 1;
    }
    removeState();
    console.log(`Stopped the dev server (pid ${state.pid}).`);
    return 0;
  }

  const debuggingCli = binOf("office-addin-debugging");
  if (debuggingCli) {
    const code = await runNode(debuggingCli, ["stop", MANIFEST]);
    if (code !== 0) {
      console.error(`office-addin-debugging stop failed (exit code ${code}).`);
      return code;
    }
    removeState();
    console.log("office-addin-debugging stopped the session.");
    return 0;
  }

  if (state && state.via === "office-addin-debugging") {
    console.error(
      "npm start ran office-addin-debugging, which is no longer installed, so its session cannot be stopped from here.\n" +
        `Stop its dev server by hand, then delete ${STATE_FILE}.`
    );
    return 1;
  }

  console.log("Nothing was running: npm start has no dev server or session on record.");
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`npm stop failed: ${error instanceof Error ? error.stack : error}`);
    process.exitCode = 1;
  }
);
