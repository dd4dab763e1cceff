// Test helpers for the loaders: fixture bytes, a minimal zip writer, whitespace-insensitive comparison.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { LoadError, type Block, type LoadedDocument, type ParagraphBlock, type TableBlock } from '../../src/load/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const fixture = (...parts: string[]): Uint8Array => new Uint8Array(readFileSync(join(ROOT, 'fixtures', ...parts)));
export const SEEDS = ['seed000', 'seed001', 'seed002', 'seed003', 'seed004'] as const;

export interface ZipInput {
  name: string;
  data: string | Uint8Array;
  /** Lie about the uncompressed size in the central directory (zip-bomb tests). */
  declaredSize?: number;
}

/** Writes a zip with deflated entries (no zip64). */
export function makeZip(entries: ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const comp = deflateRawSync(raw);
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(comp.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, comp);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(comp.length, 20);
    central.writeUInt32LE(e.declaredSize ?? raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

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
    .map((l) => l.replace(/\*\*/g, '').replace(/^¹\s*/u, '').trim());
}

/** Every block's text is exactly its slice of the document text; paragraphs hold no line breaks. */
export function checkInvariants(d: LoadedDocument): void {
  for (const b of d.blocks as Block[]) {
    if (b.kind === 'paragraph') {
      if (d.text.slice(b.start, b.end) !== b.text) throw new Error(`paragraph slice mismatch at ${b.start}`);
      if (/[\n\t]/.test(b.text)) throw new Error(`paragraph with a line break or tab: ${b.text.slice(0, 40)}`);
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
