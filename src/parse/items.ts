// Stage 1 of parsePlan: loaded blocks as lines in reading order, and the tables with their place among them.
// Header and signature layout tables (and one-cell frames after "Nơi nhận") are read as lines.
import type { Block, TableBlock } from '../load/types.js';
import { hasRecipientsHeading } from './footer.js';
import { cleanLine, type Line } from './lines.js';
import { pattern } from '../text/pattern.js';

const TITLE_RE = pattern(String.raw`^KẾ\s+HOẠCH(?![\p{L}\p{N}])`, 'u');

/** A body table and how many lines precede it (its position among the lines). */
export interface TableAt {
  block: TableBlock;
  at: number;
}

export interface LinesAndTables {
  lines: Line[];
  tablesAt: TableAt[];
}

type Item = { kind: 'line'; line: Line } | { kind: 'table'; block: TableBlock };

/** Header and signature layout tables are read as lines, in reading order. */
function isLayoutTable(block: TableBlock, beforeTitle: boolean): boolean {
  if (beforeTitle) return true;
  const cells = block.rows.flat().map((c) => c.text.trim());
  return cells.some((t) => hasRecipientsHeading(t) || /^Số\s*:/u.test(t) || /CỘNG\s+HÒA|Độc\s+lập\s*-/u.test(t));
}

/** A one-cell table after "Nơi nhận" is a frame around a footer line (the filing line, the signer's name). */
function isFooterFrame(block: TableBlock, afterRecipients: boolean): boolean {
  return afterRecipients && block.rows.length === 1 && block.rows[0]?.length === 1;
}

function toItems(blocks: readonly Block[]): Item[] {
  const titleBlock = blocks.findIndex((b) => b.kind === 'paragraph' && TITLE_RE.test(b.text.replace(/^\*+/u, '')));
  const recipientsBlock = blocks.findIndex((b) => b.kind === 'paragraph' && hasRecipientsHeading(b.text));
  const items: Item[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph') {
      const line: Line = { text: b.text, start: b.start, end: b.end, block: i };
      if (b.bold) line.bold = true;
      if (b.italic) line.italic = true;
      if (b.footnote) line.footnote = b.footnote;
      items.push({ kind: 'line', line: cleanLine(line) });
    } else if (isLayoutTable(b, titleBlock >= 0 && i < titleBlock) || isFooterFrame(b, recipientsBlock >= 0 && i > recipientsBlock)) {
      for (const row of b.rows) {
        for (const cell of row) {
          if (cell.text.trim() === '') continue;
          items.push({ kind: 'line', line: cleanLine({ text: cell.text, start: cell.start, end: cell.end, block: i }) });
        }
      }
    } else items.push({ kind: 'table', block: b });
  });
  return items;
}

/** The document's lines, and its body tables placed among them. */
export function readLines(blocks: readonly Block[]): LinesAndTables {
  const lines: Line[] = [];
  const tablesAt: TableAt[] = [];
  for (const it of toItems(blocks)) {
    if (it.kind === 'line') lines.push(it.line);
    else tablesAt.push({ block: it.block, at: lines.length });
  }
  return { lines, tablesAt };
}

/** The first index from `from` whose line passes `test`, -1 when none. */
export function firstIndex(lines: readonly Line[], from: number, test: (l: Line, i: number) => boolean): number {
  for (let i = from; i < lines.length; i++) if (test(lines[i] as Line, i)) return i;
  return -1;
}
