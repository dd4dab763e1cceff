import { describe, expect, it } from 'vitest';
import { loadDocx } from '../../src/load/docx.js';
import { resolveLimits } from '../../src/load/limits.js';
import { loadPdf, overlaidGlyphs, textInColumns, type TextBit } from '../../src/load/pdf.js';
import { type TableBlock } from '../../src/load/types.js';
import { checkInvariants, fixture, paragraphs, SEEDS, seedTextLines, squash, tables, code } from './helpers.js';

const limits = resolveLimits();

/** The table as a grid of whitespace-free cell texts, spans expanded. */
function grid(t: TableBlock): string[][] {
  const g: string[][] = [];
  t.rows.forEach((row, r) => {
    g[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (g[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) (g[r + dr] ??= [])[c + dc] = squash(cell.text);
      c += cell.colSpan;
    }
  });
  return g;
}

describe('pdf seeds', () => {
  it.each(SEEDS)('%s: paragraphs read as the .txt and the .docx, every block has its page', async (seed) => {
    const doc = await loadPdf(fixture('pdf', `${seed}.pdf`), { limits });
    checkInvariants(doc);
    expect(doc.format).toBe('pdf');
    expect(doc.pageCount).toBeGreaterThan(1);
    const got = paragraphs(doc).map((p) => p.text);
    expect(squash(got.join(''))).toBe(squash(seedTextLines(seed).join('')));
    const docx = await loadDocx(fixture('docx', `${seed}.docx`), { limits });
    // Same paragraph boundaries as the docx. Whitespace may differ: seed004's docx keeps double spaces, and a
    // line wrapped after a hyphen cannot tell "2021-2025" from the source's "2021- 2025".
    const ws = (t: string): string => t.replace(/\s+/g, ' ').replace(/- /g, '-');
    expect(got.map(ws)).toEqual(paragraphs(docx).map((p) => ws(p.text)));
    for (const b of doc.blocks) expect(b.page, b.kind).toBeGreaterThan(0);
    // No running page number survives as a paragraph.
    expect(got.filter((t) => /^\d{1,3}$/.test(t))).toEqual([]);
    expect(doc.pages?.length).toBeGreaterThan(0);
  });

  it('seed001: header/signature in reading order, footnote marker and body', async () => {
    const doc = await loadPdf(fixture('pdf', 'seed001.pdf'), { limits });
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts.slice(0, 2)).toEqual(['Số: /KH-SDT&TG', 'Bắc Ninh, ngày tháng 7 năm 2025']);
    const nn = texts.indexOf('Nơi nhận:');
    expect(texts.slice(nn + 6, nn + 8)).toEqual(['GIÁM ĐỐC', 'Đào Duy Trọng']);
    expect(doc.text).toContain('(qua Văn phòng Sở)¹ kết quả');
    const fn = paragraphs(doc).filter((p) => p.footnote);
    expect(fn.map((p) => [p.footnote, p.page])).toEqual([['1', 2]]);
    expect(texts[texts.indexOf(fn[0]?.text ?? '') + 1]).toBe('Phụ lục');
  });

  it('seed001: the appendix rebuilt across 10 pages equals the docx table cell for cell', async () => {
    const pdf = await loadPdf(fixture('pdf', 'seed001.pdf'), { limits });
    const docx = await loadDocx(fixture('docx', 'seed001.docx'), { limits });
    const [pt] = tables(pdf);
    const [dt] = tables(docx);
    if (!pt || !dt) throw new Error('missing table');
    expect(tables(pdf)).toHaveLength(1);
    expect(pt.rows).toHaveLength(40);
    expect(pt.rows[0]?.every((c) => c.header)).toBe(true);
    expect(grid(pt)).toEqual(grid(dt));
    const pages = new Set(pt.rows.flat().map((c) => c.page));
    expect(pages.size).toBe(10);
  });
});

describe('pdf failures', () => {
  const enc = fixture('broken', 'seed000-encrypted.pdf');

  it('encrypted without password → encrypted-pdf', async () => {
    expect(await code(loadPdf(enc, { limits }))).toBe('encrypted-pdf');
  });

  it('encrypted with a wrong password → wrong-password', async () => {
    expect(await code(loadPdf(enc, { limits, password: 'sai-mat-khau' }))).toBe('wrong-password');
  });

  it('encrypted with the right password → loads like the plain PDF', async () => {
    const doc = await loadPdf(enc, { limits, password: 'matkhau123' });
    const plain = await loadPdf(fixture('pdf', 'seed000.pdf'), { limits });
    expect(doc.text).toBe(plain.text);
  });

  it('scan without text layer → no-text-layer', async () => {
    expect(await code(loadPdf(fixture('broken', 'seed003-scanned.pdf'), { limits }))).toBe('no-text-layer');
  });

  it('truncated PDF → corrupt-pdf', async () => {
    expect(await code(loadPdf(fixture('pdf', 'seed000.pdf').slice(0, 20_000), { limits }))).toBe('corrupt-pdf');
  });

  it('page limit → too-large', async () => {
    expect(await code(loadPdf(fixture('pdf', 'seed000.pdf'), { limits: { ...limits, maxPdfPages: 2 } }))).toBe('too-large');
  });
});

describe('textInColumns: which pages are searched for table rulings', () => {
  const bit = (str: string, x: number, y: number, w: number): TextBit => ({ str, x, y, w, size: 13, bold: false, italic: false, sup: false });

  it('justified prose (word gaps under 1 em) is not in columns', () => {
    const prose = [bit('Rà soát, đơn giản hóa thủ tục hành chính', 85, 100, 300), bit('thuộc thẩm quyền', 392, 100, 110), bit('giải quyết của Sở.', 85, 118, 120)];
    expect(textInColumns(prose)).toBe(false);
  });

  it('a table row (cells far apart on one baseline) is in columns, even with baselines 1 pt apart', () => {
    const row = [bit('1', 60, 200, 7), bit('Rà soát thủ tục hành chính', 95, 200.8, 160), bit('Văn phòng Sở', 330, 200, 80), bit('Quý II/2025', 460, 199.6, 70)];
    expect(textInColumns(row)).toBe(true);
  });

  it('a two-column row (a centred number in a 1 cm "TT" cell, then its text) is in columns', () => {
    // The number ends at 67.5 pt, the text starts after the 28 pt cell and its padding: a gap of ~1.2 em.
    expect(textInColumns([bit('1', 60, 300, 7.5), bit('Rà soát, đánh giá thủ tục hành chính', 83, 300, 220)])).toBe(true);
  });

  it('text on different lines never counts as a gap', () => {
    expect(textInColumns([bit('I. MỤC ĐÍCH', 85, 100, 90), bit('II. NHIỆM VỤ', 400, 140, 90)])).toBe(false);
  });
});

describe('built-ins after reading a PDF', () => {
  // pdfjs's legacy build replaces Array.prototype.push (5× slower) and JSON.parse with core-js polyfills.
  const nativePush = Array.prototype.push;
  const nativeParse = JSON.parse;

  it('are the native ones again, so the rest of the check (and later files in the thread) keep their speed', async () => {
    await loadPdf(fixture('pdf', 'seed003.pdf'), { limits });
    expect(Array.prototype.push).toBe(nativePush);
    expect(JSON.parse).toBe(nativeParse);
    const a: number[] = [];
    a.push(1, 2);
    expect(a).toEqual([1, 2]);
  });
});

describe('letters drawn from a fallback font (pdf-overlaid-glyphs)', () => {
  const bit = (str: string, x: number, w: number, y = 500): TextBit => ({ str, x, y, w, size: 13, bold: false, italic: false, sup: false });

  it('counts short pieces drawn inside a longer one on the same baseline', () => {
    // LibreOffice with a font lacking "ạ", "ả": the main run keeps spaces where the fallback font draws them.
    expect(overlaidGlyphs([bit('c ph m vi qu n lý c', 314, 119.4), bit('ạ', 339, 7.7), bit('ả', 391.8, 7.7), bit('ủ', 433.8, 8.4)])).toBe(2);
    expect(overlaidGlyphs([bit('Rà soát thủ tục hành chính', 72, 150), bit('1', 300, 6), bit('ạ', 100, 7, 530)])).toBe(0);
  });

  it('is reported for such a PDF (fixtures/pdf/fallback-font.pdf, made by LibreOffice with Liberation Serif) and never for the seeds', async () => {
    const odd = await loadPdf(fixture('pdf', 'fallback-font.pdf'), { limits });
    expect(odd.warnings).toContainEqual({ code: 'pdf-overlaid-glyphs', pages: [1, 2, 3] });
    for (const seed of SEEDS) {
      const doc = await loadPdf(fixture('pdf', `${seed}.pdf`), { limits });
      expect(doc.warnings.map((w) => w.code)).not.toContain('pdf-overlaid-glyphs');
    }
  });
});
