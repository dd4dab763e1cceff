// Groups share targets by the statement they stand in (a map, never all pairs: plans may state thousands).
import type { Target } from '../../model/facts.js';
import type { Span } from '../../model/span.js';
import { fold } from '../_util.js';
import { pattern } from '../../text/pattern.js';

/**
 * The statement a target stands in: from the previous ";", sentence end, tab or line break to the next one.
 * The extractor's indicator is a short head phrase ("hồ sơ thủ tục hành chính") shared by different
 * targets, so comparing whole statements is what keeps these rules free of false findings.
 * A hard-wrapped line break (the line before ends without punctuation, the next line opens with no list
 * marker and no blank line between) does not end the statement: "(12) Tỷ lệ các cơ sở đào tạo … chuẩn hóa
 * dữ\nliệu số, kho học liệu số mở đạt 100%" is one statement, not its last line.
 */
export function statementOf(text: string, span: Span): Span {
  const floor = Math.max(0, span.start - 600);
  let s = span.start;
  while (s > floor) {
    const c = text[s - 1];
    if (c === '\n' && softBreak(text, s - 1)) {
      s--;
      continue;
    }
    if (c === ';' || c === '\n' || c === '\t' || (c === '.' && /\s/u.test(text[s] ?? ' '))) break;
    s--;
  }
  const ceiling = Math.min(text.length, span.end + 600);
  let e = span.end;
  while (e < ceiling) {
    const c = text[e];
    if (c === '\n' && softBreak(text, e)) {
      e++;
      continue;
    }
    if (c === ';' || c === '\n' || c === '\t' || (c === '.' && /\s/u.test(text[e + 1] ?? ' '))) break;
    e++;
  }
  return { start: s, end: e };
}

/** A line break inside a paragraph (hard wrap): no punctuation before it, no blank line, list marker or table row after. */
function softBreak(text: string, nl: number): boolean {
  const before = text[nl - 1] ?? '\n';
  if (/[\n\t.;:!?]/u.test(before) || /^[ \t*_]*$/u.test(text.slice(text.lastIndexOf('\n', nl - 1) + 1, nl))) return false;
  const next = text.slice(nl + 1, nl + 14);
  if (next === '' || next[0] === '\n' || LIST_LINE.test(next) || /^[ \t]*(?:\*\*|\||#)/u.test(next)) return false;
  const lineEnd = text.indexOf('\n', nl + 1);
  return !text.slice(nl + 1, lineEnd < 0 ? text.length : lineEnd).includes('\t');
}

/** Words that make a figure a minimum ("tối thiểu 90%", "≥ 90%", "90% trở lên"): a level, like an exact figure. */
const MIN_BEFORE = pattern(String.raw`(?<![\p{L}])(?:tối thiểu|ít nhất|không dưới|không thấp hơn)\s+(?=\d)|≥\s*(?=\d)`, 'gu');
const MIN_AFTER = pattern(String.raw`(%)\s*trở lên(?![\p{L}])`, 'gu');

/**
 * Folded statement with its percentages blanked: equal keys = the same target wording. Minimum words are
 * dropped, so "đạt 100%" and "đạt tối thiểu 90%" of one indicator share a key and are compared as levels.
 */
export function statementKey(text: string, st: Span): string | null {
  const s = fold(text.slice(st.start, st.end))
    .replace(MIN_BEFORE, '')
    .replace(MIN_AFTER, '$1')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/^[\s\-+•*]+/u, '')
    .replace(/^(?:\(\d{1,2}\)|[a-zđ]\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)])\s+/u, '')
    .replace(/\d{1,3}(?:[.,]\d{1,2})?\s?%/gu, '#%')
    .replace(pattern(String.raw`[^\p{L}\p{N}#%]+`, 'gu'), ' ')
    .trim();
  // Short statements ("100% TTHC") say too little to be compared.
  return s.split(' ').length >= 8 ? s : null;
}

export interface Stated {
  target: Target;
  statement: Span;
  key: string;
}

/** Each share target with its statement and statement key (null: too short to compare). */
interface Keyed {
  target: Target;
  statement: Span;
  key: string | null;
}

/**
 * The share targets keyed once per document: target/duplicate and target/conflict both group them, and finding
 * and folding the statements is most of their work. Kept while the document's targets array lives.
 */
const keyedByTargets = new WeakMap<readonly Target[], { text: string; keyed: Keyed[] }>();
function keyedTargets(text: string, targets: readonly Target[]): Keyed[] {
  const cached = keyedByTargets.get(targets);
  if (cached && cached.text === text) return cached.keyed;
  const keyed: Keyed[] = [];
  for (const target of targets) {
    if (target.kind !== 'share') continue;
    const statement = statementOf(text, target.span);
    keyed.push({ target, statement, key: statementKey(text, statement) });
  }
  keyedByTargets.set(targets, { text, keyed });
  return keyed;
}

/** Share targets keyed by statement wording (and year); `extra` adds more key parts. */
export function groupTargets(text: string, targets: readonly Target[], extra: (t: Target) => string = () => ''): Map<string, Stated[]> {
  const groups = new Map<string, Stated[]>();
  for (const { target, statement, key: k } of keyedTargets(text, targets)) {
    if (k === null) continue;
    const key = [k, target.year ?? '', extra(target)].join('\u0000');
    const entry = { target, statement, key };
    const g = groups.get(key);
    if (g) g.push(entry);
    else groups.set(key, [entry]);
  }
  return groups;
}

export function describe(t: Target): string {
  const op = { gte: 'tối thiểu ', gt: 'trên ', lte: 'tối đa ', lt: 'dưới ', eq: '' }[t.comparator];
  return `${op}${String(t.value).replace('.', ',')}%`;
}

/** The statement as written, shortened for a message. */
export function quote(text: string, st: Span): string {
  const s = text.slice(st.start, st.end).replace(/<[^>]+>/gu, ' ').replace(/^[\s\-+•*]+/u, '').replace(/\s+/gu, ' ').trim();
  return s.length > 90 ? `${s.slice(0, 87)}…` : s;
}

/** Exact and minimum figures are levels of one indicator; maxima and strict bounds are compared only with their own kind. */
export function levelClass(t: Target): string {
  return t.comparator === 'eq' || t.comparator === 'gte' ? 'level' : t.comparator;
}

const LIST_LINE = /^[ \t*_]*(?:[-+•–]|[a-zđ]\)|\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[IVX]{1,5}\.)\s/u;
const YEAR_IN = pattern(String.raw`(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{N}])`, 'gu');

/**
 * The years written around a target: in its statement and back to the start of its list item or paragraph
 * (a blank line, or a line opening with a list marker; at most 300 characters). Catches the year of a
 * hard-wrapped item ("a) Đến hết năm 2025: Có ≥\n30% …") that the extractor's sentence does not reach.
 */
export function contextYears(text: string, st: Span): string {
  const floor = Math.max(0, st.start - 300);
  let from = st.start;
  while (from > floor) {
    const nl = text.lastIndexOf('\n', from - 1);
    const lineStart = nl < floor ? floor : nl + 1;
    if (LIST_LINE.test(text.slice(lineStart, lineStart + 12)) || nl < floor || text[nl - 1] === '\n') {
      from = lineStart;
      break;
    }
    from = nl;
  }
  const years = new Set(text.slice(from, st.end).match(YEAR_IN) ?? []);
  return [...years].sort().join(',');
}
