// The flow: page furniture removed, layout regions flattened, paragraphs rebuilt, tables joined across pages.
import { placeFootnotes, superscript, type Item, type ParagraphItem } from '../layout.js';
import type { LoadWarning } from '../types.js';
import type { Flow, Line, PageData } from './geometry.js';
import { joinLines, median } from './lines.js';
import { LogicalTable } from './logical-table.js';
import { continuesParagraph, paragraphItem } from './paragraphs.js';
import { layoutRegions, type RegionInfo } from './regions.js';

export function buildItems(pages: PageData[], warnings: LoadWarning[]): Item[] {
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
        const continues = table !== undefined && fi === 0 && table.endedPage && table.pageIndex === pi - 1 && sameColumns(table.xs, f.table.xs, f.table.borderless === true);
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

/** Same column boundaries (within 3 pt; within 12 pt for a borderless table, whose boundaries are estimates). */
function sameColumns(a: number[], b: number[], borderless: boolean): boolean {
  const tol = borderless ? 12 : 3;
  return a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] ?? Infinity)) <= tol);
}
