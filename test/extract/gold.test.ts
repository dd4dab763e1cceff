// The gold set: no silent regressions in precision/recall, and extractFacts on parsed seeds agrees with the gold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, EXTRACTORS } from '../../src/eval/score.js';
import { loadGoldSet, repoRoot } from '../../src/eval/run.js';
import { extractFacts } from '../../src/extract/index.js';
import { FactsSchema } from '../../src/model/facts.js';
import { loadTxt } from '../../src/load/txt.js';
import { parsePlan } from '../../src/parse/index.js';

const root = repoRoot();
const { seeds, counter } = loadGoldSet(root);
const thresholds = JSON.parse(readFileSync(join(root, 'fixtures', 'gold', 'thresholds.json'), 'utf8')) as Record<
  string,
  { precision: number; recall: number }
>;

describe('gold set evaluation', () => {
  const scores = evaluate(seeds, counter);
  it('covers the five seeds and the named topic seeds', () => {
    expect(seeds.map((s) => s.name)).toEqual(expect.arrayContaining(['seed000', 'seed001', 'seed002', 'seed003', 'seed004', 'seed-deadlines']));
  });
  for (const e of EXTRACTORS) {
    it(`${e}: precision and recall do not drop below the recorded level`, () => {
      const s = scores[e];
      const t = thresholds[e];
      expect(t).toBeDefined();
      expect({ e, precision: s.precision, misses: s.spurious }).toMatchObject({ e });
      expect(s.precision, s.spurious.join('\n')).toBeGreaterThanOrEqual((t?.precision ?? 1) - 1e-9);
      expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual((t?.recall ?? 1) - 1e-9);
      expect(s.precision).toBeGreaterThanOrEqual(0.98);
      expect(s.recall).toBeGreaterThanOrEqual(0.95);
    });
  }
});

describe('extractFacts on parsed seeds', () => {
  // Whole plans only: the "forms-*" gold files are single-line cases, not plans to parse.
  for (const s of seeds.filter((x) => x.name.startsWith('seed'))) {
    it(`${s.name}: facts are valid, spans point at their text, and agree with the gold set`, () => {
      // Numbered seeds are the bundled plans; named topic seeds keep their text beside their gold.
      const dir = /^seed\d+$/u.test(s.name) ? 'plans' : 'gold';
      const bytes = readFileSync(join(root, 'fixtures', dir, `${s.name}.txt`));
      const loaded = loadTxt(new Uint8Array(bytes));
      const doc = parsePlan(loaded, { path: `${s.name}.txt`, bytes: bytes.length });
      const facts = extractFacts(doc, loaded.text, { today: '2026-01-15' });
      expect(() => FactsSchema.parse(facts)).not.toThrow();
      // A span indexes the full text; where the parser joined lines or page-split cells, the slice holds the
      // same words with the layout (line break, tab, repeated header) in between.
      const words = (x: string): string => x.replace(/\s+/gu, ' ').trim();
      for (const f of [...facts.citations, ...facts.targets, ...facts.deadlines, ...facts.dates]) {
        const slice = loaded.text.slice(f.span.start, f.span.end);
        if (words(slice) !== words(f.text)) {
          expect(slice.startsWith(f.text.split(/\s/u)[0] ?? ''), `${f.text} vs ${slice}`).toBe(true);
          expect(/[\n\t]/u.test(slice), `${f.text} vs ${slice}`).toBe(true);
        }
      }
      // Every gold citation key is found; extractFacts finds no key the gold set does not know.
      const goldKeys = new Set(s.gold.citations.map((c) => c['key'] as string));
      const keys = new Set(facts.citations.map((c) => c.key));
      const missing = [...goldKeys].filter((k) => !keys.has(k));
      const extra = [...keys].filter((k) => !goldKeys.has(k));
      // A key split across a page break by the .txt layout may differ: allow at most one either way.
      expect(missing.length, `missing ${missing.join(', ')}`).toBeLessThanOrEqual(1);
      expect(extra.length, `extra ${extra.join(', ')}`).toBeLessThanOrEqual(1);
      // Every gold target value is found (the parser may merge page-split rows, so counts can differ by a few).
      expect(Math.abs(facts.targets.length - s.gold.targets.length)).toBeLessThanOrEqual(3);
      expect(facts.referenceDate).not.toBeNull();
    });
  }
});
