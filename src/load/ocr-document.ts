// Puts the text recognised from scanned pages (ocr.ts) into a loaded PDF, in page order, and marks it.
import { recognizePdf, LOW_CONFIDENCE, type OcrSettings, type RecognizedPage } from './ocr.js';
import { layoutDocument, type CellItem, type Item } from './layout.js';
import { LoadError, type Block, type LoadedDocument, type LoadWarning, type OcrPageInfo } from './types.js';

const TEXTLESS = 'pdf-pages-without-text';

/** The pages a loaded PDF reports without a text layer ("pages 2, 5"). */
export function textlessPages(doc: LoadedDocument): number[] {
  const w = doc.warnings.find((x) => x.code === TEXTLESS);
  return w?.pages ?? [];
}

/** A laid-out block back as the item it was made from (layoutDocument(items) gives the same block again). */
function itemOf(b: Block): Item {
  if (b.kind === 'paragraph') {
    const { kind, text, bold, italic, align, page, paragraph, footnote } = b;
    return { kind, text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(align ? { align } : {}), ...(page !== undefined ? { page } : {}), ...(paragraph !== undefined ? { paragraph } : {}), ...(footnote !== undefined ? { footnote } : {}) };
  }
  const rows: CellItem[][] = b.rows.map((row) =>
    row.map((c) => ({ paragraphs: c.paragraphs, rowSpan: c.rowSpan, colSpan: c.colSpan, ...(c.header ? { header: true } : {}), ...(c.page !== undefined ? { page: c.page } : {}) })),
  );
  return { kind: 'table', rows, ...(b.page !== undefined ? { page: b.page } : {}), ...(b.paragraph !== undefined ? { paragraph: b.paragraph } : {}) };
}

const firstPage = (b: Block): number | undefined => (b.kind === 'paragraph' ? b.page : (b.rows[0]?.[0]?.page ?? b.page));

/** The notes on recognised pages: `pdf-ocr` naming them, `pdf-ocr-low-confidence` naming those read poorly. */
export function recognitionNotes(read: readonly Pick<RecognizedPage, 'page' | 'confidence'>[]): LoadWarning[] {
  if (read.length === 0) return [];
  const notes: LoadWarning[] = [{ code: 'pdf-ocr', pages: read.map((p) => p.page) }];
  const low = read.filter((p) => p.confidence !== null && p.confidence < LOW_CONFIDENCE);
  if (low.length) notes.push({ code: 'pdf-ocr-low-confidence', pages: low.map((p) => p.page), confidence: low.map((p) => Math.round(p.confidence ?? 0)) });
  return notes;
}

/**
 * Recognises the pages of `bytes` that have no text layer — all of them when `doc` is null (the loader found no
 * text at all) — and returns the document with their text in page order. Notes: `pdf-ocr` (info, the pages read
 * by OCR), `pdf-ocr-low-confidence` (warning, pages whose mean word confidence is below LOW_CONFIDENCE), and
 * `pdf-pages-without-text` keeps only the pages where nothing was recognised.
 */
export async function withRecognizedPages(bytes: Uint8Array, doc: LoadedDocument | null, settings: OcrSettings): Promise<LoadedDocument> {
  const wanted = doc ? textlessPages(doc) : null;
  if (doc && (!wanted || wanted.length === 0)) return doc;
  const recognized = await recognizePdf(bytes, wanted, settings);
  const byPage = new Map(recognized.pages.filter((p) => p.paragraphs.length > 0).map((p) => [p.page, p]));
  const blocks = doc?.blocks ?? [];
  const items: Item[] = [];
  const pending = [...byPage.keys()].sort((a, b) => a - b);
  const emitUpTo = (page: number): void => {
    while (pending.length && (pending[0] as number) < page) {
      const p = byPage.get(pending.shift() as number) as RecognizedPage;
      p.paragraphs.forEach((para, i) => {
        const last = items[items.length - 1];
        // A sentence going on from the previous scanned page: no closing punctuation there, lower case here.
        if (i === 0 && last?.kind === 'paragraph' && last.page === p.page - 1 && byPage.has(last.page) && !/[.;:!?…]$/u.test(last.text) && /^\p{Ll}/u.test(para.text)) {
          last.text = `${last.text} ${para.text}`;
        } else items.push({ kind: 'paragraph', text: para.text, page: p.page });
      });
    }
  };
  for (const b of blocks) {
    const page = firstPage(b);
    if (page !== undefined) emitUpTo(page);
    items.push(itemOf(b));
  }
  emitUpTo(Number.POSITIVE_INFINITY);
  const warnings: LoadWarning[] = (doc?.warnings ?? []).filter((w) => w.code !== TEXTLESS);
  const unread = (wanted ?? recognized.pages.map((p) => p.page)).filter((p) => !byPage.has(p));
  if (byPage.size === 0) throw new LoadError('no-text-layer', `no text recognised on ${unread.length} page(s)`);
  if (unread.length) warnings.push({ code: TEXTLESS, pages: unread });
  const read = recognized.pages.filter((p) => byPage.has(p.page));
  warnings.push(...recognitionNotes(read));
  const out = layoutDocument('pdf', items, warnings, { encoding: 'pdf', pageCount: doc?.pageCount ?? recognized.pageCount });
  if (doc?.signatures) out.signatures = doc.signatures;
  const ocrPages = new Set(byPage.keys());
  const ranges: { start: number; end: number }[] = [];
  for (const b of out.blocks) {
    if (b.kind !== 'paragraph' || b.page === undefined || !ocrPages.has(b.page)) continue;
    const last = ranges[ranges.length - 1];
    // Consecutive OCR paragraphs make one range (the newline between them included).
    if (last && last.end + 1 === b.start) last.end = b.end;
    else ranges.push({ start: b.start, end: b.end });
  }
  const pages: OcrPageInfo[] = read.map((p) => ({ page: p.page, confidence: p.confidence, words: p.words, ms: p.ms }));
  out.ocr = { engine: recognized.engine, pages, ranges };
  return out;
}
