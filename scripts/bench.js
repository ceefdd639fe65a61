#!/usr/bin/env node
/**
 * npm run bench: compiles the bench suites (bench/*.ts) with the project's TypeScript, runs them
 * one after another, prints one table and writes it to bench/results.md and bench/results.json.
 *
 *   npm run bench                         every suite, default options
 *   npm run bench -- --only engine        some suites (comma-separated names)
 *   npm run bench -- --leads 200000 --rounds 9 --warmup 3 --seed 7
 *   npm run bench -- --out /tmp/bench     write results.md/json elsewhere (default: bench/)
 *
 * A suite is a module under bench/ exporting a BenchSuite (see bench/suite.ts): it gets the
 * options and returns rows for the shared table, notes and raw figures. Add new suites to SUITES;
 * they run in this order.
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "node_modules", ".cache", "lead-tally-bench");

/** [suite name, compiled module relative to OUT_DIR, exported BenchSuite]. */
const SUITES = [["engine", "bench/engine.bench.js", "engineSuite"]];

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) throw new Error(`unexpected argument ${arg}`);
    const [key, inline] = arg.slice(2).split("=", 2);
    if (inline !== undefined) options[key] = inline;
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) options[key] = argv[++i];
    else options[key] = "true";
  }
  return options;
}

function log(message) {
  process.stderr.write(`${message}\n`);
}

function compile() {
  const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  const started = Date.now();
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [tsc, "-p", path.join(ROOT, "bench", "tsconfig.json")],
    {
      cwd: ROOT,
      stdio: "inherit",
    }
  );
  if (result.status !== 0) {
    log("bench: the bench suites do not compile (see above)");
    process.exit(1);
  }
  log(
    `bench: compiled bench/ with typescript ${require(require.resolve("typescript/package.json", { paths: [ROOT] })).version} in ${((Date.now() - started) / 1000).toFixed(1)} s`
  );
}

function git(args) {
  const result = spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : null;
}

function machine(loadAtStart) {
  const cpus = os.cpus();
  const commit = git(["rev-parse", "--short", "HEAD"]);
  const dirty = git(["status", "--porcelain", "--untracked-files=no"]);
  return {
    date: new Date().toISOString(),
    cpu: cpus.length > 0 ? cpus[0].model.trim() : "unknown",
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverage: { start: loadAtStart, end: Math.round(os.loadavg()[0] * 100) / 100 },
    commit: commit === null ? "unknown" : `${commit}${dirty ? " + uncommitted changes" : ""}`,
  };
}

function machineLines(m) {
  return [
    `Date: ${m.date}`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.platform}; 1-minute load average ${m.loadAverage.start} at the start, ${m.loadAverage.end} at the end`,
    `Node ${m.node} (V8 ${m.v8}); commit ${m.commit}`,
  ];
}

/** One table for every suite: the union of the rows' columns, in first-seen order. */
function tableOf(results) {
  const columns = [];
  for (const result of results) {
    for (const row of result.rows) {
      for (const column of Object.keys(row.cells))
        if (!columns.includes(column)) columns.push(column);
    }
  }
  const header = ["Suite", "Measurement", ...columns];
  const body = results.flatMap((result) =>
    result.rows.map((row) => [
      result.suite,
      row.measurement,
      ...columns.map((column) => row.cells[column] ?? ""),
    ])
  );
  return { header, body };
}

function isNumeric(text) {
  return /^[≤+\-\d.]/.test(text) && /\d/.test(text);
}

function plainTable({ header, body }) {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...body.map((row) => row[i].length))
  );
  const line = (row) =>
    row
      .map((cell, i) =>
        i > 1 && isNumeric(cell) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])
      )
      .join("  ")
      .trimEnd();
  return [
    line(header),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...body.map(line),
  ].join("\n");
}

function markdownTable({ header, body }) {
  const escape = (cell) => cell.replace(/\|/g, "\\|");
  const align = header.map((_, i) =>
    i > 1 && body.some((row) => isNumeric(row[i])) ? "---:" : "---"
  );
  return [header, align, ...body].map((row) => `| ${row.map(escape).join(" | ")} |`).join("\n");
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const { only, out, ...suiteOptions } = options;
  const wanted = only === undefined ? null : only.split(",").map((name) => name.trim());
  const suites = SUITES.filter(([name]) => wanted === null || wanted.includes(name));
  if (suites.length === 0)
    throw new Error(`no suite named ${only}; suites: ${SUITES.map(([name]) => name).join(", ")}`);

  const loadAtStart = Math.round(os.loadavg()[0] * 100) / 100;
  compile();
  const started = Date.now();
  const results = [];
  for (const [name, file, exported] of suites) {
    const suite = require(path.join(OUT_DIR, file))[exported];
    log(`bench: running suite ${name}`);
    results.push(await suite.run({ options: suiteOptions, log }));
  }
  const seconds = (Date.now() - started) / 1000;

  const m = machine(loadAtStart);
  const table = tableOf(results);
  const notes = results.flatMap((result) =>
    result.notes.map((note) => `[${result.suite}] ${note}`)
  );
  const optionText =
    Object.keys(suiteOptions).length === 0 ? "defaults" : JSON.stringify(suiteOptions);
  const allMet = results.every((result) => result.targetsMet);
  const allSane = results.every((result) => result.sane);
  const verdict = `${allSane ? "" : "SANITY CHECKS FAILED. "}Targets ${allMet ? "met" : "NOT met"}. Suites ran in ${seconds.toFixed(0)} s with options: ${optionText}.`;

  const busiest = Math.max(m.loadAverage.start, m.loadAverage.end);
  if (busiest > m.cores * 0.75) {
    notes.push(
      `[machine] The machine was busy (1-minute load average up to ${busiest} on ${m.cores} cores): absolute times are inflated ` +
        "and vary from run to run; ratios that pair each call with its floor in the same round are the figures to compare."
    );
  }
  const text = [...machineLines(m), "", plainTable(table), "", ...notes, "", verdict].join("\n");
  process.stdout.write(`\n${text}\n`);

  const dir = out === undefined ? path.join(ROOT, "bench") : path.resolve(out);
  fs.mkdirSync(dir, { recursive: true });
  const markdown = [
    "# Lead Tally benchmarks",
    "",
    "Written by `npm run bench` (scripts/bench.js); figures from one run on the machine below.",
    "",
    ...machineLines(m).map((lineText) => `- ${lineText}`),
    "",
    markdownTable(table),
    "",
    ...notes.map((note) => `- ${note}`),
    "",
    verdict,
    "",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "results.md"), markdown);
  const json = {
    machine: m,
    options: suiteOptions,
    seconds,
    targetsMet: allMet,
    sane: allSane,
    table,
    suites: results,
  };
  fs.writeFileSync(path.join(dir, "results.json"), `${JSON.stringify(json, null, 2)}\n`);
  log(`bench: wrote ${path.relative(ROOT, path.join(dir, "results.md"))} and results.json`);
  if (!allSane) process.exitCode = 1;
}

main().catch((error) => {
  log(`bench: ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});
