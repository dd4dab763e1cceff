import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/target/conflict.js';
import { emptyFacts, run, target } from '../_helpers.js';

const pct = (text: string, p: string, nth = 0, o: Parameters<typeof target>[2] = {}) => target(text, p, { value: Number.parseFloat(p), nth, ...o });

describe('target/conflict', () => {
  it('accepts the same wording for different years, equal values, and different wordings', () => {
    const text = [
      '- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn và trước hạn đạt tối thiểu 98%.',
      '- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn và trước hạn đạt tối thiểu 98%.',
      '- 100% hồ sơ TTHC để chậm, muộn đều phải có giải trình trách nhiệm với người đứng đầu.',
    ].join('\n');
    const facts = emptyFacts();
    facts.targets.push(pct(text, '98%'), pct(text, '98%', 1), pct(text, '100%'));
    expect(run(rule, { text, facts })).toEqual([]);
    const years = 'Trong năm 2025 tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt 98%.\nTrong năm 2025 tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt 99%.';
    const f2 = emptyFacts();
    f2.targets.push(pct(years, '98%', 0, { year: 2025 }), pct(years, '99%', 0, { year: 2026 }));
    expect(run(rule, { text: years, facts: f2 })).toEqual([]);
  });
  it('reports the first disagreeing value of the same wording, once', () => {
    const text = [
      '- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn và trước hạn đạt tối thiểu 98%.',
      '- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn và trước hạn đạt tối thiểu 95%.',
      '- Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn và trước hạn đạt tối thiểu 90%.',
    ].join('\n');
    const facts = emptyFacts();
    facts.targets.push(pct(text, '98%', 0, { comparator: 'gte' }), pct(text, '95%', 0, { comparator: 'gte' }), pct(text, '90%', 0, { comparator: 'gte' }));
    expect(run(rule, { text, facts }).map((r) => [r.messageId, r.text, r.data?.value, r.data?.firstValue])).toEqual([['conflict', '95%', 'tối thiểu 95%', 'tối thiểu 98%']]);
  });
  it('does not compare two percentages of one statement', () => {
    const text = '- 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.';
    const facts = emptyFacts();
    facts.targets.push(pct(text, '80%'), pct(text, '60%'));
    expect(run(rule, { text, facts })).toEqual([]);
  });
  it('handles 2,000 targets with a map, not pairs', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `- Chỉ tiêu số ${i} của kế hoạch cải cách hành chính được thực hiện đạt 50%.`);
    const text = lines.join('\n');
    const facts = emptyFacts();
    let from = 0;
    for (const l of lines) {
      const start = text.indexOf(l, from) + l.indexOf('50%');
      from = start;
      facts.targets.push({ ...target(text, '50%'), span: { start, end: start + 3 }, value: 50 });
    }
    const t0 = performance.now();
    expect(run(rule, { text, facts })).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
