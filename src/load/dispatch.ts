// Runs the loader for a sniffed format in the current thread (used directly and inside the isolating worker).
import { checkTextLength, type LoadLimits } from './limits.js';
import type { OcrPageWords } from './pdf.js';
import type { SniffResult } from './sniff.js';
import { LoadError, type LoadedDocument } from './types.js';

export interface DispatchOptions {
  password?: string;
  limits: LoadLimits;
  /** PDF only: OCR words of the pages, to decode fonts without a Unicode map (`--ocr`). */
  ocrWords?: OcrPageWords[];
  /** PDF only: OCR words of scanned pages, which become those pages' text (`--ocr`). */
  recognized?: OcrPageWords[];
}

/** Loads bytes whose format is already known. Every failure is a LoadError. */
export async function loadSniffed(bytes: Uint8Array, sniff: SniffResult, options: DispatchOptions): Promise<LoadedDocument> {
  const doc = await loadFormat(bytes, sniff, options);
  checkTextLength(doc.text.length, options.limits);
  return doc;
}

/**
 * Loads the reader of `format` and its libraries before its file arrives: a reader process started ahead of a
 * one-file check (src/load/prewarm.ts) does this while the CLI loads its own modules.
 */
export async function preloadFormat(format: string): Promise<void> {
  switch (format) {
    case 'docx':
      return (await import('./docx.js')).preloadDocx();
    case 'pdf':
      return (await import('./pdf.js')).preloadPdf();
    case 'doc':
      return void (await import('./doc.js'));
    case 'html':
      return void (await import('./html.js'));
    case 'md':
      return void (await import('./md.js'));
  }
}

/** Adds the PDF's digital signatures, and the notes on a signature that does not cover the file, to a loaded PDF. */
export async function withSignatures(bytes: Uint8Array, doc: LoadedDocument): Promise<LoadedDocument> {
  const { readPdfSignatures, signatureWarnings } = await import('./pdf-signature.js');
  const signatures = readPdfSignatures(bytes);
  if (signatures.length) {
    doc.signatures = signatures;
    doc.warnings.push(...signatureWarnings(signatures));
  }
  return doc;
}

async function loadFormat(bytes: Uint8Array, sniff: SniffResult, options: DispatchOptions): Promise<LoadedDocument> {
  try {
    switch (sniff.format) {
      case 'docx': {
        const { loadDocx } = await import('./docx.js');
        return await loadDocx(bytes, { limits: options.limits, ...(sniff.zip ? { zip: sniff.zip } : {}) });
      }
      case 'pdf': {
        const { loadPdf } = await import('./pdf.js');
        const doc = await loadPdf(bytes, { limits: options.limits, ...(options.password !== undefined ? { password: options.password } : {}), ...(options.ocrWords ? { ocrWords: options.ocrWords } : {}), ...(options.recognized ? { recognized: options.recognized } : {}) });
        return await withSignatures(bytes, doc);
      }
      case 'doc': {
        const { loadDoc } = await import('./doc.js');
        return await loadDoc(bytes);
      }
      case 'html': {
        const { loadHtml } = await import('./html.js');
        return await loadHtml(bytes);
      }
      case 'txt': {
        const { loadTxt } = await import('./txt.js');
        return loadTxt(bytes, { maxChars: options.limits.maxTextChars });
      }
      case 'md': {
        const { loadMd } = await import('./md.js');
        return loadMd(bytes, { maxChars: options.limits.maxTextChars });
      }
    }
  } catch (err) {
    if (err instanceof LoadError) throw err;
    if (err instanceof RangeError && /memory|allocation|buffer/i.test(err.message)) throw new LoadError('out-of-memory', err.message);
    const msg = err instanceof Error ? err.message : String(err);
    throw new LoadError('internal', `${sniff.format}: ${msg.split('\n')[0]?.slice(0, 300)}`);
  }
}
