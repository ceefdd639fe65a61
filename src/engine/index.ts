/**
 * Lead Tally's engine: pure computation over cell values. It imports nothing from Office.js or
 * React, so the custom functions, the task pane and the tests all run the same code.
 */
export * from "./cells";
export * from "./dates";
export * from "./errors";
export * from "./formulas";
export * from "./outcomes";
export * from "./periods";
export * from "./ranges";
export * from "./rates";
export * from "./tally";
export * from "./sheets";
export * from "./leadColumns";
export * from "./settings";
export * from "./tallySheet";
export * from "./money";
export * from "./wilson";
export * from "./moneyFormulas";
export * from "./balance";
export * from "./balanceSheet";
export * from "./moneyFormat";
export * from "./spendPeriods";
export * from "./investment";
export * from "./planner";
export * from "./arguments";
export * from "./lags";
export * from "./timeline";
export * from "./timeToConvert";
export * from "./projection";
export * from "./openLeads";
export * from "./chaseList";
