// Where the built add-in is served from: the production URL, given at build time.
//
//   npm run build -- --env url=https://host/path/        (webpack's --env)
//   LEAD_TALLY_URL=https://host/path/ npm run build       (an environment variable)
//
// The built manifest.xml, functions.json (each function's @helpurl) and help.html carry it.
// Without one, the build keeps the dev server's https://localhost:3000/ and says so, so a build
// never points at a placeholder host nobody owns.
"use strict";

const DEV_URL = "https://localhost:3000/";
const ENV_VARIABLE = "LEAD_TALLY_URL";

/**
 * The production URL from webpack's --env (`url`) or the LEAD_TALLY_URL variable, checked and
 * ending in "/"; `given` is false (and url the dev server's) when neither is set. A URL that is
 * not https, or has a query or fragment, is refused: Office loads add-ins over https only, and
 * the file names are appended to it.
 */
function resolveProductionUrl(env = {}, variables = process.env) {
  const fromEnv = typeof env.url === "string" && env.url.trim() !== "" ? env.url.trim() : null;
  const fromVariable =
    typeof variables[ENV_VARIABLE] === "string" && variables[ENV_VARIABLE].trim() !== ""
      ? variables[ENV_VARIABLE].trim()
      : null;
  const text = fromEnv ?? fromVariable;
  if (text === null) return { url: DEV_URL, given: false, source: "none" };
  const source = fromEnv !== null ? "--env url" : ENV_VARIABLE;
  let parsed;
  try {
    parsed = new URL(text);
  } catch {
    throw new Error(`The production URL (${source}) "${text}" is not a URL.`);
  }
  if (parsed.protocol !== "https:") {
    throw new Error(
      `The production URL (${source}) "${text}" must use https: Office loads add-ins over https only.`
    );
  }
  if (
    parsed.search !== "" ||
    parsed.hash !== "" ||
    parsed.username !== "" ||
    parsed.password !== ""
  ) {
    throw new Error(
      `The production URL (${source}) "${text}" must be a plain folder URL, without a query, fragment or user name.`
    );
  }
  const url = parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
  return { url, given: true, source };
}

/** Every dev-server URL in a text (a manifest, functions.json) pointed at `url` instead. */
function rewriteUrls(text, url) {
  if (url === DEV_URL) return text;
  const devOrigin = DEV_URL.slice(0, -1);
  const origin = new URL(url).origin;
  return (
    text
      .split(DEV_URL)
      .join(url)
      // The manifest's <AppDomain> is an origin, without the trailing slash.
      .split(`<AppDomain>${devOrigin}</AppDomain>`)
      .join(`<AppDomain>${origin}</AppDomain>`)
  );
}

/** What a build says about where its manifest points. */
function describeBuildUrl(resolved) {
  if (resolved.given) {
    return `Lead Tally: the manifest in the build points at ${resolved.url} (from ${resolved.source}).`;
  }
  return (
    `Lead Tally: no production URL given, so the manifest in the build points at ${resolved.url} ` +
    "(the dev server). To serve the add-in from your own host, build with " +
    "`npm run build -- --env url=https://host/path/` or set LEAD_TALLY_URL."
  );
}

module.exports = { DEV_URL, ENV_VARIABLE, describeBuildUrl, resolveProductionUrl, rewriteUrls };
