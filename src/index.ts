// Public API: parse and check plans programmatically.
export { parseFile, checkFile, agencyOf } from './check.js';
export { parsePlan } from './parse/index.js';
export { runRules } from './engine/index.js';
export { defineRule } from './engine/define-rule.js';
export * from './model/index.js';
