// Fonts without a Unicode map decoded from OCR (src/load/pdf/glyph-map.ts): the voting and the alignment on
// synthetic pages — a substitution cipher, OCR words at the same places with misread letters, merged words and
// lost tone marks — and the end-to-end run on the one real PDF drawn in such fonts (fixtures/real/15, with --ocr).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasTesseract } from '../_ocr.js';
import { parseFile, resultOf, type Parsed } from '../../src/check.js';
import type { OcrWordBox } from '../../src/load/ocr.js';
import { decodePage, GlyphVotes, isUnmappedFont, textWords, UNDECIDED } from '../../src/load/pdf/glyph-map.js';
import type { PdfTextItem } from '../../src/load/pdf/pdfjs.js';
import type { EngineOptions } from '../../src/engine/index.js';
import type { FileResult } from '../../src/model/finding.js';
import { ROOT } from './helpers.js';
import { resolveLimits } from '../../src/load/limits.js';
import { loadPdf } from '../../src/load/pdf.js';
import { garbledVerdict } from '../../src/text/garbled.js';
import { writePdf, type PdfTextRun } from './_pdf-writer.js';
import { modelSummary } from '../real/_summary.js';

/** The font's "glyph id" of a character: ASCII shifted by 29, Vietnamese letters 0x17FC lower, others 0x100 lower. */
const encode = (ch: string): string => {
  const cp = ch.codePointAt(0) as number;
  return String.fromCharCode(cp < 0x80 ? cp - 29 : cp >= 0x1ea0 ? cp - 0x17fc : cp - 0x100);
};
const FONT = 'g_f1';
const SIZE = 12;
const identity = { convertToViewportPoint: (x: number, y: number): number[] => [x, y] };

const TEXT = [
  'Kiểm tra việc chấp hành quy định pháp luật trong sử dụng vật liệu nổ công nghiệp',
  'Tổ chức kiểm tra đúng trình tự thủ tục theo quy định về hoạt động kiểm tra chuyên ngành',
  'Báo cáo kết quả kiểm tra của Đoàn nỗ lực hoàn thành nội dung kế hoạch đúng thời hạn',
  'Phương án nổ mìn hộ chiếu nổ mìn sổ xuất nhập vật liệu nổ công nghiệp tồn tại ồn ào',
];

interface Synthetic {
  items: PdfTextItem[];
  ocr: OcrWordBox[];
}

/**
 * A page of `lines`, repeated `times`, one item per word in the unmapped font. OCR reads every word at its place,
 * except: every 7th word gets a wrong letter, every 11th is merged with the next one, and "ổ" is read "ô" in three
 * words out of four (Tesseract's own habit).
 */
function page(lines: readonly string[], times: number): Synthetic {
  const items: PdfTextItem[] = [];
  const ocr: OcrWordBox[] = [];
  let n = 0;
  let y = 50;
  for (let r = 0; r < times; r++) {
    for (const line of lines) {
      let x = 40;
      const words = line.split(' ');
      for (let i = 0; i < words.length; i++) {
        const w = words[i] as string;
        const width = [...w].length * SIZE * 0.5;
        items.push({ str: [...w].map(encode).join(''), fontName: FONT, transform: [SIZE, 0, 0, SIZE, x, y], width });
        items.push({ str: ' ', fontName: FONT, transform: [SIZE, 0, 0, SIZE, x + width, y], width: 3 });
        n++;
        let read = w;
        if (read.includes('ổ') && n % 4 !== 0) read = read.replace('ổ', 'ô');
        if (n % 7 === 0) read = `${read.slice(0, -1)}x`;
        if (n % 11 === 0 && i + 1 < words.length) {
          const next = words[i + 1] as string;
          const nextWidth = [...next].length * SIZE * 0.5;
          ocr.push({ text: `${read}${next}`, x0: x, x1: x + width + 3 + nextWidth, y0: y - 9, y1: y + 2, conf: 90 });
        } else if (n % 11 !== 1 || i === 0) ocr.push({ text: read, x0: x, x1: x + width, y0: y - 9, y1: y + 2, conf: 90 });
        x += width + 3;
      }
      y += 18;
    }
  }
  return { items, ocr };
}

describe('learning a glyph map from OCR votes (synthetic)', () => {
  const unmapped = (f: string): boolean => f === FONT;

  it('groups glyphs into words at spaces and gaps, per baseline', () => {
    const { items } = page(['Kiểm tra việc'], 1);
    const words = textWords(items, identity, unmapped);
    expect(words.map((w) => w.glyphs.length)).toEqual([4, 3, 4]);
    expect(words[0]?.glyphs.every((g) => g.font === FONT)).toBe(true);
  });

  it('learns the map despite misread letters, merged words and lost tone marks, and decodes the page', () => {
    const p = page(TEXT, 4);
    const votes = new GlyphVotes();
    votes.addPage(textWords(p.items, identity, unmapped), p.ocr);
    const map = votes.learn();
    const learned = map.fonts.get(FONT) as Map<string, string>;
    // Every letter used often enough is right: "ổ", read "ô" three times in four, too (glyph order).
    for (const ch of new Set([...TEXT.join('')].filter((c) => c !== ' '))) {
      const got = learned.get(encode(ch));
      if (got !== undefined) expect(got, ch).toBe(ch);
    }
    expect(learned.get(encode('ổ'))).toBe('ổ');
    expect(map.learned).toBeGreaterThan(30);
    const items = p.items.map((i) => ({ ...i }));
    const counts = decodePage(items, textWords(items, identity, unmapped), p.ocr, map);
    const text = items.map((i) => i.str).join('').trim();
    expect(text.split(/ +/u)).toEqual(Array.from({ length: 4 }, () => TEXT.join(' ')).join(' ').split(' '));
    expect(counts.undecided).toBe(0);
  });

  it('leaves a code OCR never read alike twice undecided (U+FFFD), never guessed', () => {
    const p = page(['một chữ ỹ hiếm'], 1);
    const votes = new GlyphVotes();
    votes.addPage(textWords(p.items, identity, unmapped), []);
    const map = votes.learn();
    const items = p.items.map((i) => ({ ...i }));
    const counts = decodePage(items, textWords(items, identity, unmapped), [], map);
    expect(counts.mapped).toBe(0);
    expect(items[0]?.str).toBe(UNDECIDED.repeat(3));
  });

  it('tells composite fonts read through an identity map from fonts with a Unicode map', () => {
    expect(isUnmappedFont({ composite: true, toUnicode: { firstChar: 0, lastChar: 65535 } })).toBe(true);
    expect(isUnmappedFont({ composite: true, toUnicode: { _map: [undefined, 'a'] } })).toBe(false);
    expect(isUnmappedFont({ composite: false, toUnicode: { firstChar: 0, lastChar: 255 } })).toBe(false);
    expect(isUnmappedFont(undefined)).toBe(false);
  });
});

describe('a PDF of our own whose Identity-H font has no ToUnicode map', () => {
  const PLAN = [
    'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI',
    'KẾ HOẠCH',
    'Kiểm tra việc chấp hành quy định pháp luật về sử dụng vật liệu nổ công nghiệp',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Đánh giá toàn diện, khách quan tình hình chấp hành các quy định của pháp luật.',
    'Làm rõ các tồn tại, hạn chế; phát hiện, ghi nhận các vi phạm để làm cơ sở kiến nghị.',
    'Kịp thời chấn chỉnh, hướng dẫn các đơn vị khắc phục các tồn tại, nâng cao ý thức tuân thủ pháp luật.',
    'II. NỘI DUNG KIỂM TRA',
    'Kiểm tra hồ sơ, tài liệu: giấy phép sử dụng vật liệu nổ công nghiệp, giấy phép dịch vụ nổ mìn.',
    'Phương án nổ mìn, hộ chiếu nổ mìn, sổ xuất nhập vật liệu nổ công nghiệp, kho bảo quản.',
    'Kiểm tra thực địa: hiện trạng, biển báo, biển hiệu, nội quy và các nội dung khác tại khu vực sử dụng.',
  ];
  const SIZE = 13;
  const ADV = SIZE * 0.5;
  // One run per word (a word gap pdfjs reads as a space), as Word positions the words of justified lines.
  const runs = (font: string): PdfTextRun[] =>
    PLAN.flatMap((line, r) => {
      let x = 72;
      return line.split(' ').map((w) => {
        const run = { x, y: 90 + r * 22, text: w, font, size: SIZE };
        x += [...w].length * ADV + SIZE * 0.3;
        return run;
      });
    });
  /** OCR of that page: every word at its place, "ổ" read "ô" two times in three, every 9th word one letter off. */
  const ocrWords = (): OcrWordBox[] =>
    runs('F').map((r, i) => {
      let text = r.text;
      if (text.includes('ổ') && i % 3 !== 0) text = text.replace('ổ', 'ô');
      if (i % 9 === 4) text = `${text.slice(0, -1)}q`;
      return { text, x0: r.x - 0.6, x1: r.x + [...r.text].length * ADV + 0.4, y0: r.y - SIZE * 0.75, y1: r.y + SIZE * 0.2, conf: 91 };
    });
  const font = (noToUnicode: boolean) => ({ id: 'F', baseFont: 'ABCDEF+TimesNewRomanPSMT', kind: 'unicode' as const, noToUnicode });
  const limits = resolveLimits();

  it('extracts garbled without OCR, and as the same text as its mapped twin with the OCR words', async () => {
    const bare = writePdf([{ texts: runs('F') }], [font(true)], { cidBase: 0x400 });
    const mapped = writePdf([{ texts: runs('F') }], [font(false)], { cidBase: 0x400 });
    const plain = await loadPdf(bare, { limits });
    expect(garbledVerdict(plain.text).garbled).toBe(true);
    const twin = await loadPdf(mapped, { limits });
    const decoded = await loadPdf(bare, { limits, ocrWords: [{ page: 1, words: ocrWords() }] });
    expect(garbledVerdict(decoded.text).garbled).toBe(false);
    // Letters seen only once (OCR's single reading is no majority) stay undecided: never guessed.
    const undecided = [...decoded.text].filter((c) => c === UNDECIDED).length;
    const note = decoded.warnings.find((w) => w.code === 'pdf-font-recovered');
    expect(note).toMatchObject({ code: 'pdf-font-recovered', count: 1, pages: [1] });
    expect(note?.undecided).toBe(undecided);
    const same = [...twin.text].filter((c, i) => decoded.text[i] === c).length;
    expect(decoded.text.length).toBe(twin.text.length);
    expect(same / twin.text.length).toBeGreaterThan(0.97);
    // Wherever a letter was decided it is the right one.
    for (let i = 0; i < twin.text.length; i++) if (decoded.text[i] !== twin.text[i]) expect([UNDECIDED, ...'q']).toContain(decoded.text[i]);
    expect(decoded.text).toContain('vật liệu nổ công nghiệp');
    expect(decoded.blocks.map((b) => (b.kind === 'paragraph' ? b.page : null))).toEqual(twin.blocks.map((b) => (b.kind === 'paragraph' ? b.page : null)));
  });
});

const TESSERACT = hasTesseract();
if (!TESSERACT) console.warn('glyph-map OCR test skipped: tesseract, tesseract-ocr-vie or pdftoppm not installed (apt-get install poppler-utils tesseract-ocr tesseract-ocr-vie)');

const REAL = join(ROOT, 'fixtures/real/15_lao-cai-doan-kiem-tra-vlncn-1105-2026');

describe.skipIf(!TESSERACT)('real plan 15 as issued (Identity-H fonts without ToUnicode) with --ocr', () => {
  const engine: EngineOptions = { lang: 'vi', stage: 'final', rules: {}, registryExtra: [], today: '2026-11-30' };
  const options = { lang: 'vi' as const, isolate: false, today: '2026-11-30', engine };
  let pdf: { parsed: Parsed; result: FileResult };
  let txt: { parsed: Parsed; result: FileResult };
  // One OCR run (6 pages, some 20 s of CPU) for the whole file.
  beforeAll(async () => {
    const parsed = await parseFile(`${REAL}.pdf`, { ...options, ocr: true });
    pdf = { parsed, result: resultOf(`${REAL}.pdf`, parsed, options) };
    const t = await parseFile(`${REAL}.txt`, options);
    txt = { parsed: t, result: resultOf(`${REAL}.txt`, t, options) };
  }, 300_000);

  it('decodes the fonts and says so, with no garbled-text warning left', () => {
    const codes = pdf.parsed.loaded.warnings.map((w) => w.code);
    expect(codes).toContain('pdf-font-recovered');
    expect(codes).not.toContain('text-garbled');
    const note = pdf.parsed.loaded.warnings.find((w) => w.code === 'pdf-font-recovered');
    expect(note?.count).toBe(4);
    expect(note?.glyphs).toBeGreaterThan(150);
  });

  it('gives the model of the .txt rendition: header, legal bases, sections, recipients, signature', () => {
    const a = modelSummary(pdf.parsed.doc, pdf.result.agency);
    const b = modelSummary(txt.parsed.doc, txt.result.agency);
    expect(a.header).toEqual(b.header);
    expect(a.agency).toBe(b.agency);
    expect({ legalBases: a.legalBases, sections: a.sections, recipients: a.recipients, signature: a.signature }).toEqual({ legalBases: b.legalBases, sections: b.sections, recipients: b.recipients, signature: b.signature });
  });

  it('gives the findings of the .txt rendition (locations aside) and no other', () => {
    const key = (f: FileResult['findings'][number]): string => `${f.ruleId}|${f.severity}|${f.excerpt ?? ''}|${f.message}`;
    // Presentation (format/) is read from the file's fonts and sizes, which a .txt does not have: compared apart.
    const content = (f: FileResult['findings'][number]): boolean => !f.ruleId.startsWith('load/') && !f.ruleId.startsWith('format/');
    const fromPdf = pdf.result.findings.filter(content).map(key).sort();
    const fromTxt = txt.result.findings.filter(content).map(key).sort();
    expect(fromPdf).toEqual(fromTxt);
    // Each true by the drawn text: "Số:" and "/KH-ĐKT" are set in 14 pt (page 1, the number itself in 13 pt);
    // the recipients under "Nơi nhận:" in 10 pt (page 3); and the note on what a PDF cannot show.
    expect(pdf.result.findings.filter((f) => f.ruleId.startsWith('format/')).map((f) => `${f.ruleId}|${f.severity}|${f.message}`).sort()).toEqual([
      'format/header-elements|warning|Số, ký hiệu: cỡ chữ 14 — quy định 13.',
      expect.stringMatching(/^format\/pdf-coverage\|info\|Tệp PDF: đã kiểm tra /u),
      'format/signature-block|info|Danh sách nơi nhận: cỡ chữ 10 — quy định 11.',
    ]);
    expect(pdf.result.findings.filter((f) => f.ruleId.startsWith('load/')).map((f) => f.ruleId)).toEqual(['load/pdf-font-recovered']);
  });
});

describe('real plan 15 without --ocr', () => {
  it('still says once that its text is garbled, naming --ocr', async () => {
    const engine: EngineOptions = { lang: 'vi', stage: 'final', rules: {}, registryExtra: [], today: '2026-11-30' };
    const options = { lang: 'vi' as const, isolate: false, today: '2026-11-30', engine };
    const parsed = await parseFile(`${REAL}.pdf`, options);
    const result = resultOf(`${REAL}.pdf`, parsed, options);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['load/text-garbled']);
    expect(result.findings[0]?.message).toContain('--ocr');
  });
});
