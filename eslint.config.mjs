// Microsoft's Office add-in rules (office-addin-lint's own config: Office.js load/sync checks,
// Prettier) with React's, plus typescript-eslint's recommended rules for strict TypeScript.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
      },
    },
  },
  {
    files: [
      "scripts/**/*.js",
      "webpack.config.js",
      "jest.config.js",
      "bench/**/*.ts",
      "test/**/*.{ts,tsx}",
    ],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["scripts/**/*.js", "webpack.config.js", "jest.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // Budgets (measured 2026-11-25 with blank lines and comments skipped): the code meets them today, so
  // lint stops a file, function or branch count from growing past what review can hold in one look.
  {
    files: ["src/**/*.{ts,tsx}", "bench/**/*.ts", "scripts/**/*.js"],
    rules: {
      "max-lines": ["error", { max: 450, skipBlankLines: true, skipComments: true }],
      "max-lines-per-function": ["error", { max: 180, skipBlankLines: true, skipComments: true }],
      complexity: ["error", 20],
    },
  },
  {
    // Tests: a describe callback is a list of cases, not logic, so it has no per-function budget; a file may
    // hold all the cases of one source file (up to 1000 lines) but each test stays simple.
    files: ["test/**/*.{ts,tsx}"],
    rules: {
      "max-lines": ["error", { max: 1000, skipBlankLines: true, skipComments: true }],
      complexity: ["error", 20],
    },
  },
  // Named exceptions, each pinned at today's figure so it cannot grow.
  {
    // The in-memory workbook implements the whole LeadWorkbook interface for the preview and tests (550 lines);
    // its rules are being moved into shared src/workbook modules (the workbook-rules work), which shrinks it.
    files: ["src/workbook/memoryWorkbook.ts"],
    rules: { "max-lines": ["error", { max: 550, skipBlankLines: true, skipComments: true }] },
  },
  {
    // A benchmark suite: one table of scenarios and their timings (518 lines), read top to bottom.
    files: ["bench/engine.bench.ts"],
    rules: { "max-lines": ["error", { max: 520, skipBlankLines: true, skipComments: true }] },
  },
  {
    // One function per manifest rule would hide the order in which the checks must run; it is a table of
    // checks (220 lines, complexity 80), one branch per rule of the add-in manifest schema.
    files: ["scripts/manifest-check.js"],
    rules: { "max-lines-per-function": "off", complexity: "off" },
  },
  {
    // Known debt, pinned at today's figure: each is one function that decides among many cases (a timeline's
    // events, an investment's periods, the pane's screens, the balance settings form). Split before adding.
    files: [
      "src/engine/timeline.ts",
      "src/engine/investment.ts",
      "src/taskpane/components/App.tsx",
      "src/taskpane/components/BalanceSettings.tsx",
    ],
    rules: { complexity: ["error", 31] },
  },
  {
    // The Office.js test double models the Excel object model (ranges, tables, sheets, charts) as one
    // file (1480 lines) so each documented behaviour it is taught sits next to the others.
    files: ["test/support/excelMock.ts"],
    rules: { "max-lines": "off" },
  },
];
