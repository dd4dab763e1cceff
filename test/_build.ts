// The one build step of the suite: dist/ (tsc) and the CLI bundle (scripts/bundle.mjs), rebuilt only when missing or
// older than src/ or the bundler. Run once by vitest's globalSetup (test/_global-setup.ts) before any test file; the
// test files that run compiled code call ensureBuilt() too, which is then a cheap check (and builds when a single
// file is run with a setup that skipped it).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'kehoach.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The oldest of the build outputs the tests run, or 0 when one is missing. */
function builtAt(): number {
  const outputs = [join(ROOT, 'dist', 'cli', 'main.js'), join(ROOT, 'dist', 'batch', 'worker.js'), join(ROOT, 'dist', 'bundle', 'kehoach.js')];
  return outputs.every((p) => existsSync(p)) ? Math.min(...outputs.map((p) => statSync(p).mtimeMs)) : 0;
}

/** Builds dist/ and the bundle when they are missing or older than src/ or scripts/bundle.mjs. */
export function ensureBuilt(): void {
  const sources = Math.max(newestMtime(join(ROOT, 'src')), statSync(join(ROOT, 'scripts', 'bundle.mjs')).mtimeMs);
  if (builtAt() >= sources) return;
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT], { stdio: 'pipe' });
  } catch {
    // tsc emits even when another module has a type error; the tests then show what is wrong.
  }
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs')], { stdio: 'pipe' });
}
