/**
 * The harness of the browser tests (test/browser): the production bundle, served over plain http
 * on 127.0.0.1 by a tiny static server, opened in headless Chromium driven by playwright-core.
 *
 * - The bundle is built once per jest run by browserSetup.ts (the browser project's globalSetup)
 *   into a temporary folder, never into dist/.
 * - office.js is routed to fail, as on a machine without access to Microsoft's CDN: the pane
 *   must start without it and say it is not connected to Excel.
 * - Every other request that leaves the local server is aborted too, and recorded: a test fails
 *   on any, as on any console error, page error, failed local request or http error.
 * - Chromium comes from the system (see scripts/install-browser.js); when there is none the tests
 *   fail with a message that says how to install one. They never skip.
 */
import { spawn } from "child_process";
import { promises as fs } from "fs";
import * as http from "http";
import { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { BrowserContext, ConsoleMessage, Page, chromium } from "playwright-core";
import * as axe from "axe-core";
import { HOW_TO_INSTALL, findBrowser } from "../../scripts/install-browser";

export const ROOT = path.resolve(__dirname, "..", "..");

/** Set by browserSetup.ts: the folder that holds the production bundle. */
export const BUNDLE_DIR_VARIABLE = "LEAD_TALLY_BROWSER_BUNDLE";
/** Set by browserSetup.ts when the build failed: what webpack said. */
export const BUILD_ERROR_VARIABLE = "LEAD_TALLY_BROWSER_BUILD_ERROR";

/** office.js, which taskpane.html loads from Microsoft's CDN. */
export const OFFICE_JS_PATTERN = "https://appsforoffice.microsoft.com/**";
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** A task pane is narrow: about this size in Excel on the web and on Windows. */
export const PANE_VIEWPORT = { width: 350, height: 900 } as const;

export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The Chromium to use, or an error that says plainly how to install one. */
export function browserExecutable(): string {
  const found = findBrowser();
  if (found.path !== null) return found.path;
  throw new Error(
    `The browser tests (test/browser) need Chromium or Chrome, and there is none here:\n` +
      `  ${found.problem}\n\n` +
      "Run `npm run install:browser`: on Debian and Ubuntu it installs Debian's chromium package " +
      "with apt-get.\n" +
      HOW_TO_INSTALL
  );
}

// ---------------------------------------------------------------------------------------------
// The production bundle

/** Runs webpack --mode production into outputDir; resolves with its output, rejects with it. */
export function buildBundle(outputDir: string): Promise<string> {
  const webpackBin = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [webpackBin, "--mode", "production", "--output-path", outputDir],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] }
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else
        reject(new Error(`webpack --mode production exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** The bundle's folder: the one browserSetup.ts built, or a fresh build when run without it. */
async function bundleDir(cleanup: (() => Promise<void>)[]): Promise<string> {
  const buildError = process.env[BUILD_ERROR_VARIABLE];
  if (buildError)
    throw new Error(`The production build failed, so the pane cannot be tested:\n${buildError}`);
  const built = process.env[BUNDLE_DIR_VARIABLE];
  if (built) return built;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "lead-tally-bundle-"));
  cleanup.push(() => fs.rm(dir, { recursive: true, force: true }));
  await buildBundle(dir);
  return dir;
}

// ---------------------------------------------------------------------------------------------
// The static server

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves the files under dir on a free port of 127.0.0.1; GET and HEAD only. */
export async function serveDirectory(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = http.createServer((request, response) => {
    void (async () => {
      if (request.method !== "GET" && request.method !== "HEAD") {
        response.writeHead(405, { Allow: "GET, HEAD" }).end();
        return;
      }
      const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
      // Browsers ask for a favicon by themselves; the pane has none and Office asks for none.
      if (pathname === "/favicon.ico") {
        response.writeHead(204).end();
        return;
      }
      const file = path.resolve(root, "." + (pathname === "/" ? "/taskpane.html" : pathname));
      if (file !== root && !file.startsWith(root + path.sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await fs.readFile(file);
        response.writeHead(200, {
          "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
          "Content-Length": body.length,
          "Cache-Control": "no-store",
        });
        response.end(request.method === "HEAD" ? undefined : body);
      } catch {
        response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// The pane in Chromium

export interface PaneSession {
  readonly page: Page;
  readonly context: BrowserContext;
  /** The local server's origin, e.g. http://127.0.0.1:41234. */
  readonly origin: string;
  /** The task pane's URL on the local server. */
  readonly url: string;
  /** Requests for office.js, each aborted. */
  readonly officeJsRequests: string[];
  /** Every other request that left the local server (each aborted). Should stay empty. */
  readonly externalRequests: string[];
  /** Console errors, page errors, failed local requests, http errors. Should stay empty. */
  readonly problems: string[];
  /** Loads the task pane afresh and waits for the load event. */
  load(): Promise<void>;
  close(): Promise<void>;
}

function describeConsole(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return `console.${message.type()}: ${message.text()}${url ? ` (${url}:${lineNumber + 1})` : ""}`;
}

/** Collects what a test must fail on from one page. */
function watchPage(page: Page, session: { problems: string[] }): void {
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // The one expected error: Chromium reports the aborted office.js script as a failed load.
    const { url } = message.location();
    if (
      url.startsWith(OFFICE_JS_ORIGIN + "/") &&
      message.text().startsWith("Failed to load resource")
    ) {
      return;
    }
    session.problems.push(describeConsole(message));
  });
  page.on("pageerror", (error) => {
    session.problems.push(`page error: ${error.stack ?? error.message}`);
  });
  page.on("crash", () => session.problems.push("page crashed"));
}

/**
 * Starts the static server and Chromium (a fresh profile in a temporary folder), with the routes
 * and recorders described at the top of this file. Whatever it started is stopped again if a
 * later step fails.
 */
export async function openPane(
  options: { viewport?: { width: number; height: number } } = {}
): Promise<PaneSession> {
  const cleanup: (() => Promise<void>)[] = [];
  const closeAll = async (): Promise<void> => {
    const errors: unknown[] = [];
    while (cleanup.length > 0) {
      const step = cleanup.pop()!;
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw errors[0];
  };

  try {
    const executablePath = browserExecutable();
    const dir = await bundleDir(cleanup);
    const server = await serveDirectory(dir);
    cleanup.push(() => server.close());
    const origin = server.origin;

    const userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), "lead-tally-chromium-"));
    cleanup.push(() => fs.rm(userDataDir, { recursive: true, force: true }));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: options.viewport ?? PANE_VIEWPORT,
      timeout: 30_000,
    });
    cleanup.push(() => context.close());

    const officeJsRequests: string[] = [];
    const externalRequests: string[] = [];
    const problems: string[] = [];
    const session = { problems };

    // Routes run newest first: office.js first, then everything else that leaves the server.
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort("internetdisconnected")
    );
    await context.route(OFFICE_JS_PATTERN, (route) => route.abort());

    context.on("request", (request) => {
      const url = request.url();
      if (url.startsWith(origin + "/")) return;
      if (url.startsWith(OFFICE_JS_ORIGIN + "/")) officeJsRequests.push(url);
      else externalRequests.push(url);
    });
    context.on("requestfailed", (request) => {
      const url = request.url();
      if (url.startsWith(origin + "/")) {
        problems.push(`request failed: ${url}: ${request.failure()?.errorText ?? "unknown error"}`);
      }
    });
    context.on("response", (response) => {
      if (response.url().startsWith(origin + "/") && response.status() >= 400) {
        problems.push(`http ${response.status()}: ${response.url()}`);
      }
    });
    context.on("page", (page) => watchPage(page, session));
    const page = context.pages()[0] ?? (await context.newPage());
    if (context.pages().length > 0) watchPage(page, session);

    const url = `${origin}/taskpane.html`;
    return {
      page,
      context,
      origin,
      url,
      officeJsRequests,
      externalRequests,
      problems,
      load: async () => {
        await page.goto(url, { waitUntil: "load", timeout: 30_000 });
      },
      close: closeAll,
    };
  } catch (error) {
    await closeAll().catch(() => undefined);
    throw error;
  }
}

/**
 * One pane session for the tests of a describe block (or file): opened before the first test,
 * closed after the last, however they end. After each test, the test fails on any console
 * error, page error or external request it caused.
 */
export function usePane(
  options: { viewport?: { width: number; height: number } } = {}
): () => PaneSession {
  let session: PaneSession | undefined;
  beforeAll(async () => {
    session = await openPane(options);
  });
  afterEach(() => {
    if (!session) return;
    const problems = session.problems.splice(0);
    const external = session.externalRequests.splice(0);
    expect({ problems, externalRequests: external }).toEqual({
      problems: [],
      externalRequests: [],
    });
  });
  afterAll(async () => {
    await session?.close();
    session = undefined;
  });
  return () => {
    if (!session) throw new Error("The pane session did not start (see the error in beforeAll).");
    return session;
  };
}

// ---------------------------------------------------------------------------------------------
// axe-core

type AxeViolation = axe.Result;

/**
 * axe's rules that judge a whole web page rather than a task pane, left out: a narrow pane inside
 * Excel needs no main landmark of its own, nor all content inside landmarks (Excel's window has
 * them). These are "best-practice" rules, not WCAG success criteria; every other rule axe runs by
 * default is kept, best-practice ones included (the pane has its level-one heading).
 */
export const AXE_RULES_OFF: readonly string[] = ["landmark-one-main", "region"];
type AxeGlobal = {
  axe: { run(context: axe.ElementContext, options: axe.RunOptions): Promise<axe.AxeResults> };
};

/** The violations axe-core finds in the page as it is now (axe's default rules but AXE_RULES_OFF). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => "axe" in window);
  if (!injected) {
    // Evaluated through the DevTools protocol, so a Content-Security-Policy does not block it.
    await page.evaluate(axe.source);
  }
  return page.evaluate(async (rulesOff) => {
    const rules = Object.fromEntries(rulesOff.map((id) => [id, { enabled: false }]));
    // Fluent UI's focus library (tabster) puts focusable, aria-hidden "dummy" elements at the
    // edges of focus groups on purpose: they only pass focus on, and hiding them from screen
    // readers is what keeps them silent. axe's aria-hidden-focus flags them (microsoft/tabster
    // issue 288, a known Fluent v9 false positive), so they are left out of what axe checks.
    const context = { include: [document], exclude: [["[data-tabster-dummy]"]] };
    const results = await (window as unknown as AxeGlobal).axe.run(context, {
      resultTypes: ["violations"],
      rules,
    });
    return results.violations;
  }, AXE_RULES_OFF);
}

/** Violations as lines a person can act on: rule, impact, what to do, and where. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const summary = (node.failureSummary ?? "").split("\n").join("\n      ");
          return `    at ${node.target.join(" ")}\n      ${node.html}\n      ${summary}`;
        })
        .join("\n");
      return `- ${violation.id} (${violation.impact ?? "no impact given"}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join("\n");
}

/** Fails with every violation spelled out; `when` says what the page was showing. */
export async function expectNoAxeViolations(page: Page, when: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(
      `axe-core found ${violations.length} accessibility violation(s) ${when}:\n${formatViolations(violations)}`
    );
  }
}
