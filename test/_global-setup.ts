// vitest globalSetup: the suite's one build step, before any test file starts (see test/_build.ts).
import { ensureBuilt } from './_build.js';

export default function setup(): void {
  ensureBuilt();
}
