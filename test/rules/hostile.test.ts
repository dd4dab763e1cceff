// Every rule over long hostile lines: no catastrophic backtracking, no crash (STYLE: regexes tested on hostile input).
import { describe, it } from 'vitest';
import { expectLinear } from '../_growth.js';
import { RULES } from '../../src/rules/index.js';
import { emptyFacts, run } from './_helpers.js';

// Pieces repeated into long lines (the large case is about 200 KB).
const HOSTILE = ['số ', '(có phụ lục ', 'a', '. ', '1/2025/NĐ UBND ngày ', 'tỉnh Bắc ', 'UBND các ', '[tên ', 'cập '];

describe('rules on hostile text', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s stays linear', (_id, rule) => {
    for (const piece of HOSTILE) {
      expectLinear(
        (n) => piece.repeat(Math.ceil(n / piece.length)),
        (text) => run(rule, { text, facts: emptyFacts(), settings: { referenceDate: '2025-08-01' } }),
        50_000,
      );
    }
  });
});
