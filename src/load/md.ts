// Loads a Markdown plan (.md): CommonMark + GFM tables through mdast-util-from-markdown, laid out as the
// shared LoadedDocument (one paragraph per line, table rows as tab-joined cells) with a map to the source.
//
// Markdown that legal websites publish carries Word layout in three ways this loader undoes:
// - hard-wrapped lines: the soft line breaks of one paragraph are joined with a space, except where the
//   line structure is evidently a paragraph boundary (a whole-line bold/italic title, a line that starts with
//   a numbering marker after a line that ends a sentence, a signature title, a capitals line before text);
// - the header and footer two-column tables flattened into lines between lone `|` lines: every `|` line is a
//   boundary and is dropped, so each cell's lines reach the parser as paragraphs, like a Word layout table;
// - unmatched emphasis delimiters ("**ỦY BAN NHÂN DÂN" / "**", "DÂN **") that CommonMark leaves as literal
//   stars: they are removed, and the lines between them are treated as one bold span.
// The work is split by job under ./md/: the CommonMark tree read into lines (builder, source-text), unmatched
// emphasis (emphasis), soft line breaks (paragraphs), flattened tables (pipe-tables), layout, and the guard.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { decodeText } from './decode.js';
import { CONTROL_RE } from './layout.js';
import { normalizeText, type OffsetMap } from '../text/normalize.js';
import { LoadError, type Block, type LoadedDocument } from './types.js';
import { Builder } from './md/builder.js';
import { guardDelimiters } from './md/guard.js';
import { layout } from './md/layout.js';

/** Parses Markdown (already decoded and normalized) into blocks laid out as text, with offsets into `normalized`. */
export function markdownLayout(normalized: string, normMap: OffsetMap): { text: string; map: OffsetMap; blocks: Block[] } {
  const guarded = guardDelimiters(normalized);
  const tree = fromMarkdown(guarded, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const builder = new Builder(guarded);
  builder.block(tree, 0);
  return layout(builder.outs, normMap);
}

/** Loads a .md; `maxChars` rejects a longer decoded text before it is parsed (LoadError 'text-too-long'). */
export function loadMd(bytes: Uint8Array, options: { maxChars?: number } = {}): LoadedDocument {
  const decoded = decodeText(bytes);
  // Control characters become spaces (same length: offsets stay true), as for .txt.
  decoded.text = decoded.text.replace(CONTROL_RE, ' ');
  if (options.maxChars !== undefined && decoded.text.length > options.maxChars) {
    throw new LoadError('text-too-long', `${decoded.text.length.toLocaleString('en')} characters > limit ${options.maxChars.toLocaleString('en')}`);
  }
  const normalized = normalizeText(decoded.text);
  const { text, map, blocks } = markdownLayout(normalized.text, normalized.map);
  return { format: 'md', encoding: decoded.encoding, text, blocks, map, source: decoded.text, warnings: [] };
}
