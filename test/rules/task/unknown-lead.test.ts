import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/checker.js';
import rule from '../../../src/rules/task/unknown-lead.js';
import { checkText, parseText } from '../../_pipeline.js';
import { run } from '../_helpers.js';

const UNITS = ['Văn phòng Sở', 'Phòng Chính sách', 'Thanh tra Sở'];
const table = (...leads: string[]): string =>
  ['TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian', ...leads.map((l, i) => `${i + 1}\tRà soát thủ tục hành chính ${i + 1}\t${l}\tBáo cáo\tQuý II/2025`)].join('\n');

function reports(text: string, units: string[]) {
  const { doc } = parseText(text);
  return run(rule, { text, doc, settings: { units } });
}

describe('task/unknown-lead', () => {
  it('is silent without configured units, whatever the leads', () => {
    expect(reports(table('Phòng Kế hoạch', 'Ai đó'), [])).toEqual([]);
  });
  it('accepts a declared unit, in any case and spacing, also among several units in one cell', () => {
    expect(reports(table('Văn phòng Sở', 'PHÒNG CHÍNH SÁCH', 'Thanh tra  Sở; Văn phòng Sở', 'Phòng Chính sách, các phòng liên quan'), UNITS)).toEqual([]);
  });
  it('reports a lead that names no declared unit, with the closest one for a misspelling', () => {
    const out = reports(table('Phòng Chính sach', 'Phòng Kế hoạch'), UNITS);
    expect(out.map((r) => [r.messageId, r.text, r.data?.['unit'] ?? null])).toEqual([
      ['unknownDidYouMean', 'Phòng Chính sach', 'Phòng Chính sách'],
      ['unknown', 'Phòng Kế hoạch', null],
    ]);
  });
  it('ignores empty leads (task/missing-lead reports them) and area rows', () => {
    expect(reports(table(''), UNITS)).toEqual([]);
    expect(reports('TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\nI\tCẢI CÁCH THỂ CHẾ\t\t\t', UNITS)).toEqual([]);
  });
  it('config "units" reaches the rule through createChecker (and the .txt pipeline helper)', () => {
    const made = createChecker({ config: { units: UNITS } });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const ids = made.checker.checkText(table('Phòng Kế hoạch')).findings.map((f) => f.ruleId);
    expect(ids).toContain('task/unknown-lead');
    expect(checkText(table('Phòng Kế hoạch')).map((f) => f.ruleId)).not.toContain('task/unknown-lead');
  });
  it('a bad "units" value is a config problem', () => {
    const made = createChecker({ config: { units: ['ok', ''] } });
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.problems[0]?.path).toBe('units.1');
  });
});
