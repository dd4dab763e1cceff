import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/target/conflict.js';
import { emptyFacts, run, target } from '../_helpers.js';
import { expectLinear } from '../../_growth.js';

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
  it('handles 2,000 targets with a map, not pairs (linear growth)', () => {
    const make = (n: number): { text: string; facts: ReturnType<typeof emptyFacts> } => {
      const lines = Array.from({ length: n }, (_, i) => `- Chỉ tiêu số ${i} của kế hoạch cải cách hành chính được thực hiện đạt 50%.`);
      const text = lines.join('\n');
      const facts = emptyFacts();
      let from = 0;
      for (const l of lines) {
        const start = text.indexOf(l, from) + l.indexOf('50%');
        from = start;
        facts.targets.push({ ...target(text, '50%'), span: { start, end: start + 3 }, value: 50 });
      }
      return { text, facts };
    };
    expect(run(rule, make(2000))).toEqual([]);
    expectLinear(make, (input) => run(rule, input), 500);
  });
});

// Issue 13 item 7: an exact and a minimum figure of one indicator are compared as levels.
describe('target/conflict: exact and minimum levels', () => {
  const facts = (text: string, specs: [string, number, Parameters<typeof target>[2]][]) => {
    const f = emptyFacts();
    for (const [p, nth, o] of specs) f.targets.push(pct(text, p, nth, o));
    return f;
  };
  it('reports "100%" and "tối thiểu 90%" of the same indicator, same year', () => {
    const text = [
      '- Năm 2026, 100% hồ sơ thủ tục hành chính được số hóa kết quả giải quyết theo quy định.',
      '- Năm 2026, tối thiểu 90% hồ sơ thủ tục hành chính được số hóa kết quả giải quyết theo quy định.',
    ].join('\n');
    const r = run(rule, { text, facts: facts(text, [['100%', 0, { year: 2026 }], ['90%', 0, { year: 2026, comparator: 'gte' }]]) });
    expect(r.map((x) => [x.text, x.data?.value, x.data?.firstValue])).toEqual([['90%', 'tối thiểu 90%', '100%']]);
  });
  it('reports "đạt 100%" against "đạt 95% trở lên" and "≥ 95%"', () => {
    const text = [
      '- Tỷ lệ người dân hài lòng với việc giải quyết thủ tục hành chính đạt 100%.',
      '- Tỷ lệ người dân hài lòng với việc giải quyết thủ tục hành chính đạt ≥ 95%.',
    ].join('\n');
    expect(run(rule, { text, facts: facts(text, [['100%', 0, {}], ['95%', 0, { comparator: 'gte' }]]) }).map((x) => x.text)).toEqual(['95%']);
  });
  it('accepts "tối thiểu 100%" and "100%" (one level), and two minimums for different years', () => {
    const same = [
      '- Bảo đảm 100% hồ sơ thủ tục hành chính được tiếp nhận và trả kết quả qua dịch vụ bưu chính.',
      '- Bảo đảm tối thiểu 100% hồ sơ thủ tục hành chính được tiếp nhận và trả kết quả qua dịch vụ bưu chính.',
    ].join('\n');
    expect(run(rule, { text: same, facts: facts(same, [['100%', 0, {}], ['100%', 1, { comparator: 'gte' }]]) })).toEqual([]);
    const years = [
      'a) Đến hết năm 2026: tối thiểu',
      '80% doanh nghiệp nhỏ và vừa trên địa bàn tỉnh ứng dụng nền tảng số trong quản trị.',
      'b) Đến hết năm 2030: tối thiểu',
      '90% doanh nghiệp nhỏ và vừa trên địa bàn tỉnh ứng dụng nền tảng số trong quản trị.',
    ].join('\n');
    // The extractor finds no year for a hard-wrapped item; the years of the items still keep them apart.
    expect(run(rule, { text: years, facts: facts(years, [['80%', 0, {}], ['90%', 0, {}]]) })).toEqual([]);
  });
  it('does not compare a maximum with an exact figure', () => {
    const text = [
      '- Tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn trên địa bàn tỉnh là 2% trong năm.',
      '- Tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn trên địa bàn tỉnh là tối đa 5% trong năm.',
    ].join('\n');
    expect(run(rule, { text, facts: facts(text, [['2%', 0, {}], ['5%', 0, { comparator: 'lte' }]]) })).toEqual([]);
  });
});

describe('target/conflict: hard-wrapped statements', () => {
  it('compares whole wrapped statements, not their last lines', () => {
    const text = [
      '(3) Tỷ lệ các bệnh viện tuyến tỉnh triển khai hồ sơ bệnh án điện tử, kết nối',
      'dữ liệu khám chữa bệnh với cơ sở dữ liệu quốc gia về bảo hiểm đạt 100%;',
      '',
      '(4) Tỷ lệ các trạm y tế xã triển khai hồ sơ sức khỏe điện tử, kết nối',
      'dữ liệu khám chữa bệnh với cơ sở dữ liệu quốc gia về bảo hiểm đạt tối thiểu 90%;',
    ].join('\n');
    const f = emptyFacts();
    f.targets.push(pct(text, '100%'), pct(text, '90%', 0, { comparator: 'gte' }));
    expect(run(rule, { text, facts: f })).toEqual([]);
    // The same statement wrapped at the same place still conflicts.
    const same = text.replace('các trạm y tế xã triển khai hồ sơ sức khỏe', 'các bệnh viện tuyến tỉnh triển khai hồ sơ bệnh án');
    const g = emptyFacts();
    g.targets.push(pct(same, '100%'), pct(same, '90%', 0, { comparator: 'gte' }));
    expect(run(rule, { text: same, facts: g }).map((r) => r.text)).toEqual(['90%']);
  });
});
