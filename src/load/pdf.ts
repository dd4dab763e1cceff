// Loads a PDF through pdf-parse (pdfjs): positioned text rebuilt into lines and paragraphs, ruled tables into cells.
// The work is split by job under ./pdf/: page reading, rulings and tables, lines, paragraphs, layout regions, the flow.
import type { LoadLimits } from './limits.js';
import { layoutDocument, type ParagraphItem } from './layout.js';
import { LoadError, type LoadedDocument, type LoadWarning, type ParagraphBlock } from './types.js';
import { buildItems } from './pdf/flow.js';
import { decodePage, learnGlyphMap, textWords, type GlyphLearning } from './pdf/glyph-map.js';
import type { OcrWordBox } from './ocr.js';
import { PdfFontText } from './pdf/fonts.js';
import type { PageData } from './pdf/geometry.js';
import { readPage } from './pdf/page.js';
import type { PdfDoc, PdfPage, PdfParser, PdfTextItem, PdfViewport } from './pdf/pdfjs.js';
import { buildPdfPresentation, type PdfAnnotation } from './pdf/presentation.js';
import { checkPdfStreams } from './pdf/streams.js';

export type { TextBit } from './pdf/geometry.js';
export { overlaidGlyphs, textInColumns } from './pdf/page.js';

export interface PdfOptions {
  limits: LoadLimits;
  password?: string;
  /**
   * `--ocr` on a PDF whose text is garbled: the words recognised on each page's image. Fonts without a Unicode map
   * are then decoded from them (pdf/glyph-map.ts); the text layer keeps its positions and layout.
   */
  ocrWords?: OcrPageWords[];
  /**
   * `--ocr` on scanned pages: the words recognised on them, which become those pages' text (pdf/ocr-page.ts) and go
   * through the same lines, layout regions, tables and paragraphs as a text layer.
   */
  recognized?: OcrPageWords[];
}

/** The OCR words of one page (boxes in points from the top-left corner). */
export interface OcrPageWords {
  page: number;
  words: OcrWordBox[];
}

/** Share of the decoded fonts' glyphs that may stay undecided: above it the text is left as it was (garbled). */
const MAX_UNDECIDED = 0.01;

/**
 * Built-ins that pdfjs's legacy build (bundled by pdf-parse) replaces with core-js polyfills when it loads, and
 * again when its worker module loads: on Node 20, Array.prototype.push becomes a JavaScript function some 5×
 * slower than V8's (for a spec corner case: a non-writable length), which then slows every later push in the
 * thread — the rules, the extractors and mammoth included. The native versions are put back after each step.
 */
const NATIVE_BUILTINS: readonly [object, PropertyKey, unknown][] = [
  [Array.prototype, 'push', Array.prototype.push],
  [JSON, 'parse', JSON.parse],
];

function restoreNativeBuiltins(): void {
  for (const [owner, key, native] of NATIVE_BUILTINS) {
    if ((owner as Record<PropertyKey, unknown>)[key] !== native) {
      Object.defineProperty(owner, key, { value: native, writable: true, enumerable: false, configurable: true });
    }
  }
}

/**
 * pdf-parse, with pdf.js's worker module loaded by us: in Node pdf.js runs its "worker" in this thread and would
 * import it itself by a path relative to its own file, which a bundle (scripts/bundle.mjs) does not keep; given as
 * `globalThis.pdfjsWorker`, it is the module pdf.js uses (its documented way to provide the worker in the thread).
 */
async function pdfParse(): Promise<typeof import('pdf-parse')> {
  const [parse, worker] = await Promise.all([import('pdf-parse'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  const slot = globalThis as { pdfjsWorker?: unknown };
  slot.pdfjsWorker ??= worker;
  restoreNativeBuiltins();
  return parse;
}

/** Loads pdf.js ahead of a file (a reader process started before its file arrives). */
export async function preloadPdf(): Promise<void> {
  await pdfParse();
}

/** Loads a PDF. Throws LoadError('encrypted-pdf' | 'wrong-password' | 'corrupt-pdf' | 'no-text-layer' | 'too-large' | 'pdf-too-large'). */
export async function loadPdf(bytes: Uint8Array, options: PdfOptions): Promise<LoadedDocument> {
  checkPdfStreams(bytes, options.limits);
  const { PDFParse } = await pdfParse();
  // pdfjs may transfer (detach) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  // fontExtraProperties: each font's encoding and Unicode map reach commonObjs (read by pdf/fonts.ts).
  const parser = new PDFParse({ data, verbosity: 0, fontExtraProperties: true, ...(options.password !== undefined ? { password: options.password } : {}) }) as unknown as PdfParser;
  const warnings: LoadWarning[] = [];
  try {
    let doc: PdfDoc;
    try {
      doc = await parser.load();
    } catch (err) {
      throw pdfError(err, options.password);
    } finally {
      restoreNativeBuiltins();
    }
    if (doc.numPages > options.limits.maxPdfPages) {
      throw new LoadError('too-large', `${doc.numPages} pages > limit ${options.limits.maxPdfPages}`);
    }
    const pages: PageData[] = [];
    const fonts = new PdfFontText();
    const ocr = new Map((options.ocrWords ?? []).map((p) => [p.page, p.words]));
    let glyphs: GlyphLearning | undefined;
    if (ocr.size) {
      glyphs = await learnGlyphMap(doc, ocr);
      const total = glyphs ? glyphs.counts.mapped + glyphs.counts.fromOcr + glyphs.counts.undecided : 0;
      if (glyphs && glyphs.counts.undecided > total * MAX_UNDECIDED) glyphs = undefined;
    }
    const learned = glyphs?.map;
    const decode = (n: number): ((items: PdfTextItem[], viewport: PdfViewport) => void) | undefined =>
      learned ? (items, viewport) => void decodePage(items, textWords(items, viewport, (id) => learned.fonts.has(id)), ocr.get(n) ?? [], learned) : undefined;
    const recognized = new Map((options.recognized ?? []).map((p) => [p.page, p.words]));
    const annotations: PdfAnnotation[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        annotations.push(...(await pageAnnotations(page, n)));
        pages.push(await readPage(page, n, pages[pages.length - 1], fonts, decode(n), recognized.get(n)));
      } catch (err) {
        if (err instanceof LoadError) throw err;
        throw new LoadError('corrupt-pdf', `page ${n}: ${errorMessage(err)}`);
      }
    }
    const textless = pages.filter((p) => !p.hasText).map((p) => p.page);
    if (textless.length === pages.length) throw new LoadError('no-text-layer', `${pages.length} page(s) without text`);
    // A scan carrying a little text (a stamp, a caption) is reported with the pages without text: its content is not read.
    const unread = pages.filter((p) => !p.hasText || p.scanned).map((p) => p.page);
    if (unread.length) warnings.push({ code: 'pdf-pages-without-text', pages: unread });
    const overlaid = pages.filter((p) => p.overlaid >= 3).map((p) => p.page);
    if (overlaid.length) warnings.push({ code: 'pdf-overlaid-glyphs', pages: overlaid });
    warnings.push(...fonts.warnings());
    if (glyphs) {
      const { map, counts } = glyphs;
      warnings.push({ code: 'pdf-font-recovered', count: map.fonts.size, glyphs: map.learned, support: Math.round(map.support * 100), fromOcr: counts.fromOcr, undecided: counts.undecided, pages: [...ocr.keys()].sort((a, b) => a - b) });
    }
    const items = buildItems(pages, warnings);
    const looks: { item: ParagraphItem; block: ParagraphBlock }[] = [];
    const loaded = layoutDocument('pdf', items, warnings, { encoding: 'pdf', pageCount: doc.numPages, onParagraph: (item, block) => looks.push({ item, block }) });
    // Recognised pages have no fonts or sizes to read: the presentation is read from the text-layer pages only.
    const own = (page: number | undefined): boolean => page === undefined || !recognized.has(page);
    if (recognized.size < pages.length) loaded.presentation = buildPdfPresentation(pages.filter((p) => own(p.page)), loaded, looks.filter((l) => own(l.item.page ?? l.block.page)), annotations);
    const unmapped = pages.filter((p) => p.unmappedFont).map((p) => p.page);
    if (unmapped.length) loaded.unmappedFontPages = unmapped;
    return loaded;
  } finally {
    await parser.destroy().catch(() => undefined);
    restoreNativeBuiltins();
  }
}

/** The page's annotations by subtype; an unreadable annotation list counts as none. */
async function pageAnnotations(page: PdfPage, n: number): Promise<PdfAnnotation[]> {
  try {
    return (await page.getAnnotations()).map((a) => ({ subtype: typeof a.subtype === 'string' ? a.subtype : '', page: n }));
  } catch {
    return [];
  } finally {
    restoreNativeBuiltins();
  }
}

function errorMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0]?.slice(0, 300) ?? 'unknown error';
}

function pdfError(err: unknown, password: string | undefined): LoadError {
  if (err instanceof LoadError) return err;
  const e = err as { name?: string; message?: string; cause?: { code?: number } };
  if (e?.name === 'PasswordException') {
    // pdfjs PasswordResponses: 1 = NEED_PASSWORD, 2 = INCORRECT_PASSWORD.
    const incorrect = e.cause?.code === 2 || /incorrect/i.test(e.message ?? '');
    if (password !== undefined && password !== '' && incorrect) return new LoadError('wrong-password');
    return new LoadError('encrypted-pdf');
  }
  return new LoadError('corrupt-pdf', errorMessage(err));
}
