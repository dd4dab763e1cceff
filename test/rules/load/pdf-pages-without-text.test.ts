import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/config/load.js';
import { RULES } from '../../../src/rules/index.js';
import rule from '../../../src/rules/load/pdf-pages-without-text.js';
import { findingsWith } from './_notes.js';

describe('load/pdf-pages-without-text', () => {
  it('names the pages from the typed field, in Vietnamese and English, at the file level', () => {
    const [vi] = findingsWith(rule, [{ code: 'pdf-pages-without-text', pages: [3, 5] }]);
    expect(vi).toMatchObject({ ruleId: 'load/pdf-pages-without-text', severity: 'warning', line: 1, span: null });
    expect(vi?.message).toContain('Trang 3, 5 của tệp PDF không có lớp văn bản');
    const [en] = findingsWith(rule, [{ code: 'pdf-pages-without-text', pages: [3, 5] }], { lang: 'en' });
    expect(en?.message).toContain('Page(s) 3, 5 of the PDF have no text layer');
  });
  it('is silent without the note, and for other notes', () => {
    expect(findingsWith(rule, [])).toEqual([]);
    expect(findingsWith(rule, [{ code: 'pdf-overlaid-glyphs', pages: [1] }])).toEqual([]);
  });
  it('can be raised to error but not switched off or lowered (config problem; the engine keeps the floor)', () => {
    expect(findingsWith(rule, [{ code: 'pdf-pages-without-text', pages: [2] }], { setting: 'error' })[0]?.severity).toBe('error');
    expect(findingsWith(rule, [{ code: 'pdf-pages-without-text', pages: [2] }], { setting: 'off' })[0]?.severity).toBe('warning');
    expect(findingsWith(rule, [{ code: 'pdf-pages-without-text', pages: [2] }], { setting: 'info' })[0]?.severity).toBe('warning');
    const off = validateConfig({ rules: { 'load/pdf-pages-without-text': 'off' } }, 'k.json', RULES);
    expect(off.ok).toBe(false);
    if (!off.ok) expect(off.problems[0]).toMatchObject({ path: 'rules.load/pdf-pages-without-text', didYouMean: 'warning' });
    const low = validateConfig({ rules: { 'load/pdf-pages-without-text': { severity: 'info' } } }, 'k.json', RULES);
    expect(low.ok).toBe(false);
    if (!low.ok) expect(low.problems[0]?.path).toBe('rules.load/pdf-pages-without-text.severity');
    expect(validateConfig({ rules: { 'load/pdf-pages-without-text': 'error' } }, 'k.json', RULES).ok).toBe(true);
  });
});
