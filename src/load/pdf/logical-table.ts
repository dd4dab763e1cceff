// Tables joined across pages: repeated header rows dropped, a row split by the page break made one again.
import type { CellItem, Item } from '../layout.js';
import type { PageTable, Rect } from './geometry.js';
import { joinLines } from './lines.js';

export class LogicalTable {
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
    while (k < t.rowCount && k < this.first.rowCount && sameHeader(this.rowTexts(t, k), this.rowTexts(this.first, k))) k++;
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

/**
 * Whether a row repeats a header row: the same text, or — read by OCR, where a word of either may be misread
 * ("trì" read "tn") — the same cells with at most one character in twelve different.
 */
function sameHeader(a: string, b: string): boolean {
  if (!a.trim()) return false;
  if (a === b) return true;
  if (a.split('\t').length !== b.split('\t').length) return false;
  return editDistance(a, b) * 12 <= Math.max(a.length, b.length);
}

/** Levenshtein distance (two rows of the table; header rows are short). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] as number;
}
