// Geometry in viewport space: x to the right, y downward, baseline y for text; the shapes read from one page.
import type { BorderlessColumns } from './borderless.js';

export interface TextBit {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
  bold: boolean;
  italic: boolean;
  sup: boolean;
  /** A whole word recognised by OCR: a space always stands between it and the next word of its line. */
  word?: boolean;
  /** Font family from the font's name ("ABCDEF+TimesNewRomanPS-BoldMT" → "Times New Roman"); null when the name tells none. */
  font?: string | null;
}

/** Where one text bit stands in its line's text (end exclusive). */
export interface Piece {
  start: number;
  end: number;
  bit: TextBit;
}

export interface Line {
  y: number;
  x0: number;
  x1: number;
  size: number;
  bits: TextBit[];
  text: string;
  bold: boolean;
  italic: boolean;
  page: number;
  /** The bits' places in `text` (set by groupLines). */
  pieces?: Piece[];
}

export interface Seg {
  a: number; // y of a horizontal segment, x of a vertical one
  from: number;
  to: number;
}

/** An axis-aligned box in viewport space. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Rect {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  lines: Line[];
  paragraphs: string[];
  page: number;
}

export interface PageTable {
  top: number;
  bottom: number;
  left: number;
  right: number;
  xs: number[];
  ys: number[];
  rects: Rect[];
  rowCount: number;
  /** Rebuilt from text positions alone (pdf/borderless.ts): its column boundaries are estimates. */
  borderless?: boolean;
}

export type Flow = { kind: 'line'; line: Line } | { kind: 'table'; table: PageTable; page: number };

export interface PageData {
  page: number;
  width: number;
  height: number;
  lines: Line[];
  tables: PageTable[];
  hasText: boolean;
  /** Short pieces of text drawn inside a longer one on the same line (see overlaidGlyphs). */
  overlaid: number;
  /** A scan carrying only a little text (a stamp, a page number, a signature caption): its content is the image. */
  scanned?: boolean;
  /** Text drawn in a font without any Unicode map (its codes are glyph ids: pdf/glyph-map.ts). */
  unmappedFont?: boolean;
  /** Page 1: its horizontal ruling segments and image boxes (where the rule under the Tiêu ngữ is looked for). */
  drawn?: { h: Seg[]; images: Box[] };
  /** The columns of a borderless table that ends the page (it may continue on the next). */
  borderlessColumns?: BorderlessColumns;
}
