// Stage 5 of parsePlan: tables and appendices. Body tables are read one by one; the parts of an appendix
// table joined with the area headings typed between them; each appendix with its title, reference and tables.
import type { TableBlock } from '../load/types.js';
import type { Appendix, Table } from '../model/plan.js';
import { isFootnote } from './body.js';
import type { TableAt } from './items.js';
import { toRef, type Line } from './lines.js';
import { isCapsHeading } from './markers.js';
import { buildTable } from './table.js';
import { isAppendixHeading, type Zones } from './zones.js';
import { pattern } from '../text/pattern.js';

const ATTACHED_RE = pattern(String.raw`^\(?\s*(Kèm\s+theo|Ban\s+hành\s+kèm\s+theo)(?![\p{L}\p{N}])`, 'iu');

export interface TablesRead {
  tables: Table[];
  /** For each table, the index of the appendix it stands in (-1: the body). */
  tableAppendix: number[];
  /** Line index of each appendix heading. */
  appendixStarts: number[];
}

export function readTables(lines: readonly Line[], tablesAt: readonly TableAt[], zones: Zones): TablesRead {
  const appendixStarts: number[] = [];
  if (zones.appendixAt >= 0) {
    for (let i = zones.appendixAt; i < zones.end; i++) if (isAppendixHeading(lines[i] as Line)) appendixStarts.push(i);
  }
  const appendixOf = (at: number): number => {
    let idx = -1;
    appendixStarts.forEach((s, k) => {
      if (at > s) idx = k;
    });
    return idx;
  };
  type Part = TableBlock | { areaText: string; start: number; end: number };
  const groups: { parts: Part[]; appendix: number }[] = [];
  let prevAt = -1;
  for (const { block, at } of tablesAt) {
    const appendix = appendixOf(at);
    const last = groups[groups.length - 1];
    const between = prevAt >= 0 ? lines.slice(prevAt, at) : [];
    const onlyAreas = between.every((l) => /^[IVXL]{1,6}\s*[.)]\s*\p{Lu}/u.test(l.text) && isCapsHeading(l.text));
    if (last && appendix >= 0 && last.appendix === appendix && onlyAreas) {
      for (const l of between) last.parts.push({ areaText: l.text, start: l.start, end: l.end });
      last.parts.push(block);
    } else groups.push({ parts: [block], appendix });
    prevAt = at;
  }
  const tables: Table[] = [];
  const tableAppendix: number[] = [];
  for (const g of groups) {
    tables.push(buildTable(g.parts));
    tableAppendix.push(g.appendix);
  }
  return { tables, tableAppendix, appendixStarts };
}

/** Each appendix: its title (the lines under the heading), its "Kèm theo …" reference, its span and tables. */
export function readAppendices(lines: readonly Line[], read: TablesRead, end: number): Appendix[] {
  const { tables, tableAppendix, appendixStarts } = read;
  const appendices: Appendix[] = [];
  appendixStarts.forEach((s, k) => {
    const stop = appendixStarts[k + 1] ?? end;
    const head = lines[s] as Line;
    let title = toRef(head);
    let reference = null;
    const titleParts: Line[] = [];
    for (let i = s + 1; i < stop && i < s + 6; i++) {
      const l = lines[i] as Line;
      if (ATTACHED_RE.test(l.text)) {
        reference = toRef(l);
        break;
      }
      if (isFootnote(l)) break;
      titleParts.push(l);
    }
    if (titleParts.length > 0) {
      const first = titleParts[0] as Line;
      const lastPart = titleParts[titleParts.length - 1] as Line;
      title = { text: titleParts.map((l) => l.text).join(' '), span: { start: first.start, end: lastPart.end } };
    }
    const indices = tableAppendix.flatMap((a, i) => (a === k ? [i] : []));
    const lastLine = lines[stop - 1] as Line;
    const spanEnd = indices.reduce((m, i) => Math.max(m, (tables[i] as Table).span.end), lastLine.end);
    appendices.push({ title, reference, span: { start: head.start, end: spanEnd }, tables: indices });
  });
  return appendices;
}
