import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/citation/invalid-date.js';
import { citation, emptyFacts, run } from '../_helpers.js';

function one(date: string) {
  const text = `Quyết định số 468/QĐ-TTg ngày ${date}`;
  const facts = emptyFacts();
  facts.citations.push(citation(text, { whole: text, typeWord: 'Quyết định', number: '468/QĐ-TTg', date }));
  return run(rule, { text, facts });
}

describe('citation/invalid-date', () => {
  it('accepts real days, including 29/02 of a leap year', () => {
    expect(one('27/3/2021')).toEqual([]);
    expect(one('29/02/2024')).toEqual([]);
  });
  it('reports 31/4 and 29/02/2023', () => {
    expect(one('31/4/2021').map((r) => [r.messageId, r.text])).toEqual([['invalid', '31/4/2021']]);
    expect(one('29/02/2023').map((r) => r.messageId)).toEqual(['invalid']);
  });
});
