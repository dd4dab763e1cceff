import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/target/duplicate.js';
import { emptyFacts, run, target } from '../_helpers.js';

const S = '80% người dân, doanh nghiệp khi thực hiện TTHC không phải cung cấp lại các thông tin, giấy tờ, tài liệu đã được chấp nhận.';

describe('target/duplicate', () => {
  it('accepts a target restated in the task table (another role) and different wordings with one head noun', () => {
    const text = `- ${S}\n1\t${S}\t`;
    const facts = emptyFacts();
    facts.targets.push(target(text, '80%', { value: 80, role: 'body' }), target(text, '80%', { value: 80, role: 'table', nth: 1 }));
    expect(run(rule, { text, facts })).toEqual([]);
    const two = '- 100% TTHC được công bố, công khai niêm yết tại Bộ phận Một cửa các cấp theo đúng quy định.\n- 100% TTHC được niêm yết công khai, kịp thời tại Trung tâm Phục vụ Hành chính công tỉnh.';
    const f2 = emptyFacts();
    f2.targets.push(target(two, '100%'), target(two, '100%', { nth: 1 }));
    expect(run(rule, { text: two, facts: f2 })).toEqual([]);
  });
  it('reports the second statement of the same target (seed004 lines 40 and 42)', () => {
    const text = `- Tỷ lệ số hóa kết quả giải quyết TTHC đạt 100%; ${S}\n\n - ${S}\n`;
    const facts = emptyFacts();
    facts.targets.push(target(text, '100%'), target(text, '80%', { value: 80 }), target(text, '80%', { value: 80, nth: 1 }));
    const r = run(rule, { text, facts });
    expect(r.map((x) => [x.messageId, x.text])).toEqual([['duplicate', '80%']]);
    expect(text.slice(0, text.indexOf('80%', text.indexOf('80%') + 1)).split('\n').length).toBe(3);
  });
});
