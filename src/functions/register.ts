/*
 * Entry point of the "functions" bundle, which taskpane.html loads before the task pane.
 *
 * custom-functions-metadata-plugin appends plain `CustomFunctions.associate("ID", fn);` lines to
 * functions.ts at build time. Where office.js did not load (the page previewed in an ordinary
 * browser, where Microsoft's CDN is unreachable) the CustomFunctions global does not exist and
 * those lines would throw a ReferenceError, stopping the page. So functions.ts is evaluated only
 * when CustomFunctions exists. webpackMode "eager" keeps it in this bundle: no extra request.
 */
/* global CustomFunctions */

if (typeof CustomFunctions !== "undefined") {
  void import(/* webpackMode: "eager" */ "./functions");
}

export {};
