import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/citation/type-mismatch.js';
import { citation, emptyFacts, run } from '../_helpers.js';

function one(typeWord: string, number: string) {
  const text = `${typeWord} số ${number}`;
  const facts = emptyFacts();
  facts.citations.push(citation(text, { whole: text, typeWord, number }));
  return run(rule, { text, facts });
}

describe('citation/type-mismatch', () => {
  it('accepts matching types, laws and Party documents', () => {
    expect(one('Nghị định', '118/2025/NĐ-CP')).toEqual([]);
    expect(one('Quyết định', '468/QĐ-TTg')).toEqual([]);
    expect(one('Thông tư', '03/2025/TT-VPCP')).toEqual([]);
    expect(one('Luật', '64/2025/QH15')).toEqual([]);
    expect(one('Kế hoạch', '184/KH-UBND')).toEqual([]);
  });
  it('reports "Nghị định … /QĐ-…"', () => {
    expect(one('Nghị định', '118/2025/QĐ-CP').map((r) => [r.messageId, r.data?.code, r.data?.expected])).toEqual([['mismatch', 'QĐ', 'NĐ']]);
  });
  it('reports "Quyết định … /KH-…"', () => {
    expect(one('Quyết định', '15/KH-UBND').map((r) => r.messageId)).toEqual(['mismatch']);
  });
});
