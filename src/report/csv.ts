// CSV for spreadsheets: one row per finding, RFC 4180, UTF-8 with BOM, CRLF, formula injection neutralized.
import type { ReportInput, Severity } from '../model/finding.js';
import { agencyTotals, displayPath, errorShownSeparately, sortedFindings } from './_util.js';
import { label, type LabelId } from './labels.js';

const SEVERITY_LABEL: Record<Severity, LabelId> = {
  error: 'severity.error',
  warning: 'severity.warning',
  info: 'severity.info',
};

/**
 * One cell: a text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so Excel and
 * LibreOffice do not run it as a formula (OWASP "CSV injection"); then RFC 4180 quoting when needed.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/**
 * `--format csv`: columns file, agency, rule, severity, section, page, paragraph, line, excerpt, message, suggestion;
 * rows grouped by agency (agencies by name, the unknown agency last; files in input order within one agency).
 */
export function csv(input: ReportInput): string {
  const { lang } = input;
  const header = (
    ['col.file', 'col.agency', 'col.rule', 'col.severity', 'col.section', 'col.page', 'col.paragraph', 'col.line', 'col.excerpt', 'col.message', 'col.suggestion'] as const
  ).map((id) => label(lang, id));
  const rows: (string | number | null)[][] = [header];
  const order = new Map(agencyTotals(input.results).map((a, i) => [a.agency, i] as const));
  const grouped = input.results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (order.get(a.r.agency) ?? 0) - (order.get(b.r.agency) ?? 0) || a.i - b.i)
    .map((x) => x.r);
  for (const r of grouped) {
    const file = displayPath(r.path, input.cwd);
    if (r.error && errorShownSeparately(r)) {
      rows.push([file, r.agency, `load/${r.error.code}`, label(lang, 'severity.error'), null, null, null, null, null, `${label(lang, 'loadFailed')}: ${r.error.message}`, null]);
      continue;
    }
    for (const f of sortedFindings(r.findings)) {
      rows.push([file, r.agency, f.ruleId, label(lang, SEVERITY_LABEL[f.severity]), f.sectionPath, f.page, f.paragraph, f.line, f.excerpt, f.message, f.suggestion]);
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
