// Properties of every extractor: any input → no throw, spans inside the input (offset by `base`), and linear
// time on 100 KB adversarial lines (no catastrophic regex backtracking).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureGrowth } from '../_growth.js';
import { findAbbreviations, findCitations, findDates, findDeadlines, findTargets, parseDeadline } from '../../src/extract/index.js';
import type { FactRole } from '../../src/model/facts.js';
import { ADVERSARIAL, adversarialLine, collectSpans, fragmentText } from './_arbitraries.js';

type Extractor = (text: string, base: number, role: FactRole) => unknown;

const EXTRACTORS: [string, Extractor][] = [
  ['findCitations', (t, b, r) => findCitations(t, b, r)],
  ['findDates', (t, b, r) => findDates(t, b, r)],
  ['findDeadlines', (t, b, r) => findDeadlines(t, b, r)],
  ['parseDeadline', (t, b, r) => parseDeadline(t, b, { role: r, task: 0 })],
  ['findTargets', (t, b, r) => findTargets(t, b, r, null)],
  ['findTargets (past, area)', (t, b, r) => findTargets(t, b, r, 'tthc', { past: true })],
  ['findAbbreviations', (t, b) => findAbbreviations(t, b)],
];

const input = fc.oneof({ weight: 4, arbitrary: fragmentText }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) });
const role = fc.constantFrom<FactRole>('basis', 'body', 'table');

describe.each(EXTRACTORS)('%s on any input', (_name, run) => {
  it('does not throw; every span (the fact\u2019s and its parts\u2019) lies inside [base, base + length]', () => {
    fc.assert(
      fc.property(input, fc.nat({ max: 1_000_000 }), role, (text, base, r) => {
        const result = run(text, base, r);
        for (const s of collectSpans(result)) {
          expect(s.start, s.path).toBeGreaterThanOrEqual(base);
          expect(s.end, s.path).toBeLessThanOrEqual(base + text.length);
          expect(s.start, s.path).toBeLessThanOrEqual(s.end);
        }
      }),
      { numRuns: Number(process.env['KEHOACH_PROPERTY_RUNS'] ?? 300) },
    );
  });
});

describe('linear time on 100 KB adversarial lines', () => {
  // Lines drawn from digits, slashes, "ngày", "số", "%", "Nghị định", parentheses and tabs; plus narrower
  // alphabets that stress one pattern each. The cost of 100 KB must stay near 4x the cost of 25 KB.
  const ALPHABETS: [string, readonly string[]][] = [
    ['mixed', ADVERSARIAL],
    ['dates', ['1', '2', '/', '-', ' ', 'ngày ', 'tháng ', 'năm ', '2026', '12/']],
    ['citations', ['Nghị định ', 'số ', '12', '/', '2026', 'NĐ-CP', 'QĐ-', 'UBND', ' ', '-', 'Luật ', 'của ', 'Chính phủ']],
    ['targets', ['%', '10', ',', '5', ' ', 'đạt ', 'tối thiểu ', '(', ')', 'trên ', '100']],
    ['brackets and tabs', ['(', ')', '\t', '"', '“', 'UBND', ' ', 'A', 'Đ', '(UBND)']],
  ];
  const time = (run: Extractor, text: string): number => {
    const t0 = performance.now();
    run(text, 0, 'body');
    return performance.now() - t0;
  };

  for (const [alphabetName, alphabet] of ALPHABETS) {
    for (const [name, run] of EXTRACTORS) {
      it(`${name}: ${alphabetName}`, () => {
        const line = adversarialLine(alphabetName.length * 7919 + name.length, 100_000, alphabet);
        time(run, line.slice(0, 5_000)); // warm-up
        // Alternating rounds, best of each size, more rounds while over the bound (test/_growth.ts).
        const short = line.slice(0, 25_000);
        const { small, large } = measureGrowth(
          () => run(short, 0, 'body'),
          () => run(line, 0, 'body'),
          (a, b) => b < 8 * a + 250,
        );
        expect(large).toBeLessThan(8 * small + 250);
        expect(large).toBeLessThan(5_000);
      });
    }
  }
});
