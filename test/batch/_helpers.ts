// Test helpers for batch tests: a built dist/ (the pool's workers run compiled code), temp folders, options.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckOptions } from '../../src/check.js';
import type { Io } from '../../src/io.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The suite's one build step (test/_build.ts): dist/ and the CLI bundle, when missing or stale. */
export { ensureBuilt } from '../_build.js';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `kehoach-${prefix}-`));
}

/** Copies repository files into `dir` under new names: [[source, target], …]. */
export function copyInto(dir: string, pairs: readonly (readonly [string, string])[]): void {
  for (const [from, to] of pairs) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    copyFileSync(join(ROOT, from), join(dir, to));
  }
}

export function options(extra: Partial<CheckOptions> = {}): CheckOptions {
  return { lang: 'en', maxBytes: 50 * 1048576, engine: { lang: 'en', stage: 'final', rules: {}, registryExtra: [] }, ...extra };
}

export function memoryIo(cwd: string, env: Record<string, string> = {}): Io & { err: string[] } {
  const err: string[] = [];
  return { stdout: () => undefined, stderr: (s) => void err.push(s), cwd, env, isTTY: false, stderrIsTTY: false, err };
}
