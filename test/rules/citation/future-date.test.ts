import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/citation/future-date.js';
import { citation, emptyFacts, run } from '../_helpers.js';

function one(date: string, source: 'issue-date' | 'citations' | 'today' = 'issue-date') {
  const text = `Căn cứ Kế hoạch số 20/KH-UBND ngày ${date} của UBND tỉnh`;
  const facts = emptyFacts();
  facts.referenceDate = { iso: '2025-03-05', source, basis: null };
  facts.citations.push(citation(text, { whole: text, typeWord: 'Kế hoạch', number: '20/KH-UBND', date }));
  return run(rule, { text, facts, settings: { referenceDate: '2025-03-05' } });
}

describe('citation/future-date', () => {
  it('accepts documents dated on or before the plan', () => {
    expect(one('15/01/2025')).toEqual([]);
    expect(one('05/3/2025')).toEqual([]);
  });
  it('reports a document dated after the plan', () => {
    expect(one('15/4/2025').map((r) => [r.messageId, r.text, r.data?.reference])).toEqual([['future', '15/4/2025', '05/3/2025']]);
  });
  it('stays silent when the reference date was inferred from the citations', () => {
    expect(one('15/4/2025', 'citations')).toEqual([]);
  });
});
