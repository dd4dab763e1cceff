import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/config/load.js';
import { RULES } from '../../../src/rules/index.js';
import rule from '../../../src/rules/load/pdf-overlaid-glyphs.js';
import { findingsWith } from './_notes.js';

describe('load/pdf-overlaid-glyphs', () => {
  it('names the pages drawn from a fallback font', () => {
    const [f] = findingsWith(rule, [{ code: 'pdf-overlaid-glyphs', pages: [1, 2] }]);
    expect(f).toMatchObject({ ruleId: 'load/pdf-overlaid-glyphs', severity: 'warning', line: 1 });
    expect(f?.message).toContain('Trang 1, 2 của tệp PDF vẽ một số chữ có dấu bằng phông thay thế');
  });
  it('is silent without the note', () => {
    expect(findingsWith(rule, [{ code: 'pdf-pages-without-text', pages: [1] }])).toEqual([]);
  });
  it('may be switched off: the text was checked, only its spelling findings may be wrong', () => {
    expect(findingsWith(rule, [{ code: 'pdf-overlaid-glyphs', pages: [1] }], { setting: 'off' })).toEqual([]);
    expect(validateConfig({ rules: { 'load/pdf-overlaid-glyphs': 'off' } }, 'k.json', RULES).ok).toBe(true);
  });
});
