import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/deadline/outside-period.js';
import { deadline, emptyFacts, run } from '../_helpers.js';
import type { Facts } from '../../../src/model/facts.js';
import { checkText } from '../../_pipeline.js';

const PERIOD: NonNullable<Facts['period']> = { text: '6 tháng cuối năm 2025', start: '2025-07-01', end: '2025-12-31', kind: 'half', outlookYear: null, span: { start: 0, end: 1 } };

function one(text: string, end: string, o: { period?: Facts['period']; graceDays?: number; task?: number | null; role?: 'table' | 'body' | 'basis' } = {}) {
  const facts = emptyFacts();
  facts.period = o.period === undefined ? PERIOD : o.period;
  facts.deadlines.push(deadline(text, text, { end, task: o.task === undefined ? 0 : o.task, role: o.role ?? 'table' }));
  return run(rule, { text, facts, options: o.graceDays !== undefined ? { graceDays: o.graceDays } : {} });
}

describe('deadline/outside-period', () => {
  it('accepts deadlines inside the period, including "Năm 2025" ending on its last day', () => {
    expect(one('Xong trước 31/10/2025', '2025-10-31')).toEqual([]);
    expect(one('Năm 2025', '2025-12-31')).toEqual([]);
  });
  it('reports a deadline before the period and one after it', () => {
    expect(one('Trước ngày 30/6/2025', '2025-06-30').map((r) => [r.messageId, r.text])).toEqual([['before', 'Trước ngày 30/6/2025']]);
    expect(one('Quý I/2026', '2026-03-31').map((r) => r.messageId)).toEqual(['after']);
  });
  it('honours graceDays, the outlook year, and stays silent without a period or outside tasks', () => {
    expect(one('Tháng 01/2026', '2026-01-31', { graceDays: 31 })).toEqual([]);
    expect(one('Năm 2030', '2030-12-31', { period: { ...PERIOD, start: '2021-01-01', end: '2025-12-31', outlookYear: 2030 } })).toEqual([]);
    expect(one('Quý I/2026', '2026-03-31', { period: null })).toEqual([]);
    expect(one('Quý I/2026', '2026-03-31', { task: null, role: 'basis' })).toEqual([]);
  });
});

describe('deadline/outside-period: a start date without an end sets no deadline', () => {
  const plan = (time: string): string[] =>
    checkText(`KẾ HOẠCH\nCải cách hành chính giai đoạn 2026 - 2030\nTT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\tThực hiện chính sách hỗ trợ\tSở Tài chính\tBáo cáo\t${time}`)
      .filter((f) => f.ruleId === 'deadline/outside-period')
      .map((f) => f.excerpt ?? '');
  it('"Từ 01/7/2025" in a 2026–2030 plan: ongoing work started before the period', () => {
    expect(plan('Từ 01/7/2025')).toEqual([]);
  });
  it('a closed range or a plain date before the period is still reported', () => {
    expect(plan('Từ 01/7/2025 đến 31/12/2025')).toHaveLength(1);
    expect(plan('Trước 31/12/2025')).toHaveLength(1);
  });
});
