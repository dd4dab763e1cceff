// The presentation a PDF gives (src/load/pdf/presentation.ts, look.ts, font-names.ts): page size, fonts and sizes
// of the runs, alignment, margins from the text, the running page number, annotations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../src/load/pdf.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { parseFontName } from '../../src/load/pdf/font-names.js';
import { measuredAlign } from '../../src/load/pdf/look.js';
import { isMarkup } from '../../src/load/pdf/presentation.js';
import type { Line } from '../../src/load/pdf/geometry.js';

const DIR = join(__dirname, '..', '..', 'fixtures', 'pdf', 'presentation');
const load = (name: string) => loadPdf(new Uint8Array(readFileSync(join(DIR, name))), { limits: DEFAULT_LIMITS });

describe('font names', () => {
  it.each([
    ['ABCDEF+TimesNewRomanPSMT', 'Times New Roman', false, false],
    ['TimesNewRomanPS-BoldItalicMT', 'Times New Roman', true, true],
    ['Times New Roman,Bold', 'Times New Roman', true, false],
    ['TimesNewRomanBold', 'Times New Roman', true, false],
    ['BAAAAA+LiberationSerif-Italic', 'Liberation Serif', false, true],
    ['Arial-BoldMT', 'Arial', true, false],
    ['BookmanOldStyle', 'Bookman Old Style', false, false],
    ['VNI-Times', 'VNI-Times', false, false],
    ['.VnTimeH', '.VnTimeH', false, false],
    ['CIDFont+F1', null, false, false],
    ['T1_0', null, false, false],
  ])('%s → %s', (raw, family, bold, italic) => {
    expect(parseFontName(raw)).toEqual({ family, bold, italic });
  });
});

describe('alignment from line positions', () => {
  const line = (x0: number, x1: number): Line => ({ y: 0, x0, x1, size: 14, bits: [], text: '', bold: false, italic: false, page: 1 });
  it('justified: every line but the last ends at the right edge', () => {
    expect(measuredAlign([line(120, 560), line(85, 560), line(85, 300)], 85, 560, false)).toBe('both');
  });
  it('left: a line but the last ends more than an em short', () => {
    expect(measuredAlign([line(85, 530), line(85, 559), line(85, 300)], 85, 560, false)).toBe('left');
  });
  it('centred lines, and one line says nothing', () => {
    expect(measuredAlign([line(200, 400)], 85, 560, true)).toBe('center');
    expect(measuredAlign([line(85, 300)], 85, 560, false)).toBeNull();
  });
});

describe('annotations', () => {
  it('markup counts; links, form and signature fields and comment pop-ups do not', () => {
    for (const s of ['Text', 'FreeText', 'Highlight', 'Ink', 'StrikeOut', 'Stamp']) expect(isMarkup(s), s).toBe(true);
    for (const s of ['Link', 'Widget', 'Popup', '']) expect(isMarkup(s), s).toBe(false);
  });
});

describe('a PDF exported from a conforming plan (fixtures/pdf/presentation/conforming.pdf)', () => {
  it('page size, margins measured from the text, page numbers centred in the header from page 2', async () => {
    const p = (await load('conforming.pdf')).presentation;
    expect(p?.format).toBe('pdf');
    expect(p?.sections.length).toBe(1);
    const s = p?.sections[0];
    expect([s?.pageWidthMm, s?.pageHeightMm, s?.orientation, s?.pages]).toEqual([210, 297.0, 'portrait', { from: 1, to: 2 }]);
    // Set as top 20, right 15, left 30 mm: the text stands on them (left and right within half a millimetre; the
    // top from the font's ascent, within one).
    expect(Math.abs((s?.margins.left ?? 0) - 30)).toBeLessThan(0.5);
    expect(Math.abs((s?.margins.right ?? 0) - 15)).toBeLessThan(0.5);
    expect(Math.abs((s?.margins.top ?? 0) - 20)).toBeLessThan(1);
    expect(s?.pageNumber).toEqual({ place: 'header', align: 'center', onFirstPage: false, size: 14 });
    expect(p?.integrity.annotations).toEqual([]);
  });

  it('runs carry the font family, the size in points and the style from the font name, located in the text', async () => {
    const loaded = await load('conforming.pdf');
    const p = loaded.presentation;
    const at = (needle: string) => {
      const i = loaded.text.indexOf(needle);
      return p?.runs.find((r) => r.start <= i && r.end > i);
    };
    expect(at('Độc lập')).toMatchObject({ font: 'Liberation Serif', size: 14, bold: true, italic: false });
    expect(at('Lạng Sơn, ngày')).toMatchObject({ size: 14, bold: false, italic: true });
    expect(at('Số: 09')).toMatchObject({ size: 13, bold: false });
    expect(at('Nơi nhận')).toMatchObject({ size: 12, bold: true, italic: true });
    expect(at('- Lưu')).toMatchObject({ size: 11 });
    // Body paragraphs: justified, what a PDF cannot tell left null.
    const body = p?.paragraphs.find((x) => loaded.text.slice(x.start, x.end).startsWith('1. Nâng cao'));
    expect(body).toMatchObject({ align: 'both', firstLineCm: null, spacingBeforePt: null, spacingAfterPt: null, line: null, page: 1 });
  });

  it('a page size other than A4, a number in the footer, Word comments as annotations', async () => {
    expect((await load('letter.pdf')).presentation?.sections[0]).toMatchObject({ pageWidthMm: 215.9, pageHeightMm: 279.4 });
    expect((await load('footer-number.pdf')).presentation?.sections[0]?.pageNumber).toEqual({ place: 'footer', align: 'center', onFirstPage: false, size: 14 });
    expect((await load('comments.pdf')).presentation?.integrity.annotations).toEqual([{ kind: 'Text', count: 2, pages: [1, 2] }]);
  });
});
