// Adversarial input: 100 KB lines of digits, slashes, "ngày", "số", "%" … run through every extractor in linear time.
import { describe, expect, it } from 'vitest';
import { findAbbreviations, findCitations, findDates, findDeadlines, findTargets, parseDeadline } from '../../src/extract/index.js';

const PARTS = ['1', '/', '2', '0', '/', 'ngày ', 'số ', '%', ' ', '-', '12/', '2025/', 'NĐ-', 'tháng ', 'năm ', 'Luật ', '(', ',', 'trên '];

function hostile(seed: number, size = 100_000): string {
  let s = '';
  let x = seed;
  while (s.length < size) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += PARTS[x % PARTS.length];
  }
  return s;
}

const EXTRACTORS: [string, (s: string) => unknown][] = [
  ['findCitations', (s) => findCitations(s, 0, 'body')],
  ['findDates', (s) => findDates(s, 0, 'body')],
  ['findDeadlines', (s) => findDeadlines(s, 0, 'body')],
  ['parseDeadline', (s) => parseDeadline(s, 0)],
  ['findTargets', (s) => findTargets(s, 0, 'body', null)],
  ['findAbbreviations', (s) => findAbbreviations(s, 0)],
];

const LINES: [string, string, number][] = [
  ['random mix', hostile(1), 1000],
  ['random mix 2', hostile(7), 1000],
  ['1/ repeated', '1/'.repeat(50_000), 1000],
  ['ngày repeated', 'ngày '.repeat(20_000), 1000],
  ['số repeated', 'số '.repeat(33_000), 1000],
  ['% repeated', '%'.repeat(100_000), 1000],
  ['digits', '1'.repeat(100_000), 1000],
  ['12/12/ repeated', '12/12/'.repeat(16_000), 1000],
  ['( repeated', '('.repeat(100_000), 1000],
  ['capitals', 'A'.repeat(100_000), 1000],
  ['Nghị định số repeated', 'Nghị định số '.repeat(8_000), 1000],
  // Every position is a figure: 25 000 targets, each with its context; linear but dense, so a looser bound.
  ['10% repeated', '10% '.repeat(25_000), 4000],
];

describe('extractors on hostile 100 KB lines', () => {
  for (const [name, line, bound] of LINES) {
    for (const [ex, run] of EXTRACTORS) {
      it(`${ex}: ${name} < ${bound} ms`, () => {
        const t0 = performance.now();
        run(line);
        expect(performance.now() - t0).toBeLessThan(bound);
      });
    }
  }
});
