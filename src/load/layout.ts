// Lays out loader output (paragraphs and tables) as the shared LoadedDocument text: one paragraph per line, table rows as tab-joined cells.
import { identityMap, normalizeFragment } from '../text/normalize.js';
import type { Block, LoadedDocument, LoadWarning, PageRange, ParagraphBlock, RawCell, SourceFormat } from './types.js';

/** A paragraph as a loader found it, before layout. */
export interface ParagraphItem {
  kind: 'paragraph';
  text: string;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
  page?: number;
  paragraph?: number;
  footnote?: string;
  /** What a PDF's positions tell of the paragraph's look (read by the PDF presentation, pdf/presentation.ts). */
  look?: ItemLook;
}

/** Fonts and sizes of a paragraph's text (offsets into the item's `text`), and its alignment measured from positions. */
export interface ItemLook {
  runs: { start: number; end: number; font: string | null; size: number; bold: boolean | null; italic: boolean | null }[];
  /** "both" (justified), "center", "left", "right"; null when the lines do not tell. */
  align: string | null;
}

export interface CellItem {
  paragraphs: string[];
  rowSpan: number;
  colSpan: number;
  header?: boolean;
  page?: number;
}

export interface TableItem {
  kind: 'table';
  rows: CellItem[][];
  page?: number;
  paragraph?: number;
}

export type Item = ParagraphItem | TableItem;

/** Normalizes one line of text: NFC and folding, no line breaks or tabs, no outer spaces. */
export function cleanLine(s: string): string {
  return normalizeFragment(s).replace(/[\t\n\r]+/g, ' ').replace(CONTROL_RE, ' ').trim();
}

/**
 * C0 and C1 control characters other than tab and line ends. A document has no use for them, and printed in
 * a report (ESC, CSI) they would drive the reader's terminal: clear the screen, set its title, fake output.
 */
export const CONTROL_RE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/gu;

/** Builds the LoadedDocument from items in reading order. Empty paragraphs and empty tables are dropped. */
export function layoutDocument(
  format: SourceFormat,
  items: Item[],
  warnings: LoadWarning[],
  extra: { encoding?: string; pageCount?: number; onParagraph?: (item: ParagraphItem, block: ParagraphBlock) => void } = {},
): LoadedDocument {
  const parts: string[] = [];
  const blocks: Block[] = [];
  let pos = 0;
  const newline = (): void => {
    if (pos > 0) {
      parts.push('\n');
      pos += 1;
    }
  };
  for (const item of items) {
    if (item.kind === 'paragraph') {
      const text = cleanLine(item.text);
      if (!text) continue;
      newline();
      const start = pos;
      parts.push(text);
      pos += text.length;
      const block: Block = { kind: 'paragraph', start, end: pos, text };
      if (item.bold) block.bold = true;
      if (item.italic) block.italic = true;
      if (item.align) block.align = item.align;
      if (item.page !== undefined) block.page = item.page;
      if (item.paragraph !== undefined) block.paragraph = item.paragraph;
      if (item.footnote !== undefined) block.footnote = item.footnote;
      blocks.push(block);
      extra.onParagraph?.(item, block);
      continue;
    }
    const rows = item.rows.filter((r) => r.length > 0);
    if (rows.length === 0) continue;
    newline();
    const tableStart = pos;
    const outRows: RawCell[][] = [];
    rows.forEach((row, r) => {
      if (r > 0) {
        parts.push('\n');
        pos += 1;
      }
      const cells: RawCell[] = [];
      row.forEach((cell, c) => {
        if (c > 0) {
          parts.push('\t');
          pos += 1;
        }
        const paragraphs = cell.paragraphs.map(cleanLine).filter((p) => p !== '');
        const text = paragraphs.join(' ');
        const start = pos;
        parts.push(text);
        pos += text.length;
        const raw: RawCell = {
          text,
          paragraphs: paragraphs.length ? paragraphs : [''],
          start,
          end: pos,
          rowSpan: Math.max(1, cell.rowSpan),
          colSpan: Math.max(1, cell.colSpan),
        };
        if (cell.header) raw.header = true;
        if (cell.page !== undefined) raw.page = cell.page;
        cells.push(raw);
      });
      outRows.push(cells);
    });
    const block: Block = { kind: 'table', start: tableStart, end: pos, rows: outRows };
    if (item.page !== undefined) block.page = item.page;
    if (item.paragraph !== undefined) block.paragraph = item.paragraph;
    blocks.push(block);
  }
  const text = parts.join('');
  const doc: LoadedDocument = {
    format,
    encoding: extra.encoding ?? format,
    text,
    blocks,
    map: identityMap(),
    source: text,
    warnings,
  };
  const pages = pageRanges(blocks);
  if (pages.length) doc.pages = pages;
  if (extra.pageCount !== undefined) doc.pageCount = extra.pageCount;
  return doc;
}

function pageRanges(blocks: Block[]): PageRange[] {
  const byPage = new Map<number, PageRange>();
  const touch = (page: number | undefined, start: number, end: number): void => {
    if (page === undefined) return;
    const r = byPage.get(page);
    if (!r) byPage.set(page, { page, start, end });
    else {
      r.start = Math.min(r.start, start);
      r.end = Math.max(r.end, end);
    }
  };
  for (const b of blocks) {
    if (b.kind === 'paragraph') touch(b.page, b.start, b.end);
    else {
      let any = false;
      for (const row of b.rows) {
        for (const cell of row) {
          if (cell.page !== undefined) {
            touch(cell.page, cell.start, cell.end);
            any = true;
          }
        }
      }
      if (!any) touch(b.page, b.start, b.end);
    }
  }
  return [...byPage.values()].sort((a, b) => a.page - b.page);
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "12" → "¹²": how a footnote reference reads in running text (as the .txt renditions show it). */
export function superscript(marker: string): string {
  return Array.from(marker, (c) => (c >= '0' && c <= '9' ? (SUPERSCRIPT_DIGITS[Number(c)] ?? c) : c)).join('');
}

/** A layout table is recognised by content: the "Số:" / date header or the "Nơi nhận" / signature table. */
export function isLayoutTable(cellTexts: string[]): boolean {
  return cellTexts.some((t) => {
    const s = t.trim();
    return /^Số\s*:/u.test(s) || /Nơi\s+nhận/iu.test(s) || /CỘNG\s+HÒA\s+XÃ\s+HỘI/u.test(s) || /Độc\s+lập\s*[-–—]\s*Tự\s+do/u.test(s);
  });
}

/** The appendix title line ("Phụ lục", "PHỤ LỤC I", "Phụ lục: …"), before which footnote bodies go. */
export function isAppendixTitle(text: string): boolean {
  const s = text.trim().normalize('NFC');
  return s.length < 200 && /^phụ\s+lục(?:\s|:|$)/iu.test(s);
}

/** Inserts footnote bodies at the end of the main body: before the appendix title, else at the end. */
export function placeFootnotes(items: Item[], footnotes: ParagraphItem[]): Item[] {
  if (footnotes.length === 0) return items;
  const at = items.findIndex((it, i) => i > 0 && it.kind === 'paragraph' && isAppendixTitle(it.text));
  if (at < 0) return [...items, ...footnotes];
  return [...items.slice(0, at), ...footnotes, ...items.slice(at)];
}
