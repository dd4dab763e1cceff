// Small helpers shared by the extractors: folding, spans, clause bounds.
import type { Span } from '../model/span.js';

/** NFC plus the Ð→Đ fold, without changing length for precomposed input (used on fragments only). */
export function fold(s: string): string {
  return s.replace(/\u00d0/gu, 'Đ');
}

export function span(base: number, start: number, end: number): Span {
  return { start: base + start, end: base + end };
}

/** Lower case, Ð→Đ, whitespace collapsed. */
export function lowerFold(s: string): string {
  return fold(s).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** ASCII folding (diacritics removed, đ→d), lower case. */
export function ascii(s: string): string {
  return fold(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase();
}

/**
 * Start and end (exclusive) of the clause around `at`: bounded by ";", a sentence end ". ",
 * a line break, or the ends of the text. Linear in the clause length.
 */
export function clauseBounds(text: string, at: number, opts: { comma?: boolean } = {}): { start: number; end: number } {
  let s = at;
  while (s > 0) {
    const c = text[s - 1];
    if (c === ';' || c === '\n' || c === '\t' || (opts.comma && c === ',')) break;
    if (c === '.' && (s >= text.length || /\s/u.test(text[s] ?? ' ')) && !/\d/u.test(text[s - 2] ?? '')) break;
    s -= 1;
  }
  let e = at;
  while (e < text.length) {
    const c = text[e];
    if (c === ';' || c === '\n' || c === '\t' || (opts.comma && c === ',')) break;
    if (c === '.' && (e + 1 >= text.length || /\s/u.test(text[e + 1] ?? ' '))) break;
    e += 1;
  }
  return { start: s, end: e };
}

/** Trims whitespace and the given trailing punctuation, returning the new [start, end). */
export function trimRange(text: string, start: number, end: number, trailing = ' \t\n,;:.'): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
  while (e > s && trailing.includes(text[e - 1] ?? '')) e -= 1;
  return [s, e];
}
