// Two jest projects: "node" (unit, property and manifest tests, as before) and "browser" (the task
// pane in headless Chromium, test/browser; see test/support/browser.ts). The browser project
// builds the production bundle once in its globalSetup and gives each test a generous timeout.
// `npx jest --selectProjects node` or `--selectProjects browser` runs one of them.

const shared = {
  testEnvironment: "node",
  transform: {
    // Type checking is done once by `tsc --noEmit` (npm test runs it first); with isolatedModules
    // (set in tsconfig.json) ts-jest only transpiles each file.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock reaches office-addin-manifest, whose ESM-only dependencies jest cannot load;
    // the mock only needs the OfficeApp enum from this file.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};

/** @type {import('jest').Config} */
module.exports = {
  reporters: ["default", "<rootDir>/test/support/closingLineReporter.js"],
  projects: [
    {
      ...shared,
      displayName: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
      // 30 s per test, a guard against hangs only (speed is measured in the bench).
      setupFilesAfterEnv: ["<rootDir>/test/support/nodeJestSetup.ts"],
    },
    {
      ...shared,
      displayName: "browser",
      roots: ["<rootDir>/test/browser"],
      testMatch: ["**/*.test.ts"],
      globalSetup: "<rootDir>/test/support/browserSetup.ts",
      globalTeardown: "<rootDir>/test/support/browserTeardown.ts",
      // 60 s per test (jest reads testTimeout from the global config only).
      setupFilesAfterEnv: ["<rootDir>/test/support/browserJestSetup.ts"],
    },
  ],
};
