// Test helpers for the loaders: fixture bytes, zips (the hostile corpus's writer), whitespace-insensitive comparison.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeZip } from '../hostile/_generate.js';
import { LoadError, type Block, type LoadedDocument, type ParagraphBlock, type TableBlock } from '../../src/load/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const fixture = (...parts: string[]): Uint8Array => new Uint8Array(readFileSync(join(ROOT, 'fixtures', ...parts)));
export const SEEDS = ['seed000', 'seed001', 'seed002', 'seed003', 'seed004'] as const;

/** Writes a zip with deflated entries (no zip64); the hostile corpus's writer, which can also lie about sizes. */
export { makeZip };

export const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
export const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A minimal .docx whose body is the given WordprocessingML body XML. */
export function minimalDocx(bodyXml: string, declaredSize?: number): Uint8Array {
  const doc = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}</w:body></w:document>`;
  return makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: doc, ...(declaredSize !== undefined ? { declaredSize } : {}) },
  ]);
}

export const squash = (s: string): string => s.normalize('NFC').replace(/\s+/gu, '');
export const paragraphs = (d: LoadedDocument): ParagraphBlock[] => d.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
export const tables = (d: LoadedDocument): TableBlock[] => d.blocks.filter((b): b is TableBlock => b.kind === 'table');

/** The seed .txt's non-table lines, as a .docx/.pdf rendition of it is expected to read (see the seeds README). */
export function seedTextLines(seed: string): string[] {
  let lines = new TextDecoder().decode(fixture('plans', `${seed}.txt`)).normalize('NFC').split('\n');
  // seed004: the web page navigation (first 4 lines) and the trailing "Tin liên quan" block were dropped.
  if (seed === 'seed004') {
    lines = lines.slice(4);
    const cut = lines.findIndex((l) => l.trim() === 'Tin liên quan');
    if (cut >= 0) lines = lines.slice(0, cut);
  }
  // The appendix table (seed001) runs to the end; its .txt rows are split across pages (some without tabs).
  const firstRow = lines.findIndex((l) => l.includes('\t'));
  if (firstRow >= 0) lines = lines.slice(0, firstRow);
  return lines
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/\*\*/gu, '').replace(/^¹\s*/u, '').trim());
}

/** Every block's text is exactly its slice of the document text; paragraphs hold no line breaks. */
export function checkInvariants(d: LoadedDocument): void {
  for (const b of d.blocks as Block[]) {
    if (b.kind === 'paragraph') {
      if (d.text.slice(b.start, b.end) !== b.text) throw new Error(`paragraph slice mismatch at ${b.start}`);
      if (/[\n\t]/u.test(b.text)) throw new Error(`paragraph with a line break or tab: ${b.text.slice(0, 40)}`);
    } else {
      for (const row of b.rows) for (const c of row) {
        if (d.text.slice(c.start, c.end) !== c.text) throw new Error(`cell slice mismatch at ${c.start}`);
      }
    }
  }
  if (d.text !== d.text.normalize('NFC') || /[\u00a0\u00d0]/u.test(d.text)) throw new Error('text not normalized');
}

/** The LoadError code a load rejects with, or 'ok' when it succeeds (any other error is rethrown). */
export async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof LoadError) return err.code;
    throw err;
  }
  return 'ok';
}

/** Model fields that are locations or layout, not content: left out when renditions of one plan are compared. */
const LOCATION_FIELDS = new Set(['presentation', 'span', 'titleSpan', 'heading', 'source', 'at', 'start', 'end', 'page', 'paragraphs', 'tables', 'preamble', 'closing', 'appendices']);

/** A parsed model without its locations, every string passed through `text` (e.g. whitespace folded or removed). */
export function projectModel(v: unknown, text: (s: string) => string): unknown {
  if (typeof v === 'string') return text(v);
  if (Array.isArray(v)) return v.map((x) => projectModel(x, text));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (!LOCATION_FIELDS.has(k)) out[k] = projectModel(x, text);
    return out;
  }
  return v;
}
