// Maps the model's text (blocks built from mammoth's HTML) back to the reader's Word paragraphs and runs.
import { normalizeText, toSourceOffset, type OffsetMap } from '../../text/normalize.js';
import type { WordParagraph, WordRun } from './types.js';

/** The part of a block the alignment needs (LoadedDocument blocks satisfy it). */
export type AlignableBlock =
  | { kind: 'paragraph'; start: number; end: number; text: string; footnote?: string }
  | { kind: 'table'; start: number; end: number; rows: { start: number; end: number; text: string; paragraphs: string[] }[][] };

/**
 * One stretch of the model's text that comes from one Word paragraph: a paragraph block, one line of a
 * paragraph split at a line break, or one paragraph of a table cell.
 */
export interface BlockAlignment {
  /** Index of the block in LoadedDocument.blocks. */
  block: number;
  /** For a table block: the cell (row, column as in `rows`) and the paragraph within the cell. */
  cell?: { row: number; col: number; paragraph: number };
  /** The stretch in LoadedDocument.text (end exclusive). */
  docStart: number;
  docEnd: number;
  /** WordParagraph.index it comes from. */
  paragraph: number;
  /** Where docStart falls in the normalised paragraph text (see `paragraphOffset`). */
  normStart: number;
  /** Normalised paragraph text → raw WordParagraph.text offsets. */
  map: OffsetMap;
  /**
   * Set when the block's text is not a plain substring of the paragraph (a footnote marker "¹" the loader
   * inserted): for each character of the stretch, its offset in the normalised paragraph text (-1: not there).
   */
  chars?: number[];
}

/** A paragraph's text as the loaders normalise it (NFC, look-alikes folded, tabs and line breaks as spaces). */
function normalised(p: WordParagraph): { text: string; map: OffsetMap } {
  const n = normalizeText(p.text);
  // eslint-disable-next-line no-control-regex
  return { text: n.text.replace(/[\t\n\r\u0000-\u0008\u000e-\u001f\u007f-\u009f]/gu, ' '), map: n.map };
}

/**
 * Aligns the model's blocks with the reader's paragraphs by normalised text.
 *
 * How: the blocks come from mammoth's HTML, one per Word paragraph or per line of a paragraph split at a
 * `<w:br/>`, in document order (layout tables are read row by row, left cell first, which is document order
 * too), each trimmed and normalised like `normalizeText`. Walking both lists in order, each block's text is
 * looked for in the current Word paragraph after the previous match, else in the next paragraphs (up to
 * `window` ahead); a block found nowhere (a footnote, text converted from a legacy font) stays unaligned and
 * does not move the walk. Each alignment keeps the normalised → raw offset map of its paragraph, so a span of
 * the model's text maps to characters of WordParagraph.text, and from there to runs (`runsForSpan`).
 */
export function alignParagraphs(paragraphs: readonly WordParagraph[], blocks: readonly AlignableBlock[], window = 200): BlockAlignment[] {
  const out: BlockAlignment[] = [];
  const cache = new Map<number, { text: string; map: OffsetMap }>();
  const norm = (i: number): { text: string; map: OffsetMap } => {
    let v = cache.get(i);
    if (!v) {
      v = normalised(paragraphs[i] as WordParagraph);
      cache.set(i, v);
    }
    return v;
  };
  let cur = 0;
  let from = 0;
  const place = (text: string, docStart: number, block: number, cell?: BlockAlignment['cell']): void => {
    if (!text) return;
    for (let i = cur; i < Math.min(paragraphs.length, cur + window); i++) {
      const n = norm(i);
      const at = n.text.indexOf(text, i === cur ? from : 0);
      if (at < 0) continue;
      out.push({ block, ...(cell ? { cell } : {}), docStart, docEnd: docStart + text.length, paragraph: i, normStart: at, map: n.map });
      cur = i;
      from = at + text.length;
      return;
    }
    // Not a substring: the first characters must match, then most of the rest in order (inserted markers skipped).
    const head = text.slice(0, Math.min(16, text.length));
    for (let i = cur; i < Math.min(paragraphs.length, cur + window); i++) {
      const n = norm(i);
      const at = n.text.indexOf(head, i === cur ? from : 0);
      if (at < 0) continue;
      const chars: number[] = [];
      let q = at;
      let matched = 0;
      for (const ch of text) {
        // Look only a few characters ahead: a long paragraph must not make this quadratic.
        const near = n.text.slice(q, q + 2 + ch.length).indexOf(ch);
        const k = near < 0 ? -1 : q + near;
        if (k >= 0) {
          for (let u = 0; u < ch.length; u++) chars.push(k + u);
          q = k + ch.length;
          matched += ch.length;
        } else for (let u = 0; u < ch.length; u++) chars.push(-1);
      }
      if (matched < text.length * 0.9) continue;
      out.push({ block, ...(cell ? { cell } : {}), docStart, docEnd: docStart + text.length, paragraph: i, normStart: at, map: n.map, chars });
      cur = i;
      from = q;
      return;
    }
  };
  blocks.forEach((b, bi) => {
    if (b.kind === 'paragraph') {
      if (b.footnote === undefined) place(b.text, b.start, bi);
      return;
    }
    b.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        let pos = 0;
        c.paragraphs.forEach((para, pi) => {
          const t = para.trim();
          if (!t) return;
          const at = c.text.indexOf(t, pos);
          if (at < 0) return;
          pos = at + t.length;
          place(t, c.start + at, bi, { row: r, col, paragraph: pi });
        });
      }),
    );
  });
  return out;
}

/** The offset in WordParagraph.text of a model text offset inside an alignment's stretch. */
export function paragraphOffset(a: BlockAlignment, docOffset: number): number {
  const rel = Math.max(0, Math.min(docOffset, a.docEnd) - a.docStart);
  if (a.chars) {
    // The nearest mapped character at or after the offset (or the end of the last mapped one).
    for (let k = rel; k < a.chars.length; k++) if ((a.chars[k] as number) >= 0) return toSourceOffset(a.map, a.chars[k] as number);
    for (let k = Math.min(rel, a.chars.length) - 1; k >= 0; k--) if ((a.chars[k] as number) >= 0) return toSourceOffset(a.map, (a.chars[k] as number) + 1);
    return toSourceOffset(a.map, a.normStart);
  }
  return toSourceOffset(a.map, a.normStart + rel);
}

export interface RunSlice {
  paragraph: number;
  run: number;
  /** Characters of the run's text covered, end exclusive. */
  start: number;
  end: number;
}

/** The runs (and the characters in each) that hold the model text [start, end). */
export function runsForSpan(paragraphs: readonly WordParagraph[], alignments: readonly BlockAlignment[], start: number, end: number): RunSlice[] {
  const out: RunSlice[] = [];
  for (const a of alignments) {
    if (a.docEnd <= start || a.docStart >= end) continue;
    const p = paragraphs[a.paragraph];
    if (!p) continue;
    const s = paragraphOffset(a, Math.max(start, a.docStart));
    const e = paragraphOffset(a, Math.min(end, a.docEnd));
    p.runs.forEach((r: WordRun, ri) => {
      const rs = r.textStart;
      const re = r.textStart + r.text.length;
      if (re <= s || rs >= e || r.text.length === 0) return;
      out.push({ paragraph: p.index, run: ri, start: Math.max(s, rs) - rs, end: Math.min(e, re) - rs });
    });
  }
  return out;
}
