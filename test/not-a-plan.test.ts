// A document with no sign of being a plan (a meeting note, a letter) gets one info saying so, not a pile of
// "missing header part" errors; anything that looks like a plan is checked as before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkerOf } from '../src/checker.js';

const checker = checkerOf({}, { lang: 'en', isolate: false, today: '2026-01-10' });

describe('a document that is not a plan', () => {
  it('a short note: one info, no structure findings', () => {
    const r = checker.checkText('Ghi chú họp chiều nay\n\nAnh Nam gửi lại bảng số liệu trước thứ Sáu nhé.\nNhớ mang theo máy chiếu.\n', 'note.txt');
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['load/not-a-plan', 'info']]);
    expect(r.errorCount).toBe(0);
  });

  it('a plan missing its header still gets its findings (a title or numbered sections are signs enough)', () => {
    const titled = checker.checkText('KẾ HOẠCH\nCải cách hành chính năm 2026\n\nNội dung.\n', 'a.txt');
    expect(titled.findings.some((f) => f.ruleId === 'load/not-a-plan')).toBe(false);
    expect(titled.errorCount).toBeGreaterThan(0);
    const numbered = checker.checkText('I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao chất lượng.\nII. NHIỆM VỤ\n', 'b.txt');
    expect(numbered.findings.some((f) => f.ruleId === 'load/not-a-plan')).toBe(false);
  });

  it('the clean plan is untouched', () => {
    const plan = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'scenarios', 'clean-plan.txt'), 'utf8');
    expect(checker.checkText(plan, 'p.txt').findings.some((f) => f.ruleId === 'load/not-a-plan')).toBe(false);
  });
});
