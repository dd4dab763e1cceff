// pattern(): \p{L} and \p{N} spelled as explicit Latin ranges (src/text/pattern.ts).
import { describe, expect, it } from 'vitest';
import { expandClasses, LETTER, NUMBER, pattern } from '../../src/text/pattern.js';

const VIETNAMESE = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';

describe('expandClasses', () => {
  it('substitutes inside a class and wraps a class around one standing alone', () => {
    expect(expandClasses(String.raw`(?<![\p{L}\p{N}])x`)).toBe(`(?<![${LETTER}${NUMBER}])x`);
    expect(expandClasses(String.raw`\p{L}+`)).toBe(`[${LETTER}]+`);
  });

  it('leaves other escapes and properties alone', () => {
    expect(expandClasses(String.raw`\\p{L}\p{Lu}\p{M}\[\p{N}`)).toBe(String.raw`\\p{L}\p{Lu}\p{M}\[` + `[${NUMBER}]`);
  });
});

describe('pattern', () => {
  it('matches every Vietnamese letter in both cases as \\p{L} does, and digits as \\p{N}; not other scripts', () => {
    const letter = pattern(String.raw`^\p{L}$`, 'u');
    for (const c of VIETNAMESE + VIETNAMESE.toUpperCase()) expect(letter.test(c), c).toBe(/^\p{L}$/u.test(c));
    for (const c of ' -.,;0²') expect(letter.test(c), c).toBe(false);
    expect(letter.test('Ж')).toBe(false);
    expect(pattern(String.raw`^\p{N}+$`, 'u').test('2026½Ⅳ')).toBe(true);
  });

  it('builds a pattern once per source and flags, and hands a global one out from the start', () => {
    const a = pattern(String.raw`\p{L}+`, 'gu');
    a.exec('ab cd');
    expect(a.lastIndex).toBeGreaterThan(0);
    const b = pattern(String.raw`\p{L}+`, 'gu');
    expect(b).toBe(a);
    expect(b.lastIndex).toBe(0);
    expect(pattern(String.raw`\p{L}+`, 'u')).not.toBe(a);
  });
});
