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

function runFull(dir: string, args: string[]): Promise<{ code: number; paths: string[]; findings: number; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), cwd: dir, env: { CI: 'true' }, isTTY: false, stderrIsTTY: false };
  return main(['check', ...args, '-f', 'json', '--jobs', '1', '--lang', 'en'], io).then((code) => {
    const results = (JSON.parse(out.join('')) as { results: { path: string; findings: unknown[] }[] }).results;
    return { code, paths: results.map((r) => r.path.replace(/\\/gu, '/')).sort(), findings: results.reduce((n, r) => n + r.findings.length, 0), stderr: err.join('') };
  });
}

describe('settings inside a checked folder (a submission) are not trusted', () => {
  const ALL_OFF = JSON.stringify({ rules: Object.fromEntries(['structure/numbering', 'header/motto'].map((id) => [id, 'off'])) });

  it('an all-off config and a .kehoachignore in the submitted folder change nothing, and are named once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-submitted-'));
    mkdirSync(join(dir, 'nộp/Sở A'), { recursive: true });
    const plan = PLAN.replace('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA');
    writeFileSync(join(dir, 'nộp/Sở A/kế hoạch.txt'), plan);
    writeFileSync(join(dir, 'nộp/Sở A/khác.txt'), plan);
    const trusted = await runFull(dir, ['nộp']);
    writeFileSync(join(dir, 'nộp/Sở A/kehoach.config.json'), ALL_OFF);
    writeFileSync(join(dir, 'nộp/Sở A/.kehoachignore'), 'khác.txt\n');
    const submitted = await runFull(dir, ['nộp']);
    expect(submitted.paths).toEqual(['nộp/Sở A/khác.txt', 'nộp/Sở A/kế hoạch.txt'].sort());
    expect(trusted.findings).toBeGreaterThanOrEqual(2); // header/motto in each
    expect(submitted.findings).toBe(trusted.findings);
    expect(submitted.code).toBe(trusted.code);
    expect(submitted.stderr).toMatch(/Not applied: 2 config\/ignore file\(s\) inside the checked folders/u);
    expect(submitted.stderr).toContain('kehoach.config.json');
    expect(submitted.stderr).toContain('.kehoachignore');
    // Asked for, per-folder settings apply: the ignored file is gone and the switched-off rules are silent.
    const perFolder = await runFull(dir, ['nộp', '--config-per-folder']);
    expect(perFolder.paths).toEqual(['nộp/Sở A/kế hoạch.txt']);
    expect(perFolder.findings).toBe(0);
    expect(perFolder.stderr).not.toMatch(/Not applied/u);
  });

  it('the config of the working directory (or above) applies to every checked file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-trusted-'));
    mkdirSync(join(dir, 'work/nộp'), { recursive: true });
    writeFileSync(join(dir, 'work/nộp/a.txt'), PLAN.replace('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA'));
    const before = await runFull(join(dir, 'work'), ['nộp']);
    writeFileSync(join(dir, 'kehoach.config.json'), JSON.stringify({ rules: { 'header/motto': 'off' } }));
    const after = await runFull(join(dir, 'work'), ['nộp']);
    expect(after.stderr).not.toMatch(/Not applied/u);
    expect(before.findings).toBeGreaterThan(0);
    expect(after.findings).toBe(0);
  });
});
