// Loads a legacy Word 97-2003 .doc through word-extractor: paragraphs from line breaks, tables from cell marks.
import { isLayoutTable, layoutDocument, placeFootnotes, type CellItem, type Item, type ParagraphItem } from './layout.js';
import { LoadError, type LoadedDocument, type LoadWarning } from './types.js';

/** Loads a .doc. Throws LoadError('corrupt-doc'). */
export async function loadDoc(bytes: Uint8Array): Promise<LoadedDocument> {
  const WordExtractor = (await import('word-extractor')).default;
  let body: string;
  let footnotes: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = doc.getBody();
    footnotes = doc.getFootnotes();
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new LoadError('corrupt-doc', msg.split('\n')[0]?.slice(0, 300));
  }
  const warnings: LoadWarning[] = [];
  const { items, notes } = docTextToItems(body, footnotes);
  if (notes.length) warnings.push({ code: 'doc-footnote-reference-lost', detail: 'footnote reference marks are not in the .doc text' });
  warnings.push({ code: 'doc-no-formatting', detail: 'bold, italic and alignment are not available for .doc' });
  return layoutDocument('doc', placeFootnotes(items, notes), warnings, { encoding: 'doc' });
}

/**
 * Turns word-extractor text into items. In that text "\n" ends a paragraph and "\t" ends a table cell
 * (Word's cell mark 0x07); a row ends with one more cell mark, so a row of N cells reads as N+1 tabs.
 */
export function docTextToItems(body: string, footnoteText = ''): { items: Item[]; notes: ParagraphItem[] } {
  const paras = body.replace(/\r\n?/g, '\n').split('\n');
  const items: Item[] = [];
  let i = 0;
  while (i < paras.length) {
    const p = paras[i] ?? '';
    if (!p.includes('\t')) {
      if (p.trim()) items.push({ kind: 'paragraph', text: p });
      i++;
      continue;
    }
    // A table region: paragraphs up to the last one holding a cell mark (untabbed ones between are cell paragraphs).
    let j = i;
    let last = i;
    while (j < paras.length) {
      if ((paras[j] ?? '').includes('\t')) last = j;
      else if (!(paras.slice(j + 1, j + 4).some((x) => x.includes('\t')))) break;
      j++;
    }
    const region = paras.slice(i, last + 1).join('\n');
    const cut = region.lastIndexOf('\t');
    const tableText = region.slice(0, cut + 1);
    const after = region.slice(cut + 1);
    items.push(...tableItems(tableText));
    if (after.trim()) items.push({ kind: 'paragraph', text: after });
    i = last + 1;
  }
  const notes: ParagraphItem[] = footnoteText
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((text, k) => ({ kind: 'paragraph', text, footnote: String(k + 1) }));
  return { items, notes };
}

/** Cell tokens → rows, choosing the column count for which every row ends with the extra (empty) row mark. */
function tableItems(text: string): Item[] {
  const tokens = text.split('\t');
  tokens.pop(); // the text after the final mark
  const fits = (n: number): boolean => {
    if (tokens.length % (n + 1) !== 0) return false;
    for (let k = n; k < tokens.length; k += n + 1) if ((tokens[k] ?? '').trim() !== '') return false;
    return true;
  };
  const candidates: number[] = [];
  for (let n = 1; n <= Math.min(63, tokens.length - 1); n++) if (fits(n)) candidates.push(n);
  // Prefer a column count whose first row (the header) has no empty cell; else the smallest that fits.
  const full = candidates.find((n) => tokens.slice(0, n).every((t) => t.trim() !== ''));
  const n = full ?? candidates[0];
  const rows: string[][] = [];
  if (n === undefined) rows.push(tokens);
  else for (let k = 0; k < tokens.length; k += n + 1) rows.push(tokens.slice(k, k + n));
  const cells = rows.map((r) => r.map((t) => t.split('\n')));
  if (isLayoutTable(cells.flat().map((c) => c.join(' ')))) {
    return cells.flatMap((r) => r.flatMap((c) => c.map((text): ParagraphItem => ({ kind: 'paragraph', text }))));
  }
  const out: CellItem[][] = cells.map((r) => r.map((c) => ({ paragraphs: c, rowSpan: 1, colSpan: 1 })));
  return [{ kind: 'table', rows: out }];
}
