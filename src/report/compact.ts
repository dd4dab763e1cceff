// One finding per line, `file:line:col: severity rule-id message` — the golden format of the tests.
import type { FileResult } from '../model/finding.js';
import { displayPath, errorShownSeparately, plainText, sortedFindings } from './_util.js';
import { type ReportContext, type StreamingFormatter, wholeReport } from './stream.js';

/**
 * `file:line:col: severity rule-id message`, severity in English (error/warning/info) so the lines
 * can be grepped whatever `--lang`; the message is localized. Load failures: `file:1:1: error load/<code> message`.
 */
export const compactStream: StreamingFormatter = {
  file(r: FileResult, context: ReportContext): string {
    const path = plainText(displayPath(r.path, context.cwd));
    if (r.error && errorShownSeparately(r)) return `${path}:1:1: error load/${plainText(r.error.code)} ${plainText(r.error.message)}\n`;
    return sortedFindings(r.findings)
      .map((f) => `${path}:${f.line}:${f.column}: ${f.severity} ${f.ruleId} ${plainText(f.message)}\n`)
      .join('');
  },
  end: () => '',
};

export const compact = wholeReport(compactStream);
