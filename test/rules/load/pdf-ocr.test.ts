import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/load/pdf-ocr.js';
import { findingsWith } from './_notes.js';

describe('load/pdf-ocr', () => {
  it('reports the note from its typed fields, in Vietnamese and English, at the file level', () => {
    const [vi] = findingsWith(rule, [{ code: 'pdf-ocr', pages: [2, 5] }]);
    expect(vi).toMatchObject({ ruleId: 'load/pdf-ocr', severity: 'info', line: 1, span: null });
    expect(vi?.message).toContain('Trang 2, 5 của tệp PDF là ảnh quét');
    const [en] = findingsWith(rule, [{ code: 'pdf-ocr', pages: [2, 5] }], { lang: 'en' });
    expect(en?.message).toContain('Page(s) 2, 5 of the PDF are scanned images');
  });
  it('is silent without the note, and for other notes', () => {
    expect(findingsWith(rule, [])).toEqual([]);
    expect(findingsWith(rule, [{ code: 'text-garbled', sample: 'Ӣ' }])).toEqual([]);
  });
});
