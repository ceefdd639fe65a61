/**
 * setupFilesAfterEnv of the browser tests' jest project. jest takes testTimeout from the global
 * config only, so the browser tests set their own: a browser launch, page loads, twenty writes and
 * axe runs take seconds each on a two-core machine.
 */
jest.setTimeout(60_000);
