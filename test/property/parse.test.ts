// Properties of the structure parser and of extractFacts on "line soups" built from realistic fragments:
// never a throw, every span inside the text, the model and the facts valid against their schemas.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureGrowth } from '../_growth.js';
import { extractFacts } from '../../src/extract/index.js';
import { loadTxt } from '../../src/load/txt.js';
import { LoadError } from '../../src/load/types.js';
import { FactsSchema } from '../../src/model/facts.js';
import { PlanDocumentSchema } from '../../src/model/plan.js';
import { parsePlan } from '../../src/parse/index.js';
import { adversarialLine, collectSpans, soup } from './_arbitraries.js';

function parse(source: string) {
  const bytes = new TextEncoder().encode(source);
  let loaded;
  try {
    loaded = loadTxt(bytes);
  } catch (err) {
    // NUL bytes or an undecodable text are the loader's LoadError (tested elsewhere): nothing to parse.
    if (err instanceof LoadError) return null;
    throw err;
  }
  const doc = parsePlan(loaded, { path: 'soup.txt', bytes: bytes.length });
  return { loaded, doc };
}

function spansInside(value: unknown, length: number): void {
  for (const s of collectSpans(value)) {
    expect(s.start, s.path).toBeGreaterThanOrEqual(0);
    expect(s.end, s.path).toBeLessThanOrEqual(length);
    expect(s.start, s.path).toBeLessThanOrEqual(s.end);
  }
}

describe('parsePlan on line soups', () => {
  it('never throws; spans within the text; the model validates against PlanDocumentSchema', () => {
    fc.assert(
      fc.property(soup, (source) => {
        const parsed = parse(source);
        if (!parsed) return;
        const { loaded, doc } = parsed;
        spansInside(doc, loaded.text.length);
        const check = PlanDocumentSchema.safeParse(doc);
        expect(check.success, check.success ? '' : JSON.stringify(check.error.issues.slice(0, 3))).toBe(true);
      }),
      { numRuns: Number(process.env["KEHOACH_PROPERTY_RUNS"] ?? 250) },
    );
  });

  it('extractFacts on the parsed soup: never throws; spans within the text; facts validate against FactsSchema', () => {
    fc.assert(
      fc.property(soup, (source) => {
        const parsed = parse(source);
        if (!parsed) return;
        const { loaded, doc } = parsed;
        const facts = extractFacts(doc, loaded.text, { today: '2026-01-15' });
        spansInside(facts, loaded.text.length);
        const check = FactsSchema.safeParse(facts);
        expect(check.success, check.success ? '' : JSON.stringify(check.error.issues.slice(0, 3))).toBe(true);
      }),
      { numRuns: Number(process.env["KEHOACH_PROPERTY_RUNS"] ?? 250) },
    );
  });
});

describe('parse + extract in linear time', () => {
  // 2,000 short lines of markers, citations, dates and tabs: 4x the input must not cost much more than 4x the time.
  const docOf = (seed: number, lines: number): string => {
    const out: string[] = [];
    for (let i = 0; i < lines; i++) out.push(adversarialLine(seed + i, 40 + ((seed + i) % 80), ['I.', '1.', '2.1.', 'a)', '- ', '\t', 'Số:', 'Nơi nhận:', 'Phụ lục ', 'ngày ', '12/', '2026', ' ', 'Nghị định ', 'số ', '%', '(', ')']));
    return out.join('\n');
  };
  const cost = (text: string): number => {
    const t0 = performance.now();
    const parsed = parse(text);
    if (parsed) extractFacts(parsed.doc, parsed.loaded.text, {});
    return performance.now() - t0;
  };

  it.each([1, 2, 3])('seed %i: 2,000 vs 8,000 lines', (seed) => {
    cost(docOf(seed, 200)); // warm-up (regex compilation, JIT)
    // Alternating rounds, best of each size, more rounds while over the bound (test/_growth.ts).
    const smallDoc = docOf(seed, 2000);
    const largeDoc = docOf(seed, 8000);
    const { small, large } = measureGrowth(
      () => cost(smallDoc),
      () => cost(largeDoc),
      (a, b) => b < 10 * a + 300,
    );
    expect(large).toBeLessThan(10 * small + 300);
    expect(large).toBeLessThan(10_000);
  });
});

describe('the whole pipeline (rules included) on line soups', () => {
  it('never throws, and every finding lies inside the text', async () => {
    const { runRules } = await import('../../src/engine/index.js');
    const { RULES } = await import('../../src/rules/index.js');
    fc.assert(
      fc.property(soup, (source) => {
        const parsed = parse(source);
        if (!parsed) return;
        const facts = extractFacts(parsed.doc, parsed.loaded.text, { today: '2026-01-15' });
        const findings = runRules(RULES, parsed.loaded, parsed.doc, facts, { lang: 'vi', stage: 'final', rules: {}, registryExtra: [] });
        for (const f of findings) {
          if (f.span) {
            expect(f.span.start).toBeGreaterThanOrEqual(0);
            expect(f.span.end).toBeLessThanOrEqual(parsed.loaded.text.length);
          }
          expect(f.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: Number(process.env['KEHOACH_PROPERTY_RUNS'] ?? 150) },
    );
  });
});
