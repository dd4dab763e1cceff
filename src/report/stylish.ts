// The default terminal report: findings grouped by file, a summary table for several files, and a closing count.
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { FileResult, Finding, ReportInput, Severity } from '../model/finding.js';
import { agencyTotals, displayPath, errorShownSeparately, locationText, plainText, sortedFindings, totals } from './_util.js';
import { label, type LabelId } from './labels.js';
import { describeSignature } from './signatures.js';
import { type ReportContext, type StreamingFormatter, wholeReport } from './stream.js';

type Lang = ReportInput['lang'];

const SEVERITY_LABEL: Record<Severity, LabelId> = {
  error: 'severity.error',
  warning: 'severity.warning',
  info: 'severity.info',
};

function width(s: string): number {
  return [...s].length;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

function paint(c: ChalkInstance, severity: Severity, text: string): string {
  if (severity === 'error') return c.red(text);
  if (severity === 'warning') return c.yellow(text);
  return c.blue(text);
}

function fileHeading(r: FileResult, input: ReportContext, c: ChalkInstance): string {
  const path = c.underline(plainText(displayPath(r.path, input.cwd)));
  return r.agency ? `${path} ${c.dim(`— ${plainText(r.agency)}`)}` : path;
}

const QUOTE_MAX = 80;

/**
 * The finding's text as written, «quoted», for the officer to search for (Ctrl+F) in the document; null when there
 * is none or the message already quotes it whole.
 */
export function quotedText(f: Finding): string | null {
  const squash = (t: string): string => plainText(t).replace(/\s+/gu, ' ').trim();
  const excerpt = f.excerpt ? squash(f.excerpt) : '';
  if (!excerpt || squash(f.message).includes(excerpt)) return null;
  const chars = [...excerpt];
  const shown = chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX - 1).join('').trimEnd()}…` : excerpt;
  return `«${shown}»`;
}

function fileBlock(r: FileResult, input: ReportContext, c: ChalkInstance): string[] {
  const lang = input.lang;
  const lines = [fileHeading(r, input, c)];
  for (const s of r.signatures ?? []) lines.push(`  ${c.dim(`${label(lang, 'digitalSignature')}:`)} ${plainText(describeSignature(s, lang))}`);
  if (r.error && errorShownSeparately(r)) {
    const sev = label(lang, 'severity.error');
    lines.push(
      `  ${c.red(sev)}  ${label(lang, 'loadFailed')}: ${plainText(r.error.message)}  ${c.dim(`load/${plainText(r.error.code)}`)}`,
    );
    return lines;
  }
  const findings = sortedFindings(r.findings);
  const rows = findings.map((f: Finding) => ({
    f,
    sev: label(lang, SEVERITY_LABEL[f.severity]),
    loc: locationText(f, r.format, lang),
    msg: plainText(f.message),
  }));
  const sevW = Math.max(0, ...rows.map((x) => width(x.sev)));
  const locW = Math.max(0, ...rows.map((x) => width(x.loc)));
  const msgW = Math.min(100, Math.max(0, ...rows.map((x) => width(x.msg))));
  for (const x of rows) {
    lines.push(
      `  ${paint(c, x.f.severity, pad(x.sev, sevW))}  ${c.dim(pad(x.loc, locW))}  ${pad(x.msg, msgW)}  ${c.dim(x.f.ruleId)}`,
    );
    const quote = quotedText(x.f);
    if (quote) lines.push(`  ${' '.repeat(sevW + 2 + locW + 2)}${c.dim(quote)}`);
    if (x.f.suggestion) {
      lines.push(`  ${' '.repeat(sevW + 2 + locW + 2)}${c.dim(`→ ${label(lang, 'suggestion')}: ${plainText(x.f.suggestion)}`)}`);
    }
  }
  return lines;
}

function summaryTable(input: ReportInput, c: ChalkInstance): string {
  const lang: Lang = input.lang;
  const table = new Table({
    head: [
      label(lang, 'col.file'),
      label(lang, 'col.agency'),
      label(lang, 'severity.error.plural'),
      label(lang, 'severity.warning.plural'),
      label(lang, 'severity.info.plural'),
    ],
    colAligns: ['left', 'left', 'right', 'right', 'right'],
    // cli-table3 colours head and border by default; colour is ours to decide.
    style: { head: [], border: [], compact: true },
  });
  for (const r of input.results) {
    const agency = r.error
      ? c.red(label(lang, 'loadFailedShort'))
      : r.agency
        ? plainText(r.agency)
        : c.dim(label(lang, 'unknownAgency'));
    table.push([
      plainText(displayPath(r.path, input.cwd)),
      agency,
      r.errorCount > 0 ? c.red(String(r.errorCount)) : '0',
      r.warningCount > 0 ? c.yellow(String(r.warningCount)) : '0',
      String(r.infoCount),
    ]);
  }
  const t = totals(input.results);
  table.push([c.bold(label(lang, 'total')), '', c.bold(String(t.errors)), c.bold(String(t.warnings)), c.bold(String(t.infos))]);
  return table.toString();
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Totals per agency (issuing body), for a batch that holds more than one agency; else null. */
function agencyTable(input: ReportInput, c: ChalkInstance): string | null {
  const lang: Lang = input.lang;
  const rows = agencyTotals(input.results);
  if (rows.length < 2) return null;
  const table = new Table({
    head: [
      label(lang, 'col.agency'),
      label(lang, 'col.files'),
      capitalize(label(lang, 'loadFailedShort')),
      label(lang, 'severity.error.plural'),
      label(lang, 'severity.warning.plural'),
      label(lang, 'severity.info.plural'),
    ],
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right'],
    style: { head: [], border: [], compact: true },
  });
  for (const a of rows) {
    table.push([
      a.agency ? plainText(a.agency) : c.dim(label(lang, 'unknownAgency')),
      String(a.files),
      a.failed > 0 ? c.red(String(a.failed)) : '0',
      a.errors > 0 ? c.red(String(a.errors)) : '0',
      a.warnings > 0 ? c.yellow(String(a.warnings)) : '0',
      String(a.infos),
    ]);
  }
  return `${c.bold(label(lang, 'doc.byAgency'))}\n${table.toString()}`;
}

/** Each element becomes one line. */
const asLines = (xs: readonly string[]): string => xs.map((x) => `${x}\n`).join('');

/**
 * Vietnamese (or English) terminal report, file by file; ANSI colour only when `color`. The end: the summary
 * table (several files), totals per agency (several agencies), and the closing count.
 */
export const stylishStream: StreamingFormatter = {
  file(r: FileResult, context: ReportContext): string {
    if (!r.error && r.findings.length === 0 && !r.signatures?.length) return '';
    return asLines([...fileBlock(r, context, new Chalk({ level: context.color ? 1 : 0 })), '']);
  },
  end(input: ReportInput): string {
    const c = new Chalk({ level: input.color ? 1 : 0 });
    const out: string[] = [];
    if (input.results.length > 1) out.push(summaryTable(input, c), '');
    const byAgency = agencyTable(input, c);
    if (byAgency) out.push(byAgency, '');
    const t = totals(input.results);
    const line = label(input.lang, 'summary.line', { ...t });
    const clean = t.errors === 0 && t.warnings === 0 && t.infos === 0 && t.failed === 0;
    if (clean) out.push(c.green(`✓ ${label(input.lang, 'noProblems')}`));
    out.push(t.errors > 0 || t.failed > 0 ? c.red.bold(line) : t.warnings > 0 ? c.yellow.bold(line) : c.green(line));
    return asLines(out);
  },
};

export const stylish = wholeReport(stylishStream);
