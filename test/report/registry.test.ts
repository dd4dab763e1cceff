import { describe, expect, it } from 'vitest';
import { FileResultSchema } from '../../src/model/finding.js';
import { FORMATS, loadFormat, type Formatter } from '../../src/report/index.js';
import { LABELS } from '../../src/report/labels.js';
import { EMPTY, finding, input, TXT } from './fixtures.js';
import { expectLinear } from '../_growth.js';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

const ANSI = /\u001b\[/u;

const FORMATTERS = new Map<string, Formatter>();
for (const name of FORMATS) FORMATTERS.set(name, (await loadFormat(name))!.whole);
const getFormatter = (name: string): Formatter | undefined => FORMATTERS.get(name);

describe('report registry', () => {
  it('loads every listed format and nothing else, stylish first', async () => {
    expect(FORMATS[0]).toBe('stylish');
    for (const name of FORMATS) expect(typeof (await loadFormat(name))?.whole, name).toBe('function');
    for (const name of ['stylish', 'compact', 'github']) expect(typeof (await loadFormat(name))?.stream, name).toBe('object');
    for (const name of ['nope', 'toString', '__proto__', 'constructor']) expect(await loadFormat(name), name).toBeUndefined();
  });

  for (const name of FORMATS) {
    describe(name, () => {
      const format = getFormatter(name)!;
      it('is pure: frozen input, same output twice', () => {
        const a = format(deepFreeze(input()));
        const b = format(deepFreeze(input()));
        expect(a).toBe(b);
        expect(a.length).toBeGreaterThan(0);
      });
      it('emits no ANSI escape codes when color is false', () => {
        expect(format(input({ color: false }))).not.toMatch(ANSI);
        expect(format(input({ color: false, lang: 'en' }))).not.toMatch(ANSI);
      });
      it('handles a clean single-file run and an empty run', () => {
        expect(() => format(EMPTY)).not.toThrow();
        expect(() => format(input({ results: [] }))).not.toThrow();
      });
    });
  }

  it('uses fixtures that honour the FileResult contract', () => {
    for (const r of input().results) expect(() => FileResultSchema.parse(r)).not.toThrow();
  });

  it('formats 5,000 findings in linear time', () => {
    const make = (n: number) =>
      input({
        results: [
          {
            ...TXT,
            findings: Array.from({ length: n }, (_, i) =>
              finding({ ruleId: `area${i % 7}/rule${i % 13}`, severity: (['error', 'warning', 'info'] as const)[i % 3]!, message: `m ${i}`, line: i + 1, sectionPath: `I.${i % 50}`, excerpt: `x ${i}` }),
            ),
            errorCount: Math.ceil(n / 3),
            warningCount: Math.ceil((n - 1) / 3),
            infoCount: Math.floor(n / 3),
          },
        ],
      });
    for (const name of FORMATS) {
      const format = getFormatter(name)!;
      expect(format(make(5000)).length, name).toBeGreaterThan(5000);
      expectLinear(make, format, 1250);
    }
  });

  it('colours stylish only when asked', () => {
    expect(getFormatter('stylish')!(input({ color: true }))).toMatch(ANSI);
  });
});

describe('labels', () => {
  it('every label has both languages with the same placeholders', () => {
    for (const [id, l] of Object.entries(LABELS)) {
      expect(l.vi, id).not.toBe('');
      expect(l.en, id).not.toBe('');
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
      expect(ph(l.vi), id).toEqual(ph(l.en));
    }
  });
});
