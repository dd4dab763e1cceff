import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/citation/year-mismatch.js';
import { citation, emptyFacts, run } from '../_helpers.js';

function one(number: string, date: string) {
  const text = `Nghị định số ${number} ngày ${date}`;
  const facts = emptyFacts();
  facts.citations.push(citation(text, { whole: text, typeWord: 'Nghị định', number, date }));
  return run(rule, { text, facts });
}

describe('citation/year-mismatch', () => {
  it('accepts the same year, and administrative numbers without a year', () => {
    expect(one('118/2025/NĐ-CP', '09/6/2025')).toEqual([]);
    expect(one('468/QĐ-TTg', '27/3/2021')).toEqual([]);
  });
  it('reports 2025 in the number with a 2024 date', () => {
    expect(one('118/2025/NĐ-CP', '09/6/2024').map((r) => [r.messageId, r.data?.numberYear, r.data?.dateYear])).toEqual([['mismatch', 2025, 2024]]);
  });
});
