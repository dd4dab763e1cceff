// Every rule over long hostile lines: no catastrophic backtracking, no crash (STYLE: regexes tested on hostile input).
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { emptyFacts, run } from './_helpers.js';

const HOSTILE = [
  'số '.repeat(40_000),
  '(có phụ lục '.repeat(20_000),
  'a'.repeat(200_000),
  '. '.repeat(100_000),
  '1/2025/NĐ UBND ngày '.repeat(10_000),
  'tỉnh Bắc '.repeat(30_000),
  'UBND các '.repeat(30_000),
  '[tên '.repeat(40_000),
  'cập '.repeat(50_000),
];

describe('rules on hostile text', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s stays fast', (_id, rule) => {
    for (const text of HOSTILE) {
      const t0 = performance.now();
      run(rule, { text, facts: emptyFacts(), settings: { referenceDate: '2025-08-01' } });
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});
