// One finding per line, `file:line:col: severity rule-id message` — the golden format of the tests.
import type { ReportInput } from '../model/finding.js';
import { displayPath, plainText, sortedFindings } from './_util.js';

/**
 * `file:line:col: severity rule-id message`, severity in English (error/warning/info) so the lines
 * can be grepped whatever `--lang`; the message is localized. Load failures: `file:1:1: error load/<code> message`.
 */
export function compact(input: ReportInput): string {
  const lines: string[] = [];
  for (const r of input.results) {
    const path = plainText(displayPath(r.path, input.cwd));
    if (r.error) {
      lines.push(`${path}:1:1: error load/${plainText(r.error.code)} ${plainText(r.error.message)}`);
      continue;
    }
    for (const f of sortedFindings(r.findings)) {
      lines.push(`${path}:${f.line}:${f.column}: ${f.severity} ${f.ruleId} ${plainText(f.message)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
