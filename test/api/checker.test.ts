// The library entry point: configuration validated up front, checks that never throw.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/index.js';

const PLAN = `UBND TỈNH LẠNG SƠN
SỞ NỘI VỤ
Số: 12/KH-SNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Kiểm tra công tác văn thư năm 2026
I. MỤC ĐÍCH
Nâng cao chất lượng công tác văn thư.
`;

describe('createChecker', () => {
  it('reports a bad option value, a misspelt option key and an unknown rule id, each with its path', () => {
    const result = createChecker({
      config: {
        rules: {
          'deadline/outside-period': { options: { graceDays: -1 } },
          'deadline/vague': { options: { x: 1 } },
          'text/mispelling': 'off',
        },
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p]));
    expect(Object.keys(byPath).sort()).toEqual(['rules.deadline/outside-period.options.graceDays', 'rules.deadline/vague.options', 'rules.text/mispelling']);
    expect(byPath['rules.deadline/outside-period.options.graceDays']?.expected.vi).toMatch(/tối thiểu 0/u);
    expect(byPath['rules.text/mispelling']?.didYouMean).toBe('text/misspelling');
  });

  it('suggests the closest option key of a rule that has options', () => {
    const result = createChecker({ config: { rules: { 'deadline/outside-period': { options: { gracedays: 2 } } } } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.didYouMean).toBe('graceDays');
  });

  it('checks text, bytes and files with the same result, and applies the config', async () => {
    const result = createChecker({ config: { rules: { 'header/number': 'off' } }, stage: 'final' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { checker } = result;
    const fromText = checker.checkText(PLAN, 'plan.txt');
    expect(fromText.error).toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-api-'));
    writeFileSync(join(dir, 'plan.txt'), PLAN);
    const fromFile = await checker.checkFile(join(dir, 'plan.txt'));
    const fromBytes = await checker.checkBytes(new TextEncoder().encode(PLAN), 'plan.txt');
    const key = (r: typeof fromText) => r.findings.map((f) => `${f.ruleId}|${f.line}|${f.message}`);
    expect(key(fromFile)).toEqual(key(fromText));
    expect(key(fromBytes)).toEqual(key(fromText));
    expect(fromText.findings.some((f) => f.ruleId === 'header/number')).toBe(false);
    expect(checker.rules.length).toBeGreaterThan(30);
  });

  it('never throws: a missing file and undecodable bytes become error results', async () => {
    const result = createChecker({ config: {} });
    if (!result.ok) throw new Error('config');
    expect((await result.checker.checkFile('/nonexistent/kehoach/plan.txt')).error?.code).toBe('not-found');
    expect((await result.checker.checkBytes(Uint8Array.from({ length: 64 }, (_, i) => i), 'x.bin')).error?.code).toBe('binary');
  });
});
