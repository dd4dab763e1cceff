// Reads the scanned pages of a PDF (`--ocr`): their words recognised by ocr.ts are given to the PDF loader, which
// lays them out like a text layer (pdf/ocr-page.ts); the recognised text is then marked and the pages noted.
import { recognizePdf, LOW_CONFIDENCE, type OcrSettings, type RecognizedPage } from './ocr.js';
import type { OcrPageWords } from './pdf.js';
import { LoadError, type Block, type LoadedDocument, type LoadWarning, type OcrPageInfo } from './types.js';

const TEXTLESS = 'pdf-pages-without-text';

/** The pages a loaded PDF reports without a text layer ("pages 2, 5"), scans carrying a little text included. */
export function textlessPages(doc: LoadedDocument): number[] {
  const w = doc.warnings.find((x) => x.code === TEXTLESS);
  return w?.pages ?? [];
}

/** The pages a block's text comes from. */
function blockPages(b: Block): number[] {
  if (b.kind === 'paragraph') return b.page !== undefined ? [b.page] : [];
  const out = new Set<number>();
  if (b.page !== undefined) out.add(b.page);
  for (const row of b.rows) for (const c of row) if (c.page !== undefined) out.add(c.page);
  return [...out];
}

/** The notes on recognised pages: `pdf-ocr` naming them, `pdf-ocr-low-confidence` naming those read poorly. */
export function recognitionNotes(read: readonly Pick<RecognizedPage, 'page' | 'confidence'>[]): LoadWarning[] {
  if (read.length === 0) return [];
  const notes: LoadWarning[] = [{ code: 'pdf-ocr', pages: read.map((p) => p.page) }];
  const low = read.filter((p) => p.confidence !== null && p.confidence < LOW_CONFIDENCE);
  if (low.length) notes.push({ code: 'pdf-ocr-low-confidence', pages: low.map((p) => p.page), confidence: low.map((p) => Math.round(p.confidence ?? 0)) });
  return notes;
}

/** Loads the PDF again with the words recognised on some of its pages (the loader, isolated or not). */
export type LoadRecognized = (recognized: OcrPageWords[]) => Promise<LoadedDocument>;

/**
 * Recognises the pages of `bytes` that have no text layer, or only a little text over a page-sized image — all
 * of them when `doc` is null (the loader found no text at all) — and loads the PDF again with their words as
 * those pages' text. Notes: `pdf-ocr` (info, the pages read by OCR), `pdf-ocr-low-confidence` (warning, pages
 * whose mean word confidence is below LOW_CONFIDENCE); `pdf-pages-without-text` keeps only the pages where
 * nothing was recognised. Text whose blocks come from a recognised page is marked (`ocr.ranges`).
 */
export async function withRecognizedPages(bytes: Uint8Array, doc: LoadedDocument | null, settings: OcrSettings, load: LoadRecognized): Promise<LoadedDocument> {
  const wanted = doc ? textlessPages(doc) : null;
  if (doc && (!wanted || wanted.length === 0)) return doc;
  const recognized = await recognizePdf(bytes, wanted, settings);
  const read = recognized.pages.filter((p) => p.boxes.length > 0);
  if (read.length === 0) throw new LoadError('no-text-layer', `no text recognised on ${recognized.pages.length} page(s)`);
  const out = await load(read.map((p) => ({ page: p.page, words: p.boxes })));
  out.warnings.push(...recognitionNotes(read));
  const ocrPages = new Set(read.map((p) => p.page));
  const ranges: { start: number; end: number }[] = [];
  for (const b of out.blocks) {
    if (!blockPages(b).some((p) => ocrPages.has(p))) continue;
    const last = ranges[ranges.length - 1];
    // Consecutive recognised blocks make one range (the newline between them included).
    if (last && last.end + 1 >= b.start) last.end = Math.max(last.end, b.end);
    else ranges.push({ start: b.start, end: b.end });
  }
  const pages: OcrPageInfo[] = read.map((p) => ({ page: p.page, confidence: p.confidence, words: p.words, ms: p.ms }));
  out.ocr = { engine: recognized.engine, pages, ranges };
  return out;
}
