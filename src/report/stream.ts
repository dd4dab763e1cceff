// Formats printed file by file as results arrive, so a large batch shows output early and needs no finding kept.
import type { FileResult, ReportInput } from '../model/finding.js';
import type { Formatter } from './registry.js';

/** What a streaming format knows before any file is done: everything but the results. */
export type ReportContext = Omit<ReportInput, 'results'>;

/**
 * A format that can be printed file by file, as results arrive (in input order): `file` gives one file's
 * text; `end` the closing text (summary), from results whose counts and agency are kept but whose findings
 * may have been dropped to save memory. The whole report is the files' texts followed by `end`.
 */
export interface StreamingFormatter {
  file(result: FileResult, context: ReportContext): string;
  end(input: ReportInput): string;
}

/** The whole-report formatter of a streaming format: the same text as printing it file by file. */
export function wholeReport(stream: StreamingFormatter): Formatter {
  return (input) => input.results.map((r) => stream.file(r, input)).join('') + stream.end(input);
}
