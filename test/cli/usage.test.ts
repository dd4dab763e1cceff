// Honest usage and exit messages (in process): the format a report file implies, impossible dates, why a run failed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

// The clean plan with one undefined abbreviation: a single info finding, no warning, no error.
const PLAN = readFileSync(join(import.meta.dirname, '../../fixtures/scenarios/clean-plan.txt'), 'utf8').replace(
  'I. MỤC ĐÍCH, YÊU CẦU\n',
  'I. MỤC ĐÍCH, YÊU CẦU\nTriển khai phần mềm QLVBX trên toàn tỉnh.\n',
);

function setup(): { dir: string; io: Io & { out: string[]; err: string[] } } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-usage-'));
  writeFileSync(join(dir, 'plan.txt'), PLAN);
  const out: string[] = [];
  const err: string[] = [];
  return { dir, io: { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), cwd: dir, env: { CI: 'true' }, isTTY: false, stderrIsTTY: false, out, err } };
}

describe('check: usage and exit messages', () => {
  it('writes the format that -o implies when -f is absent, and refuses a conflict', async () => {
    const { dir, io } = setup();
    expect(await main(['check', 'plan.txt', '-o', 'r.html', '--jobs', '1'], io)).toBeLessThan(2);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/u);
    expect(await main(['check', 'plan.txt', '-o', 'r.sarif', '--jobs', '1'], io)).toBeLessThan(2);
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(await main(['check', 'plan.txt', '-f', 'json', '-o', 'r2.html'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/-o r2\.html là tệp html nhưng -f là json/u);
    // A name without a known extension keeps the default.
    expect(await main(['check', 'plan.txt', '-o', 'r.txt', '--jobs', '1'], io)).toBeLessThan(2);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).not.toMatch(/^</u);
  });

  it('rejects an impossible --today', async () => {
    const { io } = setup();
    expect(await main(['check', 'plan.txt', '--today', '2026-13-45'], io)).toBe(2);
    expect(await main(['check', 'plan.txt', '--today', '2026-02-29'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/ngày có thật/u);
  });

  it('says why a run without errors failed, and --quiet never claims "no problems" then', async () => {
    const { io } = setup();
    expect(await main(['check', 'plan.txt', '--fail-on', 'info', '--quiet', '--jobs', '1'], io)).toBe(1);
    expect(io.err.join('')).toMatch(/thất bại: 1 phát hiện ở mức --fail-on info/u);
    expect(io.out.join('')).not.toMatch(/Không phát hiện vấn đề nào/u);
    const passing = setup();
    expect(await main(['check', 'plan.txt', '--quiet', '--jobs', '1'], passing.io)).toBe(0);
    expect(passing.io.err.join('')).not.toMatch(/thất bại/u);
  });
});
