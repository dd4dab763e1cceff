// Small helpers shared by rules: anchor spans, section walks, date formatting, text folding.
import type { PlanDocument, Section } from '../model/plan.js';
import type { Span } from '../model/span.js';

/** Span of the line containing `offset` (without the newline). */
export function lineSpanAt(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  return { start: offset === 0 ? 0 : start, end };
}

/** Span of the first line with visible text: where "missing header component" findings are anchored. */
export function firstContentLine(text: string): Span {
  const m = /\S/u.exec(text);
  if (!m) return { start: 0, end: 0 };
  return trimmedLine(text, m.index);
}

/** Span of the last line with visible text: where "missing signature / recipients" findings are anchored. */
export function lastContentLine(text: string): Span {
  let i = text.length - 1;
  while (i >= 0 && /\s/u.test(text[i] ?? '')) i--;
  if (i < 0) return { start: 0, end: 0 };
  return trimmedLine(text, i);
}

function trimmedLine(text: string, offset: number): Span {
  const line = lineSpanAt(text, offset);
  const s = text.slice(line.start, line.end);
  const lead = s.length - s.trimStart().length;
  const trail = s.length - s.trimEnd().length;
  return { start: line.start + lead, end: line.end - trail };
}

/**
 * Where a missing header part is reported: the type-name line ("KẾ HOẠCH"), the part the header sits above;
 * else the first line with text. Stable across .txt/.docx/.pdf, unlike the first line of a web copy.
 */
export function headerAnchor(doc: PlanDocument, text: string): Span {
  return doc.header.documentType?.span ?? firstContentLine(text);
}

/**
 * Where a missing recipients block or signature is reported: the closing paragraph ("Trên đây là…"), else the
 * title of the last section, else the last line with text.
 */
export function endAnchor(doc: PlanDocument, text: string): Span {
  const closing = doc.closing[0];
  if (closing) return closing.span;
  let last: Section | undefined = doc.sections[doc.sections.length - 1];
  while (last && last.children.length > 0) last = last.children[last.children.length - 1];
  return last?.titleSpan ?? lastContentLine(text);
}

/** Depth-first walk of the section tree. */
export function* walkSections(sections: readonly Section[]): Generator<Section> {
  for (const s of sections) {
    yield s;
    yield* walkSections(s.children);
  }
}

/** "2025-07-01" → "01/7/2025" (the short form plans use in prose). */
export function formatIso(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${Number(m)}/${y}`;
}

/**
 * Old-style tone placement (oà, oè, uỳ) and whitespace that is not a single space. One pass: the
 * alternatives start with different characters, so they never overlap.
 */
const FOLD_RE = /o([àáảãạ])|o([èéẻẽẹ])|u([ỳýỷỹỵ])|\s{2,}|(?! )\s/gu;

/** Lower case, NFC, and one tone-mark placement (hoà → hòa, uỷ → ủy) so both styles compare equal (DOMAIN §6.1). */
export function fold(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(FOLD_RE, (_m, a?: string, e?: string, y?: string) =>
      a ? `${toneOn('o', a)}a` : e ? `${toneOn('o', e)}e` : y ? `${toneOn('u', y)}y` : ' ',
    );
}

const TONES: Record<string, number> = { '\u0300': 0, '\u0301': 1, '\u0309': 2, '\u0303': 3, '\u0323': 4 };
const O_TONED = ['ò', 'ó', 'ỏ', 'õ', 'ọ'];
const U_TONED = ['ù', 'ú', 'ủ', 'ũ', 'ụ'];
function toneOn(base: 'o' | 'u', toned: string): string {
  const mark = toned.normalize('NFD').slice(1);
  const i = TONES[mark] ?? -1;
  const table = base === 'o' ? O_TONED : U_TONED;
  return table[i] ?? base;
}

/** True when `span` lies inside any of `ranges`. */
export function inside(span: Span, ranges: readonly (Span | null | undefined)[]): boolean {
  return ranges.some((r) => r != null && span.start >= r.start && span.end <= r.end);
}

/**
 * Where the clause containing `offset` starts: after the last ";", sentence-ending ".", or line break before it
 * (at most `limit` characters back). Line breaks inside table rows (lines with tabs, i.e. a cell continued
 * across a page break) do not end a clause.
 */
export function clauseStart(text: string, offset: number, limit = 600): number {
  const from = Math.max(0, offset - limit);
  for (let i = offset - 1; i >= from; i--) {
    const c = text[i];
    if (c === ';') return i + 1;
    if (c === '.' && /\s/u.test(text[i + 1] ?? ' ')) return i + 1;
    if (c === '\n') {
      let end = text.indexOf('\n', i + 1);
      if (end < 0) end = text.length;
      const line = text.slice(i + 1, end);
      if (line.trim() !== '' && !line.includes('\t')) return i + 1;
    }
  }
  return from;
}

/** The title text of the plan (subject, else type line), for profile guards. */
export function planTitle(doc: PlanDocument): string {
  return [doc.header.documentType?.text ?? '', doc.header.subject?.text ?? ''].join(' ');
}

/** Compares ISO dates (lexicographic order is chronological). */
export function isoBefore(a: string, b: string): boolean {
  return a < b;
}
