// `kehoach annotate` and `kehoach fix` as a user runs them (compiled CLI).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readComments } from '../annotate/_readback.js';
import { EXPECTED_FIXES, fixPlanText } from '../annotate/_plan.js';
import { BIN, ensureBuilt, ROOT } from '../hostile/_build.js';

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kehoach-annotate-cli-'));
}, 180_000);

describe('kehoach annotate / fix', () => {
  it('annotate --lang en: an English reviewed copy next to the input; a .md is a note, not a failure', () => {
    cpSync(join(ROOT, 'fixtures/docx/seed004.docx'), join(dir, 'seed004.docx'));
    cpSync(join(ROOT, 'fixtures/md/plan.md'), join(dir, 'seed004.md'));
    const r = run(['annotate', '--lang', 'en', '--today', '2026-06-01', 'seed004.docx', 'seed004.md'], dir);
    expect(r.stdout).toMatch(/seed004\.docx → seed004\.kehoach\.docx: \d+ comment\(s\) for \d+ finding\(s\)/u);
    expect(r.stderr).toMatch(/seed004\.md: annotating a md file is not supported/u);
    expect([0, 1]).toContain(r.code);
    return readComments(readFileSync(join(dir, 'seed004.kehoach.docx'))).then((comments) => {
      const ours = comments.filter((c) => c.author === 'kehoach-lint');
      expect(ours.length).toBeGreaterThan(0);
      expect(ours.every((c) => /^\[(?:Error|Warning|Info)\] /u.test(c.text))).toBe(true);
      return JSZip.loadAsync(readFileSync(join(dir, 'seed004.kehoach.docx')));
    }).then(async (zip) => {
      // Each comment carries the run's --today as its date (deterministic), like fix's tracked changes.
      const xml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
      const ours = [...xml.matchAll(/<w:comment [^>]*w:author="kehoach-lint"[^>]*>/gu)].map((m) => m[0]);
      expect(ours.length).toBeGreaterThan(0);
      for (const open of ours) expect(open).toContain('w:date="2026-06-01T00:00:00Z"');
    });
  }, 120_000);

  it('fix: a fixed copy of a .txt, then --in-place; an impossible --today is a usage error', () => {
    writeFileSync(join(dir, 'plan.txt'), fixPlanText());
    const r = run(['fix', 'plan.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`plan.txt → plan.kehoach-fix.txt: ${EXPECTED_FIXES.length} sửa tự động`);
    expect(readFileSync(join(dir, 'plan.txt'), 'utf8')).toBe(fixPlanText());
    expect(readFileSync(join(dir, 'plan.kehoach-fix.txt'), 'utf8')).toContain('cập nhật thường xuyên');
    expect(run(['fix', '--in-place', 'plan.txt'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'plan.txt'), 'utf8')).toBe(readFileSync(join(dir, 'plan.kehoach-fix.txt'), 'utf8'));
    const again = run(['fix', 'plan.txt'], dir);
    expect(again.stdout).toContain('không có lỗi sửa tự động được');
    expect(run(['fix', '--today', '2026-02-30', 'plan.txt'], dir).code).toBe(2);
  }, 120_000);
});
