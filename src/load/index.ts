// Entry point of loading: sniff the format from the bytes, apply the limits, run the right loader (isolated).
import { loadSniffed } from './dispatch.js';
import { isolateWorkerUrl, loadIsolated } from './isolate.js';
import { checkFileSize, resolveLimits, type LoadLimits } from './limits.js';
import type { OcrSettings } from './ocr.js';
import type { OcrPageWords } from './pdf.js';
import { garbledVerdict } from '../text/garbled.js';
import { sniffFormat } from './sniff.js';
import { LoadError, type LoadedDocument, type SourceFormat } from './types.js';

export { DEFAULT_LIMITS, resolveLimits, type LoadLimits } from './limits.js';
export { sniffFormat, type SniffResult } from './sniff.js';
export { LoadError, type LoadErrorCode, type LoadedDocument } from './types.js';

export interface LoadOptions {
  /** For messages, and to tell Markdown (.md, .markdown) from plain text: other formats are decided from the bytes. */
  path: string;
  /** User (open) password of an encrypted PDF. */
  password?: string;
  limits?: Partial<LoadLimits>;
  /**
   * Run the docx/pdf/doc loaders in a child process with a heap limit and a timeout (default: true when the
   * compiled worker is available). Plain text is always loaded in-process.
   */
  isolate?: boolean;
  /**
   * Called once the bytes are handed to a reader process, while it reads: the caller may use its own core meanwhile
   * (src/check.ts warms the rules). Not called when the document is read in this process.
   */
  whileReading?: (format: SourceFormat) => void;
  /**
   * Recognise the text of PDF pages that have no text layer (scans) with Tesseract (`--ocr`). Runs outside the
   * isolating worker: the programs are separate processes, each page under the time limit.
   */
  ocr?: boolean;
}

/** Loads a plan document of any supported format. Every failure is a LoadError with a code. */
export async function loadDocument(bytes: Uint8Array, options: LoadOptions): Promise<LoadedDocument> {
  const limits = resolveLimits(options.limits);
  if (bytes.length === 0) throw new LoadError('empty');
  checkFileSize(bytes, limits);
  const sniff = sniffFormat(bytes, options.path);
  const base = { limits, ...(options.password !== undefined ? { password: options.password } : {}) };
  const load = (ocr: OcrInput = {}): Promise<LoadedDocument> => {
    const dispatch = { ...base, ...(ocr.ocrWords ? { ocrWords: ocr.ocrWords } : {}), ...(ocr.recognized ? { recognized: ocr.recognized } : {}) };
    if (sniff.format === 'txt' || options.isolate === false) return loadSniffed(bytes, sniff, dispatch);
    const url = isolateWorkerUrl();
    if (!url) {
      if (options.isolate === true) throw new LoadError('internal', 'isolation worker not built (run `npm run build`)');
      return loadSniffed(bytes, sniff, dispatch);
    }
    const reading = loadIsolated(bytes, sniff, dispatch, url, options.path);
    try {
      options.whileReading?.(sniff.format);
    } catch {
      // The caller's business: the read under way must still be awaited.
    }
    return reading;
  };
  if (!options.ocr || sniff.format !== 'pdf') return load();
  return loadWithOcr(bytes, load, { timeoutMs: limits.timeoutMs, ...(options.password !== undefined ? { password: options.password } : {}) });
}

/** What OCR gives the PDF loader: words to decode fonts by, and the words of scanned pages. */
interface OcrInput {
  ocrWords?: OcrPageWords[];
  recognized?: OcrPageWords[];
}

type Load = (ocr?: OcrInput) => Promise<LoadedDocument>;

/**
 * `--ocr`: a PDF without any text layer is recognised whole; one with some textless pages gets their text added.
 * Without the OCR programs, a wholly scanned PDF fails with 'ocr-unavailable' (the message names the packages),
 * and a partly scanned one keeps its text and gets the 'ocr-unavailable' note.
 */
async function loadWithOcr(bytes: Uint8Array, load: Load, settings: OcrSettings): Promise<LoadedDocument> {
  const { withRecognizedPages, textlessPages } = await import('./ocr-document.js');
  let doc: LoadedDocument;
  try {
    doc = await load();
  } catch (err) {
    if (!(err instanceof LoadError) || err.code !== 'no-text-layer') throw err;
    return withRecognizedPages(bytes, null, settings, (recognized) => load({ recognized }));
  }
  // The words the fonts were decoded with, given again when the scanned pages are read.
  let decodedWith: OcrPageWords[] | undefined;
  if (garbledVerdict(doc.text).garbled) ({ doc, decodedWith } = await withDecodedFonts(bytes, doc, load, settings));
  if (textlessPages(doc).length === 0) return doc;
  try {
    return await withRecognizedPages(bytes, doc, settings, (recognized) => load({ recognized, ...(decodedWith ? { ocrWords: decodedWith } : {}) }));
  } catch (err) {
    if (err instanceof LoadError && err.code === 'ocr-unavailable') {
      doc.warnings.push({ code: 'ocr-unavailable', missing: (err.detail ?? 'tesseract').split(', ') });
      return doc;
    }
    if (err instanceof LoadError && err.code === 'no-text-layer') return doc;
    throw err;
  }
}

/**
 * `--ocr` on a PDF whose text is garbled (fonts without a Unicode map): the pages that draw text in such a font
 * (all pages when the loader could not tell) are recognised, and the PDF is read again with the OCR words, from
 * which its fonts are decoded (pdf/glyph-map.ts) — the text layer keeps its exact layout. The first reading stays
 * when the decoded text is still garbled or OCR is not installed (then with the 'ocr-unavailable' note).
 */
async function withDecodedFonts(bytes: Uint8Array, doc: LoadedDocument, load: Load, settings: OcrSettings): Promise<{ doc: LoadedDocument; decodedWith?: OcrPageWords[] }> {
  const { recognizePdf } = await import('./ocr.js');
  let recognized: Awaited<ReturnType<typeof recognizePdf>>;
  try {
    recognized = await recognizePdf(bytes, doc.unmappedFontPages?.length ? doc.unmappedFontPages : null, settings);
  } catch (err) {
    if (err instanceof LoadError && err.code === 'ocr-unavailable') {
      doc.warnings.push({ code: 'ocr-unavailable', missing: (err.detail ?? 'tesseract').split(', ') });
      return { doc };
    }
    throw err;
  }
  const ocrWords = recognized.pages.map((p) => ({ page: p.page, words: p.boxes }));
  const decoded = await load({ ocrWords });
  if (!decoded.warnings.some((w) => w.code === 'pdf-font-recovered') || garbledVerdict(decoded.text).garbled) return { doc };
  return { doc: decoded, decodedWith: ocrWords };
}
