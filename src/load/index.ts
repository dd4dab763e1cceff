// Entry point of loading: sniff the format from the bytes, apply the limits, run the right loader (isolated).
import { loadSniffed } from './dispatch.js';
import { isolateWorkerUrl, loadIsolated } from './isolate.js';
import { checkFileSize, resolveLimits, type LoadLimits } from './limits.js';
import { sniffFormat } from './sniff.js';
import { LoadError, type LoadedDocument } from './types.js';

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
}

/** Loads a plan document of any supported format. Every failure is a LoadError with a code. */
export async function loadDocument(bytes: Uint8Array, options: LoadOptions): Promise<LoadedDocument> {
  const limits = resolveLimits(options.limits);
  if (bytes.length === 0) throw new LoadError('empty');
  checkFileSize(bytes, limits);
  const sniff = sniffFormat(bytes, options.path);
  const dispatch = { limits, ...(options.password !== undefined ? { password: options.password } : {}) };
  if (sniff.format === 'txt' || options.isolate === false) return loadSniffed(bytes, sniff, dispatch);
  const url = isolateWorkerUrl();
  if (!url) {
    if (options.isolate === true) throw new LoadError('internal', 'isolation worker not built (run `npm run build`)');
    return loadSniffed(bytes, sniff, dispatch);
  }
  return loadIsolated(bytes, sniff, dispatch, url, options.path);
}
