// Loads a .txt plan: decode, normalize once, and cut the text into paragraph and table blocks.
import { decodeText } from './decode.js';
import { CONTROL_RE } from './layout.js';
import { normalizeText } from '../text/normalize.js';
import { LoadError, type Block, type LoadedDocument, type RawCell, type TableBlock } from './types.js';

// HTML fragments that web exports leave inside tab-separated cells (seed001: <p>, <ul><li>).
const CELL_TAG = /<\/?(?:p|ul|ol|li|br|span|div|strong|b|i|em)\b[^<>]{0,200}>/giu;

/** Blanks HTML fragments with spaces of the same length so offsets stay true. */
function blankTags(s: string): string {
  return s.replace(CELL_TAG, (m) => ' '.repeat(m.length));
}

/** Splits a cell into its paragraphs: at <p>/<li> boundaries and at "; - " flattened list items. */
function cellParagraphs(raw: string): string[] {
  const parts = raw
    .split(/<\/?(?:p|li|br)\b[^<>]{0,200}>/iu)
    .map((p) => blankTags(p).replace(/\s+/gu, ' ').trim())
    .filter((p) => p.length > 0);
  const out: string[] = [];
  for (const p of parts) out.push(...p.split(/(?<=;)\s+(?=-\s)/u));
  return out.length > 0 ? out : [''];
}

function makeCell(lineStart: number, cellStart: number, raw: string): RawCell {
  const blanked = blankTags(raw);
  const lead = blanked.length - blanked.trimStart().length;
  const trimmed = blanked.trim();
  const start = lineStart + cellStart + lead;
  return {
    text: trimmed,
    paragraphs: cellParagraphs(raw),
    start,
    end: start + trimmed.length,
    rowSpan: 1,
    colSpan: 1,
  };
}

/** Builds blocks from normalized text: one paragraph per non-blank line; runs of tabbed lines form a table. */
export function blocksFromLines(text: string): Block[] {
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    if (line.includes('\t') && line.replace(/\t/gu, '').trim().length > 0) {
      const cells: RawCell[] = [];
      let offset = 0;
      for (const raw of line.split('\t')) {
        cells.push(makeCell(pos, offset, raw));
        offset += raw.length + 1;
      }
      // Trailing empty cells from a trailing tab are kept: column positions matter.
      if (!table) {
        table = { kind: 'table', start: pos, end: nl, rows: [] };
        blocks.push(table);
      }
      table.rows.push(cells);
      table.end = nl;
    } else if (line.trim().length > 0) {
      table = null;
      const lead = line.length - line.trimStart().length;
      const body = line.trim();
      blocks.push({ kind: 'paragraph', start: pos + lead, end: pos + lead + body.length, text: body });
    }
    // Blank lines keep an open table open (page breaks leave blank lines between rows).
    pos = nl + 1;
  }
  return blocks;
}

/** Loads a .txt; `maxChars` rejects a longer decoded text before it is normalized (LoadError 'text-too-long'). */
export function loadTxt(bytes: Uint8Array, options: { maxChars?: number } = {}): LoadedDocument {
  const decoded = decodeText(bytes);
  // Control characters become spaces (same length: offsets stay true), so no report can carry them (see CONTROL_RE).
  decoded.text = decoded.text.replace(CONTROL_RE, ' ');
  if (options.maxChars !== undefined && decoded.text.length > options.maxChars) {
    throw new LoadError('text-too-long', `${decoded.text.length.toLocaleString('en')} characters > limit ${options.maxChars.toLocaleString('en')}`);
  }
  const { text, map } = normalizeText(decoded.text);
  return {
    format: 'txt',
    encoding: decoded.encoding,
    text,
    blocks: blocksFromLines(text),
    map,
    source: decoded.text,
    warnings: [],
  };
}
