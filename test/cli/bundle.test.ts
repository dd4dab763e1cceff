// The CLI bundle (dist/bundle, what bin/kehoach.js runs after `npm run build`) behaves as the compiled modules.
import { spawnSync } from 'node:child_process';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../hostile/_build.js';

const ENTRY = join(ROOT, 'dist', 'cli', 'entry.js');
const BUNDLE = join(ROOT, 'dist', 'bundle', 'kehoach.js');
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
    const b = run(BUNDLE, args);
    expect(b.code).toBe(a.code);
    expect(JSON.parse(b.stdout).results.length).toBe(FILES.length);
    expect(b.stdout).toBe(a.stdout);
  });

  it('is what bin/kehoach.js runs when it is not older than the compiled modules, else the modules run', () => {
    const bin = join(ROOT, 'bin', 'kehoach.js');
    const loaded = (): string => {
      // Which of the two files the shim imported: Node's ESM debug log names every module it loads.
      const r = spawnSync(process.execPath, [bin, '--version'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NODE_DEBUG: 'esm' },
      });
      return r.stderr + r.stdout;
    };
    const now = Date.now() / 1000;
    utimesSync(BUNDLE, now, now);
    utimesSync(ENTRY, now - 60, now - 60);
    expect(loaded()).toContain('dist/bundle/kehoach.js');
    utimesSync(ENTRY, now + 60, now + 60);
    const fallback = loaded();
    utimesSync(ENTRY, now - 60, now - 60);
    expect(fallback).not.toContain('dist/bundle/kehoach.js');
    expect(fallback).toContain('dist/cli/entry.js');
  });
});
