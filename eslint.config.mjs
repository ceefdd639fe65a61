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
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" } },
  },
  {
    files: ["scripts/**/*.js", "webpack.config.js", "jest.config.js", "bench/**/*.ts", "test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["scripts/**/*.js", "webpack.config.js", "jest.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
