import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/text/misspelling.js';
import { run } from '../_helpers.js';

const found = (text: string) => run(rule, { text }).map((r) => [r.messageId, r.text]);

describe('text/misspelling', () => {
  it('accepts correct spellings and look-alikes inside longer words', () => {
    expect(found('kịp thời cập nhật thông tin; sáp nhập đơn vị; giám sát nhập khẩu; nhũng nhiễu.')).toEqual([]);
  });
  it('reports "cập nhập" (seed000), "Sát nhập" and "nhũng nhịu" (seed003)', () => {
    expect(found('thường xuyên, kịp thời cập nhập thông tin. Sát nhập đơn vị. gây nhũng nhịu, tiêu cực')).toEqual([
      ['misspelling', 'cập nhập'],
      ['misspelling', 'Sát nhập'],
      ['misspelling', 'nhũng nhịu'],
    ]);
  });
  it('reports "tinh giảm biên chế" as info only', () => {
    expect(run(rule, { text: 'lộ trình tinh giảm biên chế' }).map((r) => [r.text, r.severity])).toEqual([['tinh giảm biên chế', 'info']]);
  });
  it('reports "muu" split across a table page break (seed001), not Roman numerals or URLs', () => {
    expect(found('Rà soát, tham\n\tmuu cơ quan có thẩm quyền')).toEqual([['syllable', 'muu']]);
    expect(found('II. III. VII. ii) xem http://vacuum.vn/muu và a.muu@x.vn')).toEqual([]);
  });
});
