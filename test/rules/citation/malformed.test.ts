import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/citation/malformed.js';
import { citation, emptyFacts, run } from '../_helpers.js';

function one(text: string, o: Parameters<typeof citation>[1]) {
  const facts = emptyFacts();
  facts.citations.push(citation(text, o));
  return run(rule, { text, facts });
}

describe('citation/malformed', () => {
  it('accepts a well-formed number', () => {
    const text = 'Nghị định số 63/2010/NĐ-CP ngày 08/6/2010';
    expect(one(text, { whole: text, typeWord: 'Nghị định', number: '63/2010/NĐ-CP', date: '08/6/2010' })).toEqual([]);
  });
  it('reports "63/2010/NĐCP" with the fix (seed004), even when the extractor gave no reason', () => {
    const text = 'Nghị định số 63/2010/NĐCP ngày 08/6/2010';
    const r = one(text, { whole: text, typeWord: 'Nghị định', number: '63/2010/NĐCP', date: '08/6/2010', form: 'normative' });
    expect(r.map((x) => [x.messageId, x.text, x.data?.expected])).toEqual([['malformed', text, '63/2010/NĐ-CP']]);
  });
  it('reports "46/2022/QĐ UBND" and "71/2024/NQHĐND" (seed001)', () => {
    const text = 'Quyết định số 46/2022/QĐ UBND ngày 28/10/2022; Nghị quyết số 71/2024/NQHĐND ngày 08/10/2024';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: 'Quyết định số 46/2022/QĐ UBND', number: '46/2022/QĐ UBND', malformed: ['space-in-code'] }));
    facts.citations.push(citation(text, { whole: 'Nghị quyết số 71/2024/NQHĐND', number: '71/2024/NQHĐND', malformed: ['missing-hyphen'] }));
    expect(run(rule, { text, facts }).map((x) => x.data?.expected)).toEqual(['46/2022/QĐ-UBND', '71/2024/NQ-HĐND']);
  });
  it('falls back to the reasons when no fix can be computed', () => {
    const text = 'Nghị quyết 60/NQ-TW';
    const r = one(text, { whole: text, number: '60/NQ-TW', malformed: ['party-slash'], form: 'party' });
    expect(r.map((x) => [x.messageId, x.data?.reasons])).toEqual([['malformedNoFix', 'party-slash']]);
  });
});
