#!/usr/bin/env node
/**
 * npm run bench: compiles the bench suites (bench/*.ts) with the project's TypeScript, runs them
 * one after another, prints one table and writes it to bench/results.md and bench/results.json.
 *
 *   npm run bench                         every suite, default options
 *   npm run bench -- --only engine        some suites (comma-separated names)
 *   npm run bench -- --leads 200000 --rounds 9 --warmup 3 --seed 7
 *   npm run bench -- --out /tmp/bench     write results.md/json elsewhere (default: bench/)
 *   npm run bench -- --loads 9            pane loads in Chromium (bundle suite; default 5)
 *   npm run bench -- --rows 200000        leads in the workbook suites (default: a full sheet)
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
const SUITES = [
  ["engine", "bench/engine.bench.js", "engineSuite"],
  ["bundle", "bench/bundle.bench.js", "bundleSuite"],
  ["excel", "bench/excel.bench.js", "excelSuite"],
  ["sheets", "bench/sheets.bench.js", "sheetsSuite"],
];

/** The shared table's columns, in this order (bench/suite.ts: COLUMNS); others follow. */
const COLUMN_ORDER = ["Result", "vs baseline", "Budget", "Met", "Peak heap", "Peak RSS", "Detail"];

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
  // JavaScript modules that the TypeScript imports through a declaration file (scripts/*.js with
  // a scripts/*.d.ts) are not emitted by tsc: copy them beside the compiled code that needs them.
  const scripts = path.join(ROOT, "scripts");
  for (const file of fs.readdirSync(scripts)) {
    if (file.endsWith(".js") && fs.existsSync(path.join(scripts, file.replace(/\.js$/, ".d.ts")))) {
      fs.mkdirSync(path.join(OUT_DIR, "scripts"), { recursive: true });
      fs.copyFileSync(path.join(scripts, file), path.join(OUT_DIR, "scripts", file));
    }
  }
  log(
    `bench: compiled bench/ with typescript ${require(require.resolve("typescript/package.json", { paths: [ROOT] })).version} in ${((Date.now() - started) / 1000).toFixed(1)} s`
  );
}

function git(args) {
  const result = spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** The Chromium the browser measurements use (as test/support/browser.ts finds it), or null. */
function chromiumVersion() {
  try {
    const { findBrowser } = require(path.join(ROOT, "scripts", "install-browser.js"));
    const found = findBrowser();
    if (found.path === null) return null;
    const result = spawnSync(found.path, ["--version"], { encoding: "utf8", timeout: 20_000 });
    return result.status === 0 ? result.stdout.trim() : null;
  } catch {
    return null;
  }
}

/** Samples the 1-minute load average every 5 s while the suites run. */
function loadSampler() {
  const samples = [os.loadavg()[0]];
  const timer = setInterval(() => samples.push(os.loadavg()[0]), 5000);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      samples.push(os.loadavg()[0]);
      const round = (value) => Math.round(value * 100) / 100;
      return {
        min: round(Math.min(...samples)),
        max: round(Math.max(...samples)),
        mean: round(samples.reduce((sum, value) => sum + value, 0) / samples.length),
        samples: samples.length,
      };
    },
  };
}

function machine(loadAtStart, load, chromium) {
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
    loadAverage: { start: loadAtStart, end: Math.round(os.loadavg()[0] * 100) / 100, during: load },
    chromium: chromium ?? "not found",
    commit: commit === null ? "unknown" : `${commit}${dirty ? " + uncommitted changes" : ""}`,
  };
}

function machineLines(m) {
  const during = m.loadAverage.during;
  return [
    `Date: ${m.date}`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.platform}`,
    `Load: 1-minute load average ${m.loadAverage.start} at the start, ${m.loadAverage.end} at the end, ` +
      `${during.min}–${during.max} (mean ${during.mean}) over ${during.samples} samples during the run`,
    `Node ${m.node} (V8 ${m.v8}); ${m.chromium}; commit ${m.commit}`,
  ];
}

/** One table for every suite: the union of the rows' columns, in first-seen order. */
function tableOf(results) {
  const columns = [];
  for (const column of COLUMN_ORDER) {
    if (results.some((result) => result.rows.some((row) => (row.cells[column] ?? "") !== "")))
      columns.push(column);
  }
  for (const result of results) {
    for (const row of result.rows) {
      for (const [column, value] of Object.entries(row.cells))
        if (value !== "" && !columns.includes(column)) columns.push(column);
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
  // Right-aligned: columns whose every filled cell is a figure.
  const align = header.map((_, i) => {
    const filled = body.map((row) => row[i]).filter((cell) => cell !== "");
    return i > 1 && filled.length > 0 && filled.every(isNumeric) ? "---:" : "---";
  });
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
  const sampler = loadSampler();
  const chromium = suites.some(([name]) => name === "bundle") ? chromiumVersion() : null;
  compile();
  const started = Date.now();
  const results = [];
  for (const [name, file, exported] of suites) {
    const suite = require(path.join(OUT_DIR, file))[exported];
    log(`bench: running suite ${name}`);
    results.push(await suite.run({ options: suiteOptions, log }));
  }
  const seconds = (Date.now() - started) / 1000;

  const m = machine(loadAtStart, sampler.stop(), chromium);
  const table = tableOf(results);
  const notes = results.flatMap((result) =>
    result.notes.map((note) => `[${result.suite}] ${note}`)
  );
  const optionText =
    Object.keys(suiteOptions).length === 0 ? "defaults" : JSON.stringify(suiteOptions);
  const allMet = results.every((result) => result.targetsMet);
  const allSane = results.every((result) => result.sane);
  const missed = results.flatMap((result) =>
    result.rows
      .filter((row) => row.cells.Met === "NO")
      .map((row) => `${result.suite}: ${row.measurement}`)
  );
  const verdict =
    `${allSane ? "" : "SANITY CHECKS FAILED. "}` +
    (allMet ? "Budgets met." : `Budgets NOT met: ${missed.join("; ")}.`) +
    ` Suites ran in ${seconds.toFixed(0)} s with options: ${optionText}.`;

  const busiest = Math.max(m.loadAverage.start, m.loadAverage.end, m.loadAverage.during.max);
  if (busiest > m.cores * 0.75) {
    notes.push(
      `[machine] The machine was busy (1-minute load average up to ${busiest} on ${m.cores} cores): absolute times are inflated ` +
        "and vary from run to run; the ratios to the baselines measured in the same run are the figures to compare."
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
