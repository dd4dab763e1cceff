import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/target/conflict.js';
import { emptyFacts, run, target } from '../_helpers.js';

const IND = 'tỷ lệ hồ sơ tthc được giải quyết đúng hạn';

describe('target/conflict', () => {
  it('accepts the same indicator for different years, and equal values', () => {
    const text = 'A 98% (2025). B 99% (2026). C 98% (2025).';
    const facts = emptyFacts();
    facts.targets.push(target(text, 'A 98%', { value: 98, indicator: IND, year: 2025 }), target(text, 'B 99%', { value: 99, indicator: IND, year: 2026 }), target(text, 'C 98%', { value: 98, indicator: IND, year: 2025 }));
    expect(run(rule, { text, facts })).toEqual([]);
  });
  it('reports the first disagreeing value, once per indicator', () => {
    const text = 'A 98%. B 95%. C 90%.';
    const facts = emptyFacts();
    facts.targets.push(target(text, 'A 98%', { value: 98, indicator: IND, comparator: 'gte' }), target(text, 'B 95%', { value: 95, indicator: IND, comparator: 'gte' }), target(text, 'C 90%', { value: 90, indicator: IND }));
    expect(run(rule, { text, facts }).map((r) => [r.messageId, r.text, r.data?.value, r.data?.firstValue])).toEqual([['conflict', 'B 95%', 'tối thiểu 95%', 'tối thiểu 98%']]);
  });
  it('ignores indicators too short to compare', () => {
    const text = 'A 98%. B 95%.';
    const facts = emptyFacts();
    facts.targets.push(target(text, 'A 98%', { value: 98, indicator: 'hồ sơ' }), target(text, 'B 95%', { value: 95, indicator: 'hồ sơ' }));
    expect(run(rule, { text, facts })).toEqual([]);
  });
  it('handles 2,000 targets with a map, not pairs', () => {
    const text = 'x'.repeat(10);
    const facts = emptyFacts();
    for (let i = 0; i < 2000; i++) facts.targets.push({ ...target(text, 'x'), indicator: `chỉ tiêu số ${i} của kế hoạch`, value: 50 });
    const t0 = performance.now();
    expect(run(rule, { text, facts })).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
