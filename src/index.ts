// Public API: parse and check plans programmatically.
export { createChecker, checkerOf, checkOptionsOf, type Checker, type CheckerSettings, type CreateCheckerResult, type RunSettings } from './checker.js';
export type { ConfigProblem } from './config/load.js';
export type { Config } from './config/schema.js';
export { parseFile, checkFile, agencyOf } from './check.js';
export { parsePlan } from './parse/index.js';
export { runRules } from './engine/index.js';
export { defineRule } from './engine/define-rule.js';
export * from './model/index.js';
