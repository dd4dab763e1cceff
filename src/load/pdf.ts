// Loads a PDF through pdf-parse (pdfjs): positioned text rebuilt into lines and paragraphs, ruled tables into cells.
import type { LoadLimits } from './limits.js';
import {
  isAppendixTitle,
  layoutDocument,
  placeFootnotes,
  superscript,
  type CellItem,
  type Item,
  type ParagraphItem,
} from './layout.js';
import { LoadError, type LoadedDocument, type LoadWarning } from './types.js';

export interface PdfOptions {
  limits: LoadLimits;
  password?: string;
}

// ---------------------------------------------------------------------------------------------
// The pdfjs objects reached through pdf-parse; only the members read here are typed.

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
}
interface PdfViewport {
  convertToViewportPoint(x: number, y: number): number[];
  width: number;
  height: number;
}
interface PdfPage {
  getViewport(p: { scale: number }): PdfViewport;
  getTextContent(): Promise<{ items: PdfTextItem[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): void;
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}
interface PdfParser {
  load(): Promise<PdfDoc>;
  destroy(): Promise<void>;
}

// pdfjs operator codes (OPS in pdfjs-dist src/shared/util.js; stable across 2.x–5.x).
const OPS = { save: 10, restore: 11, transform: 12, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27, constructPath: 91 } as const;
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);

// ---------------------------------------------------------------------------------------------
// Geometry in viewport space: x to the right, y downward, baseline y for text.

export interface TextBit {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
  bold: boolean;
  italic: boolean;
  sup: boolean;
}

interface Line {
  y: number;
  x0: number;
  x1: number;
  size: number;
  bits: TextBit[];
  text: string;
  bold: boolean;
  italic: boolean;
  page: number;
}

interface Seg {
  a: number; // y of a horizontal segment, x of a vertical one
  from: number;
  to: number;
}

interface Rect {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  lines: Line[];
  paragraphs: string[];
  page: number;
}

interface PageTable {
  top: number;
  bottom: number;
  left: number;
  right: number;
  xs: number[];
  ys: number[];
  rects: Rect[];
  rowCount: number;
}

type Flow = { kind: 'line'; line: Line } | { kind: 'table'; table: PageTable; page: number };

interface PageData {
  page: number;
  width: number;
  height: number;
  lines: Line[];
  tables: PageTable[];
  hasText: boolean;
  /** Short pieces of text drawn inside a longer one on the same line (see overlaidGlyphs). */
  overlaid: number;
}

/**
 * Built-ins that pdfjs's legacy build (bundled by pdf-parse) replaces with core-js polyfills when it loads, and
 * again when its worker module loads: on Node 20, Array.prototype.push becomes a JavaScript function some 5×
 * slower than V8's (for a spec corner case: a non-writable length), which then slows every later push in the
 * thread — the rules, the extractors and mammoth included. The native versions are put back after each step.
 */
const NATIVE_BUILTINS: readonly [object, PropertyKey, unknown][] = [
  [Array.prototype, 'push', Array.prototype.push],
  [JSON, 'parse', JSON.parse],
];

function restoreNativeBuiltins(): void {
  for (const [owner, key, native] of NATIVE_BUILTINS) {
    if ((owner as Record<PropertyKey, unknown>)[key] !== native) {
      Object.defineProperty(owner, key, { value: native, writable: true, enumerable: false, configurable: true });
    }
  }
}

/** Loads a PDF. Throws LoadError('encrypted-pdf' | 'wrong-password' | 'corrupt-pdf' | 'no-text-layer' | 'too-large'). */
export async function loadPdf(bytes: Uint8Array, options: PdfOptions): Promise<LoadedDocument> {
  const { PDFParse } = await import('pdf-parse');
  restoreNativeBuiltins();
  // pdfjs may transfer (detach) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  const parser = new PDFParse({ data, verbosity: 0, ...(options.password !== undefined ? { password: options.password } : {}) }) as unknown as PdfParser;
  const warnings: LoadWarning[] = [];
  try {
    let doc: PdfDoc;
    try {
      doc = await parser.load();
    } catch (err) {
      throw pdfError(err, options.password);
    } finally {
      restoreNativeBuiltins();
    }
    if (doc.numPages > options.limits.maxPdfPages) {
      throw new LoadError('too-large', `${doc.numPages} pages > limit ${options.limits.maxPdfPages}`);
    }
    const pages: PageData[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        pages.push(await readPage(await doc.getPage(n), n, (pages[pages.length - 1]?.tables.length ?? 0) > 0));
      } catch (err) {
        if (err instanceof LoadError) throw err;
        throw new LoadError('corrupt-pdf', `page ${n}: ${errorMessage(err)}`);
      }
    }
    const textless = pages.filter((p) => !p.hasText).map((p) => p.page);
    if (textless.length === pages.length) throw new LoadError('no-text-layer', `${pages.length} page(s) without text`);
    if (textless.length) warnings.push({ code: 'pdf-pages-without-text', pages: textless });
    const overlaid = pages.filter((p) => p.overlaid >= 3).map((p) => p.page);
    if (overlaid.length) warnings.push({ code: 'pdf-overlaid-glyphs', pages: overlaid });
    const items = buildItems(pages, warnings);
    return layoutDocument('pdf', items, warnings, { encoding: 'pdf', pageCount: doc.numPages });
  } finally {
    await parser.destroy().catch(() => undefined);
    restoreNativeBuiltins();
  }
}

function errorMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0]?.slice(0, 300) ?? 'unknown error';
}

function pdfError(err: unknown, password: string | undefined): LoadError {
  if (err instanceof LoadError) return err;
  const e = err as { name?: string; message?: string; cause?: { code?: number } };
  if (e?.name === 'PasswordException') {
    // pdfjs PasswordResponses: 1 = NEED_PASSWORD, 2 = INCORRECT_PASSWORD.
    const incorrect = e.cause?.code === 2 || /incorrect/i.test(e.message ?? '');
    if (password !== undefined && password !== '' && incorrect) return new LoadError('wrong-password');
    return new LoadError('encrypted-pdf');
  }
  return new LoadError('corrupt-pdf', errorMessage(err));
}

// ---------------------------------------------------------------------------------------------
// Reading one page: text bits, ruling segments, tables.

/**
 * Whether text on the page is laid out in columns: some line (baselines within 1.5 pt) has a gap wider than
 * 1 em between two pieces of text. Cells of a ruled table leave such gaps (10–35 em on the seeds; a centred
 * number in a narrow "TT" column before its text, about 1.2 em, is the closest case); justified
 * prose does not (under 1 em). Only such pages are searched for ruling lines, the costliest part of reading
 * a page (pdfjs builds the whole operator list).
 */
export function textInColumns(bits: readonly TextBit[]): boolean {
  const sorted = [...bits].sort((a, b) => a.y - b.y || a.x - b.x);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && (sorted[j] as TextBit).y - (sorted[i] as TextBit).y <= 1.5) j++;
    const line = sorted.slice(i, j).sort((a, b) => a.x - b.x);
    for (let k = 1; k < line.length; k++) {
      const a = line[k - 1] as TextBit;
      const b = line[k] as TextBit;
      if (b.x - (a.x + a.w) > Math.max(b.size, 1)) return true;
    }
    i = j;
  }
  return false;
}

/**
 * How many short pieces (one to three characters) are drawn inside a longer piece on the same baseline. A PDF
 * made with a font that lacks some Vietnamese letters draws them from a fallback font over placeholder spaces
 * of the main run ("c ph m vi" + "ạ"): the reading order of such text cannot be recovered reliably, and pdfjs's
 * own getText scrambles it too. Properly made PDFs have none (the seeds: 0).
 */
export function overlaidGlyphs(bits: readonly TextBit[]): number {
  const hosts = bits.filter((b) => b.str.length > 3).sort((a, b) => a.y - b.y);
  let n = 0;
  for (const g of bits) {
    if (g.str.length > 3) continue;
    // Only the hosts within 1.5 pt of g's baseline (binary search for the first).
    let lo = 0;
    let hi = hosts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((hosts[mid] as TextBit).y < g.y - 1.5) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < hosts.length && (hosts[i] as TextBit).y <= g.y + 1.5; i++) {
      const h = hosts[i] as TextBit;
      if (g.x > h.x + 0.5 && g.x + g.w < h.x + h.w - 0.5) {
        n++;
        break;
      }
    }
  }
  return n;
}

/**
 * Reads one page. Ruling lines (for tables) are read only when the text is laid out in columns, or when the
 * previous page had a table (it may continue here).
 */
async function readPage(page: PdfPage, n: number, afterTable: boolean): Promise<PageData> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const fontStyle = new Map<string, { bold: boolean; italic: boolean }>();
  const styleOf = (fontName: string): { bold: boolean; italic: boolean } => {
    let s = fontStyle.get(fontName);
    if (!s) {
      let name = '';
      try {
        if (page.commonObjs.has(fontName)) name = String((page.commonObjs.get(fontName) as { name?: unknown }).name ?? '');
      } catch {
        name = '';
      }
      s = { bold: /bold|black|heavy|semibold|demi/i.test(name), italic: /italic|oblique/i.test(name) };
      fontStyle.set(fontName, s);
    }
    return s;
  };
  const bits: TextBit[] = [];
  let hasText = false;
  for (const it of content.items) {
    if (typeof it.str !== 'string' || !it.transform) continue;
    const str = it.str;
    if (!str.trim()) continue;
    hasText = true;
    const t = it.transform;
    const size = Math.hypot(t[0] ?? 0, t[1] ?? 0) || Math.abs(t[3] ?? 0) || 1;
    const [x, y] = viewport.convertToViewportPoint(t[4] ?? 0, t[5] ?? 0);
    const style = styleOf(it.fontName ?? '');
    // Leading/trailing spaces would shift positions: trim and move x by the trimmed width share.
    const lead = str.length - str.trimStart().length;
    const w = it.width ?? 0;
    const perChar = str.length ? w / str.length : 0;
    const trimmed = str.trim();
    bits.push({ str: trimmed, x: (x ?? 0) + lead * perChar, y: y ?? 0, w: trimmed.length * perChar, size, bold: style.bold, italic: style.italic, sup: false });
  }
  const { h, v } = afterTable || textInColumns(bits) ? rulings(await page.getOperatorList(), viewport) : { h: [], v: [] };
  const tables = findTables(h, v);
  const loose: TextBit[] = [];
  for (const b of bits) {
    const mx = b.x + Math.min(b.w / 2, 2);
    const my = b.y - b.size * 0.3;
    const table = tables.find((t) => mx >= t.left && mx <= t.right && my >= t.top && my <= t.bottom);
    if (!table) {
      loose.push(b);
      continue;
    }
    const rect = table.rects.find((r) => mx >= (table.xs[r.c0] ?? 0) && mx <= (table.xs[r.c1 + 1] ?? 0) && my >= (table.ys[r.r0] ?? 0) && my <= (table.ys[r.r1 + 1] ?? 0));
    if (rect) (rect as Rect & { bits?: TextBit[] }).bits = [...((rect as Rect & { bits?: TextBit[] }).bits ?? []), b];
    else loose.push(b);
  }
  for (const t of tables) {
    for (const r of t.rects) {
      const rb = (r as Rect & { bits?: TextBit[] }).bits ?? [];
      r.page = n;
      r.lines = groupLines(markSuperscripts(rb), n);
      const left = t.xs[r.c0] ?? 0;
      const right = t.xs[r.c1 + 1] ?? 0;
      r.paragraphs = cellParagraphs(r.lines, left, right);
    }
  }
  const lines = groupLines(markSuperscripts(loose), n);
  page.cleanup();
  return { page: n, width: viewport.width, height: viewport.height, lines, tables, hasText, overlaid: overlaidGlyphs(bits) };
}

/** Horizontal and vertical ruling segments (stroked lines, or thin filled rectangles) in viewport space. */
function rulings(ops: { fnArray: number[]; argsArray: unknown[][] }, viewport: PdfViewport): { h: Seg[]; v: Seg[] } {
  const h: Seg[] = [];
  const v: Seg[] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  const apply = (x: number, y: number): [number, number] => {
    const px = (ctm[0] ?? 1) * x + (ctm[2] ?? 0) * y + (ctm[4] ?? 0);
    const py = (ctm[1] ?? 0) * x + (ctm[3] ?? 1) * y + (ctm[5] ?? 0);
    const [vx, vy] = viewport.convertToViewportPoint(px, py);
    return [vx ?? 0, vy ?? 0];
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] ?? [];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) {
      const m = args as number[];
      const [a, b, c, d, e, f] = [m[0] ?? 1, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1, m[4] ?? 0, m[5] ?? 0];
      const [A, B, C, D, E, F] = [ctm[0] ?? 1, ctm[1] ?? 0, ctm[2] ?? 0, ctm[3] ?? 1, ctm[4] ?? 0, ctm[5] ?? 0];
      ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
    } else if (fn === OPS.constructPath) {
      const op = args[0] as number;
      const stroke = STROKES.has(op);
      const fill = FILLS.has(op);
      if (!stroke && !fill) continue;
      const raw = args[1];
      const path = (Array.isArray(raw) ? raw[0] : raw) as ArrayLike<number> | undefined;
      if (!path || typeof path.length !== 'number') continue;
      const segs: [number, number, number, number][] = [];
      let k = 0;
      let cur: [number, number] | undefined;
      let start: [number, number] | undefined;
      while (k < path.length) {
        const code = path[k] ?? -1;
        if (code === 0 || code === 1) {
          const p = apply(path[k + 1] ?? 0, path[k + 2] ?? 0);
          if (code === 1 && cur) segs.push([cur[0], cur[1], p[0], p[1]]);
          if (code === 0) start = p;
          cur = p;
          k += 3;
        } else if (code === 2) {
          cur = apply(path[k + 5] ?? 0, path[k + 6] ?? 0);
          k += 7;
        } else if (code === 3) {
          if (cur && start) segs.push([cur[0], cur[1], start[0], start[1]]);
          cur = start;
          k += 1;
        } else break;
      }
      if (stroke) {
        for (const [x1, y1, x2, y2] of segs) {
          if (Math.abs(y1 - y2) < 0.8 && Math.abs(x1 - x2) > 1) h.push({ a: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
          else if (Math.abs(x1 - x2) < 0.8 && Math.abs(y1 - y2) > 1) v.push({ a: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
        }
      } else if (segs.length >= 3) {
        // A filled thin rectangle drawn as a rule.
        const xsF = segs.flatMap((s) => [s[0], s[2]]);
        const ysF = segs.flatMap((s) => [s[1], s[3]]);
        const [x0, x1] = [Math.min(...xsF), Math.max(...xsF)];
        const [y0, y1] = [Math.min(...ysF), Math.max(...ysF)];
        if (y1 - y0 <= 2 && x1 - x0 > 4) h.push({ a: (y0 + y1) / 2, from: x0, to: x1 });
        else if (x1 - x0 <= 2 && y1 - y0 > 4) v.push({ a: (x0 + x1) / 2, from: y0, to: y1 });
      }
    }
  }
  return { h, v };
}

const TOL = 2;

/** Clusters nearly equal values; returns the cluster means, sorted. */
function cluster(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && x - (last[last.length - 1] ?? x) <= tol) last.push(x);
    else out.push([x]);
  }
  return out.map((c) => c.reduce((s, x) => s + x, 0) / c.length);
}

/** Ruled tables on a page: connected groups of horizontal and vertical segments, cut into merged-cell rectangles. */
function findTables(h: Seg[], v: Seg[]): PageTable[] {
  const all = [...h.map((s) => ({ s, horiz: true })), ...v.map((s) => ({ s, horiz: false }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const A = all[i];
      const B = all[j];
      if (!A || !B || A.horiz === B.horiz) continue;
      const [hs, vs] = A.horiz ? [A.s, B.s] : [B.s, A.s];
      if (vs.a >= hs.from - TOL && vs.a <= hs.to + TOL && hs.a >= vs.from - TOL && hs.a <= vs.to + TOL) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, { h: Seg[]; v: Seg[] }>();
  all.forEach((e, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (e.horiz ? g.h : g.v).push(e.s);
    groups.set(find(i), g);
  });
  const tables: PageTable[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const xs = cluster(g.v.map((s) => s.a), TOL);
    const ys = cluster(g.h.map((s) => s.a), TOL);
    if (xs.length < 2 || ys.length < 2) continue;
    const nR = ys.length - 1;
    const nC = xs.length - 1;
    const vBorder = (r: number, k: number): boolean => {
      const mid = ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
      const x = xs[k] ?? 0;
      return g.v.some((s) => Math.abs(s.a - x) <= TOL && s.from - TOL <= mid && s.to + TOL >= mid);
    };
    const hBorder = (k: number, c: number): boolean => {
      const mid = ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
      const y = ys[k] ?? 0;
      return g.h.some((s) => Math.abs(s.a - y) <= TOL && s.from - TOL <= mid && s.to + TOL >= mid);
    };
    const seen: boolean[][] = Array.from({ length: nR }, () => new Array<boolean>(nC).fill(false));
    const rects: Rect[] = [];
    for (let r = 0; r < nR; r++) {
      for (let c = 0; c < nC; c++) {
        if (seen[r]?.[c]) continue;
        let c1 = c;
        while (c1 + 1 < nC && !vBorder(r, c1 + 1) && !seen[r]?.[c1 + 1]) c1++;
        let r1 = r;
        const open = (rr: number): boolean => {
          for (let cc = c; cc <= c1; cc++) if (hBorder(rr, cc) || seen[rr]?.[cc]) return false;
          return true;
        };
        while (r1 + 1 < nR && open(r1 + 1)) r1++;
        for (let rr = r; rr <= r1; rr++) for (let cc = c; cc <= c1; cc++) (seen[rr] as boolean[])[cc] = true;
        rects.push({ r0: r, r1, c0: c, c1, lines: [], paragraphs: [], page: 0 });
      }
    }
    tables.push({ top: ys[0] ?? 0, bottom: ys[nR] ?? 0, left: xs[0] ?? 0, right: xs[nC] ?? 0, xs, ys, rects, rowCount: nR });
  }
  return tables.sort((a, b) => a.top - b.top);
}

// ---------------------------------------------------------------------------------------------
// Lines.

/** Small digits raised above a larger line are footnote references: they join that line as superscripts. */
function markSuperscripts(bits: TextBit[]): TextBit[] {
  for (const b of bits) {
    if (!/^\d{1,3}$/.test(b.str)) continue;
    const host = bits.find((o) => o !== b && o.size > b.size * 1.25 && o.y > b.y && o.y - b.y < o.size * 0.75 && o.x <= b.x + b.w + o.size * 3 && o.x + o.w >= b.x - o.size * 3);
    if (host) {
      b.sup = true;
      b.y = host.y;
      b.size = host.size;
    }
  }
  return bits;
}

function groupLines(bits: TextBit[], page: number): Line[] {
  const sorted = [...bits].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; bits: TextBit[] }[] = [];
  for (const b of sorted) {
    const line = lines.find((l) => Math.abs(l.y - b.y) < Math.max(1.5, b.size * 0.35));
    if (line) line.bits.push(b);
    else lines.push({ y: b.y, bits: [b] });
  }
  return lines
    .map((l) => {
      const bs = l.bits.sort((a, b) => a.x - b.x);
      let text = '';
      let prev: TextBit | undefined;
      for (const b of bs) {
        const s = b.sup ? superscript(b.str) : b.str;
        if (prev) {
          const gap = b.x - (prev.x + prev.w);
          if (!b.sup && gap > Math.min(prev.size, b.size) * 0.15) text += ' ';
        }
        text += s;
        prev = b;
      }
      const normal = bs.filter((b) => !b.sup);
      const ref = normal.length ? normal : bs;
      const size = median(ref.map((b) => b.size));
      const last = bs[bs.length - 1];
      return {
        y: l.y,
        x0: bs[0]?.x ?? 0,
        x1: last ? last.x + last.w : 0,
        size,
        bits: bs,
        text,
        bold: ref.every((b) => b.bold),
        italic: ref.every((b) => b.italic),
        page,
      };
    })
    .sort((a, b) => a.y - b.y);
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const LIST_START = /^(?:[-+•–*]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[IVXLC]+\.\s)/u;

/** Width of the first word of a line, from its first text bit. */
function firstWordWidth(line: Line): number {
  const b = line.bits[0];
  if (!b) return 0;
  const word = b.str.split(/\s+/u)[0] ?? b.str;
  return b.str.length ? (b.w * word.length) / b.str.length : 0;
}

/** Joins wrapped lines of one paragraph: no space after a line ending in "/" or a hyphen glued to a word. */
function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (/[\p{L}\p{N}][/]$/u.test(a)) return a + b;
  // "18/KH-" + "UBND", "2021-" + "2030": a code or range broken after its hyphen.
  if (/[\p{Lu}\p{N}]-$/u.test(a) && /^[\p{Lu}\p{N}]/u.test(b)) return a + b;
  return `${a} ${b}`;
}

/** Paragraphs inside a table cell: break at list markers and where the next line's first word would have fitted. */
function cellParagraphs(lines: Line[], left: number, right: number): string[] {
  const out: string[] = [];
  let cur = '';
  let prev: Line | undefined;
  const pad = lines.length ? Math.max(1, Math.min(...lines.map((l) => l.x0)) - left) : 2;
  const inner = right - pad;
  for (const line of lines) {
    let brk = prev === undefined;
    if (prev) {
      if (LIST_START.test(line.text)) brk = true;
      else if (inner - prev.x1 > firstWordWidth(line) + prev.size * 0.6) brk = true;
      else if (line.y - prev.y > prev.size * 2.2) brk = true;
    }
    if (brk && cur) {
      out.push(cur);
      cur = '';
    }
    cur = joinLines(cur, line.text);
    prev = line;
  }
  if (cur) out.push(cur);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The flow: page furniture removed, layout regions flattened, paragraphs rebuilt, tables joined across pages.

function buildItems(pages: PageData[], warnings: LoadWarning[]): Item[] {
  const footnotes: ParagraphItem[] = [];
  const flows: { page: PageData; flow: Flow[]; regions: Map<Line, RegionInfo> }[] = [];
  for (const page of pages) {
    let lines = [...page.lines];
    // Running page number: a line holding only a number, at the top (or bottom) of the page.
    const firstContentY = Math.min(...lines.map((l) => l.y), ...page.tables.map((t) => t.top));
    const top = lines[0];
    if (top && /^\d{1,4}$/.test(top.text) && top.y <= firstContentY + 0.5 && lines.length + page.tables.length > 1) lines = lines.slice(1);
    const bottom = lines[lines.length - 1];
    const lastTable = Math.max(-Infinity, ...page.tables.map((t) => t.bottom));
    if (bottom && lines.length > 1 && /^\d{1,4}$/.test(bottom.text) && bottom.y > lastTable && Math.abs((bottom.x0 + bottom.x1) / 2 - page.width / 2) < page.width * 0.1) lines = lines.slice(0, -1);
    // Footnote bodies: lines at the bottom starting with a superscript marker, in a smaller font.
    const bodySize = median(lines.filter((l) => l.text.length > 20).map((l) => l.size)) || median(lines.map((l) => l.size));
    let fnStart = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
      const l = lines[i] as Line;
      if (l.size >= bodySize * 0.92) break;
      if (l.y < lastTable) break;
      if (l.bits[0]?.sup) fnStart = i;
    }
    if (fnStart >= 0) {
      const fnLines = lines.slice(fnStart);
      lines = lines.slice(0, fnStart);
      let marker = '';
      let text = '';
      const flush = (): void => {
        if (text) footnotes.push({ kind: 'paragraph', text, footnote: marker, page: page.page });
        text = '';
      };
      for (const l of fnLines) {
        const first = l.bits[0];
        if (first?.sup) {
          flush();
          marker = first.str;
          text = l.text.slice(superscript(first.str).length).trim();
        } else text = joinLines(text, l.text);
      }
      flush();
    }
    const regions = layoutRegions(page, lines);
    const flow: Flow[] = [
      ...lines.map((line): Flow => ({ kind: 'line', line })),
      ...page.tables.map((table): Flow => ({ kind: 'table', table, page: page.page })),
    ].sort((a, b) => flowY(a) - flowY(b));
    flows.push({ page, flow, regions });
  }

  const items: Item[] = [];
  let para: { lines: Line[]; page: PageData } | undefined;
  let table: LogicalTable | undefined;
  const endPara = (): void => {
    if (para) items.push(paragraphItem(para.lines, para.page));
    para = undefined;
  };
  const endTable = (): void => {
    if (table) items.push(table.toItem());
    table = undefined;
  };
  flows.forEach(({ page, flow, regions }, pi) => {
    const emitted = new Set<RegionInfo>();
    flow.forEach((f, fi) => {
      if (f.kind === 'table') {
        endPara();
        const continues = table !== undefined && fi === 0 && table.endedPage && table.pageIndex === pi - 1 && sameColumns(table.xs, f.table.xs);
        if (continues && table) table.append(f.table, f.page);
        else {
          endTable();
          table = new LogicalTable(f.table, f.page);
        }
        table.pageIndex = pi;
        table.endedPage = flow.length - 1 === fi;
        return;
      }
      const line = f.line;
      const region = regions.get(line);
      if (region) {
        endPara();
        endTable();
        if (!emitted.has(region)) {
          emitted.add(region);
          items.push(...region.items);
        }
        return;
      }
      endTable();
      if (para && !continuesParagraph(para.lines, para.page, line, page)) endPara();
      if (!para) para = { lines: [], page };
      para.lines.push(line);
    });
    if (table && !table.endedPage) endTable();
  });
  endPara();
  endTable();
  if (footnotes.length === 0 && items.some((it) => it.kind === 'paragraph' && /[¹²³⁴⁵⁶⁷⁸⁹]/u.test(it.text))) {
    warnings.push({ code: 'pdf-footnote-body-not-found' });
  }
  return placeFootnotes(items, footnotes);
}

function flowY(f: Flow): number {
  return f.kind === 'line' ? f.line.y - f.line.size : f.table.top;
}

function sameColumns(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] ?? Infinity)) <= 3);
}

// ---------------------------------------------------------------------------------------------
// Paragraph rebuilding.

interface PageMetrics {
  left: number;
  right: number;
}

const metricsCache = new WeakMap<PageData, PageMetrics>();

function metrics(page: PageData): PageMetrics {
  let m = metricsCache.get(page);
  if (!m) {
    const body = page.lines.filter((l) => l.text.length > 30);
    const use = body.length ? body : page.lines;
    m = { left: Math.min(...use.map((l) => l.x0)), right: Math.max(...use.map((l) => l.x1)) };
    if (!Number.isFinite(m.left)) m = { left: 0, right: page.width };
    metricsCache.set(page, m);
  }
  return m;
}

function isCentered(line: Line, m: PageMetrics): boolean {
  const mid = (m.left + m.right) / 2;
  return line.x0 - m.left > line.size * 1.5 && m.right - line.x1 > line.size * 1.5 && Math.abs((line.x0 + line.x1) / 2 - mid) < line.size * 1.2;
}

function continuesParagraph(prevLines: Line[], prevPage: PageData, line: Line, page: PageData): boolean {
  const prev = prevLines[prevLines.length - 1];
  if (!prev) return false;
  if (prev.bold !== line.bold || prev.italic !== line.italic || Math.abs(prev.size - line.size) > 0.6) return false;
  const pm = metrics(prevPage);
  const m = metrics(page);
  const samePage = prevPage === page;
  if (samePage && line.y - prev.y > line.size * 1.55) return false;
  const centered = isCentered(prev, pm);
  const room = centered ? (pm.right - pm.left) - (prev.x1 - prev.x0) : pm.right - prev.x1;
  // The previous line ended early although the next word would have fitted: the paragraph ended there.
  if (room > firstWordWidth(line) + line.size * 0.6) return false;
  // A full line followed by an indented (not centred) line: a first-line indent starts a paragraph.
  if (!isCentered(line, m) && line.x0 - m.left > line.size * 0.8) return false;
  return true;
}

function paragraphItem(lines: Line[], page: PageData): ParagraphItem {
  let text = '';
  for (const l of lines) text = joinLines(text, l.text);
  const first = lines[0] as Line;
  const m = metrics(page);
  const item: ParagraphItem = { kind: 'paragraph', text, page: first.page };
  if (lines.every((l) => l.bold)) item.bold = true;
  if (lines.every((l) => l.italic)) item.italic = true;
  if (isCentered(first, m)) item.align = 'center';
  else if (lines.length > 1) item.align = 'justify';
  else if (first.x0 - m.left > (m.right - m.left) * 0.4 && m.right - first.x1 < first.size) item.align = 'right';
  else item.align = 'left';
  return item;
}

// ---------------------------------------------------------------------------------------------
// Layout regions: the borderless "Số … | date" header and the "Nơi nhận | signature" block.

interface RegionInfo {
  items: ParagraphItem[];
}

function layoutRegions(page: PageData, lines: Line[]): Map<Line, RegionInfo> {
  const out = new Map<Line, RegionInfo>();
  const claim = (group: Line[], rows: Line[][], kind: 'header' | 'signature'): void => {
    const split = splitX(group);
    if (split === undefined) return;
    const info: RegionInfo = { items: [] };
    for (const row of rows) {
      const left: Line[] = [];
      const right: Line[] = [];
      for (const l of row) {
        const lb = l.bits.filter((b) => b.x < split);
        const rb = l.bits.filter((b) => b.x >= split);
        if (lb.length) left.push(partLine(l, lb));
        if (rb.length) right.push(partLine(l, rb));
      }
      info.items.push(...regionParagraphs(left, kind, page.page), ...regionParagraphs(right, 'plain', page.page));
    }
    for (const l of group) out.set(l, info);
  };
  const so = lines.findIndex((l, i) => i < 8 && /^Số\s*:/u.test(l.text));
  if (so >= 0 && page.page === 1) {
    const soLine = lines[so] as Line;
    const group = lines.slice(0, so + 1);
    // A wrapped date or a second line right below "Số:" still belongs to the header row.
    let k = so + 1;
    while (k < lines.length && (lines[k] as Line).y - ((lines[k - 1] as Line).y) < soLine.size * 1.6 && !isTitleLine(lines[k] as Line)) {
      group.push(lines[k] as Line);
      k++;
    }
    const above = group.filter((l) => l.y < soLine.y - soLine.size * 0.5);
    const rest = group.filter((l) => !above.includes(l));
    claim(group, above.length ? [above, rest] : [rest], 'header');
  }
  const nn = lines.findIndex((l) => /^Nơi\s+nhận/iu.test(l.text));
  if (nn >= 0) {
    const group: Line[] = [];
    for (let k = nn; k < lines.length; k++) {
      const l = lines[k] as Line;
      if (isAppendixTitle(l.text)) break;
      group.push(l);
    }
    claim(group, [group], 'signature');
  }
  return out;
}

function isTitleLine(l: Line): boolean {
  return /^KẾ\s+HOẠCH/u.test(l.text);
}

/** The x where the right column of a two-column block starts: the widest gap in the x-projection of its text. */
function splitX(group: Line[]): number | undefined {
  const spans = group.flatMap((l) => l.bits.map((b) => [b.x, b.x + b.w] as [number, number])).sort((a, b) => a[0] - b[0]);
  let best: [number, number] | undefined;
  let reach = -Infinity;
  for (const [a, b] of spans) {
    if (reach > -Infinity && a - reach > (best ? best[1] - best[0] : 0)) best = [reach, a];
    reach = Math.max(reach, b);
  }
  if (!best || best[1] - best[0] < 12) return undefined;
  return best[1] - 0.5;
}

function partLine(l: Line, bits: TextBit[]): Line {
  const text = groupLines(bits.map((b) => ({ ...b })), l.page)[0]?.text ?? '';
  const last = bits[bits.length - 1];
  return { ...l, bits, text, x0: bits[0]?.x ?? l.x0, x1: last ? last.x + last.w : l.x1, bold: bits.every((b) => b.bold || b.sup), italic: bits.every((b) => b.italic || b.sup) };
}

/** Lines of one cell of a layout block: recipients join wrapped lines; other lines stay one paragraph each. */
function regionParagraphs(lines: Line[], kind: 'header' | 'signature' | 'plain', page: number): ParagraphItem[] {
  const out: ParagraphItem[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    const wrapped = kind === 'signature' && last && !/^(?:[-+•]|Nơi\s+nhận)/iu.test(l.text) && !/[;.:]$/u.test(last.text);
    if (wrapped && last) {
      last.text = joinLines(last.text, l.text);
      continue;
    }
    const item: ParagraphItem = { kind: 'paragraph', text: l.text, page };
    if (l.bold) item.bold = true;
    if (l.italic) item.italic = true;
    out.push(item);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tables joined across pages.

class LogicalTable {
  xs: number[];
  rects: Rect[] = [];
  rowCount = 0;
  headerRows = 0;
  pageIndex = 0;
  endedPage = false;
  private first: PageTable;
  private mergeable = new Set<number>();
  pages = 0;

  constructor(t: PageTable, page: number) {
    this.xs = t.xs;
    this.first = t;
    this.add(t, 0, page);
  }

  private add(t: PageTable, skipRows: number, page: number): void {
    const offset = this.rowCount - skipRows;
    for (const r of t.rects) {
      if (r.r0 < skipRows) continue;
      if (r.r1 > r.r0) for (let c = r.c0; c <= r.c1; c++) this.mergeable.add(c);
      this.rects.push({ ...r, r0: r.r0 + offset, r1: r.r1 + offset, page });
    }
    this.rowCount += t.rowCount - skipRows;
    this.pages += 1;
  }

  private rowTexts(t: PageTable, row: number): string {
    return t.rects.filter((r) => r.r0 === row).sort((a, b) => a.c0 - b.c0).map((r) => r.paragraphs.join(' ')).join('\t');
  }

  append(t: PageTable, page: number): void {
    // Repeated header rows: the leading rows equal to the first page's leading rows.
    let k = 0;
    while (k < t.rowCount && k < this.first.rowCount && this.rowTexts(t, k) === this.rowTexts(this.first, k) && this.rowTexts(t, k).trim()) k++;
    if (k > 0) this.headerRows = Math.max(this.headerRows, k);
    const lastRow = this.rowCount - 1;
    const before = this.rects.filter((r) => r.r1 === lastRow);
    const topNew = t.rects.filter((r) => r.r0 === k);
    for (const r of t.rects) if (r.r0 >= k && r.r1 > r.r0) for (let c = r.c0; c <= r.c1; c++) this.mergeable.add(c);
    // The first row continues the previous page's last row when a cell goes on in lower case, or when
    // only cells of merging columns (TT, Mục tiêu, Nhiệm vụ …) have text: a new row fills its own columns.
    const lowerContinuation = topNew.some((b) => {
      const a = before.find((x) => x.c0 === b.c0 && x.c1 === b.c1);
      const bt = b.paragraphs.join(' ');
      return a !== undefined && a.paragraphs.length > 0 && bt !== '' && /^[\p{Ll}]/u.test(bt);
    });
    const onlyMerging = topNew.some((b) => b.paragraphs.length > 0) &&
      topNew.every((b) => b.paragraphs.length === 0 || [...range(b.c0, b.c1)].every((c) => this.mergeable.has(c))) &&
      topNew.some((b) => b.paragraphs.length === 0 && [...range(b.c0, b.c1)].some((c) => !this.mergeable.has(c)));
    const filledB = topNew.filter((b) => b.paragraphs.length > 0);
    const filledA = before.filter((a) => a.paragraphs.length > 0);
    const aligned = filledB.every((b) => filledA.some((a) => a.c0 === b.c0 && a.c1 === b.c1));
    const fewer = filledB.length > 0 && filledB.length * 2 < filledA.length;
    const split = before.length > 0 && aligned && (lowerContinuation || onlyMerging || fewer);
    const startCount = this.rects.length;
    this.add(t, k, page);
    const added = this.rects.slice(startCount);
    const unionInto = (a: Rect, b: Rect, joinText: boolean): void => {
      a.r1 = b.r1;
      if (joinText && b.paragraphs.length) {
        const first = b.paragraphs[0] ?? '';
        if (a.paragraphs.length && /^[\p{Ll}\p{N}(]/u.test(first)) {
          a.paragraphs[a.paragraphs.length - 1] = joinLines(a.paragraphs[a.paragraphs.length - 1] ?? '', first);
          a.paragraphs.push(...b.paragraphs.slice(1));
        } else a.paragraphs.push(...b.paragraphs);
      }
      this.rects.splice(this.rects.indexOf(b), 1);
    };
    const newTop = lastRow + 1;
    for (const b of added.filter((r) => r.r0 === newTop)) {
      const a = before.find((x) => x.c0 === b.c0 && x.c1 === b.c1);
      if (!a) continue;
      if (split) {
        unionInto(a, b, true);
      } else if (b.paragraphs.length === 0 && a.paragraphs.length > 0 && [...range(b.c0, b.c1)].every((c) => this.mergeable.has(c))) {
        unionInto(a, b, false);
      }
    }
    if (split) {
      // The split row's two parts are one logical row: shift everything below up by one.
      for (const r of this.rects) {
        if (r.r0 > lastRow) r.r0 -= 1;
        if (r.r1 > lastRow) r.r1 -= 1;
      }
      this.rowCount -= 1;
    }
  }

  toItem(): Item {
    const rows: CellItem[][] = Array.from({ length: this.rowCount }, () => []);
    for (const r of [...this.rects].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0)) {
      const cell: CellItem = { paragraphs: r.paragraphs.length ? r.paragraphs : [''], rowSpan: r.r1 - r.r0 + 1, colSpan: r.c1 - r.c0 + 1, page: r.page };
      const header = this.headerRows > 0 ? r.r0 < this.headerRows : r.r0 === 0 && this.firstRowBold();
      if (header) cell.header = true;
      rows[r.r0]?.push(cell);
    }
    return { kind: 'table', rows: rows.filter((r) => r.length), page: this.rects[0]?.page ?? 0 };
  }

  private firstRowBold(): boolean {
    const first = this.rects.filter((r) => r.r0 === 0);
    const lines = first.flatMap((r) => r.lines);
    return lines.length > 0 && lines.every((l) => l.bold);
  }
}

function* range(a: number, b: number): Generator<number> {
  for (let i = a; i <= b; i++) yield i;
}
