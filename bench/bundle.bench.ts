/**
 * Bundle suite: what the pane loads and how soon it is usable.
 *
 * 1. One production build (bench/production-build.js) into a temporary folder.
 * 2. Sizes, raw and gzip -9, of the first view (see bench/bundle-budgets.ts for the static set),
 *    of the functions' scripts with functions.json, and of what loads on demand, against the
 *    budget: Microsoft's React task pane template loads 165 kB gzipped of script before office.js.
 * 3. The build's checks: content-hashed names, no eval, no source maps, functions injected first.
 * 4. Cold loads in headless Chromium (bench/pane-load.ts), alternating with a bare page that has
 *    one button (the baseline, measured in the same run): the time to the first enabled button,
 *    the files requested before it (checked against the static first view), and when the custom
 *    functions register compared with when React's code starts to run.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { serveDirectory } from "../test/support/browser";
import {
  BuildSummary,
  FIRST_VIEW_BUDGET_BYTES,
  FileSize,
  buildProduction,
  evalUses,
  fileSize,
  filesWithPackage,
  firstViewFiles,
  functionsEntrypointFiles,
  functionsFirst,
  listFiles,
  pageAssets,
  sourceMapTraces,
  totalOf,
  unhashedFiles,
} from "./bundle-budgets";
import { median } from "./child";
import { LoadResult, launchPaneBrowser } from "./pane-load";
import {
  BenchContext,
  BenchRow,
  BenchSuite,
  SuiteResult,
  benchRow,
  kB,
  metText,
  ms,
} from "./suite";

const DEFAULT_LOADS = 5;
const WARMUP_LOADS = 1;
const BASELINE_PAGE = "bench-baseline.html";
const BASELINE_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head>' +
  '<body><button type="button">Ready</button></body></html>\n';

/** Microsoft's shared-runtime functions template, for comparison (docs: 68 kB gzip, nearly all polyfill). */
const TEMPLATE_FUNCTIONS_GZIP = 68_000;

const sizeList = (sizes: readonly FileSize[]): string =>
  sizes
    .map((size) => `${size.file.replace(/\.[0-9a-f]{16,}\./, ".…")} ${kB(size.gzip)}`)
    .join(", ");

interface PaneFigures {
  readonly ready: number[];
  readonly baselineReady: number[];
  /** Main-thread CPU time (Chromium's TaskDuration) by the time each page was seen ready. */
  readonly mainThreadMs: number[];
  readonly baselineMainThreadMs: number[];
  readonly firstAssociate: number[];
  readonly lastAssociate: number[];
  readonly reactStart: number[];
  readonly taskpaneStart: number[];
  readonly firstRender: number[];
  readonly domContentLoaded: number[];
  readonly loadEvent: number[];
  /** Per load: every associate call came before React's chunk and the taskpane chunk started. */
  readonly registeredFirst: boolean[];
  readonly associateCounts: number[];
  /** Local scripts and stylesheets requested before the first enabled button, per load. */
  readonly requested: string[][];
  readonly readyButtons: string[];
  readonly problems: string[];
  readonly browser: string;
}

function chunkIdsOf(summary: BuildSummary, files: readonly string[]): Set<string> {
  return new Set(
    summary.chunks
      .filter((chunk) => chunk.files.some((file) => files.includes(file)))
      .map((chunk) => String(chunk.id))
  );
}

/** When the first chunk among ids started evaluating, or NaN. */
function chunkStart(result: LoadResult, ids: Set<string>): number {
  const starts = result.marks.chunks
    .filter((mark) => mark.ids.some((id) => ids.has(String(id))))
    .map((mark) => mark.start);
  return starts.length === 0 ? Number.NaN : Math.min(...starts);
}

async function measureLoads(
  dir: string,
  summary: BuildSummary,
  loads: number,
  context: BenchContext
): Promise<PaneFigures> {
  await fs.writeFile(path.join(dir, BASELINE_PAGE), BASELINE_HTML);
  const server = await serveDirectory(dir);
  const browser = await launchPaneBrowser();
  const reactIds = chunkIdsOf(summary, filesWithPackage(summary, "react-dom"));
  const taskpaneIds = new Set(
    summary.chunks.filter((chunk) => chunk.name === "taskpane").map((chunk) => String(chunk.id))
  );
  const figures: PaneFigures = {
    ready: [],
    baselineReady: [],
    mainThreadMs: [],
    baselineMainThreadMs: [],
    firstAssociate: [],
    lastAssociate: [],
    reactStart: [],
    taskpaneStart: [],
    firstRender: [],
    domContentLoaded: [],
    loadEvent: [],
    registeredFirst: [],
    associateCounts: [],
    requested: [],
    readyButtons: [],
    problems: [],
    browser: browser.version,
  };
  try {
    for (let round = -WARMUP_LOADS; round < loads; round++) {
      const order = round % 2 === 0 ? ["pane", "baseline"] : ["baseline", "pane"];
      for (const which of order) {
        const url = `${server.origin}/${which === "pane" ? "taskpane.html" : BASELINE_PAGE}`;
        const result = await browser.load(url, summary.chunkLoadingGlobal);
        if (round < 0) continue;
        const ready = result.marks.ready ?? Number.NaN;
        if (which === "baseline") {
          figures.baselineReady.push(ready);
          figures.baselineMainThreadMs.push(result.mainThread.taskMs);
          continue;
        }
        const times = result.marks.associate.map((call) => call.t);
        const last = times.length === 0 ? Number.NaN : Math.max(...times);
        const reactStart = chunkStart(result, reactIds);
        const taskpaneStart = chunkStart(result, taskpaneIds);
        figures.ready.push(ready);
        figures.mainThreadMs.push(result.mainThread.taskMs);
        figures.firstAssociate.push(times.length === 0 ? Number.NaN : Math.min(...times));
        figures.lastAssociate.push(last);
        figures.reactStart.push(reactStart);
        figures.taskpaneStart.push(taskpaneStart);
        figures.firstRender.push(result.marks.firstRender ?? Number.NaN);
        figures.domContentLoaded.push(result.domContentLoaded);
        figures.loadEvent.push(result.loadEvent);
        figures.registeredFirst.push(times.length > 0 && last < reactStart && last < taskpaneStart);
        figures.associateCounts.push(times.length);
        figures.readyButtons.push(result.marks.readyButton ?? "");
        figures.requested.push(
          result.resources
            .filter(
              (entry) =>
                entry.name.startsWith(`${server.origin}/`) &&
                entry.startTime <= ready &&
                /\.(m?js|css)(\?|$)/.test(entry.name)
            )
            .map((entry) => new URL(entry.name).pathname.slice(1))
        );
        figures.problems.push(...result.problems);
      }
      context.log(`bundle: load round ${round < 0 ? "(warm-up)" : round + 1} of ${loads}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

/** Sizes of the build: the first view (static and in Excel), the functions, what loads on demand. */
async function measureSizes(dir: string, summary: BuildSummary, html: string) {
  const view = firstViewFiles(summary, html);
  const viewSizes = view.map((entry) => fileSize(dir, entry.file));
  const pageScripts = pageAssets(html);
  const excelSizes = [...pageScripts.scripts, ...pageScripts.stylesheets].map((file) =>
    fileSize(dir, file)
  );
  const functionsSizes = functionsEntrypointFiles(summary).map((file) => fileSize(dir, file));
  const functionsJson = fileSize(dir, "functions.json");
  const onDemand = summary.chunkGroups
    .filter((group) => !group.entrypoint)
    .map((group) => {
      const groupFiles = summary.chunks
        .filter((chunk) => group.chunks.includes(chunk.id))
        .flatMap((chunk) => chunk.files)
        .filter((file) => /\.(m?js|css)$/.test(file) && !view.some((entry) => entry.file === file));
      return {
        name: group.name ?? "(unnamed)",
        gzip: totalOf(groupFiles.map((file) => fileSize(dir, file))).gzip,
      };
    })
    .filter((group) => group.gzip > 0);
  const chartFiles = filesWithPackage(summary, "chart.js");
  const expectedFunctions = (
    JSON.parse(await fs.readFile(path.join(dir, "functions.json"), "utf8")) as {
      functions: unknown[];
    }
  ).functions.length;
  return {
    view,
    viewSizes,
    viewTotal: totalOf(viewSizes),
    excelSizes,
    excelTotal: totalOf(excelSizes),
    functionsSizes,
    functionsJson,
    functionsOwn: functionsSizes.find((size) => size.file.startsWith("functions.")),
    functionsTotal: totalOf([...functionsSizes, functionsJson]),
    onDemand,
    chartInView: view.some((entry) => chartFiles.includes(entry.file)),
    expectedFunctions,
  };
}
type Sizes = Awaited<ReturnType<typeof measureSizes>>;

/** The build's checks: content hashes, no eval, no source maps, the functions' script first. */
function buildChecks(dir: string, files: readonly string[], summary: BuildSummary, html: string) {
  return {
    unhashed: unhashedFiles(files),
    scripts: files.filter((file) => /\.(m?js|css)$/.test(file)),
    evals: evalUses(dir, files),
    maps: sourceMapTraces(dir, files),
    order: functionsFirst(summary, html),
  };
}
type Checks = ReturnType<typeof buildChecks>;

/** Cold loads in Chromium, and what they requested compared with the static first view. */
async function observeLoads(
  dir: string,
  summary: BuildSummary,
  sizes: Sizes,
  context: BenchContext
) {
  const loads = Number(context.options.loads ?? DEFAULT_LOADS);
  context.log(`bundle: ${loads} cold loads of the pane and of a bare page in headless Chromium`);
  const pane = await measureLoads(dir, summary, loads, context);
  const observedFiles = [...new Set(pane.requested.flat())];
  const observedSizes = observedFiles.map((file) => fileSize(dir, file));
  const staticSet = sizes.view.map((entry) => entry.file);
  return {
    pane,
    observedFiles,
    observedSizes,
    observedTotal: totalOf(observedSizes),
    missingFromStatic: observedFiles.filter((file) => !staticSet.includes(file)),
    notRequested: staticSet.filter((file) => !observedFiles.includes(file)),
    sameEveryLoad: pane.requested.every(
      (list) =>
        list.length === pane.requested[0].length &&
        list.every((file) => pane.requested[0].includes(file))
    ),
  };
}
type Loads = Awaited<ReturnType<typeof observeLoads>>;

const withinBudget = (bytes: number) => bytes <= FIRST_VIEW_BUDGET_BYTES;
const BUDGET_TEXT = `≤ ${kB(FIRST_VIEW_BUDGET_BYTES)} gzip`;
const ofBudget = (bytes: number) =>
  `${((100 * bytes) / FIRST_VIEW_BUDGET_BYTES).toFixed(0)}% of the budget`;

function sizeRows(sizes: Sizes, loads: Loads): BenchRow[] {
  const { viewTotal, excelTotal, functionsTotal, functionsOwn, functionsJson } = sizes;
  const { observedTotal, observedFiles, missingFromStatic, notRequested } = loads;
  return [
    benchRow("First view (static): taskpane.html's scripts + chunks its entry imports at start", {
      result: `${kB(viewTotal.gzip)} gzip -9`,
      baseline: ofBudget(viewTotal.gzip),
      budget: BUDGET_TEXT,
      met: metText(withinBudget(viewTotal.gzip)),
      detail: `${kB(viewTotal.raw)} raw; ${sizeList(sizes.viewSizes)}`,
    }),
    benchRow("First view as loaded: what Chromium requested before the first enabled button", {
      result: `${kB(observedTotal.gzip)} gzip -9`,
      baseline: ofBudget(observedTotal.gzip),
      budget: BUDGET_TEXT,
      met: metText(withinBudget(observedTotal.gzip)),
      detail:
        `${observedFiles.length} files, ${kB(observedTotal.raw)} raw; ` +
        (missingFromStatic.length === 0 && notRequested.length === 0
          ? "the same files as the static set"
          : `beyond the static set: ${missingFromStatic.join(", ") || "none"}; not requested: ${notRequested.join(", ") || "none"}`) +
        (loads.sameEveryLoad ? "; the same in every load" : "; NOT the same in every load"),
    }),
    benchRow("First view in Excel: taskpane.html's scripts (no preview chunks)", {
      result: `${kB(excelTotal.gzip)} gzip -9`,
      baseline: ofBudget(excelTotal.gzip),
      budget: BUDGET_TEXT,
      met: metText(withinBudget(excelTotal.gzip)),
      detail: `${kB(excelTotal.raw)} raw; plus office.js from Microsoft's CDN`,
    }),
    benchRow("Functions: runtime + engine + functions scripts + functions.json", {
      result: `${kB(functionsTotal.gzip)} gzip -9`,
      baseline: `${((100 * functionsTotal.gzip) / TEMPLATE_FUNCTIONS_GZIP).toFixed(0)}% of Microsoft's functions template (${kB(TEMPLATE_FUNCTIONS_GZIP)}, docs)`,
      budget: "in the first view",
      met: metText(withinBudget(viewTotal.gzip)),
      detail:
        `${kB(functionsTotal.raw)} raw; functions script ${kB(functionsOwn?.gzip ?? 0)} (${kB(functionsOwn?.raw ?? 0)} raw), ` +
        `functions.json ${kB(functionsJson.gzip)} (${kB(functionsJson.raw)} raw); ${sizeList(sizes.functionsSizes)}`,
    }),
    benchRow("Loaded on demand after an owner's action (not in the first view)", {
      result: `${kB(sizes.onDemand.reduce((sum, group) => sum + group.gzip, 0))} gzip -9`,
      budget: "chart.js not in the first view",
      met: metText(!sizes.chartInView),
      detail: sizes.onDemand.map((group) => `${group.name} ${kB(group.gzip)}`).join(", "),
    }),
  ];
}

function loadRows({ pane }: Loads): BenchRow[] {
  const registeredFirst = pane.registeredFirst.every((ok) => ok) && pane.registeredFirst.length > 0;
  const readyMedian = median(pane.ready);
  const baselineMedian = median(pane.baselineReady);
  return [
    benchRow(
      `Pane ready: navigation start → first enabled button (median of ${pane.ready.length} cold loads)`,
      {
        result: ms(readyMedian),
        baseline: `${(readyMedian / baselineMedian).toFixed(1)}× a bare page with one button (${ms(baselineMedian)})`,
        detail:
          `range ${ms(Math.min(...pane.ready))}–${ms(Math.max(...pane.ready))}; DOMContentLoaded ${ms(median(pane.domContentLoaded))}, ` +
          `first render ${ms(median(pane.firstRender))}, load event ${ms(median(pane.loadEvent))}; ` +
          `main thread busy ${ms(median(pane.mainThreadMs))} of CPU by then (bare page ${ms(median(pane.baselineMainThreadMs))}); ` +
          `first enabled button "${pane.readyButtons[0] ?? ""}"`,
      }
    ),
    benchRow("Functions registered: first → last CustomFunctions.associate (median)", {
      result: `${ms(median(pane.firstAssociate))} → ${ms(median(pane.lastAssociate))}`,
      budget: "before the React UI is parsed",
      met: metText(registeredFirst),
      detail:
        `${pane.associateCounts[0] ?? 0} functions; React's chunk starts running at ${ms(median(pane.reactStart))} ` +
        `(after Chromium has compiled it), the taskpane chunk at ${ms(median(pane.taskpaneStart))}, first render ${ms(median(pane.firstRender))}; ` +
        `registered first in ${pane.registeredFirst.filter((ok) => ok).length} of ${pane.registeredFirst.length} loads`,
    }),
  ];
}

function checkRows(checks: Checks): BenchRow[] {
  const { unhashed, scripts, evals, maps, order } = checks;
  return [
    benchRow("Build: scripts named with a content hash", {
      result: `${scripts.length - unhashed.length} of ${scripts.length}`,
      budget: "all",
      met: metText(unhashed.length === 0),
      detail: unhashed.length === 0 ? "[name].[contenthash].js" : `without: ${unhashed.join(", ")}`,
    }),
    benchRow("Build: eval( or new Function in the scripts", {
      result: evals.length === 0 ? "none" : `${evals.length}`,
      budget: "none",
      met: metText(evals.length === 0),
      detail: evals.join("; "),
    }),
    benchRow("Build: source maps (.map files, sourceMappingURL)", {
      result: maps.length === 0 ? "none" : `${maps.length}`,
      budget: "none",
      met: metText(maps.length === 0),
      detail: maps.join("; "),
    }),
    benchRow("Build: functions script injected before the taskpane's and React's", {
      result: order.ok ? "yes" : "no",
      budget: "yes",
      met: metText(order.ok),
      detail: order.order.map((file) => file.replace(/\.[0-9a-f]{16,}\./, ".…")).join(" → "),
    }),
  ];
}

/** What must hold for the figures to mean anything. */
function sanityChecks(sizes: Sizes, { pane, observedFiles }: Loads) {
  return [
    {
      check: "every load reached an enabled button",
      ok: pane.ready.every((t) => Number.isFinite(t)),
    },
    {
      check: "every baseline load reached its button",
      ok: pane.baselineReady.every((t) => Number.isFinite(t)),
    },
    {
      check: `every load registered the ${sizes.expectedFunctions} functions of functions.json`,
      ok: pane.associateCounts.every((n) => n === sizes.expectedFunctions),
    },
    {
      check: "React's chunk was seen running in every load",
      ok: pane.reactStart.every((t) => Number.isFinite(t)),
    },
    { check: "the first view requested its files", ok: observedFiles.length > 0 },
  ];
}

function suiteNotes(
  summary: BuildSummary,
  files: readonly string[],
  sizes: Sizes,
  { pane }: Loads,
  failed: readonly { check: string }[],
  sanityCount: number
): string[] {
  return [
    `Build: webpack ${summary.webpack}, production, in ${summary.seconds.toFixed(1)} s; ${files.length} files. ` +
      `Sizes: gzip -9 (zlib level 9) of each file, 1 kB = 1,000 bytes. The static first view: ${sizes.view
        .map((entry) => `${entry.file.replace(/\.[0-9a-f]{16,}\./, ".…")} (${entry.why})`)
        .join(
          "; "
        )}. In Excel the preview's chunks are not loaded; office.js (Microsoft's CDN) is not counted, as for the template.`,
    `Chromium ${pane.browser} headless (test/support/browser.ts' flags), pane viewport 350×900, served from 127.0.0.1 with no-store; ` +
      `office.js cannot load (every other host fails to resolve, in Chromium: Playwright's request routing would hold each request for its driver), ` +
      `so the pane starts its preview; a stub CustomFunctions global (init script) records associate(). ` +
      `${pane.ready.length} measured rounds after ${WARMUP_LOADS} warm-up, each round one pane load and one bare-page load in fresh contexts ` +
      `with the cache disabled (order alternating). Times are performance.now() in the page, from navigation start. ` +
      `Main thread busy = Chromium's TaskDuration (CDP Performance.getMetrics, thread CPU time) read as the page is seen ready, ` +
      `which other processes sway less than wall time. "React's chunk" = the chunk holding react-dom; a chunk "starts running" when its file's code pushes itself onto webpack's chunk array.`,
    pane.problems.length === 0
      ? "No console errors or page errors during the loads (office.js' failed request aside)."
      : `Console or page errors during the loads: ${[...new Set(pane.problems)].join(" | ")}`,
    failed.length === 0
      ? `Sanity: all ${sanityCount} checks passed.`
      : `SANITY FAILED: ${failed.map((check) => check.check).join("; ")}.`,
  ];
}

async function runBundleSuite(context: BenchContext): Promise<SuiteResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lead-tally-bench-build-"));
  try {
    context.log("bundle: production build");
    const summary = await buildProduction(dir);
    const html = await fs.readFile(path.join(dir, "taskpane.html"), "utf8");
    const files = listFiles(dir);
    const sizes = await measureSizes(dir, summary, html);
    const checks = buildChecks(dir, files, summary, html);
    const loads = await observeLoads(dir, summary, sizes, context);
    const rows = [...sizeRows(sizes, loads), ...loadRows(loads), ...checkRows(checks)];
    const sanity = sanityChecks(sizes, loads);
    const failed = sanity.filter((check) => !check.ok);
    return {
      suite: "bundle",
      title: "What the pane loads and when it is ready",
      rows,
      notes: suiteNotes(summary, files, sizes, loads, failed, sanity.length),
      targetsMet: rows.every((row) => row.cells.Met !== "NO"),
      sane: failed.length === 0,
      raw: {
        build: {
          seconds: summary.seconds,
          webpack: summary.webpack,
          warnings: summary.warnings,
          files,
        },
        firstView: sizes.view.map((entry, i) => ({ ...entry, ...sizes.viewSizes[i] })),
        excelFirstView: sizes.excelSizes,
        functions: { scripts: sizes.functionsSizes, json: sizes.functionsJson },
        onDemand: sizes.onDemand,
        observed: { files: loads.observedSizes, perLoad: loads.pane.requested },
        pane: loads.pane,
        checks: {
          unhashed: checks.unhashed,
          evals: checks.evals,
          maps: checks.maps,
          order: checks.order,
        },
      },
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export const bundleSuite: BenchSuite = { name: "bundle", run: runBundleSuite };
