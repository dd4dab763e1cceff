// `--ocr`: the words Tesseract recognised on a page image as positioned text bits, so a scanned page goes through
// the same lines, layout regions, borderless tables and paragraphs as a page with a text layer (page.ts, flow.ts).
import { cleanLine } from '../layout.js';
import { fixRomanMarker, type OcrWordBox } from '../ocr.js';
import type { TextBit } from './geometry.js';
import { median } from './lines.js';

/**
 * Height of a word box (top of the accents to the bottom of the descenders, as Tesseract draws it) per point of
 * font size: 10.3 pt over 14 pt text on seed003-scanned.pdf, read against seed003.pdf's text layer.
 */
const WORD_HEIGHT_PER_EM = 0.74;
/** Relative difference of a line's measured size from the page's body size still read as the body size. */
const SAME_SIZE = 0.3;
const SAME_SIZE_SHORT = 0.45;
/** Tesseract's line boxes shorter than this (points) give no reliable skew. */
const MIN_SKEW_SPAN = 100;

interface OcrLine {
  words: OcrWordBox[];
}

function linesOf(words: readonly OcrWordBox[]): OcrLine[] {
  const byKey = new Map<string, OcrLine>();
  const out: OcrLine[] = [];
  words.forEach((w, i) => {
    const key = w.line ?? `#${i}`;
    let line = byKey.get(key);
    if (!line) {
      line = { words: [] };
      byKey.set(key, line);
      out.push(line);
    }
    line.words.push(w);
  });
  return out;
}

/**
 * The page's skew (dy per dx): the median slope of the word bottoms along Tesseract's longer lines. A scan is
 * rarely square; without this a row of table cells or the two columns of a header drift apart in y.
 */
export function skewOf(lines: readonly { words: readonly OcrWordBox[] }[]): number {
  const slopes: number[] = [];
  for (const l of lines) {
    if (l.words.length < 3) continue;
    const xs = l.words.map((w) => (w.x0 + w.x1) / 2);
    const ys = l.words.map((w) => w.y1);
    const span = Math.max(...xs) - Math.min(...xs);
    if (span < MIN_SKEW_SPAN) continue;
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    let num = 0;
    let den = 0;
    xs.forEach((x, i) => {
      num += (x - mx) * ((ys[i] as number) - my);
      den += (x - mx) ** 2;
    });
    if (den > 0) slopes.push(num / den);
  }
  const s = median(slopes);
  // More than ~3° is not a scanning skew (a rotated page is not read here).
  return Math.abs(s) < 0.05 ? s : 0;
}

/**
 * Text bits of the recognised words: the page deskewed, each Tesseract line on one baseline (the median bottom of
 * its words) with a font size from its words' heights; words cleaned as the text layer's are, a misread Roman
 * section marker repaired. Bits are neither bold nor italic (OCR does not tell), and have no font.
 */
export function ocrBits(words: readonly OcrWordBox[]): TextBit[] {
  const lines = linesOf(words);
  const s = skewOf(lines);
  const bits: TextBit[] = [];
  const sizes: number[] = [];
  const short: boolean[] = [];
  for (const l of lines) {
    // Rotating by the skew: x + s·y keeps a column's left edge straight, y − s·x a line's baseline level.
    const placed = l.words
      // A rule or stroke read after punctuation ("vụ;_") is noise.
      .map((w) => ({ w, str: cleanLine(w.text).replace(/([;,.:])[_|]+$/u, '$1'), x0: w.x0 + s * w.y1, x1: w.x1 + s * w.y1, bottom: w.y1 - s * (w.x0 + w.x1) / 2 }))
      .filter((p) => p.str !== '')
      .sort((a, b) => a.x0 - b.x0);
    if (placed.length === 0) continue;
    const baseline = median(placed.map((p) => p.bottom));
    const size = Math.min(72, Math.max(4, median(placed.map((p) => p.w.y1 - p.w.y0)) / WORD_HEIGHT_PER_EM));
    const text = placed.map((p) => p.str).join(' ');
    const fixed = fixRomanMarker(text);
    const first = placed[0];
    if (fixed !== text && first) first.str = fixed.slice(0, fixed.indexOf('.') + 1);
    for (const p of placed) bits.push({ str: p.str, x: p.x0, y: baseline, w: Math.max(0, p.x1 - p.x0), size, bold: false, italic: false, sup: false, font: null, word: true });
    sizes.push(...placed.map(() => size));
    short.push(...placed.map(() => placed.length < 4));
  }
  // Sizes measured from word heights vary from line to line by a point or two (capitals, accents, descenders):
  // those near the page's body size (the median over its words) are taken as that size, so the lines of one
  // paragraph read as one size; clearly larger or smaller text keeps its own.
  const body = median(sizes);
  // A line of one to three words is measured on too few boxes: it is given more room.
  bits.forEach((b, i) => {
    if (Math.abs(b.size - body) <= body * (short[i] ? SAME_SIZE_SHORT : SAME_SIZE)) b.size = body;
  });
  return bits;
}

/**
 * A page's own text bits kept beside its OCR text: those no recognised word overlaps (a stamped number or a
 * signature caption OCR missed). Where OCR read the same place, its reading stands: the page was recognised
 * because its text layer is not its content.
 */
export function uncoveredBits(own: readonly TextBit[], ocr: readonly TextBit[]): TextBit[] {
  return own.filter((b) => {
    const top = b.y - b.size * 0.8;
    const bottom = b.y + b.size * 0.2;
    return !ocr.some((o) => o.x < b.x + b.w && o.x + o.w > b.x && o.y - o.size * 0.8 < bottom && o.y + o.size * 0.2 > top);
  });
}
