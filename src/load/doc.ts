// Loads a legacy Word 97-2003 .doc through word-extractor: paragraphs from line breaks, tables from cell marks.
import { isLayoutTable, layoutDocument, placeFootnotes, type CellItem, type Item, type ParagraphItem } from './layout.js';
import { LoadError, type LoadedDocument, type LoadWarning } from './types.js';

/** Loads a .doc. Throws LoadError('corrupt-doc'). */
export async function loadDoc(bytes: Uint8Array): Promise<LoadedDocument> {
  checkCompoundFile(bytes);
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

// ---------------------------------------------------------------------------------------------
// word-extractor follows sector chains without bounds: a chain that loops (A → B → A) grows an array until V8
// aborts the whole process (a native crash no try/catch or worker heap limit stops). The compound-file
// structure it walks is therefore checked first, every chain bounded by the number of sectors.

const ENTRY_SIZE = 128;
const STORAGE = 1;
const STREAM = 2;
const ROOT = 5;

const corrupt = (detail: string): LoadError => new LoadError('corrupt-doc', detail);

/**
 * Checks the OLE compound file structure word-extractor reads (header, master and sector allocation tables,
 * short-sector table, directory and every stream's chain, directory tree): every sector id in range and no
 * chain or tree that loops. Throws LoadError('corrupt-doc') naming what is wrong. Linear in the file size.
 */
export function checkCompoundFile(bytes: Uint8Array): void {
  if (bytes.length < 512) throw corrupt('shorter than the 512-byte compound file header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const secShift = view.getInt16(30, true);
  const miniShift = view.getInt16(32, true);
  // The format uses 512- or 4096-byte sectors and 64-byte short sectors; other shifts are damage.
  if (secShift < 7 || secShift > 16 || miniShift < 2 || miniShift > secShift) throw corrupt(`impossible sector sizes (shift ${secShift}/${miniShift})`);
  const secSize = 1 << secShift;
  const perSector = secSize / 4;
  const sectors = Math.ceil((bytes.length - 512) / secSize);
  const satSize = view.getInt32(44, true);
  const dirStart = view.getInt32(48, true);
  const miniCutoff = view.getInt32(56, true);
  const ssatStart = view.getInt32(60, true);
  const msatStart = view.getInt32(68, true);
  const msatSize = view.getInt32(72, true);
  if (satSize < 1 || satSize > sectors) throw corrupt(`the allocation table claims ${satSize} sectors of ${sectors}`);
  if (msatSize < 0 || msatSize > sectors) throw corrupt(`the master allocation table claims ${msatSize} sectors of ${sectors}`);
  const inRange = (id: number): boolean => Number.isInteger(id) && id >= 0 && id < sectors;
  const int32At = (sector: number, k: number): number => {
    const at = 512 + sector * secSize + 4 * k;
    return at + 4 <= bytes.length ? view.getInt32(at, true) : 0; // a truncated sector reads as zeros, as word-extractor does
  };

  // Master allocation table: 109 ids in the header, then a chain of sectors (read for msatSize sectors).
  const msat: number[] = [];
  for (let i = 0; i < 109 && msat.length < satSize; i++) msat.push(view.getInt32(76 + 4 * i, true));
  const msatSeen = new Set<number>();
  for (let i = 0, id = msatStart; i < msatSize && msat.length < satSize; i++) {
    if (!inRange(id) || msatSeen.has(id)) throw corrupt(`the master allocation table chain is broken or loops at sector ${id}`);
    msatSeen.add(id);
    for (let k = 0; k < perSector - 1 && msat.length < satSize; k++) msat.push(int32At(id, k));
    id = int32At(id, perSector - 1);
  }
  if (msat.length < satSize) throw corrupt('the master allocation table is shorter than the allocation table');
  const sat = new Int32Array(satSize * perSector);
  msat.forEach((id, i) => {
    if (!inRange(id)) throw corrupt(`allocation table sector ${id} is outside the file`);
    for (let k = 0; k < perSector; k++) sat[i * perSector + k] = int32At(id, k);
  });

  /** A chain as word-extractor follows it (until an id below 0, or past the table), refusing any that loops. */
  const chain = (table: Int32Array, start: number, what: string): number[] => {
    const ids: number[] = [];
    const seen = new Uint8Array(table.length);
    for (let id = start; id >= 0; ) {
      if (id < table.length) {
        if (seen[id]) throw corrupt(`the sector chain of ${what} loops (sector ${id} is reached twice)`);
        seen[id] = 1;
      }
      ids.push(id);
      if (id >= table.length) break;
      id = table[id] as number;
    }
    return ids;
  };

  const ssatIds = chain(sat, ssatStart, 'the short-sector allocation table');
  const ssat = new Int32Array(ssatIds.length * perSector);
  ssatIds.forEach((id, i) => {
    for (let k = 0; k < perSector; k++) ssat[i * perSector + k] = inRange(id) ? int32At(id, k) : 0;
  });
  const dirIds = chain(sat, dirStart, 'the directory');
  const count = (dirIds.length * secSize) / ENTRY_SIZE;
  const entry = (i: number): { type: number; left: number; right: number; child: number; start: number; size: number } => {
    const sector = dirIds[Math.floor((i * ENTRY_SIZE) / secSize)] as number;
    const at = 512 + sector * secSize + ((i * ENTRY_SIZE) % secSize);
    const int = (o: number): number => (inRange(sector) && at + o + 4 <= bytes.length ? view.getInt32(at + o, true) : 0);
    const type = inRange(sector) && at + 67 <= bytes.length ? view.getInt8(at + 66) : 0;
    return { type, left: int(68), right: int(72), child: int(76), start: int(116), size: int(120) };
  };
  let root = -1;
  for (let i = 0; i < count && root < 0; i++) if (entry(i).type === ROOT) root = i;
  if (root < 0) throw corrupt('no root entry in the directory');
  chain(sat, entry(root).start, 'the short-stream container');

  // The directory tree: each storage's children form a binary tree; no entry may be reached twice.
  const reached = new Uint8Array(count);
  const storages = [root];
  reached[root] = 1;
  while (storages.length) {
    const storage = entry(storages.pop() as number);
    const pending = storage.child >= 0 ? [storage.child] : [];
    while (pending.length) {
      const id = pending.pop() as number;
      if (id >= count) throw corrupt(`directory entry ${id} is outside the directory`);
      if (reached[id]) throw corrupt(`the directory tree loops (entry ${id} is reached twice)`);
      reached[id] = 1;
      const e = entry(id);
      if (e.left >= 0) pending.push(e.left);
      if (e.right >= 0) pending.push(e.right);
      if (e.type === STORAGE) storages.push(id);
      else if (e.type === STREAM) chain(e.size < miniCutoff ? ssat : sat, e.start, `stream entry ${id}`);
    }
  }
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
