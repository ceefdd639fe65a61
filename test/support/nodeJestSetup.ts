/**
 * setupFilesAfterEnv of the node tests' jest project. jest's default 5 s per test is a speed
 * assertion in disguise: on a shared two-core machine the whole-pane jsdom tests and the
 * 120,000-row read come close to it under load. Speed is measured in `npm run bench`; here the
 * timeout only catches a hang.
 */
jest.setTimeout(30_000);
