/**
 * The size budgets of the production build, and how they are measured: shared by the bench
 * (bench/bundle.bench.ts, which also watches the pane load in Chromium) and the budget tests
 * (test/unit/build/budgets.test.ts). Sizes are deterministic, so they can be tests; times are not.
 *
 * The first view, statically: every script and stylesheet taskpane.html loads (the bundles
 * HtmlWebpackPlugin injects), plus every chunk of each chunk group the entry modules themselves
 * import on demand (webpack's records: a chunk group whose import sits in src/taskpane/index.tsx
 * or src/functions/register.ts), since the entry runs those imports as the page starts (the
 * preview's workbook, in a browser outside Excel). Chunk groups imported further down (the tally
 * table, chart.js, the balance) load on an owner's action and are not part of the first view. The
 * bench checks this set against the requests Chromium makes before the pane's first enabled button.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

/**
 * Microsoft's React task pane template loads 165 KB gzipped of script before office.js; Lead
 * Tally's whole first view must load no more (1 kB = 1,000 bytes, gzip -9).
 */
export const FIRST_VIEW_BUDGET_BYTES = 165_000;

/** The repository: the folder above this file's that holds webpack.config.js (also when compiled). */
function repositoryRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "webpack.config.js"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no webpack.config.js above ${__dirname}`);
  }
}

const ROOT = repositoryRoot();
const BUILD_SCRIPT = path.join(ROOT, "bench", "production-build.js");

/** What bench/production-build.js prints: webpack's records of one production build. */
export interface BuildSummary {
  readonly outputDir: string;
  readonly seconds: number;
  readonly webpack: string;
  readonly chunkLoadingGlobal: string;
  /** Entry name → its modules, relative to the repository. */
  readonly entries: Readonly<Record<string, readonly string[]>>;
  readonly chunks: readonly {
    readonly id: string | number;
    readonly name: string | null;
    readonly files: readonly string[];
    readonly auxiliaryFiles: readonly string[];
    readonly initial: boolean;
    /** npm packages with modules in the chunk. */
    readonly packages: readonly string[];
    /** The repository's own modules in the chunk. */
    readonly sources: readonly string[];
  }[];
  readonly chunkGroups: readonly {
    readonly name: string | null;
    readonly entrypoint: boolean;
    readonly chunks: readonly (string | number)[];
    readonly origins: readonly {
      readonly module: string | null;
      readonly request: string | null;
    }[];
  }[];
  readonly assets: readonly string[];
  readonly warnings: readonly string[];
}

/**
 * Builds for production into outputDir, in a child process; resolves with webpack's records.
 * `productionUrl`, when given, is passed as LEAD_TALLY_URL (scripts/production-url.js); without
 * it the child builds with none, whatever this process's environment says.
 */
export function buildProduction(outputDir: string, productionUrl?: string): Promise<BuildSummary> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.LEAD_TALLY_URL;
    if (productionUrl !== undefined) env.LEAD_TALLY_URL = productionUrl;
    const child = spawn(process.execPath, [BUILD_SCRIPT, outputDir], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) {
        reject(new Error(`the production build failed (exit ${code}):\n${stderr.slice(-4000)}`));
        return;
      }
      const lines = stdout.trim().split("\n");
      resolve(JSON.parse(lines[lines.length - 1]) as BuildSummary);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The page

export interface PageAssets {
  /** Local scripts, in document order. */
  readonly scripts: string[];
  readonly stylesheets: string[];
  /** Scripts from other hosts (office.js), in document order. */
  readonly externalScripts: string[];
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match === null ? null : (match[1] ?? match[2] ?? match[3]);
}

const isExternal = (url: string): boolean => /^(https?:)?\/\//i.test(url);

/** The scripts and stylesheets an HTML page loads, from its tags (minified HTML included). */
export function pageAssets(html: string): PageAssets {
  const scripts: string[] = [];
  const externalScripts: string[] = [];
  const stylesheets: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, "src");
    if (src === null) continue;
    (isExternal(src) ? externalScripts : scripts).push(src.replace(/^\.?\//, ""));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, "rel");
    const href = attribute(tag, "href");
    if (href !== null && rel !== null && /stylesheet/i.test(rel) && !isExternal(href)) {
      stylesheets.push(href.replace(/^\.?\//, ""));
    }
  }
  return { scripts, stylesheets, externalScripts };
}

// ---------------------------------------------------------------------------------------------
// The first view

export interface FirstViewFile {
  readonly file: string;
  /** "taskpane.html", or the chunk group and the module that imports it. */
  readonly why: string;
}

const isScriptOrStyle = (file: string): boolean => /\.(m?js|css)$/i.test(file);

/** The first view's files, statically (see the top of this file), in load order. */
export function firstViewFiles(summary: BuildSummary, html: string): FirstViewFile[] {
  const page = pageAssets(html);
  const files: FirstViewFile[] = [...page.scripts, ...page.stylesheets].map((file) => ({
    file,
    why: "taskpane.html",
  }));
  const entryModules = new Set(Object.values(summary.entries).flat());
  for (const group of summary.chunkGroups) {
    if (group.entrypoint) continue;
    const origin = group.origins.find((o) => o.module !== null && entryModules.has(o.module));
    if (origin === undefined) continue;
    for (const id of group.chunks) {
      const chunk = summary.chunks.find((candidate) => candidate.id === id);
      for (const file of chunk?.files ?? []) {
        if (!isScriptOrStyle(file) || files.some((known) => known.file === file)) continue;
        files.push({
          file,
          why: `chunk group "${group.name ?? id}", imported by ${origin.module} (${origin.request})`,
        });
      }
    }
  }
  return files;
}

/** The files of the chunks holding an npm package (e.g. "chart.js", "react-dom"). */
export function filesWithPackage(summary: BuildSummary, name: string): string[] {
  return summary.chunks
    .filter((chunk) => chunk.packages.includes(name))
    .flatMap((chunk) => chunk.files.filter(isScriptOrStyle));
}

/** The files of an entry's own chunk (named after the entry): "functions", "taskpane". */
export function entryFiles(summary: BuildSummary, entry: string): string[] {
  return summary.chunks
    .filter((chunk) => chunk.name === entry)
    .flatMap((chunk) => chunk.files.filter(isScriptOrStyle));
}

/** The scripts the functions need: those of the chunks of the "functions" entrypoint. */
export function functionsEntrypointFiles(summary: BuildSummary): string[] {
  const group = summary.chunkGroups.find((g) => g.entrypoint && g.name === "functions");
  const ids = new Set(group?.chunks ?? []);
  return summary.chunks
    .filter((chunk) => ids.has(chunk.id))
    .flatMap((chunk) => chunk.files.filter(isScriptOrStyle));
}

// ---------------------------------------------------------------------------------------------
// Sizes

export interface FileSize {
  readonly file: string;
  readonly raw: number;
  /** gzip -9 (zlib level 9), as a server compressing ahead of time would send it. */
  readonly gzip: number;
}

export function fileSize(dir: string, file: string): FileSize {
  const bytes = fs.readFileSync(path.join(dir, file));
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

export function totalOf(sizes: readonly FileSize[]): { raw: number; gzip: number } {
  return {
    raw: sizes.reduce((sum, size) => sum + size.raw, 0),
    gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Checks of the output folder

/** Every file under dir, relative, with forward slashes. */
export function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else found.push(child);
    }
  };
  walk("");
  return found.sort();
}

/** [name].[contenthash].js: the name, a dot, at least 16 hex digits, the extension. */
export const CONTENT_HASHED = /^[^/]*\.[0-9a-f]{16,}\.(m?js|css)$/;

/** Scripts and stylesheets whose names carry no content hash (browsers could keep stale copies). */
export function unhashedFiles(files: readonly string[]): string[] {
  return files.filter((file) => isScriptOrStyle(file) && !CONTENT_HASHED.test(path.basename(file)));
}

/** Dynamic code a strict Content-Security-Policy (no 'unsafe-eval') forbids. */
const EVAL_PATTERNS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: "eval(", pattern: /(?<![\w$.])eval\s*\(/ },
  { name: "new Function", pattern: /\bnew\s+Function\s*\(/ },
];

/** "file: eval(" for each script that contains eval( or new Function. */
export function evalUses(dir: string, files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files.filter(isScriptOrStyle)) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    for (const { name, pattern } of EVAL_PATTERNS) {
      if (pattern.test(text)) found.push(`${file}: ${name}`);
    }
  }
  return found;
}

/** Source maps in the output: .map files, and sourceMappingURL comments pointing at them. */
export function sourceMapTraces(dir: string, files: readonly string[]): string[] {
  const found = files.filter((file) => file.endsWith(".map"));
  for (const file of files.filter(isScriptOrStyle)) {
    if (/[#@]\s*sourceMappingURL\s*=/.test(fs.readFileSync(path.join(dir, file), "utf8"))) {
      found.push(`${file}: sourceMappingURL`);
    }
  }
  return found;
}

/**
 * Whether taskpane.html runs the functions' script before the task pane's and before any script
 * holding React: its scripts are deferred, and deferred scripts run in document order, so the
 * functions register before the React UI is parsed.
 */
export function functionsFirst(
  summary: BuildSummary,
  html: string
): { ok: boolean; order: string[]; functions: string | null; before: string[] } {
  const order = pageAssets(html).scripts;
  const functions = entryFiles(summary, "functions")[0] ?? null;
  const later = [
    ...entryFiles(summary, "taskpane"),
    ...filesWithPackage(summary, "react"),
    ...filesWithPackage(summary, "react-dom"),
  ];
  const at = functions === null ? -1 : order.indexOf(functions);
  // Scripts holding React that the page does not name load later, on demand.
  const before = [...new Set(later)].filter(
    (file) => order.includes(file) && order.indexOf(file) < at
  );
  // An async script runs whenever it arrives, out of document order.
  const asyncTag = [...html.matchAll(/<script\b[^>]*>/gi)].some(
    ([tag]) => functions !== null && tag.includes(functions) && /\sasync(\s|=|>)/i.test(tag)
  );
  return { ok: at >= 0 && before.length === 0 && !asyncTag, order, functions, before };
}
