// Resource limits applied before and while loading a document, and the checks that enforce them.
import { LoadError } from './types.js';
import { declaredSizes, inflateWithin, type ZipEntry } from './zip-guard.js';

/** Limits for one document. Every limit hit becomes exactly one LoadError. */
export interface LoadLimits {
  /** Largest input file accepted, in bytes (LoadError 'too-large'). */
  maxBytes: number;
  /** Largest declared uncompressed size of word/document.xml (LoadError 'docx-too-large'). */
  maxDocumentXmlBytes: number;
  /** Largest declared uncompressed size of all zip entries together (LoadError 'docx-too-large'). */
  maxZipTotalBytes: number;
  /** Largest declared compression ratio of one entry; zip bombs exceed it (LoadError 'docx-too-large'). */
  maxCompressionRatio: number;
  /** Largest number of PDF pages read (LoadError 'too-large'). */
  maxPdfPages: number;
  /** Largest inflated size of one Flate-compressed PDF stream, in bytes (LoadError 'pdf-too-large'). */
  maxPdfStreamBytes: number;
  /** Largest inflated size of all Flate-compressed PDF streams together, in bytes (LoadError 'pdf-too-large'). */
  maxPdfDecodedBytes: number;
  /** Heap limit of the isolating worker, in MB (LoadError 'out-of-memory'). */
  maxMemoryMb: number;
  /** Wall-clock limit of one load in the worker, in ms (LoadError 'timeout'). */
  timeoutMs: number;
  /**
   * Longest text (characters, once decoded) handed to the parser (LoadError 'text-too-long'). Parsing,
   * extraction and the rules need heap in proportion to the text, about 25 bytes a character at the peak;
   * unless set, it follows maxMemoryMb (TEXT_CHARS_PER_MB a MB: 10 M characters for the default 1,024 MB, some 3,000 pages).
   */
  maxTextChars: number;
}

/** Characters of text allowed per MB of heap when maxTextChars is not given (a 4-6x margin below what the heap survives). */
export const TEXT_CHARS_PER_MB = 10_000;

export const DEFAULT_LIMITS: Readonly<LoadLimits> = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  maxDocumentXmlBytes: 40 * 1024 * 1024,
  maxZipTotalBytes: 200 * 1024 * 1024,
  // Plain WordprocessingML deflates about 10:1; 1000:1 only comes from runs of identical bytes.
  maxCompressionRatio: 1000,
  maxPdfPages: 2000,
  // A page's content stream is some 10-100 KB; a 300 dpi A4 colour image inflates to 26 MB. pdfjs holds a
  // stream whole while it reads it: a bomb (2 GB in 2 MB) peaked at 4.3 GB before these limits.
  maxPdfStreamBytes: 128 * 1024 * 1024,
  maxPdfDecodedBytes: 512 * 1024 * 1024,
  // mammoth's heap grows with document.xml: a 2,000-row appendix (13 MB of XML, bench/scaling.mjs) needs
  // some 600-700 MB, which the former 512 MB refused.
  maxMemoryMb: 1024,
  timeoutMs: 60_000,
  maxTextChars: 1024 * TEXT_CHARS_PER_MB,
});

/** Fills unspecified limits with the defaults. */
export function resolveLimits(partial?: Partial<LoadLimits>): LoadLimits {
  const out: LoadLimits = { ...DEFAULT_LIMITS };
  if (partial) {
    for (const key of Object.keys(out) as (keyof LoadLimits)[]) {
      const v = partial[key];
      if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[key] = v;
    }
    if (partial.maxTextChars === undefined) out.maxTextChars = out.maxMemoryMb * TEXT_CHARS_PER_MB;
  }
  return out;
}

/** Rejects a text too long for the parser, extractors and rules to handle within the memory limit. */
export function checkTextLength(length: number, limits: LoadLimits): void {
  if (length > limits.maxTextChars) {
    throw new LoadError('text-too-long', `${length.toLocaleString('en')} characters > limit ${limits.maxTextChars.toLocaleString('en')}`);
  }
}

export function checkFileSize(bytes: Uint8Array, limits: LoadLimits): void {
  if (bytes.length > limits.maxBytes) {
    throw new LoadError('too-large', `${bytes.length} bytes > limit ${limits.maxBytes}`);
  }
}

/** Rejects a .docx whose declared uncompressed sizes would blow up mammoth (checked before it runs). */
export function checkZipEntries(entries: ZipEntry[], limits: LoadLimits): void {
  const doc = entries.find((e) => e.name === 'word/document.xml');
  if (doc && doc.uncompressedSize > limits.maxDocumentXmlBytes) {
    throw new LoadError('docx-too-large', `word/document.xml declares ${doc.uncompressedSize} bytes > limit ${limits.maxDocumentXmlBytes}`);
  }
  const { total } = declaredSizes(entries);
  if (total > limits.maxZipTotalBytes) {
    throw new LoadError('docx-too-large', `entries declare ${total} bytes uncompressed > limit ${limits.maxZipTotalBytes}`);
  }
  for (const e of entries) {
    // Small entries may compress extremely well without being dangerous.
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize > e.compressedSize * limits.maxCompressionRatio) {
      throw new LoadError('docx-too-large', `${e.name} declares a ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))}:1 compression ratio`);
    }
  }
}

const DOCTYPE = new TextEncoder().encode('<!DOCTYPE');

/**
 * Inflates every XML part (at most its declared size + 1 byte each) before mammoth reads it, and checks
 * - that it holds what the zip directory declares: a zip bomb that under-declares its sizes gets past
 *   checkZipEntries, and mammoth's zip reader would inflate all of it (gigabytes) before comparing sizes;
 * - that it has no DTD: Office Open XML parts never carry one (Word refuses them), and a DTD is how XML
 *   entity expansion ("billion laughs") attacks are delivered.
 * Damaged media are left to mammoth (it only reads the images the text refers to).
 * Returns the inflated parts by name, so the loader does not inflate them again.
 */
export function checkXmlParts(bytes: Uint8Array, entries: ZipEntry[]): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (!/\.(?:xml|rels)$/iu.test(e.name)) continue;
    let data: Uint8Array | null;
    try {
      data = inflateWithin(bytes, e, e.uncompressedSize);
    } catch {
      throw new LoadError('corrupt-docx', `damaged compressed data in ${e.name}`);
    }
    if (!data) throw new LoadError('docx-too-large', `${e.name} inflates to more than the ${e.uncompressedSize} bytes its zip entry declares`);
    if (data.length < e.uncompressedSize) throw new LoadError('corrupt-docx', `${e.name} is shorter than its zip entry declares`);
    if (Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(DOCTYPE) >= 0) {
      throw new LoadError('corrupt-docx', `${e.name} contains a DTD (<!DOCTYPE>), which Word documents never have; not read, to rule out entity expansion`);
    }
    parts.set(e.name, data);
  }
  return parts;
}
