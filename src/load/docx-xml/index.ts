// The Word XML reader: document.xml, styles.xml, the theme and header/footer parts of a .docx, read directly.
//
// mammoth's HTML keeps bold, italics and alignment but drops fonts, sizes, spacing, page setup, headers and
// revision marks. This reader gets them from the XML, through the same zip guard and size limits as the Word
// loader (checkZipEntries, checkXmlParts). It parses with htmlparser2's SAX Parser in XML mode: events come in
// document order and carry the start and end index of every tag in the source string, so every paragraph, run
// and text element is located by offsets into `WordDocumentXml.xml` and a writer can splice new markup in while
// copying every untouched byte as it was (see utf8Offset for byte offsets).
import { checkXmlParts, checkZipEntries, type LoadLimits } from '../limits.js';
import { LoadError } from '../types.js';
import { readZipDirectory, type ZipEntry } from '../zip-guard.js';
import { emptyIntegrity, readBody } from './document.js';
import { readStyles, readThemeFonts, StyleResolver } from './styles.js';
import type { WordDocumentXml, WordHeaderFooter } from './types.js';

export type * from './types.js';
export { alignParagraphs, paragraphOffset, runsForSpan, type AlignableBlock, type BlockAlignment, type RunSlice } from './align.js';

const decoder = new TextDecoder('utf-8');
const partText = (parts: ReadonlyMap<string, Uint8Array>, name: string): string | undefined => {
  const data = parts.get(name);
  return data ? decoder.decode(data) : undefined;
};

/** Relationship id → part name ("rId7" → "word/header1.xml") from word/_rels/document.xml.rels. */
export function readRelationships(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const m of xml.matchAll(/<Relationship\b([^>]*)>/gu)) {
    const attrs = m[1] ?? '';
    const id = /\bId="([^"]*)"/u.exec(attrs)?.[1];
    const target = /\bTarget="([^"]*)"/u.exec(attrs)?.[1];
    if (!id || !target || /\bTargetMode="External"/u.test(attrs)) continue;
    out.set(id, target.startsWith('/') ? target.slice(1) : `word/${target.replace(/^\.\//u, '')}`);
  }
  return out;
}

/**
 * Reads the presentation-bearing parts from inflated, already checked parts (the map checkXmlParts returns).
 * Throws nothing for odd XML: htmlparser2 is lenient, and mammoth is the judge of a readable document.
 */
export function readWordParts(parts: ReadonlyMap<string, Uint8Array>): WordDocumentXml {
  const xml = partText(parts, 'word/document.xml') ?? '';
  const theme = readThemeFonts(partText(parts, 'word/theme/theme1.xml'));
  const sheet = readStyles(partText(parts, 'word/styles.xml'), theme);
  const resolver = new StyleResolver(sheet);
  const rels = readRelationships(partText(parts, 'word/_rels/document.xml.rels'));
  const body = readBody(xml, resolver, theme, rels);
  const headersFooters: WordHeaderFooter[] = [];
  const seen = new Set<string>();
  for (const s of body.sections) {
    for (const [kind, refs] of [['header', s.headers], ['footer', s.footers]] as const) {
      for (const ref of refs) {
        if (!ref.part || seen.has(ref.part)) continue;
        seen.add(ref.part);
        const text = partText(parts, ref.part);
        if (text === undefined) continue;
        const hf = readBody(text, resolver, theme, new Map());
        headersFooters.push({ part: ref.part, kind, paragraphs: hf.paragraphs });
      }
    }
  }
  return { xml, paragraphs: body.paragraphs, sections: body.sections, headersFooters, styles: sheet.styles, integrity: body.integrity ?? emptyIntegrity() };
}

/** Reads a .docx's XML on its own (zip guard and limits as in loadDocx). Throws LoadError like loadDocx. */
export function readDocxXml(bytes: Uint8Array, options: { limits: LoadLimits; zip?: ZipEntry[] }): WordDocumentXml {
  const entries = options.zip ?? readZipDirectory(bytes);
  if (!entries) throw new LoadError('corrupt-docx', 'the zip central directory is missing (truncated file?)');
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new LoadError('corrupt-docx', 'no word/document.xml');
  checkZipEntries(entries, options.limits);
  return readWordParts(checkXmlParts(bytes, entries));
}

/** The UTF-8 byte offset of a UTF-16 offset into `xml` (document.xml is stored as UTF-8). */
export function utf8Offset(xml: string, offset: number): number {
  return Buffer.byteLength(xml.slice(0, offset), 'utf8');
}
