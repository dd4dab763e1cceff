import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/citation/issuer-mismatch.js';
import { citation, emptyFacts, run } from '../_helpers.js';

function one(typeWord: string, number: string, issuer: string) {
  const text = `${typeWord} số ${number} ngày 24/6/2022 của ${issuer} quy định`;
  const facts = emptyFacts();
  facts.citations.push(citation(text, { whole: text, typeWord, number, date: '24/6/2022', issuer }));
  return run(rule, { text, facts });
}

describe('citation/issuer-mismatch', () => {
  it('accepts a Nghị định of the Chính phủ and a Thông tư of a minister', () => {
    expect(one('Nghị định', '42/2022/NĐ-CP', 'Chính phủ')).toEqual([]);
    expect(one('Thông tư', '02/2017/TT-VPCP', 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ')).toEqual([]);
    expect(one('Quyết định', '468/QĐ-TTg', 'Thủ tướng Chính phủ')).toEqual([]);
  });
  it('reports a Nghị định attributed to the Thủ tướng (seed000)', () => {
    const r = one('Nghị định', '42/2022/NĐ-CP', 'Thủ tướng Chính phủ');
    expect(r.map((x) => [x.messageId, x.text])).toEqual([['wrongIssuer', 'Thủ tướng Chính phủ']]);
  });
  it('reports a Thông tư of the Chính phủ, and a Nghị định coded for another issuer', () => {
    expect(one('Thông tư', '01/2020/TT-CP', 'Chính phủ').map((x) => x.messageId)).toEqual(['wrongIssuer']);
    expect(one('Nghị định', '42/2022/NĐ-TTg', 'Thủ tướng Chính phủ').map((x) => x.messageId)).toEqual(['wrongIssuer']);
    const text = 'Nghị định số 42/2022/NĐ-TTg';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: text, typeWord: 'Nghị định', number: '42/2022/NĐ-TTg' }));
    expect(run(rule, { text, facts }).map((x) => [x.messageId, x.data?.code])).toEqual([['wrongCode', 'TTg']]);
  });
});
