import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/text/abbreviation-undefined.js';
import { at, emptyFacts, run } from '../_helpers.js';

function facts(text: string, defs: string[], uses: [string, number][]) {
  const f = emptyFacts();
  for (const d of defs) f.abbreviations.definitions.push({ abbr: d, expansion: '', span: at(text, `(${d})`) });
  for (const [u, nth] of uses) f.abbreviations.uses.push({ abbr: u, span: at(text, u, nth) });
  return f;
}

describe('text/abbreviation-undefined', () => {
  it('accepts a defined abbreviation and standard ones (UBND, HĐND)', () => {
    const text = 'cải cách thủ tục hành chính (TTHC). Rà soát TTHC của UBND, HĐND.';
    expect(run(rule, { text, facts: facts(text, ['TTHC'], [['TTHC', 1], ['UBND', 0], ['HĐND', 0]]) })).toEqual([]);
  });
  it('reports once an abbreviation never defined, and one used before its definition', () => {
    const text = 'Rà soát QPPL và QPPL. Rà soát TTHC; cải cách thủ tục hành chính (TTHC).';
    const r = run(rule, { text, facts: facts(text, ['TTHC'], [['QPPL', 0], ['QPPL', 1], ['TTHC', 0]]) });
    expect(r.map((x) => [x.messageId, x.text])).toEqual([
      ['undefined', 'QPPL'],
      ['beforeDefinition', 'TTHC'],
    ]);
  });
});
