// Adversarial input: 100 KB lines of digits, slashes, "ngày", "số", "%" … run through every extractor in linear time.
import { describe, it } from 'vitest';
import { expectLinear } from '../_growth.js';
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

// Each line generator gives a line of about n characters.
const LINES: [string, (n: number) => string][] = [
  ['random mix', (n) => hostile(1, n)],
  ['random mix 2', (n) => hostile(7, n)],
  ['1/ repeated', (n) => '1/'.repeat(n / 2)],
  ['ngày repeated', (n) => 'ngày '.repeat(n / 5)],
  ['số repeated', (n) => 'số '.repeat(n / 3)],
  ['% repeated', (n) => '%'.repeat(n)],
  ['digits', (n) => '1'.repeat(n)],
  ['12/12/ repeated', (n) => '12/12/'.repeat(n / 6)],
  ['( repeated', (n) => '('.repeat(n)],
  ['capitals', (n) => 'A'.repeat(n)],
  ['Nghị định số repeated', (n) => 'Nghị định số '.repeat(n / 13)],
  ['10% repeated', (n) => '10% '.repeat(n / 4)],
];

describe('extractors on hostile lines: 100 KB costs about 4x 25 KB (linear, no backtracking blow-up)', () => {
  for (const [name, make] of LINES) {
    for (const [ex, run] of EXTRACTORS) {
      it(`${ex}: ${name}`, () => expectLinear(make, run, 25_000));
    }
  }
});
