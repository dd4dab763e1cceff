import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyInto, ensureBuilt, ROOT, tempDir } from './_helpers.js';

// The real CLI on a folder of good plans mixed with broken files: it must check to the end.
let dir: string;
const BROKEN = {
  'hỏng/seed000-encrypted.pdf': 'encrypted-pdf',
  'hỏng/seed000-truncated.docx': 'corrupt-docx',
  'hỏng/seed003-scanned.pdf': 'no-text-layer',
} as const;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir('cli');
  copyInto(dir, [
    ['fixtures/plans/seed000.txt', 'Sở Nội vụ/kế hoạch 1.txt'],
    ['fixtures/docx/seed001.docx', 'Sở Nội vụ/kế hoạch 2.docx'],
    ['fixtures/pdf/seed004.pdf', 'UBND huyện/kế hoạch 3.pdf'],
    ['fixtures/broken/seed000-encrypted.pdf', 'hỏng/seed000-encrypted.pdf'],
    ['fixtures/broken/seed000-truncated.docx', 'hỏng/seed000-truncated.docx'],
    ['fixtures/broken/seed003-scanned.pdf', 'hỏng/seed003-scanned.pdf'],
  ]);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonReport {
  results: { path: string; error: { code: string; message: string } | null; findings: unknown[] }[];
}

function cli(args: string[]): { status: number | null; report: JsonReport; stderr: string } {
  const out = join(dir, `report-${args.join('-').replace(/\W+/gu, '_')}.json`);
  const p = spawnSync(process.execPath, [join(ROOT, 'bin', 'kehoach.js'), 'check', ...args, '--format', 'json', '--lang', 'en', '-o', out], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  return { status: p.status, report: JSON.parse(readFileSync(out, 'utf8')) as JsonReport, stderr: p.stderr };
}

describe('kehoach check on a folder with broken files', () => {
  for (const jobs of ['1', '2']) {
    it(`checks every file to the end with --jobs ${jobs}, reports each bad file once with its reason, exits 1`, () => {
      const { status, report, stderr } = cli(['.', '--jobs', jobs]);
      expect(status).toBe(1);
      expect(stderr).not.toContain('\r');
      const paths = report.results.map((r) => r.path.split('\\').join('/'));
      expect(paths).toHaveLength(6);
      expect(new Set(paths).size).toBe(6);
      for (const [path, code] of Object.entries(BROKEN)) {
        const r = report.results.find((x) => x.path.endsWith(path));
        expect(r?.error?.code, path).toBe(code);
        expect(r?.error?.message.length).toBeGreaterThan(10);
      }
      const good = report.results.filter((r) => !r.error);
      expect(good).toHaveLength(3);
      expect(good.every((r) => r.findings.length > 0)).toBe(true);
    }, 120_000);
  }

  it('expands a quoted glob with Vietnamese folder names', () => {
    const { status, report } = cli(['Sở Nội vụ/*.{txt,docx}', '**/kế hoạch 3.pdf', '--jobs', '2']);
    expect(report.results.map((r) => r.path.split('\\').join('/'))).toEqual(['Sở Nội vụ/kế hoạch 1.txt', 'Sở Nội vụ/kế hoạch 2.docx', 'UBND huyện/kế hoạch 3.pdf']);
    expect(report.results.every((r) => r.error === null)).toBe(true);
    expect(status).not.toBe(2);
  }, 120_000);
});
