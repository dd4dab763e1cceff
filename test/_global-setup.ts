// vitest globalSetup: the suite's one build step, before any test file starts (see test/_build.ts), and the run's
// Tesseract cache (test/_ocr-cache.ts), removed when the run ends.
import { ensureBuilt } from './_build.js';
import { installOcrCache } from './_ocr-cache.js';

export default function setup(): () => void {
  ensureBuilt();
  return installOcrCache();
}
