// `--ocr` pages through the PDF layout pipeline (src/load/pdf/ocr-page.ts, the "TT" column pass of src/load/ocr.ts),
// scans carrying a little text, and OCR limited to the pages drawn in fonts without a Unicode map. The pieces are
// tested on synthetic words and pages; the end-to-end runs use Tesseract once per file (beforeAll) and are skipped,
// saying why, where it is not installed.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasTesseract } from '../_ocr.js';
import { parseBytes, type Parsed } from '../../src/check.js';
import { checkOptionsOf } from '../../src/checker.js';
import { loadDocument } from '../../src/load/index.js';
import { resolveLimits } from '../../src/load/limits.js';
import { cropPgm, groupNumeral, numberColumn, onOcrPage, withRowNumbers, type OcrWordBox } from '../../src/load/ocr.js';
import { loadPdf } from '../../src/load/pdf.js';
import { ocrBits, skewOf, uncoveredBits } from '../../src/load/pdf/ocr-page.js';
import { pageImageCover } from '../../src/load/pdf/page.js';
import type { TextBit } from '../../src/load/pdf/geometry.js';
import { fixture, paragraphs } from './helpers.js';
import { writePdf } from './_pdf-writer.js';
import { scanOf } from '../scan.mjs';

const word = (text: string, x0: number, y1: number, line: string, h = 10.4, w = text.length * 6): OcrWordBox => ({ text, x0, x1: x0 + w, y0: y1 - h, y1, conf: 95, line });
const bit = (str: string, x: number, y: number, size = 12): TextBit => ({ str, x, y, w: str.length * size * 0.5, size, bold: false, italic: false, sup: false, font: null });

describe('OCR words as text bits', () => {
  it('deskews the page, puts each Tesseract line on one baseline and gives it the body size', () => {
    // Two lines, the page turned by 0.01 (dy per dx): each word lower the further right it stands.
    const s = 0.01;
    const line = (k: number, y: number, texts: string[]): OcrWordBox[] => texts.map((t, i) => word(t, 100 + i * 80, y + s * (100 + i * 80 + 15), `1.1.${k}`));
    const words = [...line(1, 200, ['Căn', 'cứ', 'Nghị', 'định', 'số', '30']), ...line(2, 217, ['Kế', 'hoạch', 'cải', 'cách', 'hành', 'chính'])];
    expect(skewOf([{ words: words.slice(0, 6) }, { words: words.slice(6) }])).toBeCloseTo(s, 3);
    const bits = ocrBits(words);
    const ys = [...new Set(bits.map((b) => b.y.toFixed(3)))];
    expect(ys).toHaveLength(2);
    expect(Number(ys[1]) - Number(ys[0])).toBeCloseTo(17, 0);
    // The left edge stays one column after the rotation.
    const starts = [bits[0] as TextBit, bits[6] as TextBit].map((b) => b.x);
    expect(Math.abs((starts[0] as number) - (starts[1] as number))).toBeLessThan(0.5);
    // Word heights of 10.4 pt stand for 14 pt text; every line takes the page's body size.
    expect(new Set(bits.map((b) => b.size)).size).toBe(1);
    expect(bits[0]?.size).toBeCloseTo(14, 0);
  });

  it('keeps clearly larger text its own size, and repairs a Roman marker misread at a heading', () => {
    const words = [
      ...['một', 'dòng', 'thân', 'bài', 'bình', 'thường'].map((t, i) => word(t, 90 + i * 60, 300, '1.1.1')),
      ...['một', 'dòng', 'thân', 'bài', 'nữa', 'đây'].map((t, i) => word(t, 90 + i * 60, 317, '1.1.2')),
      word('H.', 90, 350, '2.1.1'),
      word('MỤC', 110, 350, '2.1.1'),
      word('TIÊU', 150, 350, '2.1.1'),
      word('CHUNG', 190, 350, '2.1.1'),
      word('KẾ', 200, 400, '3.1.1', 20),
      word('HOẠCH', 230, 400, '3.1.1', 20),
    ];
    const bits = ocrBits(words);
    expect(bits.find((b) => b.y > 340 && b.y < 360)?.str).toBe('II.');
    const title = bits.find((b) => b.str === 'HOẠCH') as TextBit;
    const body = bits[0] as TextBit;
    expect(title.size / body.size).toBeGreaterThan(1.6);
  });

  it('keeps a page\'s own text only where no recognised word stands', () => {
    const ocr = [bit('Nơi', 80, 700), bit('nhận:', 110, 700)];
    const own = [bit('12', 82, 700), bit('Ký bởi: Sở Nội vụ', 400, 60)];
    expect(uncoveredBits(own, ocr).map((b) => b.str)).toEqual(['Ký bởi: Sở Nội vụ']);
  });
});

describe('the "TT" column read again', () => {
  const header = [word('TT', 64, 118, '1.1.1', 10, 16), word('Nội', 143, 118, '2.1.1'), word('dung', 170, 118, '2.1.1'), word('Cơ', 306, 118, '3.1.1'), word('quan', 330, 118, '3.1.1')];

  it('is found under a "TT" header word with other header words beside it, and kept while a page goes on', () => {
    // The column ends where the next column's text starts ("Rà" below the header), not at its centred header.
    const col = numberColumn([...header, word('Rà', 92, 160, '6.1.1')], null);
    expect(col).not.toBeNull();
    expect(col?.x1).toBeLessThan(92);
    expect(col?.x1).toBeGreaterThan(80);
    expect(col?.x0).toBeLessThan(64);
    expect(col?.y0).toBeLessThan(108);
    // The next page: only short words in the column (numbers) — the table goes on from the top.
    const next = numberColumn([word('2', 68, 90, '1.1.1', 10, 5), word('Tổ', 92, 90, '2.1.1')], col);
    expect(next?.y0).toBe(0);
    // A page of prose under the same x range: the table has ended.
    expect(numberColumn([word('Trên', 50, 90, '1.1.1'), word('đây', 80, 90, '1.1.1')], col)).toBeNull();
    // "TT" alone, or with fewer than three words beside it, is no table header.
    expect(numberColumn(header.slice(0, 3), null)).toBeNull();
  });

  it('adds the numbers Tesseract dropped, replaces short misreadings, leaves the cells\' text', () => {
    const col = numberColumn([...header, word('Rà', 92, 160, '6.1.1')], null);
    if (!col) throw new Error('no column');
    const page = [...header, word('H', 67, 250, '5.1.1', 10, 8), word('Rà', 92, 160, '6.1.1'), word('soát', 110, 160, '6.1.1')];
    const strip = [{ ...word('1', 69, 160, 'tt.1', 10, 5), conf: 92 }, { ...word('II', 66, 250, 'tt.2', 10, 8), conf: 91 }, { ...word('2', 69, 300, 'tt.3', 10, 5), conf: 90 }];
    const out = withRowNumbers(page, strip, col, { next: 1 });
    expect(out.filter((w) => w.line?.startsWith('tt.')).map((w) => w.text)).toEqual(['1', 'II', '2']);
    expect(out.some((w) => w.text === 'H')).toBe(false);
    expect(out.filter((w) => w.text === 'Rà' || w.text === 'soát')).toHaveLength(2);
  });

  it('group numerals: misread strokes repaired, unsure readings take their place in the sequence', () => {
    const seq = { next: 0 };
    expect(['II', 'H', 'HI', 'IV', 'V.'].map((text, i) => groupNumeral({ text, conf: [6, 0, 90, 88, 93][i] as number }, seq))).toEqual(['I', 'II', 'III', 'IV', 'V.']);
    // A sure reading stands even out of sequence (the document's own numbering is checked, not corrected).
    expect(groupNumeral({ text: 'VI', conf: 95 }, { next: 2 })).toBe('VI');
    expect(groupNumeral({ text: '1', conf: 20 }, { next: 0 })).toBe('1');
    expect(groupNumeral({ text: 'l', conf: 20 }, { next: 0 })).toBe('l');
  });

  it('cuts the column out of the rendered page (binary PGM)', async () => {
    const w = 600;
    const h = 300;
    const pixels = Buffer.alloc(w * h, 255);
    pixels[100 * w + 150] = 7; // the pixel at (150, 100)
    const pgm = Buffer.concat([Buffer.from(`P5\n${w} ${h}\n255\n`, 'latin1'), pixels]);
    // 24–48 pt at 300 dpi: pixels 100–200 across, from row 100 down.
    const out = await cropPgm(pgm, { x0: 24, x1: 48, y0: 24 });
    expect(out?.x).toBeCloseTo(24, 5);
    expect(out?.y).toBeCloseTo(24, 5);
    const head = 'P5\n100 200\n255\n';
    expect(out?.pgm.subarray(0, head.length).toString('latin1')).toBe(head);
    expect(out?.pgm[head.length + 50]).toBe(7);
    expect(await cropPgm(Buffer.from('not an image'), { x0: 0, x1: 10, y0: 0 })).toBeNull();
  });
});

describe('a scan carrying a little text', () => {
  const viewport = { width: 595, height: 842, convertToViewportPoint: (x: number, y: number): number[] => [x, 842 - y] };

  it('measures the largest image drawn on the page, through the transforms and form matrices', () => {
    expect(pageImageCover({ fnArray: [10, 12, 85, 11], argsArray: [[], [595, 0, 0, 842, 0, 0], ['img'], []] }, viewport)).toBeCloseTo(1, 5);
    expect(pageImageCover({ fnArray: [10, 74, 12, 85, 75, 11], argsArray: [[], [[0.5, 0, 0, 0.5, 0, 0], null], [595, 0, 0, 842, 0, 0], ['img'], [], []] }, viewport)).toBeCloseTo(0.25, 5);
    // A logo: 60 × 60 pt.
    expect(pageImageCover({ fnArray: [12, 85], argsArray: [[60, 0, 0, 60, 40, 700], ['logo']] }, viewport)).toBeLessThan(0.01);
    expect(pageImageCover({ fnArray: [], argsArray: [] }, viewport)).toBe(0);
  });

  it('is reported with the pages without text; a page of text over a background image, or a logo page, is not', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const img = await pdf.embedPng(PNG_1x1);
    const scan = pdf.addPage([595, 842]);
    scan.drawImage(img, { x: 0, y: 0, width: 595, height: 842 });
    scan.drawText('So: 12/KH-UBND', { x: 420, y: 800, size: 9, font });
    const logo = pdf.addPage([595, 842]);
    logo.drawImage(img, { x: 40, y: 740, width: 60, height: 60 });
    logo.drawText('Trang 2', { x: 280, y: 40, size: 9, font });
    const full = pdf.addPage([595, 842]);
    full.drawImage(img, { x: 0, y: 0, width: 595, height: 842 });
    for (let k = 0; k < 12; k++) full.drawText(`Dong ${k} cua mot trang van ban day du noi dung can kiem tra`, { x: 60, y: 760 - k * 20, size: 12, font });
    const doc = await loadPdf(await pdf.save(), { limits: resolveLimits() });
    expect(doc.warnings.find((w) => w.code === 'pdf-pages-without-text')?.pages).toEqual([1]);
  });
});

describe('pages drawn in a font without a Unicode map', () => {
  it('are named by the loader: the pages --ocr recognises to decode the font', async () => {
    const fonts = [
      { id: 'M', baseFont: 'ABCDEF+TimesNewRomanPSMT', kind: 'unicode' as const },
      { id: 'F', baseFont: 'ABCDEF+Arial', kind: 'unicode' as const, noToUnicode: true },
    ];
    const bytes = writePdf([{ texts: [{ x: 60, y: 80, text: 'Kế hoạch cải cách hành chính', font: 'M' }] }, { texts: [{ x: 60, y: 80, text: 'Nội dung thực hiện', font: 'F' }] }, { texts: [{ x: 60, y: 80, text: 'Tổ chức thực hiện', font: 'M' }] }], fonts, { cidBase: 0x400 });
    const doc = await loadPdf(bytes, { limits: resolveLimits() });
    expect(doc.unmappedFontPages).toEqual([2]);
    const mapped = await loadPdf(writePdf([{ texts: [{ x: 60, y: 80, text: 'Kế hoạch', font: 'M' }] }], fonts), { limits: resolveLimits() });
    expect(mapped.unmappedFontPages).toBeUndefined();
  });
});

describe('recognised words laid out like a text layer', () => {
  it('a footer where "Nơi nhận" and the signature share lines is read as two columns', async () => {
    const bytes = writePdf([{ texts: [{ x: 60, y: 80, text: 'Trên đây là Kế hoạch cải cách hành chính năm 2026 của Sở.', font: 'M' }] }, { texts: [] }], [{ id: 'M', baseFont: 'TimesNewRomanPSMT', kind: 'unicode' }]);
    // Words as Tesseract boxes them: tight around the ink, the space between them barely wider than a stroke.
    const line = (k: number, y: number, x: number, texts: string[]): OcrWordBox[] => {
      let at = x;
      return texts.map((t) => {
        const w = word(t, at, y, `${k}.1.1`, 9.6, t.length * 5);
        at += t.length * 5 + 1.5;
        return w;
      });
    };
    const words = [
      ...line(1, 100, 85, ['Nơi', 'nhận:']), ...line(5, 100, 380, ['KT.', 'GIÁM', 'ĐỐC']),
      ...line(2, 116, 85, ['-', 'Sở', 'Nội', 'vụ;']), ...line(6, 116, 378, ['PHÓ', 'GIÁM', 'ĐỐC']),
      ...line(3, 132, 85, ['-', 'Lưu:', 'VT.']),
      ...line(4, 190, 385, ['Nguyễn', 'Văn', 'An']),
    ];
    const doc = await loadPdf(bytes, { limits: resolveLimits(), recognized: [{ page: 2, words }] });
    const texts = paragraphs(doc).filter((p) => p.page === 2).map((p) => p.text);
    expect(texts).toEqual(['Nơi nhận:', '- Sở Nội vụ;', '- Lưu: VT.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn An']);
    expect(doc.warnings.map((w) => w.code)).not.toContain('pdf-pages-without-text');
  });
});

/** A 1 × 1 grey PNG. */
const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==', 'base64');


const TESSERACT = hasTesseract();
if (!TESSERACT) console.warn('OCR layout tests skipped: tesseract, tesseract-ocr-vie or pdftoppm not installed (apt-get install poppler-utils tesseract-ocr tesseract-ocr-vie)');

describe.skipIf(!TESSERACT)('OCR with Tesseract through the layout pipeline', () => {
  const options = checkOptionsOf({}, { lang: 'vi', isolate: false, ocr: true, today: '2026-01-20' });
  let scanned: Parsed;
  let text: Parsed;
  let stamped: Parsed;
  let recognisedPages = 0;

  beforeAll(async () => {
    // One OCR run per file: the scan of the borderless task table (3 pages), and one scanned page with a stamp.
    scanned = await parseBytes(await scanOf(fixture('pdf', 'borderless-tasks.pdf')), 'borderless-scanned.pdf', options);
    text = await parseBytes(fixture('pdf', 'borderless-tasks.pdf'), 'borderless-tasks.pdf', { ...options, ocr: false });
    const pdf = await PDFDocument.create();
    const [last] = await pdf.copyPages(await PDFDocument.load(fixture('pdf', 'seed003-scanned.pdf')), [4]);
    if (last) pdf.addPage(last);
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.getPage(0).drawText('SO-HOA 0427', { x: 470, y: 815, size: 7, font });
    stamped = await parseBytes(await pdf.save(), 'stamped.pdf', options);
  }, 600_000);

  afterEach(() => onOcrPage(null));

  it('rebuilds the scanned appendix table: the same rows and tasks as the text PDF', () => {
    const rows = (p: Parsed): number[] => p.loaded.blocks.filter((b) => b.kind === 'table').map((b) => (b.kind === 'table' ? b.rows.length : 0));
    expect(rows(scanned)).toEqual(rows(text));
    expect(scanned.doc.tasks.length).toBe(text.doc.tasks.length);
    expect(text.doc.tasks.length).toBeGreaterThan(10);
    // Each task in its place: number and reform area the same; deadlines as read (OCR reads "Quý I" as "Quý 1").
    const key = (p: Parsed): string[] => p.doc.tasks.map((t) => JSON.stringify([t.number, t.area?.text ?? null]));
    expect(key(scanned)).toEqual(key(text));
    const deadlines = (p: Parsed): (string | null)[] => p.doc.tasks.map((t) => t.deadline?.text ?? null);
    const a = deadlines(text);
    expect(deadlines(scanned).filter((d, i) => d === a[i]).length / a.length).toBeGreaterThanOrEqual(0.7);
    expect(scanned.doc.source.ocrPages).toEqual([1, 2, 3]);
  });

  it('reads a scanned page that carries a little text: OCR replaces the page, the signature block is found', () => {
    expect(stamped.doc.source.ocrPages).toEqual([1]);
    expect(stamped.loaded.warnings.map((w) => w.code)).not.toContain('pdf-pages-without-text');
    expect(stamped.loaded.text).toContain('Nơi nhận');
    expect(stamped.doc.signature?.signer?.text).toBe('Nguyễn Đức Thuận');
    // The stamp stays: read by OCR or kept from the text layer where OCR read nothing.
    expect(stamped.loaded.text.replace(/\s+/gu, '')).toMatch(/0427/u);
  });

  it('a garbled PDF recognises only the pages drawn in a font without a Unicode map', async () => {
    const fonts = [
      { id: 'M', baseFont: 'ABCDEF+TimesNewRomanPSMT', kind: 'unicode' as const },
      { id: 'F', baseFont: 'ABCDEF+Arial', kind: 'unicode' as const, noToUnicode: true },
    ];
    const body = Array.from({ length: 30 }, (_, k) => ({ x: 60, y: 80 + k * 20, text: 'Nội dung thực hiện nhiệm vụ cải cách hành chính trọng tâm', font: 'F' }));
    const bytes = writePdf([{ texts: [{ x: 60, y: 80, text: 'Kế hoạch', font: 'M' }] }, { texts: body }, { texts: [{ x: 60, y: 80, text: 'Tổ chức thực hiện', font: 'M' }] }], fonts, { cidBase: 0x400 });
    let pages = 0;
    onOcrPage(() => pages++);
    const doc = await loadDocument(bytes, { path: 'garbled.pdf', ocr: true, isolate: false });
    recognisedPages = pages;
    expect(recognisedPages).toBe(1);
    expect(doc.format).toBe('pdf');
  }, 120_000);
});
