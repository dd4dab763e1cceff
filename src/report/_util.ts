// Helpers shared by the formatters: display paths, locations a reader can find, counts and grouping.
import type { FileResult, Finding, ReportInput, Severity } from '../model/finding.js';
import { label } from './labels.js';

type Lang = ReportInput['lang'];

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const WINDOWS_ABSOLUTE = /^(?:[A-Za-z]:[\\/]|\\\\)/u;

/**
 * Backslashes become "/" (Windows paths), except the \xNN that stand for a byte of a file name that is not UTF-8
 * (always \x80–\xff: src/load/raw-path.ts).
 */
function toSlashes(p: string): string {
  return p.replace(/\\(?!x[89a-f][0-9a-f])/gu, '/');
}

const ESCAPED_BYTE_RE = /\\x([89a-f][0-9a-f])/gu;

function splitSegments(p: string): string[] {
  return toSlashes(p).split('/');
}

/**
 * `path` relative to `cwd` with forward slashes, when it lies inside `cwd`; otherwise the path as given
 * (forward slashes). Pure string work, so the output is the same on every machine.
 */
export function displayPath(path: string, cwd: string): string {
  const p = toSlashes(path);
  const isAbsolute = p.startsWith('/') || WINDOWS_ABSOLUTE.test(path);
  if (!isAbsolute) return p.replace(/^(?:\.\/)+/u, '');
  const base = toSlashes(cwd).replace(/\/+$/u, '');
  // Windows drive letters compare case-insensitively.
  const same = WINDOWS_ABSOLUTE.test(cwd) ? p.toLowerCase().startsWith(`${base.toLowerCase()}/`) : p.startsWith(`${base}/`);
  if (base !== '' && same) return p.slice(base.length + 1);
  if (base === '' && p.startsWith('/')) return p.slice(1);
  return p;
}

/** True when {@link displayPath} could not make the path relative to cwd. */
export function isOutsideCwd(path: string, cwd: string): boolean {
  const d = displayPath(path, cwd);
  return d.startsWith('/') || WINDOWS_ABSOLUTE.test(d) || d.startsWith('../') || d === '..';
}

/** An RFC 3986 URI reference for a path: relative to cwd, or file:// for an absolute path outside it; segments percent-encoded. */
export function pathToUri(path: string, cwd: string): { uri: string; relative: boolean } {
  const absolute = toSlashes(path).startsWith('/') || WINDOWS_ABSOLUTE.test(path);
  // A relative path ("../x.txt") stays a relative reference, resolved against cwd.
  if (!absolute || !isOutsideCwd(path, cwd)) {
    return { uri: splitSegments(displayPath(path, cwd)).map(encodeSegment).join('/'), relative: true };
  }
  return { uri: absoluteFileUri(toSlashes(path)), relative: false };
}

/** A file:// URI for an absolute path (POSIX or Windows), ending in "/" when `dir` is set. */
export function absoluteFileUri(absolute: string, dir = false): string {
  const p = toSlashes(absolute);
  const segments = p.split('/').map((s, i) => (i === 0 && /^[A-Za-z]:$/u.test(s) ? s : encodeSegment(s)));
  let body = segments.join('/');
  if (!body.startsWith('/')) body = `/${body}`;
  if (dir && !body.endsWith('/')) body += '/';
  return `file://${body}`;
}

function encodeSegment(s: string): string {
  // encodeURIComponent leaves !'()* alone, which RFC 3986 allows in a path segment.
  if (!s.includes('\\x')) return encodeURIComponent(s);
  // A name that is not UTF-8: its own bytes, percent-encoded (encodeURIComponent would encode the "\xNN" text).
  let out = '';
  let last = 0;
  for (const m of s.matchAll(ESCAPED_BYTE_RE)) {
    out += `${encodeURIComponent(s.slice(last, m.index))}%${(m[1] as string).toUpperCase()}`;
    last = m.index + m[0].length;
  }
  return out + encodeURIComponent(s.slice(last));
}

/** The rule that reports an input that could not be read (src/rules/load/unreadable.ts). */
export const UNREADABLE_RULE_ID = 'load/unreadable';

/**
 * Whether a failed file's load error is shown by its load/unreadable finding. Results built without it (an
 * older cache, a library caller's own FileResult) still get the error line of their own, never both.
 */
export function errorShownSeparately(r: FileResult): boolean {
  return r.error !== null && !r.findings.some((f) => f.ruleId === UNREADABLE_RULE_ID);
}

/** Findings in reading order: line, column, then rule id. */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message),
  );
}

/**
 * Where a reader of this file format can find the finding, leading with what they can see:
 * the page for a PDF, the page (when known) then section and paragraph for Word, the section and line for text.
 */
export function locationParts(finding: Finding, format: string | null, lang: Lang): string[] {
  const parts: string[] = [];
  const section = finding.sectionPath === null ? null : label(lang, 'loc.section', { s: finding.sectionPath });
  const page = finding.page === null ? null : label(lang, 'loc.page', { n: finding.page });
  const paragraph = finding.paragraph === null ? null : label(lang, 'loc.paragraph', { n: finding.paragraph });
  const line = label(lang, 'loc.line', { n: finding.line });
  const tr = finding.tableRow;
  const row = tr
    ? tr.number
      ? label(lang, 'loc.tableRowNumbered', { t: tr.table, r: tr.row, n: tr.number })
      : label(lang, 'loc.tableRow', { t: tr.table, r: tr.row })
    : null;
  if (format === 'pdf') {
    if (page) parts.push(page);
    if (section) parts.push(section);
    if (row) parts.push(row);
    if (!page) parts.push(line);
  } else if (format === 'docx' || format === 'doc') {
    if (page) parts.push(page);
    if (section) parts.push(section);
    // A table is one Word paragraph number for all its rows: the row says more.
    if (row) parts.push(row);
    else if (paragraph) parts.push(paragraph);
    if (!row && !paragraph && !page) parts.push(line);
  } else {
    if (section) parts.push(section);
    if (row) parts.push(row);
    parts.push(line);
  }
  return parts;
}

/** {@link locationParts} joined with ", ". */
export function locationText(finding: Finding, format: string | null, lang: Lang): string {
  return locationParts(finding, format, lang).join(', ');
}

export interface Totals {
  files: number;
  failed: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts over all files, using each file's counts (the engine's) rather than recounting. */
export function totals(results: readonly FileResult[]): Totals {
  const t: Totals = { files: results.length, failed: 0, errors: 0, warnings: 0, infos: 0 };
  for (const r of results) {
    if (r.error) t.failed++;
    t.errors += r.errorCount;
    t.warnings += r.warningCount;
    t.infos += r.infoCount;
  }
  return t;
}

export interface AgencyTotals {
  agency: string | null;
  files: number;
  failed: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Per-agency totals, sorted by agency name with the unknown agency last. */
export function agencyTotals(results: readonly FileResult[]): AgencyTotals[] {
  const map = new Map<string | null, AgencyTotals>();
  for (const r of results) {
    const key = r.agency;
    let a = map.get(key);
    if (!a) {
      a = { agency: key, files: 0, failed: 0, errors: 0, warnings: 0, infos: 0 };
      map.set(key, a);
    }
    a.files++;
    if (r.error) a.failed++;
    a.errors += r.errorCount;
    a.warnings += r.warningCount;
    a.infos += r.infoCount;
  }
  return [...map.values()].sort((x, y) => {
    if (x.agency === y.agency) return 0;
    if (x.agency === null) return 1;
    if (y.agency === null) return -1;
    return x.agency.localeCompare(y.agency, 'vi');
  });
}

/** How many findings per key, sorted by count (desc) then key. */
export function countBy(results: readonly FileResult[], key: (f: Finding) => string): { key: string; count: number }[] {
  const map = new Map<string, number>();
  for (const r of results) for (const f of r.findings) map.set(key(f), (map.get(key(f)) ?? 0) + 1);
  return [...map.entries()].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The area of a rule id: "citation/superseded" → "citation". */
export function ruleArea(ruleId: string): string {
  const i = ruleId.indexOf('/');
  return i < 0 ? ruleId : ruleId.slice(0, i);
}

/** Findings grouped by section path in order of first appearance (null = before the first section). */
export function groupBySection(findings: readonly Finding[]): { section: string | null; findings: Finding[] }[] {
  const groups: { section: string | null; findings: Finding[] }[] = [];
  const index = new Map<string | null, number>();
  for (const f of sortedFindings(findings)) {
    let i = index.get(f.sectionPath);
    if (i === undefined) {
      i = groups.length;
      index.set(f.sectionPath, i);
      groups.push({ section: f.sectionPath, findings: [] });
    }
    groups[i]?.findings.push(f);
  }
  return groups;
}

/** Region ends that never precede their start (the engine should guarantee it; a report must stay valid anyway). */
export function safeRegion(f: Finding): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  const startLine = f.line;
  const startColumn = f.column;
  let endLine = f.endLine;
  let endColumn = f.endColumn;
  if (endLine < startLine) {
    endLine = startLine;
    endColumn = startColumn;
  } else if (endLine === startLine && endColumn < startColumn) {
    endColumn = startColumn;
  }
  return { startLine, startColumn, endLine, endColumn };
}

/** Document text made safe for a terminal or a one-line format: control characters (ESC, CR, LF, tab…) become spaces. */
export function plainText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ');
}
