import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One build of dist/ and the CLI bundle for the whole run (test files no longer build on their own).
    globalSetup: ['test/_global-setup.ts'],
  },
});
