import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/load/ocr-unavailable.js';
import { findingsWith } from './_notes.js';

describe('load/ocr-unavailable', () => {
  it('reports the note from its typed fields, in Vietnamese and English, at the file level', () => {
    const [vi] = findingsWith(rule, [{ code: 'ocr-unavailable', missing: ['pdftoppm (poppler-utils)', 'tesseract'] }]);
    expect(vi).toMatchObject({ ruleId: 'load/ocr-unavailable', severity: 'warning', line: 1, span: null });
    expect(vi?.message).toContain('thiếu pdftoppm (poppler-utils), tesseract.');
    const [en] = findingsWith(rule, [{ code: 'ocr-unavailable', missing: ['pdftoppm (poppler-utils)', 'tesseract'] }], { lang: 'en' });
    expect(en?.message).toContain('missing: pdftoppm (poppler-utils), tesseract.');
  });
  it('is silent without the note, and for other notes', () => {
    expect(findingsWith(rule, [])).toEqual([]);
    expect(findingsWith(rule, [{ code: 'text-garbled', sample: 'Ӣ' }])).toEqual([]);
  });
});
