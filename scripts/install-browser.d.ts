// Types for scripts/install-browser.js (plain CommonJS), so the browser tests find the browser the
// same way `npm run install:browser` does.

export type BrowserLookup =
  | { path: string; source: string; problem?: undefined }
  | { path: null; problem: string; source?: undefined };

/** The Chromium or Chrome to use: CHROME_PATH when set, else the first usual place that has one. */
export function findBrowser(env?: NodeJS.ProcessEnv): BrowserLookup;
/** The usual places tried after CHROME_PATH, in order. */
export const CANDIDATES: readonly string[];
/** Plain instructions for installing a browser, for error messages. */
export const HOW_TO_INSTALL: string;
