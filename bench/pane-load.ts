/**
 * Cold loads of the task pane's production build in headless Chromium, measured inside the page.
 *
 * The browser side comes from the browser tests' harness (test/support/browser.ts): the same
 * Chromium, flags, pane-sized viewport and static server on 127.0.0.1. office.js cannot load, so
 * the pane starts as in a browser outside Excel (the preview): by default every host but 127.0.0.1
 * fails to resolve inside Chromium, rather than through Playwright's request routing, which the
 * browser tests use and which holds every request until its driver process answers (see
 * Blocking). Each load gets a fresh browser context with the HTTP cache disabled (and the server
 * sends no-store).
 *
 * An init script, run before any of the page's own scripts, records with performance.now()
 * (milliseconds since navigation start):
 * - the custom functions' registration, through a stub global CustomFunctions whose associate()
 *   notes each call (the functions bundle registers only where CustomFunctions exists, as in
 *   Excel's shared runtime);
 * - when each webpack chunk starts and ends evaluating: every chunk file's code is one push onto
 *   webpack's chunk-loading array, which the script wraps; a chunk's push starts only after
 *   Chromium has compiled the file, and deferred scripts run one after another in page order;
 * - the first element the pane renders into #container (React's first commit);
 * - the first enabled button (a MutationObserver on the whole document): "pane ready".
 * After that, the page's resource timing tells which files were requested before the pane was
 * ready.
 */
import { Browser, chromium } from "playwright-core";
import {
  CHROMIUM_ARGS,
  OFFICE_JS_PATTERN,
  PANE_VIEWPORT,
  browserExecutable,
} from "../test/support/browser";

export interface ChunkMark {
  readonly ids: (string | number)[];
  readonly start: number;
  readonly end: number | null;
}

export interface LoadMarks {
  readonly associate: { readonly id: string; readonly t: number }[];
  readonly chunks: ChunkMark[];
  readonly firstRender: number | null;
  readonly ready: number | null;
  readonly readyButton: string | null;
}

export interface ResourceMark {
  readonly name: string;
  readonly initiatorType: string;
  readonly startTime: number;
  readonly responseEnd: number;
  readonly encodedBodySize: number;
}

export interface LoadResult {
  readonly url: string;
  /** The renderer's main thread by the time the page was seen ready (CDP Performance.getMetrics), ms. */
  readonly mainThread: { readonly taskMs: number; readonly scriptMs: number };
  readonly marks: LoadMarks;
  readonly resources: ResourceMark[];
  readonly domContentLoaded: number;
  readonly loadEvent: number;
  readonly problems: string[];
}

/** The instrumentation, as the text of an init script (it runs in the page, not in Node). */
function instrumentation(chunkLoadingGlobal: string): string {
  return `(() => {
  const marks = { associate: [], chunks: [], firstRender: null, ready: null, readyButton: null };
  Object.defineProperty(window, "__leadTallyBench", { value: marks });

  class StubError extends Error {
    constructor(code, message) { super(message === undefined ? code : message); this.code = code; }
  }
  window.CustomFunctions = {
    associate(id) { marks.associate.push({ id: String(id), t: performance.now() }); },
    Error: StubError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };

  // webpack's chunk-loading array: each chunk file pushes itself; the runtime replaces push.
  const queue = [];
  let current = Array.prototype.push.bind(queue);
  let depth = 0;
  Object.defineProperty(queue, "push", {
    configurable: true,
    get() {
      const target = current;
      return function (...items) {
        const outer = depth === 0;
        const recorded = outer
          ? items.map((item) => ({ ids: Array.isArray(item) ? item[0] : [], start: performance.now(), end: null }))
          : [];
        depth++;
        try {
          return target.apply(this, items);
        } finally {
          depth--;
          const end = performance.now();
          for (const mark of recorded) { mark.end = end; marks.chunks.push(mark); }
        }
      };
    },
    set(fn) { current = fn; },
  });
  globalThis[${JSON.stringify(chunkLoadingGlobal)}] = queue;

  const enabledButton = () => {
    for (const button of document.querySelectorAll("button")) {
      if (!button.disabled && button.getAttribute("aria-disabled") !== "true") return button;
    }
    return null;
  };
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (marks.firstRender === null) {
      const container = document.getElementById("container");
      if (container !== null && container.firstElementChild !== null) marks.firstRender = now;
    }
    const button = enabledButton();
    if (button !== null) {
      marks.ready = now;
      marks.readyButton = (button.textContent || button.getAttribute("aria-label") || "").trim().slice(0, 60);
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["disabled", "aria-disabled"] });
})();`;
}

export interface PaneBrowser {
  readonly version: string;
  /** Loads url in a fresh context with the cache disabled; resolves when a button is enabled. */
  load(url: string, chunkLoadingGlobal: string): Promise<LoadResult>;
  close(): Promise<void>;
}

/**
 * How requests to other hosts (office.js) are kept from leaving: "route", as the browser tests do
 * (Playwright intercepts every request and its driver process decides, which delays each one), or
 * "resolver", Chromium's own host rules (every host but 127.0.0.1 fails to resolve, in the browser).
 */
export type Blocking = "route" | "resolver";

export async function launchPaneBrowser(blocking: Blocking = "resolver"): Promise<PaneBrowser> {
  const browser: Browser = await chromium.launch({
    executablePath: browserExecutable(),
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      ...(blocking === "resolver"
        ? ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
        : []),
    ],
    timeout: 30_000,
  });
  return {
    version: browser.version(),
    load: async (url, chunkLoadingGlobal) => {
      const origin = new URL(url).origin;
      const context = await browser.newContext({ viewport: PANE_VIEWPORT });
      try {
        if (blocking === "route") {
          await context.route(
            (target) => target.origin !== origin,
            (route) => route.abort("internetdisconnected")
          );
          await context.route(OFFICE_JS_PATTERN, (route) => route.abort());
        }
        await context.addInitScript({ content: instrumentation(chunkLoadingGlobal) });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
        page.on("console", (message) => {
          const at = message.location().url;
          if (
            message.type() === "error" &&
            !at.startsWith("https://appsforoffice.microsoft.com/")
          ) {
            problems.push(`console.error: ${message.text()}`);
          }
        });
        const cdp = await context.newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
        await cdp.send("Performance.enable", { timeDomain: "threadTicks" });

        await page.goto(url, { waitUntil: "commit", timeout: 30_000 });
        await page.waitForFunction(
          () =>
            (window as unknown as { __leadTallyBench: LoadMarks }).__leadTallyBench.ready !== null,
          undefined,
          { timeout: 30_000, polling: "raf" }
        );
        // CPU time of the main thread so far: less swayed by other processes than wall time.
        const { metrics } = await cdp.send("Performance.getMetrics");
        const metric = (name: string) =>
          1000 * (metrics.find((entry) => entry.name === name)?.value ?? Number.NaN);
        const mainThread = { taskMs: metric("TaskDuration"), scriptMs: metric("ScriptDuration") };
        await page.waitForLoadState("load", { timeout: 30_000 });
        return await page
          .evaluate((target) => {
            const marks = (window as unknown as { __leadTallyBench: LoadMarks }).__leadTallyBench;
            const navigation = performance.getEntriesByType(
              "navigation"
            )[0] as PerformanceNavigationTiming;
            const resources = (
              performance.getEntriesByType("resource") as PerformanceResourceTiming[]
            ).map((entry) => ({
              name: entry.name,
              initiatorType: entry.initiatorType,
              startTime: entry.startTime,
              responseEnd: entry.responseEnd,
              encodedBodySize: entry.encodedBodySize,
            }));
            return {
              url: target,
              marks: JSON.parse(JSON.stringify(marks)) as LoadMarks,
              resources,
              domContentLoaded: navigation.domContentLoadedEventEnd,
              loadEvent: navigation.loadEventEnd,
              problems: [] as string[],
            };
          }, url)
          .then((result) => ({ ...result, problems, mainThread }));
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}
