// Fonts without a Unicode map decoded from OCR (src/load/pdf/glyph-map.ts): the voting and the alignment on
// synthetic pages — a substitution cipher, OCR words at the same places with misread letters, merged words and
// lost tone marks — and the end-to-end run on the one real PDF drawn in such fonts (fixtures/real/15, with --ocr).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile, parseFile, type Parsed } from '../../src/check.js';
import type { OcrWordBox } from '../../src/load/ocr.js';
import { decodePage, GlyphVotes, isUnmappedFont, textWords, UNDECIDED } from '../../src/load/pdf/glyph-map.js';
import type { PdfTextItem } from '../../src/load/pdf/pdfjs.js';
import type { FileResult } from '../../src/model/finding.js';
import { ROOT } from './helpers.js';
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
