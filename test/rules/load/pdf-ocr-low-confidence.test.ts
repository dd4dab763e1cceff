import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/load/pdf-ocr-low-confidence.js';
import { findingsWith } from './_notes.js';

describe('load/pdf-ocr-low-confidence', () => {
  it('reports the note from its typed fields, in Vietnamese and English, at the file level', () => {
    const [vi] = findingsWith(rule, [{ code: 'pdf-ocr-low-confidence', pages: [3, 4], confidence: [61, 70] }]);
    expect(vi).toMatchObject({ ruleId: 'load/pdf-ocr-low-confidence', severity: 'warning', line: 1, span: null });
    expect(vi?.message).toContain('Trang 3 (61%), 4 (70%)');
    const [en] = findingsWith(rule, [{ code: 'pdf-ocr-low-confidence', pages: [3, 4], confidence: [61, 70] }], { lang: 'en' });
    expect(en?.message).toContain('Page(s) 3 (61%), 4 (70%)');
  });
  it('is silent without the note, and for other notes', () => {
    expect(findingsWith(rule, [])).toEqual([]);
    expect(findingsWith(rule, [{ code: 'text-garbled', sample: 'Ӣ' }])).toEqual([]);
  });
});
