// Groups share targets by the statement they stand in (a map, never all pairs: plans may state thousands).
import type { Target } from '../../model/facts.js';
import type { Span } from '../../model/span.js';
import { fold } from '../_util.js';

/**
 * The statement a target stands in: from the previous ";", sentence end, tab or line break to the next one.
 * The extractor's indicator is a short head phrase ("hồ sơ thủ tục hành chính") shared by different
 * targets, so comparing whole statements is what keeps these rules free of false findings.
 */
export function statementOf(text: string, span: Span): Span {
  let s = span.start;
  while (s > 0) {
    const c = text[s - 1];
    if (c === ';' || c === '\n' || c === '\t' || (c === '.' && /\s/u.test(text[s] ?? ' '))) break;
    s--;
  }
  let e = span.end;
  while (e < text.length) {
    const c = text[e];
    if (c === ';' || c === '\n' || c === '\t' || (c === '.' && /\s/u.test(text[e + 1] ?? ' '))) break;
    e++;
  }
  return { start: s, end: e };
}

/** Folded statement with its percentages blanked: equal keys = the same target wording. */
export function statementKey(text: string, st: Span): string | null {
  const s = fold(text.slice(st.start, st.end))
    .replace(/<[^>]+>/gu, ' ')
    .replace(/^[\s\-+•*]+/u, '')
    .replace(/\d{1,3}(?:[.,]\d{1,2})?\s?%/gu, '#%')
    .replace(/[^\p{L}\p{N}#%]+/gu, ' ')
    .trim();
  // Short statements ("100% TTHC") say too little to be compared.
  return s.split(' ').length >= 8 ? s : null;
}

export interface Stated {
  target: Target;
  statement: Span;
  key: string;
}

/** Share targets keyed by statement wording (and year); `extra` adds more key parts. */
export function groupTargets(text: string, targets: readonly Target[], extra: (t: Target) => string = () => ''): Map<string, Stated[]> {
  const groups = new Map<string, Stated[]>();
  for (const target of targets) {
    if (target.kind !== 'share') continue;
    const statement = statementOf(text, target.span);
    const k = statementKey(text, statement);
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
