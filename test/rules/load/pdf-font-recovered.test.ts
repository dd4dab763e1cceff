import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/load/pdf-font-recovered.js';
import { findingsWith } from './_notes.js';

const NOTE = { code: 'pdf-font-recovered', count: 2, glyphs: 120, support: 97, fromOcr: 3, undecided: 1, pages: [1, 2] };

describe('load/pdf-font-recovered', () => {
  it('reports the note from its typed fields, in Vietnamese and English, at the file level', () => {
    const [vi] = findingsWith(rule, [NOTE]);
    expect(vi).toMatchObject({ ruleId: 'load/pdf-font-recovered', severity: 'info', line: 1, span: null });
    expect(vi?.message).toContain('2 phông chữ không có bảng mã Unicode được giải mã từ ảnh các trang 1, 2 (OCR): 120 mã chữ');
    const [en] = findingsWith(rule, [NOTE], { lang: 'en' });
    expect(en?.message).toContain('2 font(s) without a Unicode map decoded from the images of pages 1, 2 (OCR): 120 glyph codes learned, 97%');
    expect(en?.message).toContain('3 letter(s) taken from OCR as read, 1 undecided');
  });
  it('is silent without the note, and for other notes', () => {
    expect(findingsWith(rule, [])).toEqual([]);
    expect(findingsWith(rule, [{ code: 'pdf-ocr', pages: [1] }])).toEqual([]);
  });
});
