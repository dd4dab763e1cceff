// The presentation of a PDF (model/presentation.ts) from what the loader already read: page sizes, the runs of
// text with their fonts and sizes, paragraph alignment from line positions, margins from the extent of the text,
// the running page number, annotations. What a PDF cannot tell (indents and spacing as set, Word's revision
// marks) is null or zero; format/pdf-coverage names those checks.
import type { FormatParagraph, FormatRun, FormatSection, Integrity, MottoRule, Presentation } from '../../model/presentation.js';
import { BELOW_PT, MOTTO_RE, TYPED_RULE_RE } from '../motto.js';
import type { ParagraphItem } from '../layout.js';
import type { LoadedDocument, ParagraphBlock } from '../types.js';
import type { Line, PageData } from './geometry.js';

const MM_PER_PT = 25.4 / 72;
const mm = (pt: number): number => Math.round(pt * MM_PER_PT * 10) / 10;
/** Times New Roman's (and its metric twins') ascent and descent, in em: where a line's box starts and ends. */
const ASCENT = 0.891;
const DESCENT = 0.216;
const PAGE_NUMBER_RE = /^\d{1,4}$/u;
/** Lines this long are lines of running text: their ends mark the text column. */
const LONG_LINE = 30;

/** Annotation subtypes that are not markup: links, form and signature fields, the pop-up of a comment. */
const NOT_MARKUP = new Set(['Link', 'Widget', 'Popup']);

export interface PdfAnnotation {
  subtype: string;
  page: number;
}

export function isMarkup(subtype: string): boolean {
  return subtype !== '' && !NOT_MARKUP.has(subtype);
}

/** A running page number: a line holding only a number, first or last on the page, apart from the text. */
export function pageNumberLine(page: PageData): { line: Line; place: 'header' | 'footer' } | null {
  const lines = page.lines;
  if (lines.length + page.tables.length < 2) return null;
  const top = lines[0];
  const tablesTop = Math.min(Infinity, ...page.tables.map((t) => t.top));
  if (top && PAGE_NUMBER_RE.test(top.text) && top.y < tablesTop && top.y < page.height * 0.2) return { line: top, place: 'header' };
  const bottom = lines[lines.length - 1];
  const tablesBottom = Math.max(-Infinity, ...page.tables.map((t) => t.bottom));
  if (bottom && lines.length > 1 && PAGE_NUMBER_RE.test(bottom.text) && bottom.y > tablesBottom && bottom.y > page.height * 0.8) return { line: bottom, place: 'footer' };
  return null;
}

/** The lower median: with two pages, the smaller (text never runs into a margin, so the smaller is nearer it). */
function lowerMedian(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? null;
}

interface PageExtent {
  left: number | null;
  right: number | null;
  top: number | null;
  bottom: number | null;
}

/** The text's extent on a page (points from each edge), the page number line left out. */
function extent(page: PageData, skip: Line | undefined): PageExtent {
  const lines = page.lines.filter((l) => l !== skip);
  const long = lines.filter((l) => l.text.length >= LONG_LINE);
  const tops = [...lines.map((l) => l.y - l.size * ASCENT), ...page.tables.map((t) => t.top)];
  const bottoms = [...lines.map((l) => l.y + l.size * DESCENT), ...page.tables.map((t) => t.bottom)];
  return {
    left: long.length ? Math.min(...long.map((l) => l.x0)) : null,
    right: long.length ? page.width - Math.max(...long.map((l) => l.x1)) : null,
    top: tops.length ? Math.min(...tops) : null,
    bottom: bottoms.length ? page.height - Math.max(...bottoms) : null,
  };
}

/**
 * Sections: runs of pages of one size and orientation. Margins from the text: left and right from the long lines,
 * top from the first line (each the lower median over pages: a page of short lines or one opening with a table
 * does not move it), bottom from the page whose text comes nearest the edge (the last page of the run, seldom
 * full, left out). A margin holds no text, so each is at most the margin as set.
 */
function sections(pages: readonly PageData[], doc: LoadedDocument, numbers: Map<number, { line: Line; place: 'header' | 'footer' }>, pageNumber: FormatSection['pageNumber']): FormatSection[] {
  const groups: PageData[][] = [];
  for (const p of pages) {
    const last = groups[groups.length - 1];
    const ref = last?.[0];
    if (ref && Math.abs(ref.width - p.width) < 2 && Math.abs(ref.height - p.height) < 2) last.push(p);
    else groups.push([p]);
  }
  const ranges = new Map((doc.pages ?? []).map((r) => [r.page, r]));
  return groups.map((g) => {
    const first = g[0] as PageData;
    const ext = g.filter((p) => p.hasText).map((p) => ({ page: p.page, e: extent(p, numbers.get(p.page)?.line) }));
    const pick = (k: keyof PageExtent, xs: { page: number; e: PageExtent }[]): number[] => xs.map((x) => x.e[k]).filter((v): v is number => v !== null);
    const left = lowerMedian(pick('left', ext));
    const right = lowerMedian(pick('right', ext));
    const tops = pick('top', ext);
    // The last page of a run of pages (the end of the text, or before a change of orientation) is seldom full.
    const lastPage = (g[g.length - 1] as PageData).page;
    const bottoms = pick('bottom', ext.filter((x) => x.page !== lastPage));
    let start = Infinity;
    let end = -1;
    for (const p of g) {
      const r = ranges.get(p.page);
      if (r) {
        start = Math.min(start, r.start);
        end = Math.max(end, r.end);
      }
    }
    return {
      pageWidthMm: mm(first.width),
      pageHeightMm: mm(first.height),
      orientation: first.width > first.height ? 'landscape' : 'portrait',
      margins: {
        top: tops.length ? mm(lowerMedian(tops) as number) : null,
        right: right === null ? null : mm(right),
        bottom: bottoms.length ? mm(Math.min(...bottoms)) : null,
        left: left === null ? null : mm(left),
      },
      pageNumber,
      span: end >= 0 ? { start, end } : null,
      pages: { from: first.page, to: (g[g.length - 1] as PageData).page },
    };
  });
}

/** Where the page numbers stand: the place most numbered pages after the first use, centred or not, on page 1 or not. */
function pageNumbers(pages: readonly PageData[], numbers: Map<number, { line: Line; place: 'header' | 'footer' }>): FormatSection['pageNumber'] {
  const later = pages.filter((p) => p.page > 1 && numbers.has(p.page));
  if (later.length === 0) return null;
  const headers = later.filter((p) => numbers.get(p.page)?.place === 'header').length;
  const place = headers * 2 >= later.length ? 'header' : 'footer';
  const aligns = later
    .filter((p) => numbers.get(p.page)?.place === place)
    .map((p) => {
      const l = (numbers.get(p.page) as { line: Line }).line;
      const mid = (l.x0 + l.x1) / 2;
      const em = l.size || 12;
      // Word centres a header between the margins: the middle of the text column, or of the page.
      const long = p.lines.filter((x) => x !== l && x.text.length >= LONG_LINE);
      const column = long.length ? (Math.min(...long.map((x) => x.x0)) + Math.max(...long.map((x) => x.x1))) / 2 : p.width / 2;
      if (Math.abs(mid - column) < em * 1.5 || Math.abs(mid - p.width / 2) < em) return 'center';
      return mid < column ? 'left' : 'right';
    });
  // The alignment most numbers have (a page of short lines can misplace the column's middle); none when no majority.
  const counts = new Map<string, number>();
  for (const a of aligns) counts.set(a, (counts.get(a) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  const align = n * 2 > aligns.length ? top : null;
  const sizes = later.map((p) => Math.round((numbers.get(p.page) as { line: Line }).line.size * 2) / 2).sort((a, b) => a - b);
  return { place, align, onFirstPage: numbers.get(1)?.place === place, size: sizes[Math.floor((sizes.length - 1) / 2)] ?? null };
}

/**
 * The rule under the Tiêu ngữ on page 1: a horizontal segment (stroked path or thin filled rectangle, from the
 * operator list the page reader went through) between the motto's descenders and one line below it, along at
 * least half of it. An image over that place may draw the rule: unknown. Undefined when page 1 has no Tiêu ngữ.
 */
export function pdfMottoRule(page: PageData | undefined): MottoRule | undefined {
  if (!page?.drawn) return undefined;
  const lines = [...page.lines, ...page.tables.flatMap((t) => t.rects.flatMap((r) => r.lines))];
  const line = lines.find((l) => MOTTO_RE.test(l.text.normalize('NFC')));
  if (!line) return undefined;
  // The motto's own extent when the line holds other text too (a header laid out with tabs).
  const match = MOTTO_RE.exec(line.text);
  const bits = match && line.pieces ? line.pieces.filter((p) => p.end > match.index && p.start < match.index + match[0].length).map((p) => p.bit) : [];
  const motto = bits.length ? { ...line, x0: Math.min(...bits.map((b) => b.x)), x1: Math.max(...bits.map((b) => b.x + b.w)) } : line;
  const lh = motto.size * 1.15;
  const textBottom = motto.y + motto.size * DESCENT;
  const lo = textBottom - lh * 0.5;
  const hi = textBottom + Math.max(BELOW_PT, lh);
  const textWidth = motto.x1 - motto.x0;
  const overlap = (from: number, to: number): number => Math.min(to, motto.x1) - Math.max(from, motto.x0);
  const segs = page.drawn.h.filter((s) => s.a >= lo && s.a <= hi && overlap(s.from, s.to) > Math.min(s.to - s.from, textWidth) / 2);
  const round = (v: number): number => Math.round(v * 10) / 10;
  if (segs.length > 0) {
    // The nearest one below the text; pieces of it at the same height joined.
    const first = segs.reduce((a, b) => (Math.abs(b.a - textBottom) < Math.abs(a.a - textBottom) ? b : a));
    const same = page.drawn.h.filter((s) => Math.abs(s.a - first.a) < 1 && overlap(s.from, s.to) > -2);
    const width = Math.max(...same.map((s) => s.to)) - Math.min(...same.map((s) => s.from));
    return { state: 'present', kind: 'path', widthPt: round(width), textWidthPt: round(textWidth), reason: null };
  }
  // A rule typed with characters on the next text line, under the motto.
  const typed = lines.find((l) => l !== line && l.y > motto.y && l.y - motto.y <= lh * 1.6 && overlap(l.x0, l.x1) > 0 && TYPED_RULE_RE.test(l.text));
  if (typed) return { state: 'present', kind: 'characters', widthPt: round(typed.x1 - typed.x0), textWidthPt: round(textWidth), reason: null };
  const covered = page.drawn.images.some((b) => b.y1 >= lo && b.y0 <= hi && Math.min(b.x1, motto.x1) > Math.max(b.x0, motto.x0));
  if (covered) return { state: 'unknown', kind: null, widthPt: null, textWidthPt: round(textWidth), reason: 'an image under the Tiêu ngữ' };
  return { state: 'absent', kind: null, widthPt: null, textWidthPt: round(textWidth), reason: null };
}

/** The presentation of a loaded PDF. `looks` are its paragraph blocks with the items they were laid out from. */
export function buildPdfPresentation(pages: readonly PageData[], doc: LoadedDocument, looks: readonly { item: ParagraphItem; block: ParagraphBlock }[], annotations: readonly PdfAnnotation[]): Presentation {
  const runs: FormatRun[] = [];
  const paragraphs: FormatParagraph[] = [];
  looks.forEach(({ item, block }, i) => {
    const look = item.look;
    if (!look) return;
    // The block's text is the item's text normalised (NFC, trimmed): offsets are carried over by proportion when
    // the lengths differ (rare: decomposed accents).
    const raw = item.text;
    const lead = raw.length - raw.trimStart().length;
    const rawLen = raw.trim().length;
    const len = block.end - block.start;
    const at = (o: number): number => block.start + Math.max(0, Math.min(len, rawLen === len ? o - lead : Math.round(((o - lead) * len) / Math.max(1, rawLen))));
    for (const r of look.runs) {
      const start = at(r.start);
      const end = at(r.end);
      if (end > start) runs.push({ start, end, font: r.font, size: r.size, bold: r.bold, italic: r.italic, underline: false, caps: false });
    }
    paragraphs.push({
      start: block.start,
      end: block.end,
      paragraph: i + 1,
      align: look.align,
      firstLineCm: null,
      spacingBeforePt: null,
      spacingAfterPt: null,
      line: null,
      leadingTab: false,
      numbered: false,
      inTable: false,
      ...(block.page !== undefined ? { page: block.page } : {}),
    });
  });
  runs.sort((a, b) => a.start - b.start);
  const numbers = new Map<number, { line: Line; place: 'header' | 'footer' }>();
  for (const p of pages) {
    const n = pageNumberLine(p);
    if (n) numbers.set(p.page, n);
  }
  const none = { count: 0, places: [] };
  const byKind = new Map<string, { count: number; pages: number[] }>();
  for (const a of annotations) {
    if (!isMarkup(a.subtype)) continue;
    const k = byKind.get(a.subtype) ?? { count: 0, pages: [] };
    k.count += 1;
    if (!k.pages.includes(a.page)) k.pages.push(a.page);
    byKind.set(a.subtype, k);
  }
  const integrity: Integrity = {
    insertions: none,
    deletions: none,
    moves: none,
    formatChanges: none,
    comments: none,
    hidden: none,
    highlight: none,
    annotations: [...byKind].map(([kind, v]) => ({ kind, count: v.count, pages: v.pages.sort((a, b) => a - b) })),
  };
  const mottoRule = pdfMottoRule(pages.find((p) => p.page === 1));
  return { format: 'pdf', sections: sections(pages, doc, numbers, pageNumbers(pages, numbers)), runs, paragraphs, integrity, ...(mottoRule ? { mottoRule } : {}) };
}
