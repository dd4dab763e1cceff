// Inputs are never written: -o and --cache-location are checked against every input by file identity, before
// any file is checked; devices and FIFOs are written through, symlinks keep being links.
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheTarget, inputIdentities, reportTarget, TargetError } from '../../src/cli/output-target.js';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/io.js';

const PLAN = readFileSync(join(import.meta.dirname, '../../fixtures/plans/seed000.txt'), 'utf8');

function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'kehoach-target-'));
  writeFileSync(join(d, 'plan.txt'), PLAN);
  symlinkSync(join(d, 'plan.txt'), join(d, 'link.txt'));
  return d;
}

function problemOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (err) {
    if (err instanceof TargetError) return err.problem;
    throw err;
  }
}

const isCache = (t: string): boolean => t.startsWith('{"format"');

describe('report and cache targets', () => {
  it('refuses an input reached through a symlink or another spelling of its path', () => {
    const d = folder();
    const inputs = inputIdentities(['link.txt'], d);
    expect(problemOf(() => reportTarget('plan.txt', inputs, d))).toBe('is-input');
    expect(problemOf(() => reportTarget('./sub/../plan.txt', inputs, d))).toBe('is-input');
    expect(problemOf(() => cacheTarget('plan.txt', inputs, d, isCache))).toBe('is-input');
    expect(problemOf(() => reportTarget('report.txt', inputs, d))).toBeNull();
  });

  it('refuses a folder, a device or FIFO as cache, and a file that is not our cache', () => {
    const d = folder();
    const inputs = inputIdentities(['plan.txt'], d);
    mkdirSync(join(d, 'out'));
    writeFileSync(join(d, 'notes.md'), 'ghi chú');
    execFileSync('mkfifo', [join(d, 'pipe')]);
    expect(problemOf(() => reportTarget('out', inputs, d))).toBe('is-directory');
    expect(problemOf(() => cacheTarget('notes.md', inputs, d, isCache))).toBe('not-a-cache');
    expect(problemOf(() => cacheTarget('pipe', inputs, d, isCache))).toBe('special-cache');
    writeFileSync(join(d, 'old-cache'), '{"format":1,"entries":{}}');
    expect(problemOf(() => cacheTarget('old-cache', inputs, d, isCache))).toBeNull();
  });

  it('writes devices and FIFOs through, a symlink at its target, and creates a missing folder', () => {
    const d = folder();
    const inputs = inputIdentities(['plan.txt'], d);
    execFileSync('mkfifo', [join(d, 'pipe')]);
    expect(reportTarget('pipe', inputs, d)).toEqual({ path: join(d, 'pipe'), mode: 'through' });
    writeFileSync(join(d, 'r.json'), '');
    symlinkSync('r.json', join(d, 'r-link.json'));
    expect(reportTarget('r-link.json', inputs, d)).toEqual({ path: join(d, 'r.json'), mode: 'atomic' });
    expect(reportTarget('a/b/r.json', inputs, d)).toEqual({ path: join(d, 'a/b/r.json'), mode: 'atomic' });
    expect(lstatSync(join(d, 'a/b')).isDirectory()).toBe(true);
  });
});

describe('kehoach check -o / --cache-location (in process)', () => {
  function io(cwd: string): Io & { err: string[] } {
    const err: string[] = [];
    return { stdout: () => {}, stderr: (s) => void err.push(s), cwd, env: { CI: 'true' }, isTTY: false, stderrIsTTY: false, err };
  }

  it('never overwrites an input, reports it before checking and exits 2', async () => {
    const d = folder();
    const out = io(d);
    expect(await main(['check', 'link.txt', '-o', 'plan.txt'], out)).toBe(2);
    expect(out.err.join('')).toMatch(/trùng với tệp đầu vào: plan\.txt/u);
    expect(await main(['check', 'link.txt', '--cache', '--cache-location', 'plan.txt'], io(d))).toBe(2);
    expect(readFileSync(join(d, 'plan.txt'), 'utf8')).toBe(PLAN);
  });

  it('writes through a symlinked report file and keeps the link', async () => {
    const d = folder();
    writeFileSync(join(d, 'r.json'), '');
    symlinkSync('r.json', join(d, 'r-link.json'));
    expect(await main(['check', 'plan.txt', '-f', 'json', '-o', 'r-link.json', '--jobs', '1'], io(d))).toBe(1);
    expect(readlinkSync(join(d, 'r-link.json'))).toBe('r.json');
    expect(JSON.parse(readFileSync(join(d, 'r.json'), 'utf8')).results).toHaveLength(1);
  });
});

describe('plans that are not inputs of this run', () => {
  it('-o never overwrites a Word/PDF file or a text file that reads as a plan', () => {
    const d = folder();
    const inputs = inputIdentities([], d);
    writeFileSync(join(d, 'other.docx'), 'PK');
    writeFileSync(join(d, 'other.md'), '**ỦY BAN NHÂN DÂN**\n\n**KẾ HOẠCH**\n\nCải cách hành chính năm 2026\n');
    writeFileSync(join(d, 'old-report.txt'), 'plan.txt:12:3: error header/number Thiếu số, ký hiệu văn bản.\n');
    expect(problemOf(() => reportTarget('other.docx', inputs, d))).toBe('is-plan');
    expect(problemOf(() => reportTarget('other.md', inputs, d))).toBe('is-plan');
    expect(problemOf(() => reportTarget('plan.txt', inputs, d))).toBe('is-plan');
    expect(problemOf(() => reportTarget('old-report.txt', inputs, d))).toBeNull();
  });
});
