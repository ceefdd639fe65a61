/**
 * Builds the add-in for production, as `npm run build` does (webpack.config.js, mode production),
 * into a folder of the caller's choice (never dist/, which a developer's dev server may be using),
 * and hands back what the size budgets need from webpack's own records: which chunk holds what,
 * which chunk groups load on demand and which module imports each. Plain Node, so that both the
 * bench (scripts/bench.js) and the budget tests (test/unit/build/) run it in a child process:
 *
 *   node bench/production-build.js OUTPUT_DIR      prints the summary as JSON on stdout
 *
 * webpack's own output goes to stderr; the exit code is 1 when the build fails.
 */
/* global require, module, process, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script, as scripts/ are */
"use strict";

const path = require("path");

const ROOT = path.resolve(__dirname, "..");

/** A path relative to the repository, with forward slashes; node_modules paths keep the package. */
function relative(file) {
  return path.relative(ROOT, file).split(path.sep).join("/");
}

/** "react-dom", "@fluentui/react-tabs": the package a module file belongs to, or null for ours. */
function packageOf(resource) {
  const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(resource);
  return match === null ? null : match[1].replace(/\\/g, "/");
}

/** Every module inside a chunk, concatenated modules opened up. */
function resourcesOf(compilation, chunk) {
  const resources = [];
  const visit = (module) => {
    if (Array.isArray(module.modules)) module.modules.forEach(visit);
    else if (typeof module.resource === "string") resources.push(module.resource);
  };
  compilation.chunkGraph.getChunkModules(chunk).forEach(visit);
  return resources;
}

/** The summary of a finished compilation: plain data, written as JSON. */
function summarise(compilation, outputDir, seconds) {
  const chunks = [...compilation.chunks].map((chunk) => {
    const resources = resourcesOf(compilation, chunk);
    const packages = [...new Set(resources.map(packageOf).filter((name) => name !== null))].sort();
    const sources = resources.filter((resource) => packageOf(resource) === null).map(relative);
    return {
      id: chunk.id,
      name: chunk.name ?? null,
      files: [...chunk.files].sort(),
      auxiliaryFiles: [...chunk.auxiliaryFiles].sort(),
      initial: chunk.canBeInitial(),
      packages,
      sources: sources.sort(),
    };
  });
  const chunkGroups = [...compilation.chunkGroups].map((group) => ({
    name: group.name ?? null,
    entrypoint: group.isInitial(),
    chunks: group.chunks.map((chunk) => chunk.id),
    // Where the group is imported: the importing module and the import's request.
    origins: group.origins.map((origin) => ({
      module: origin.module && origin.module.resource ? relative(origin.module.resource) : null,
      request: origin.request ?? null,
    })),
  }));
  const entries = {};
  for (const [name, entry] of compilation.entries) {
    entries[name] = entry.dependencies.map((dependency) =>
      relative(path.resolve(ROOT, dependency.request))
    );
  }
  return {
    outputDir,
    seconds,
    webpack: require("webpack/package.json").version,
    chunkLoadingGlobal: compilation.outputOptions.chunkLoadingGlobal,
    entries,
    chunks,
    chunkGroups,
    assets: Object.keys(compilation.assets).sort(),
    warnings: compilation.warnings.map((warning) => String(warning.message).split("\n")[0]),
  };
}

/** Builds into outputDir; resolves with the summary, rejects with webpack's errors. */
async function buildProduction(outputDir) {
  const webpack = require("webpack");
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const started = Date.now();
  const previous = process.cwd();
  process.chdir(ROOT); // the config's paths are relative to the repository
  try {
    const config = await makeConfig({}, { mode: "production" });
    config.mode = "production";
    config.output = { ...config.output, path: path.resolve(outputDir) };
    const stats = await new Promise((resolve, reject) => {
      const compiler = webpack(config);
      compiler.run((error, result) => {
        compiler.close(() => (error ? reject(error) : resolve(result)));
      });
    });
    if (stats.hasErrors()) {
      throw new Error(stats.toString({ all: false, errors: true, errorDetails: true }));
    }
    return summarise(stats.compilation, path.resolve(outputDir), (Date.now() - started) / 1000);
  } finally {
    process.chdir(previous);
  }
}

module.exports = { buildProduction };

if (require.main === module) {
  const outputDir = process.argv[2];
  if (!outputDir) {
    process.stderr.write("usage: node bench/production-build.js OUTPUT_DIR\n");
    process.exit(2);
  }
  buildProduction(outputDir).then(
    (summary) => process.stdout.write(`${JSON.stringify(summary)}\n`),
    (error) => {
      process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      process.exit(1);
    }
  );
}
