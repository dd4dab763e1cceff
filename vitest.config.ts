import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongFirst from './test/_sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One worker per core. Vitest's default leaves one core to its main process (cores - 1, so a single worker on
    // 2 cores), which idles a core while a file waits on the CLI processes it starts; measured on 2 cores under load,
    // test/{rules,extract,parse,report}: 130 s wall with one worker, 97 s with two, the same CPU time.
    maxWorkers: availableParallelism(),
    // Test files share a worker's module graph instead of re-importing the pipeline per file (9.4 → 6.6 min on
    // 2 cores, quiet machine); the one test that mocks a module loads the pipeline afresh (vi.resetModules).
    isolate: false,
    // One build of dist/ and the CLI bundle for the whole run (test files no longer build on their own).
    globalSetup: ['test/_global-setup.ts'],
    // Long files first also where Vitest has no results cache yet (a fresh checkout in CI): test/_sequencer.ts.
    sequence: { sequencer: LongFirst },
  },
});
