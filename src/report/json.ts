// Machine-readable report: the schema in json-schema.ts and docs/json-schema.md.
import type { ReportInput } from '../model/finding.js';
import { agencyTotals, countBy, displayPath, sortedFindings, totals } from './_util.js';
import type { JsonReport } from './json-schema.js';

/** Bumped on any incompatible change to the JSON report (its schema: json-schema.ts). */
export const JSON_REPORT_VERSION = 1;

/** Builds the JSON report object (exported for library users who want the object, not the text). */
export function jsonReport(input: ReportInput): JsonReport {
  const t = totals(input.results);
  const byRule: Record<string, number> = {};
  for (const { key, count } of countBy(input.results, (f) => f.ruleId)) byRule[key] = count;
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: 'kehoach-lint', version: input.toolVersion },
    lang: input.lang,
    results: input.results.map((r) => ({
      path: displayPath(r.path, input.cwd),
      format: r.format,
      encoding: r.encoding,
      agency: r.agency,
      pageCount: r.pageCount,
      error: r.error ? { code: r.error.code, message: r.error.message } : null,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      infoCount: r.infoCount,
      ...(r.signatures?.length ? { signatures: r.signatures } : {}),
      ...(r.ocrPages?.length ? { ocrPages: r.ocrPages } : {}),
      findings: sortedFindings(r.findings).map((f) => ({
        ruleId: f.ruleId,
        messageId: f.messageId,
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        sectionPath: f.sectionPath,
        page: f.page,
        paragraph: f.paragraph,
        tableRow: f.tableRow ?? null,
        excerpt: f.excerpt,
        suggestion: f.suggestion,
        fix: f.fix ? { text: f.fix.text, line: f.fix.line, column: f.fix.column, endLine: f.fix.endLine, endColumn: f.fix.endColumn } : null,
      })),
    })),
    summary: { ...t, byRule, byAgency: agencyTotals(input.results) },
  };
}

/** `--format json`: the report object, pretty-printed, with a final newline. */
export function json(input: ReportInput): string {
  return `${JSON.stringify(jsonReport(input), null, 2)}\n`;
}
