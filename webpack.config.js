// Builds Lead Tally: one page, taskpane.html, which runs the task pane and the custom functions in
// one shared runtime (see manifest.xml). TypeScript goes through ts-loader only; `npm run
// typecheck` (tsc --noEmit) does the type checking, so the loader only transpiles.

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const devCerts = require("office-addin-dev-certs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const packageJson = require("./package.json");
const { describeBuildUrl, resolveProductionUrl, rewriteUrls } = require("./scripts/production-url");

const devServerPort = Number(packageJson.config.dev_server_port) || 3000;

/**
 * The dev server's `server` option. Office only loads add-ins over https from a certificate it
 * trusts, which office-addin-dev-certs makes and installs. Where it can make the certificate but
 * not install it (no sudo, say), serve https with the untrusted certificate; where it cannot make
 * one at all, serve plain http. Either way, say so plainly.
 */
async function devServerHttps() {
  try {
    const { ca, cert, key } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, cert, key } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const certFile = path.join(dir, "localhost.crt");
    const keyFile = path.join(dir, "localhost.key");
    if (fs.existsSync(certFile) && fs.existsSync(keyFile)) {
      console.warn(
        `\nWARNING: the developer certificate could not be installed as trusted on this machine:\n  ${reason.trim()}\n` +
          `Serving https with the untrusted certificate in ${dir}.\n` +
          "Browsers will warn and Office will not load the add-in until the certificate is trusted:\n" +
          "run `npx office-addin-dev-certs install` where you have administrator rights.\n"
      );
      return {
        type: "https",
        options: { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) },
      };
    }
    console.warn(
      `\nWARNING: no https certificate could be made on this machine:\n  ${reason.trim()}\n` +
        `Serving plain http on http://localhost:${devServerPort}/. Office will not load the add-in from http;\n` +
        "use this only to preview the pages in a browser.\n"
    );
    return "http";
  }
}

/**
 * The metadata plugin writes the JSDoc @helpurl values into functions.json as they are; in
 * production point the dev server's URLs at the production URL, as the manifest copy does.
 */
class ProductionUrlsInFunctionsJson {
  constructor(url) {
    this.url = url;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProductionUrlsInFunctionsJson", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "ProductionUrlsInFunctionsJson",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE,
        },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const json = rewriteUrls(asset.source.source().toString(), this.url);
          compilation.updateAsset("functions.json", new webpack.sources.RawSource(json));
        }
      );
    });
  }
}

/**
 * The task pane page's own stylesheet (its margins). A file, as the page's Content-Security-Policy
 * (in taskpane.html) allows no inline style; named by a hash of its content, as the scripts are,
 * so a browser never keeps a stale copy. The name is worked out when the config loads: restart the
 * dev server after changing the file.
 */
function pageStylesheet() {
  const source = path.resolve(__dirname, "src/taskpane/taskpane.css");
  const hash = crypto.createHash("sha256").update(fs.readFileSync(source)).digest("hex");
  return { source, name: `taskpane.${hash.slice(0, 20)}.css` };
}

/**
 * The README as a plain HTML page (no script, so it needs nothing from the pane's CSP), saying
 * where this copy of the add-in is served from and where its manifest is.
 */
function helpPage(marked, readme, url) {
  const served =
    `<p>This copy of Lead Tally is served from <code>${url}</code>; ` +
    `its manifest is <a href="${url}manifest.xml"><code>${url}manifest.xml</code></a>.</p>\n`;
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8" />\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1" />\n' +
    "<title>Lead Tally: help</title>\n</head>\n<body>\n" +
    served +
    marked.parse(readme) +
    "</body>\n</html>\n"
  );
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // marked is published as an ES module only.
  const { marked } = await import("marked");
  const stylesheet = pageStylesheet();
  // Where production builds are served from (scripts/production-url.js): `--env url=…` or
  // LEAD_TALLY_URL; development builds keep the dev server's URL. Said on stderr, as stdout may
  // carry a machine-readable summary (bench/production-build.js).
  const target = dev ? resolveProductionUrl({}, {}) : resolveProductionUrl(env, process.env);
  if (!dev) process.stderr.write(`${describeBuildUrl(target)}\n`);

  return {
    // Never eval-based: Office's webviews and a strict CSP must not need eval. No source maps
    // in production, so none are served to users.
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      // Order matters: the functions register with Excel before the task pane starts.
      functions: "./src/functions/register.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash].js",
      clean: true,
    },
    optimization: {
      // Both entries run on one page: one webpack runtime, so a module both import (the engine)
      // is a single instance shared by the functions and the task pane.
      runtimeChunk: "single",
      // Code both import is emitted once, in a chunk the page loads for both.
      splitChunks: { chunks: "all" },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // src's own tsconfig: no jest or Node types in production code.
              configFile: path.resolve(__dirname, "src", "tsconfig.json"),
              compilerOptions: { sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { pageStylesheet: stylesheet.name },
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "assets/*",
            to: "assets/[name][ext]",
          },
          { from: stylesheet.source, to: stylesheet.name },
          {
            // Pictures the README (and so help.html) shows.
            from: "docs/images/*",
            to: "docs/images/[name][ext]",
          },
          {
            // The functions' @helpurl links point into this page: the README, where the function
            // reference lives, so there is one reference to keep up to date.
            from: "README.md",
            to: "help.html",
            transform: (content) => helpPage(marked, content.toString(), target.url),
          },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : rewriteUrls(content.toString(), target.url);
            },
          },
        ],
      }),
      ...(dev ? [] : [new ProductionUrlsInFunctionsJson(target.url)]),
    ],
    devServer: {
      headers: {
        "Access-Control-Allow-Origin": "*",
      },
      server: env.WEBPACK_SERVE ? await devServerHttps() : "http",
      port: devServerPort,
    },
  };
};
