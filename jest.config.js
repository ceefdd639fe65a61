/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type checking is done once by `tsc --noEmit` (npm test runs it first), so jest only transpiles.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx" }, isolatedModules: true }],
  },
  moduleNameMapper: {
    // office-addin-mock reaches office-addin-manifest, whose ESM-only dependencies jest cannot load;
    // the mock only needs the OfficeApp enum from this file.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
