// Resolves spans to what a reader can find: line/column, section path ("III.2"), page, Word paragraph, excerpt.
import type { LoadedDocument } from '../load/types.js';
import type { Fix } from '../model/finding.js';
import type { PlanDocument, Section } from '../model/plan.js';
import type { Span } from '../model/span.js';
import { toSourceOffset } from '../text/normalize.js';

export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  sectionPath: string | null;
  page: number | null;
  paragraph: number | null;
  tableRow: TableRowRef | null;
  excerpt: string | null;
}

export interface TableRowRef {
  table: number;
  row: number;
  number: string | null;
}

function lineStarts(s: string): number[] {
  const starts = [0];
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the last entry whose key is <= value (entries sorted by key), or -1. */
function floorIndex<T>(items: readonly T[], value: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const EXCERPT_MAX = 160;

/** The location of a finding about the whole file (no span): line 1, nothing else. */
export const FILE_LOCATION: Readonly<Location> = Object.freeze({
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  sectionPath: null,
  page: null,
  paragraph: null,
  tableRow: null,
  excerpt: null,
});

/**
 * Word paragraph numbers as a reader counts them: only paragraphs with text (the empty ones Word shows as blank
 * lines are not counted), the paragraphs of table cells included, in document order. A paragraph split into
 * several blocks at line breaks keeps one number; a table block takes the number of its first paragraph.
 */
export function nonEmptyParagraphs(blocks: LoadedDocument['blocks']): { start: number; paragraph: number }[] {
  const out: { start: number; paragraph: number }[] = [];
  let n = 0;
  let last: number | undefined;
  for (const b of blocks) {
    if (b.paragraph === undefined) continue;
    if (b.kind === 'paragraph') {
      if (!b.text.trim()) continue;
      if (b.paragraph !== last) n++;
      last = b.paragraph;
      out.push({ start: b.start, paragraph: n });
    } else {
      out.push({ start: b.start, paragraph: n + 1 });
      for (const row of b.rows) for (const cell of row) n += cell.paragraphs.filter((t) => t.trim()).length;
      last = undefined;
    }
  }
  return out;
}

export class Locator {
  private readonly starts: number[];
  private readonly sections: { start: number; end: number; path: string }[] = [];
  private readonly paragraphs: { start: number; paragraph: number }[];
  private readonly rows: (TableRowRef & { start: number; end: number })[] = [];

  constructor(
    private readonly loaded: LoadedDocument,
    doc: PlanDocument,
  ) {
    this.starts = lineStarts(loaded.source);
    const walk = (ss: readonly Section[]): void => {
      for (const s of ss) {
        // Dash and plus items share their parent's path; only numbered parts are addresses.
        if (s.kind !== 'dash' && s.kind !== 'plus' && s.path) this.sections.push({ start: s.span.start, end: s.span.end, path: s.path });
        walk(s.children);
      }
    };
    walk(doc.sections);
    this.sections.sort((a, b) => a.start - b.start);
    doc.tables.forEach((t, ti) => {
      const numberColumn = t.columns.indexOf('number');
      t.rows.forEach((r, ri) => {
        const number = numberColumn >= 0 ? (r.cells[numberColumn]?.text.trim() ?? '') : '';
        this.rows.push({ start: r.span.start, end: r.span.end, table: ti + 1, row: ri + 1, number: number || null });
      });
    });
    this.rows.sort((a, b) => a.start - b.start);
    this.paragraphs = nonEmptyParagraphs(loaded.blocks);
  }

  private lineCol(offset: number): { line: number; column: number } {
    const src = toSourceOffset(this.loaded.map, offset);
    const idx = Math.max(0, floorIndex(this.starts, src, (x) => x));
    return { line: idx + 1, column: src - (this.starts[idx] ?? 0) + 1 };
  }

  sectionAt(offset: number): string | null {
    // The innermost numbered section containing the offset: the last one starting before it that still spans it.
    let i = floorIndex(this.sections, offset, (s) => s.start);
    while (i >= 0) {
      const s = this.sections[i] as { start: number; end: number; path: string };
      if (s.end >= offset) return s.path;
      i--;
    }
    return null;
  }

  /** The table row whose span holds the offset, if any. */
  tableRowAt(offset: number): TableRowRef | null {
    const i = floorIndex(this.rows, offset, (r) => r.start);
    const r = i >= 0 ? this.rows[i] : undefined;
    return r && offset < r.end ? { table: r.table, row: r.row, number: r.number } : null;
  }

  pageAt(offset: number): number | null {
    const pages = this.loaded.pages;
    if (!pages || pages.length === 0) {
      const block = floorIndex(this.loaded.blocks, offset, (b) => b.start);
      return block >= 0 ? (this.loaded.blocks[block]?.page ?? null) : null;
    }
    const i = floorIndex(pages, offset, (p) => p.start);
    return i >= 0 ? (pages[i]?.page ?? null) : null;
  }

  /** Where a fix's replaced span stands (line and column as for findings). */
  locateFix(fix: { span: Span; text: string }): Fix {
    const a = this.lineCol(fix.span.start);
    const b = this.lineCol(Math.max(fix.span.start, fix.span.end));
    return { text: fix.text, span: fix.span, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  locate(span: Span | null): Location {
    if (!span) return { ...FILE_LOCATION };
    const a = this.lineCol(span.start);
    const b = this.lineCol(Math.max(span.start, span.end));
    const srcStart = toSourceOffset(this.loaded.map, span.start);
    const srcEnd = toSourceOffset(this.loaded.map, span.end);
    let excerpt: string | null = this.loaded.source.slice(srcStart, srcEnd).replace(/\s+/gu, ' ').trim();
    if (excerpt.length > EXCERPT_MAX) excerpt = `${excerpt.slice(0, EXCERPT_MAX - 1)}…`;
    const para = floorIndex(this.paragraphs, span.start, (p) => p.start);
    return {
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      sectionPath: this.sectionAt(span.start),
      page: this.pageAt(span.start),
      paragraph: para >= 0 ? (this.paragraphs[para]?.paragraph ?? null) : null,
      tableRow: this.tableRowAt(span.start),
      excerpt: excerpt || null,
    };
  }
}
