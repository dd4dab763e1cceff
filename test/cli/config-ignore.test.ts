// The config key "ignore" (globs relative to the config file) drops files found in folders; named files are checked.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/io.js';
import { main } from '../../src/cli/main.js';

const PLAN = readFileSync(join(import.meta.dirname, '../../fixtures/scenarios/clean-plan.txt'), 'utf8');

function run(dir: string, args: string[]): Promise<{ code: number; paths: string[] }> {
  const out: string[] = [];
  const io: Io = { stdout: (s) => void out.push(s), stderr: () => {}, cwd: dir, env: { CI: 'true' }, isTTY: false, stderrIsTTY: false };
  return main(['check', ...args, '-f', 'json', '--jobs', '1'], io).then((code) => ({
    code,
    paths: (JSON.parse(out.join('')) as { results: { path: string }[] }).results.map((r) => r.path.replace(/\\/gu, '/')).sort(),
  }));
}

describe('config "ignore"', () => {
  it('skips matching files under the config folder, but not a file named on the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-ignore-'));
    mkdirSync(join(dir, 'plans/cũ'), { recursive: true });
    writeFileSync(join(dir, 'kehoach.config.json'), JSON.stringify({ ignore: ['cũ/', 'nháp-*.txt'] }));
    writeFileSync(join(dir, 'plans/a.txt'), PLAN);
    writeFileSync(join(dir, 'plans/nháp-b.txt'), PLAN);
    writeFileSync(join(dir, 'plans/cũ/c.txt'), PLAN);
    expect((await run(dir, ['plans'])).paths).toEqual(['plans/a.txt']);
    expect((await run(dir, ['plans', 'plans/cũ/c.txt'])).paths).toEqual(['plans/a.txt', 'plans/cũ/c.txt']);
  });
});
