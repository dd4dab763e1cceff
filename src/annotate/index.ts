// Findings back into the document: `annotate` (a reviewed copy with a comment at each finding) and `fix` (the
// mechanical fixes as tracked changes, or applied to a text copy). Both check exactly like `check`.
import { basename, dirname, extname, join } from 'node:path';
import { parseBytes, readInput, resultOf, type CheckOptions, type Parsed } from '../check.js';
import { resolveLimits } from '../load/limits.js';
import type { FileResult } from '../model/finding.js';
import { annotateDocx, wordDate } from './docx-comments.js';
import { fixDocx, fixText, type FixOutcome } from './fixes.js';
import { annotatePdf } from './pdf-notes.js';

export { annotateDocx, wordDate, type AnnotateResult } from './docx-comments.js';
export { FIXABLE, fixDocx, fixText, isMechanical, mechanicalFixes, type FixOutcome } from './fixes.js';
export { annotatePdf, EncryptedCopyError, isSignedPdf } from './pdf-notes.js';
export { commentText } from './messages.js';
export { MISSING_ANCHORS, anchorSpan } from './anchors.js';

/** Suffixes of the copies this module writes (such files are outputs, never inputs of another run). */
export const ANNOTATED_SUFFIX = '.kehoach';
export const FIXED_SUFFIX = '.kehoach-fix';
const OUTPUT_RE = /\.kehoach(?:-fix)?\.(?:docx|pdf|txt|md|markdown)$/iu;

export const isOwnOutput = (path: string): boolean => OUTPUT_RE.test(path);

/** "plan.docx" → "<dir>/plan.kehoach.docx". */
export function outputPath(input: string, suffix: string, outDir?: string): string {
  const ext = extname(input);
  return join(outDir ?? dirname(input), `${basename(input, ext)}${suffix}${ext}`);
}

/** The document and its findings, checked exactly as `check` does. Throws LoadError. */
export async function analyse(path: string, options: CheckOptions): Promise<{ bytes: Uint8Array; parsed: Parsed; result: FileResult }> {
  const bytes = await readInput(path, options);
  const parsed = await parseBytes(bytes, path, options);
  return { bytes, parsed, result: resultOf(path, parsed, options) };
}

export type AnnotateOutcome =
  | { kind: 'docx'; bytes: Uint8Array; findings: number; comments: number }
  | { kind: 'pdf'; bytes: Uint8Array; findings: number; comments: number; signed: boolean }
  | { kind: 'unsupported'; format: string };

export async function annotateFile(path: string, options: CheckOptions): Promise<{ result: FileResult; outcome: AnnotateOutcome }> {
  const { bytes, parsed, result } = await analyse(path, options);
  const limits = resolveLimits(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : undefined);
  if (parsed.loaded.format === 'docx') {
    const out = await annotateDocx({ bytes, loaded: parsed.loaded, doc: parsed.doc, findings: result.findings, lang: options.lang, limits, date: wordDate(options.today) });
    return { result, outcome: { kind: 'docx', bytes: out.bytes, findings: result.findings.length, comments: out.comments.filter((c) => c.id !== null).length } };
  }
  if (parsed.loaded.format === 'pdf') {
    const out = await annotatePdf(bytes, result.findings, options.lang, { ...(options.password !== undefined ? { password: options.password } : {}), loaded: parsed.loaded });
    return { result, outcome: { kind: 'pdf', bytes: out.bytes, findings: result.findings.length, comments: out.notes.length, signed: out.signed } };
  }
  return { result, outcome: { kind: 'unsupported', format: parsed.loaded.format } };
}

export async function fixFile(path: string, options: CheckOptions): Promise<{ result: FileResult; format: string; outcome: FixOutcome | null }> {
  const { bytes, parsed, result } = await analyse(path, options);
  const format = parsed.loaded.format;
  if (format === 'docx') {
    const limits = resolveLimits(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : undefined);
    return { result, format, outcome: await fixDocx(bytes, parsed.loaded, result.findings, limits, wordDate(options.today)) };
  }
  if (format === 'txt' || format === 'md') return { result, format, outcome: fixText(bytes, parsed.loaded, result.findings) };
  return { result, format, outcome: null };
}
