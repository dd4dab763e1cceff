// Tables drawn without ruling lines (a common Word export of an appendix): rebuilt from the text positions alone.
// The header row is a line that starts with "TT"/"STT" and has at least three more pieces of text separated by
// gaps; the columns are the gutters (x ranges no text crosses) between the header's pieces, found in the text of
// the header and the rows below; a row starts at a line with a number (1, 2, I, a) …) in the "TT" column, and the
// lines below it up to the next such line are its multi-line cells. A page whose table continues from the
// previous page is read with that page's columns, from its top (after a repeated header, if any).
import type { Line, PageTable, Rect, TextBit } from './geometry.js';
import { cellParagraphs, groupLines } from './lines.js';

const TT_HEADER = /^(?:S[ốố]?\s*TT|STT|TT)\.?$/iu;
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?|[a-zđ][).])$/u;

/** The columns of a borderless table: x boundaries (left edge, gutters, right edge). */
export interface BorderlessColumns {
  xs: number[];
}

interface Found {
  table: PageTable;
  columns: BorderlessColumns;
  used: Set<Line>;
}

/** Pieces of a line with gaps wider than 1 em between them merged into spans. */
function spans(line: Line): { x0: number; x1: number; bits: TextBit[] }[] {
  const out: { x0: number; x1: number; bits: TextBit[] }[] = [];
  for (const b of line.bits) {
    const last = out[out.length - 1];
    if (last && b.x - last.x1 <= Math.max(b.size, 1) * 0.9) {
      last.x1 = Math.max(last.x1, b.x + b.w);
      last.bits.push(b);
    } else out.push({ x0: b.x, x1: b.x + b.w, bits: [b] });
  }
  return out;
}

function isHeaderLine(line: Line): boolean {
  const s = spans(line);
  return s.length >= 4 && TT_HEADER.test((s[0]?.bits.map((b) => b.str).join(' ') ?? '').trim());
}

/**
 * Column boundaries from the header spans and the rows' text: between two header columns, the widest x range that
 * no text crosses (text crossing a header column's centre is a merged group row, left out); the middle of the
 * space between the two header pieces when none is free.
 */
function columnsOf(headerSpans: { x0: number; x1: number }[], body: Line[]): BorderlessColumns {
  const centres = headerSpans.map((s) => (s.x0 + s.x1) / 2);
  const covered: [number, number][] = [];
  for (const l of body) {
    for (const s of spans(l)) {
      // A merged group row's title crosses the header columns: as one text piece, or word by word (OCR).
      if (centres.filter((c) => c > s.x0 && c < s.x1).length > 1) continue;
      for (const b of s.bits) {
        const crosses = centres.filter((c) => c > b.x && c < b.x + b.w).length;
        if (crosses > 1) continue;
        covered.push([b.x, b.x + b.w]);
      }
    }
  }
  for (const s of headerSpans) covered.push([s.x0, s.x1]);
  covered.sort((a, b) => a[0] - b[0]);
  const xs = [Math.min(...covered.map((c) => c[0])) - 1];
  for (let k = 0; k + 1 < headerSpans.length; k++) {
    const a = headerSpans[k] as { x1: number };
    const b = headerSpans[k + 1] as { x0: number };
    // Free intervals between a.x1 and b.x0 … widened to where the covering text lets them.
    const lo = centres[k] as number;
    const hi = centres[k + 1] as number;
    let best: [number, number] | undefined;
    let reach = lo;
    for (const [s, e] of covered) {
      if (e <= reach) continue;
      if (s >= hi) break;
      if (s > reach && (!best || s - reach > best[1] - best[0])) best = [reach, s];
      reach = Math.max(reach, e);
    }
    if (reach < hi && (!best || hi - reach > best[1] - best[0])) best = [reach, hi];
    xs.push(best && best[1] - best[0] >= 1 ? (best[0] + best[1]) / 2 : (a.x1 + b.x0) / 2);
  }
  xs.push(Math.max(...covered.map((c) => c[1])) + 1);
  return { xs };
}

function columnOf(xs: number[], x: number): number {
  for (let c = 0; c + 1 < xs.length; c++) if (x < (xs[c + 1] as number)) return c;
  return xs.length - 2;
}

/** Whether a line fits the columns: no piece of it crosses a boundary, except a title in a merged group row. */
function fits(line: Line, xs: number[]): boolean {
  if (line.x0 < (xs[0] as number) - 6 || line.x1 > (xs[xs.length - 1] as number) + 6) return false;
  for (const b of line.bits) {
    const c0 = columnOf(xs, b.x + 0.5);
    const c1 = columnOf(xs, b.x + b.w - 0.5);
    if (c1 !== c0 && !(ROW_NUMBER.test(line.bits[0]?.str ?? '') && (line.bits.length <= 2 || isGroupTitle(line)))) return false;
  }
  return true;
}

/** A group row's number and its title in capitals, as separate words (OCR gives one piece per word). */
function isGroupTitle(line: Line): boolean {
  const title = line.bits.slice(1).map((b) => b.str).join(' ');
  return /\p{Lu}/u.test(title) && !/\p{Ll}/u.test(title);
}

/** A row starts at a line whose "TT" column holds a row number. */
function startsRow(line: Line, xs: number[]): boolean {
  const first = line.bits[0];
  return first !== undefined && columnOf(xs, first.x + 0.5) === 0 && ROW_NUMBER.test(first.str.trim());
}

function buildTable(rows: Line[][], xs: number[], page: number): PageTable {
  const nC = xs.length - 1;
  const rects: Rect[] = [];
  // A cell's right edge for paragraph breaks: where the column's text ends (its boundary is mid-gutter).
  const textRight = xs.slice(1).map(() => -Infinity);
  for (const l of rows.flat()) {
    for (const b of l.bits) {
      const c = columnOf(xs, b.x + 0.5);
      if (columnOf(xs, b.x + b.w - 0.5) === c) textRight[c] = Math.max(textRight[c] as number, b.x + b.w);
    }
  }
  const rightOf = (c: number): number => (Number.isFinite(textRight[c]) ? (textRight[c] as number) : (xs[c + 1] as number));
  const ys: number[] = [];
  rows.forEach((lines, r) => {
    ys.push(Math.min(...lines.map((l) => l.y - l.size)));
    const byCol: TextBit[][] = Array.from({ length: nC }, () => []);
    let spanFrom = -1;
    // A group row read word by word (OCR): its number, then its whole title in the merged cell after it.
    const only = lines.length === 1 ? lines[0] : undefined;
    if (only && only.bits.length > 2 && nC > 1 && ROW_NUMBER.test(only.bits[0]?.str ?? '') && isGroupTitle(only) && columnOf(xs, (only.bits[0] as TextBit).x + 0.5) === 0) {
      (byCol[0] as TextBit[]).push(only.bits[0] as TextBit);
      (byCol[1] as TextBit[]).push(...only.bits.slice(1));
      spanFrom = 1;
    }
    for (const l of spanFrom >= 0 ? [] : lines) {
      for (const b of l.bits) {
        const c0 = columnOf(xs, b.x + 0.5);
        const c1 = columnOf(xs, b.x + b.w - 0.5);
        if (c1 > c0 && spanFrom < 0) spanFrom = c0;
        (byCol[c0] as TextBit[]).push(b);
      }
    }
    // A group row ("II" + an upper-case title, nothing else) is one merged cell after its number, as Word draws it.
    const title = (byCol[1] ?? []).map((b) => b.str).join(' ');
    if (spanFrom < 0 && byCol.slice(2).every((bs) => bs.length === 0) && /\p{Lu}/u.test(title) && !/\p{Ll}/u.test(title) && ROW_NUMBER.test((byCol[0] ?? []).map((b) => b.str).join(''))) spanFrom = 1;
    for (let c = 0; c < nC; c++) {
      // A group row's title running over the next columns is one merged cell to the end of the row.
      if (spanFrom >= 0 && c === spanFrom && byCol.slice(c + 1).every((bs) => bs.length === 0)) {
        const cellLines = groupLines((byCol[c] as TextBit[]).map((b) => ({ ...b })), page);
        rects.push({ r0: r, r1: r, c0: c, c1: nC - 1, lines: cellLines, paragraphs: cellParagraphs(cellLines, xs[c] as number, Math.max(...cellLines.map((x) => x.x1))), page });
        break;
      }
      const cellLines = groupLines((byCol[c] as TextBit[]).map((b) => ({ ...b })), page);
      rects.push({ r0: r, r1: r, c0: c, c1: c, lines: cellLines, paragraphs: cellParagraphs(cellLines, xs[c] as number, rightOf(c)), page });
    }
  });
  const last = rows[rows.length - 1] ?? [];
  const bottom = Math.max(...last.map((l) => l.y + l.size * 0.3));
  ys.push(bottom);
  return { top: ys[0] as number, bottom, left: xs[0] as number, right: xs[nC] as number, xs, ys, rects, rowCount: rows.length, borderless: true };
}

/**
 * Finds a borderless table among a page's lines (sorted by y). `carried` are the columns of a borderless table
 * that ended the previous page: the page's first lines that fit them continue it.
 */
export function findBorderlessTable(lines: Line[], page: number, carried?: BorderlessColumns): Found | undefined {
  let start = -1;
  let columns: BorderlessColumns | undefined;
  let headerLines: Line[] = [];
  const headerAt = lines.findIndex(isHeaderLine);
  if (headerAt >= 0) {
    const head = lines[headerAt] as Line;
    headerLines = [head];
    const headSpans = spans(head);
    // Pieces of the wrapped header lines join the header column they sit under (header cells are centred: a
    // piece off its column's centre is the first row's text, and ends the header).
    const merged = headSpans.map((s) => ({ x0: s.x0, x1: s.x1 }));
    const underOf = (s: { x0: number; x1: number }): { x0: number; x1: number } | undefined =>
      merged.find((m) => Math.abs((m.x0 + m.x1) / 2 - (s.x0 + s.x1) / 2) <= Math.max(m.x1 - m.x0, s.x1 - s.x0) / 4 + 3);
    let k = headerAt + 1;
    while (k < lines.length) {
      const l = lines[k] as Line;
      if (l.y - ((lines[k - 1] as Line).y) >= head.size * 1.6 || ROW_NUMBER.test(l.bits[0]?.str ?? '')) break;
      const pieces = spans(l);
      if (!pieces.every((s) => underOf(s) !== undefined)) break;
      for (const s of pieces) {
        const m = underOf(s) as { x0: number; x1: number };
        m.x0 = Math.min(m.x0, s.x0);
        m.x1 = Math.max(m.x1, s.x1);
      }
      headerLines.push(l);
      k++;
    }
    const body = lines.slice(k, k + 60);
    // A header repeated at the top of a page whose table goes on from the previous page keeps that table's
    // columns (those measured again from OCR text differ by a few points).
    const repeated = carried && headerAt <= 1 && carried.xs.length === merged.length + 1;
    columns = repeated ? carried : columnsOf(merged, body);
    if (!lines.slice(k).some((l) => startsRow(l, (columns as BorderlessColumns).xs))) return undefined;
    start = k;
  } else if (carried) {
    columns = carried;
    start = 0;
  } else return undefined;
  const xs = columns.xs;
  const rows: Line[][] = [];
  if (headerLines.length) rows.push(headerLines);
  const used = new Set<Line>(headerLines);
  let current: Line[] | undefined;
  let prev: Line | undefined = headerLines[headerLines.length - 1];
  for (let i = start; i < lines.length; i++) {
    const l = lines[i] as Line;
    // A running page number above a continued table is page furniture, not a row.
    if (i === 0 && !headerLines.length && /^\d{1,4}$/u.test(l.text) && columnOf(xs, l.x0) !== 0) continue;
    if (prev && l.y - prev.y > l.size * 3.2) break;
    if (!fits(l, xs)) break;
    if (startsRow(l, xs) || !current) {
      // Before the first numbered row only a continued row (from the previous page) may stand.
      if (!startsRow(l, xs) && !carried) break;
      current = [];
      rows.push(current);
    }
    current.push(l);
    used.add(l);
    prev = l;
  }
  const dataRows = rows.length - (headerLines.length ? 1 : 0);
  if (dataRows < 1) return undefined;
  return { table: buildTable(rows, xs, page), columns, used };
}
