// The CLI bundle (dist/bundle, what bin/kehoach.js runs after `npm run build`: the CommonJS script with its code
// cache, or for help and version the ES module bundle) behaves as the compiled modules.
import { spawnSync } from 'node:child_process';
import { readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../hostile/_build.js';

const ENTRY = join(ROOT, 'dist', 'cli', 'entry.js');
const BUNDLE = join(ROOT, 'dist', 'bundle', 'kehoach.js');
const SCRIPT = join(ROOT, 'dist', 'bundle', 'kehoach.cjs');
const BIN = join(ROOT, 'bin', 'kehoach.js');
const FILES = ['fixtures/plans/seed001.txt', 'fixtures/docx/seed002.docx', 'fixtures/pdf/seed003.pdf', 'fixtures/plans/22_ha-noi-5g-iot-khu-cong-nghiep-2030.md'];

function run(script: string, args: string[]): { code: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout };
}

// dist/ and the bundle are built once for the suite (test/_build.ts), and rebuilt here only when stale.
beforeAll(() => ensureBuilt(), 180_000);

describe('the CLI bundle', () => {
  it('gives the same report, byte for byte, as the compiled modules', () => {
    const args = ['check', ...FILES, '--format', 'json', '--today', '2025-06-01'];
    const a = run(ENTRY, args);
    const b = run(BIN, args);
    expect(b.code).toBe(a.code);
    expect(JSON.parse(b.stdout).results.length).toBe(FILES.length);
    expect(b.stdout).toBe(a.stdout);
    // One Word and one PDF file alone: read in the isolated reader, checked in the CLI process, the same findings.
    for (const file of FILES.filter((f) => /\.(docx|pdf)$/u.test(f))) {
      const one = run(BIN, ['check', file, '--format', 'json', '--today', '2025-06-01']);
      expect(JSON.parse(one.stdout).results[0].findings).toEqual(JSON.parse(a.stdout).results[FILES.indexOf(file)].findings);
    }
  });

  it('is what bin/kehoach.js runs when it is not older than the compiled modules, else the modules run', () => {
    const loaded = (args: string[]): string => {
      // Which file the shim ran: it names it (and the code cache it used) under NODE_DEBUG=kehoach.
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'kehoach' } });
      return r.stderr + r.stdout;
    };
    const check = ['check', 'fixtures/plans/seed001.txt', '--format', 'compact'];
    const now = Date.now() / 1000;
    utimesSync(BUNDLE, now, now);
    utimesSync(SCRIPT, now, now);
    utimesSync(ENTRY, now - 60, now - 60);
    const bundled = loaded(check);
    expect(bundled).toContain(`kehoach: ${SCRIPT}\n`);
    // The code cache was written by the build and is accepted by this Node.
    expect(bundled).toContain(`kehoach: ${SCRIPT}.cache\n`);
    expect(loaded(['--version'])).toContain(`kehoach: ${BUNDLE}\n`);
    utimesSync(ENTRY, now + 60, now + 60);
    const fallback = loaded(check);
    utimesSync(ENTRY, now - 60, now - 60);
    expect(fallback).not.toContain('dist/bundle/');
    expect(fallback).toContain(`kehoach: ${ENTRY}\n`);
  });

  it.each(['isolate-worker', 'pdfjs'])("runs %s from its bundle with a code cache accepted under the reader's V8 flags", async (name) => {
    const { isolateExecArgv } = await import('../../src/load/spawn.js');
    const { DEFAULT_LIMITS } = await import('../../src/load/limits.js');
    const script = join(ROOT, 'dist', 'bundle', `${name}.cjs`);
    // The worker's script, run as its entry runs it (without an IPC channel it ends after loading).
    const code = `import { runWithCodeCache } from ${JSON.stringify(join(ROOT, 'bin', 'code-cache.js'))};
      import { compileRegexpsOnce } from ${JSON.stringify(join(ROOT, 'dist', 'text', 'regexp-compile.js'))};
      compileRegexpsOnce();
      runWithCodeCache(${JSON.stringify(script)}, { trace: (what) => process.stdout.write(what + '\\n') });`;
    const r = spawnSync(process.execPath, [...isolateExecArgv(DEFAULT_LIMITS.maxMemoryMb), '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${script}.cache\n`);
    // The reader's entry runs its script, pdf.js's on its first import.
    if (name !== 'pdfjs') {
      const entry = readFileSync(join(ROOT, 'dist', 'bundle', `${name}.js`), 'utf8');
      expect(entry).toContain(`'./${name}.cjs'`);
      expect(entry).toContain('"pdf-parse":{"script":"./pdfjs.cjs","key":"pdfParse"}');
    }
  });

  it('runs every script strict, as its ES modules were ("use strict" counts only as the first statement)', () => {
    for (const name of ['kehoach', 'isolate-worker', 'pdfjs']) {
      expect(readFileSync(join(ROOT, 'dist', 'bundle', `${name}.cjs`), 'utf8').startsWith('"use strict";'), name).toBe(true);
    }
  });
});
