import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/target/over-100.js';
import { emptyFacts, run, target } from '../_helpers.js';

describe('target/over-100', () => {
  it('accepts 100%, "100% trở lên" and a change of 150%', () => {
    const text = '100% hồ sơ. Tăng 150% so với năm 2024. đạt 100% trở lên.';
    const facts = emptyFacts();
    facts.targets.push(target(text, '100% hồ sơ'), target(text, 'Tăng 150% so với năm 2024', { value: 150, kind: 'change' }), target(text, 'đạt 100% trở lên', { comparator: 'gte' }));
    expect(run(rule, { text, facts })).toEqual([]);
  });
  it('reports "trên 100%" of a share (seed001) and 120% of a share', () => {
    const text = 'Bảo đảm trên 100% hồ sơ TTHC được giải quyết. Đạt 120% cơ quan.';
    const facts = emptyFacts();
    facts.targets.push(target(text, 'trên 100% hồ sơ TTHC được giải quyết', { comparator: 'gt' }), target(text, '120% cơ quan', { value: 120 }));
    expect(run(rule, { text, facts }).map((r) => [r.messageId, r.text])).toEqual([
      ['over', 'trên 100% hồ sơ TTHC được giải quyết'],
      ['over', '120% cơ quan'],
    ]);
  });
});
