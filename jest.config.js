/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  reporters: ["default", "<rootDir>/test/support/closingLineReporter.js"],
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
