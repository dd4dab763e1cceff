// `kehoach annotate` for PDF: a copy with one annotation per finding on the finding's page, written with pdf-lib.
// The finding's text is looked for among the page's text items (pdfjs, through pdf-parse, as the PDF loader
// reads them): found, a Highlight annotation covers it, carrying the comment as its note; not found (a
// finding about something missing, text pdfjs splits oddly), a Text annotation (sticky note) at the top of the page.
import { EncryptedPDFError, PDFDocument, PDFHexString, PDFName, PDFString, type PDFPage } from 'pdf-lib';
import type { LoadedDocument } from '../load/types.js';
import type { Finding } from '../model/finding.js';
import { normalizeText } from '../text/normalize.js';
import { commentText, SIGNED_NOTE, type Lang } from './messages.js';

export const PDF_AUTHOR = 'kehoach-lint';

/** pdf-lib reads but cannot write encrypted PDFs: no annotated copy of one (the check itself still works). */
export class EncryptedCopyError extends Error {
  constructor() {
    super('encrypted PDF: pdf-lib cannot write an annotated copy');
    this.name = 'EncryptedCopyError';
  }
}

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where each character of `str` starts and ends, as offsets from `x` (from the font's glyph widths). */
  edges: [number, number][];
  /** The font's ascent and descent as fractions of the size (pdfjs font metrics; defaults when unknown). */
  ascent: number;
  descent: number;
}

/** A page's text with, for each character kept (whitespace dropped), the item and the index in it. */
export interface PageText {
  compact: string;
  at: { item: number; index: number }[];
  items: TextItem[];
}

interface PdfjsItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
}

interface PdfjsPage {
  getTextContent(): Promise<{ items: PdfjsItem[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
}

// pdfjs operator codes (OPS in pdfjs-dist src/shared/util.js, stable across 2.x–5.x): setFont and the text-showing
// operators, whose argument is the shown glyphs ({ unicode, width } each, width in thousandths of the size).
const SET_FONT = 37;
const SHOW_TEXT = new Set([44, 45, 46, 47]);

/** Each font's glyph widths by the Unicode text they show, read from the page's operator list. */
async function glyphWidths(page: PdfjsPage): Promise<Map<string, Map<string, number>>> {
  const fonts = new Map<string, Map<string, number>>();
  let ops: { fnArray: number[]; argsArray: unknown[][] };
  try {
    ops = await page.getOperatorList();
  } catch {
    return fonts;
  }
  let font: Map<string, number> | undefined;
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i];
    if (fn === SET_FONT && typeof args?.[0] === 'string') {
      font = fonts.get(args[0]) ?? new Map<string, number>();
      fonts.set(args[0], font);
    } else if (SHOW_TEXT.has(fn) && font) {
      for (const arg of args ?? []) {
        if (!Array.isArray(arg)) continue;
        for (const g of arg as unknown[]) {
          const glyph = g as { unicode?: unknown; width?: unknown } | null;
          if (!glyph || typeof glyph !== 'object' || typeof glyph.unicode !== 'string' || typeof glyph.width !== 'number' || !glyph.unicode) continue;
          // A ligature ("ﬁ" shown as "fi") shares its width among its characters.
          const chars = [...glyph.unicode.normalize('NFC')];
          for (const c of chars) if (!font.has(c)) font.set(c, glyph.width / chars.length);
        }
      }
    }
  });
  return fonts;
}

/**
 * Where each character of an item starts and ends: the item's width (pdfjs: the advance of all its glyphs, with
 * character and word spacing and scaling) shared in proportion to each glyph's width in the font. A character
 * whose glyph is not known takes the mean width of the known ones (all equal when none is known).
 */
function charEdges(str: string, width: number, widths: Map<string, number> | undefined): [number, number][] {
  const chars = [...str];
  const known = chars.map((c) => widths?.get(c) ?? widths?.get(c.normalize('NFC')) ?? null);
  const sure = known.filter((w): w is number => w !== null && w > 0);
  const mean = sure.length ? sure.reduce((a, b) => a + b, 0) / sure.length : 1;
  const advances = known.map((w) => (w !== null && w > 0 ? w : mean));
  const total = advances.reduce((a, b) => a + b, 0) || 1;
  const edges: [number, number][] = [];
  let x = 0;
  // Edges per UTF-16 index of `str`, as items index it (an astral character spans two indices).
  chars.forEach((c, k) => {
    const w = (width * (advances[k] ?? mean)) / total;
    for (let u = 0; u < c.length; u++) edges.push([x, x + w]);
    x += w;
  });
  return edges;
}

const metric = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 2 ? v : fallback);

/** Text items with their positions in PDF user space, page by page (pdfjs through pdf-parse). */
export async function readPageTexts(bytes: Uint8Array, password?: string): Promise<PageText[]> {
  const { PDFParse } = await import('pdf-parse');
  // fontExtraProperties: the fonts reach commonObjs with their metrics, as the PDF loader reads them.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, fontExtraProperties: true, ...(password !== undefined ? { password } : {}) }) as unknown as {
    load(): Promise<{ numPages: number; getPage(n: number): Promise<PdfjsPage> }>;
    destroy(): Promise<void>;
  };
  const pushNative = Array.prototype.push;
  try {
    const doc = await parser.load();
    const out: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const pdfPage = await doc.getPage(n);
      const content = await pdfPage.getTextContent();
      const widths = await glyphWidths(pdfPage);
      const fontOf = (name: string | undefined): { ascent?: unknown; descent?: unknown } => {
        try {
          return name && pdfPage.commonObjs.has(name) ? ((pdfPage.commonObjs.get(name) as { ascent?: unknown; descent?: unknown } | null) ?? {}) : {};
        } catch {
          return {};
        }
      };
      const items: TextItem[] = [];
      const page: PageText = { compact: '', at: [], items };
      for (const it of content.items) {
        const t = it.transform;
        if (!it.str || !t) continue;
        const height = Math.abs(t[3] ?? 0) || Math.abs(it.height ?? 0) || 10;
        const font = fontOf(it.fontName);
        const width = it.width ?? 0;
        items.push({
          str: it.str,
          x: t[4] ?? 0,
          y: t[5] ?? 0,
          width,
          height,
          edges: charEdges(it.str, width, it.fontName ? widths.get(it.fontName) : undefined),
          ascent: metric(font.ascent, 0.9),
          descent: metric(font.descent, -0.25),
        });
        const k = items.length - 1;
        const s = it.str;
        for (let i = 0; i < s.length; i++) {
          const ch = s[i] as string;
          if (/\s/u.test(ch)) continue;
          const folded = normalizeText(ch).text;
          for (const c of folded) {
            page.compact += c;
            page.at.push({ item: k, index: i });
          }
        }
      }
      out.push(page);
    }
    return out;
  } finally {
    await parser.destroy().catch(() => undefined);
    if (Array.prototype.push !== pushNative) Object.defineProperty(Array.prototype, 'push', { value: pushNative, writable: true, enumerable: false, configurable: true });
  }
}

/** Rectangles (x1, y1, x2, y2) covering the characters [from, to] of a page's compact text, one per item. */
export function rectsOf(page: PageText, from: number, to: number): [number, number, number, number][] {
  const rects = new Map<number, [number, number, number, number]>();
  for (let c = from; c <= to; c++) {
    const a = page.at[c];
    if (!a) continue;
    const it = page.items[a.item] as TextItem;
    const [e1, e2] = it.edges[a.index] ?? [0, 0];
    const x1 = it.x + e1;
    const x2 = it.x + e2;
    const r = rects.get(a.item);
    if (r) {
      r[0] = Math.min(r[0], x1);
      r[2] = Math.max(r[2], x2);
    } else rects.set(a.item, [x1, it.y + it.height * Math.min(it.descent, 0), x2, it.y + it.height * Math.max(it.ascent, 0.5)]);
  }
  return [...rects.values()];
}

const compactOf = (s: string): string => normalizeText(s).text.replace(/\s+/gu, '');

/**
 * The finding's text on its page: the excerpt without whitespace, folded like the loaders fold text. When the
 * same text is written several times on the page, the occurrence is the one the finding's span points at
 * (counted in the model's text of that page).
 */
function find(page: PageText | undefined, f: Finding, loaded?: Pick<LoadedDocument, 'text' | 'pages'>): [number, number] | null {
  if (!page || !f.excerpt) return null;
  const needle = compactOf(f.excerpt.replace(/…$/u, ''));
  if (needle.length < 2) return null;
  let nth = 0;
  const range = loaded?.pages?.find((r) => f.span && r.start <= f.span.start && f.span.start < r.end);
  if (loaded && range && f.span) {
    const before = compactOf(loaded.text.slice(range.start, f.span.start));
    for (let i = before.indexOf(needle); i >= 0; i = before.indexOf(needle, i + 1)) nth++;
  }
  let at = page.compact.indexOf(needle);
  for (let k = 0; k < nth && at >= 0; k++) {
    const next = page.compact.indexOf(needle, at + 1);
    if (next < 0) break;
    at = next;
  }
  if (at < 0) return null;
  return [at, at + needle.length - 1];
}

/** True when the PDF carries a digital signature (a signature field with a byte range). */
export function isSignedPdf(bytes: Uint8Array): boolean {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /\/ByteRange\s*\[/u.test(s) && /\/Type\s*\/Sig\b|\/FT\s*\/Sig\b/u.test(s);
}

export interface PdfAnnotateResult {
  bytes: Uint8Array;
  /** One per finding: the page it was put on and whether its text was highlighted. */
  notes: { page: number; highlighted: boolean }[];
  signed: boolean;
}

function addAnnotation(doc: PDFDocument, page: PDFPage, dict: Record<string, unknown>): void {
  const ref = doc.context.register(doc.context.obj(dict as never));
  page.node.addAnnot(ref);
}

export async function annotatePdf(
  bytes: Uint8Array,
  findings: readonly Finding[],
  lang: Lang,
  options: { password?: string; loaded?: Pick<LoadedDocument, 'text' | 'pages'> } = {},
): Promise<PdfAnnotateResult> {
  const password = options.password;
  const texts = await readPageTexts(bytes, password);
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (err) {
    if (err instanceof EncryptedPDFError || /\bis encrypted\b/u.test((err as Error).message)) throw new EncryptedCopyError();
    throw err;
  }
  const pages = doc.getPages();
  const notes: PdfAnnotateResult['notes'] = [];
  const stacked = new Map<number, number>();
  for (const f of findings) {
    const n = Math.min(Math.max(f.page ?? 1, 1), pages.length);
    const page = pages[n - 1] as PDFPage;
    const text = PDFHexString.fromText(commentText(f, lang));
    const common = { Type: 'Annot', T: PDFHexString.fromText(PDF_AUTHOR), Contents: text, F: 4, NM: PDFHexString.fromText(`kehoach-${notes.length + 1}`) };
    const found = find(texts[n - 1], f, options.loaded);
    const rects = found ? rectsOf(texts[n - 1] as PageText, found[0], found[1]) : [];
    if (rects.length > 0) {
      const quads = rects.flatMap(([x1, y1, x2, y2]) => [x1, y2, x2, y2, x1, y1, x2, y1]);
      const box = [Math.min(...rects.map((r) => r[0])), Math.min(...rects.map((r) => r[1])), Math.max(...rects.map((r) => r[2])), Math.max(...rects.map((r) => r[3]))];
      addAnnotation(doc, page, { ...common, Subtype: 'Highlight', Rect: box, QuadPoints: quads, C: [1, 0.85, 0], CA: 0.5 });
      notes.push({ page: n, highlighted: true });
    } else {
      // Not found: a sticky note at the top of the page, stacked down the left margin.
      const { width, height } = page.getSize();
      const k = stacked.get(n) ?? 0;
      stacked.set(n, k + 1);
      const x = Math.max(4, Math.min(width - 24, 8 + 22 * Math.floor(k / 20)));
      const y = height - 28 - 22 * (k % 20);
      addAnnotation(doc, page, { ...common, Subtype: 'Text', Rect: [x, y, x + 18, y + 18], Name: PDFName.of('Comment'), C: [1, 0.85, 0], Open: false });
      notes.push({ page: n, highlighted: false });
    }
  }
  const signed = isSignedPdf(bytes);
  if (signed && pages[0]) {
    const { width, height } = pages[0].getSize();
    addAnnotation(doc, pages[0], {
      Type: 'Annot',
      Subtype: 'FreeText',
      T: PDFHexString.fromText(PDF_AUTHOR),
      Contents: PDFHexString.fromText(SIGNED_NOTE[lang]),
      Rect: [36, height - 20, width - 36, height - 4],
      DA: PDFString.of('/Helv 8 Tf 1 0 0 rg'),
      F: 4,
    });
  }
  return { bytes: await doc.save({ useObjectStreams: false }), notes, signed };
}
