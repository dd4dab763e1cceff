// Test helper: the suite's one build step (test/_build.ts), re-exported for the hostile tests.
export { BIN, ensureBuilt, ROOT } from '../_build.js';
