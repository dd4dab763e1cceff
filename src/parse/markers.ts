// Recognizes the numbering markers that open a section line: "Phần I", "I.", "1.", "2.1.", "a)", "-", "+".
import type { SectionKind } from '../model/plan.js';
import { romanToInt } from '../text/calendar.js';
import { isAllCaps } from './lines.js';
import { pattern } from '../text/pattern.js';

export interface Marker {
  kind: SectionKind;
  /** The marker as written, trimmed ("III.", "2.1.", "đ)", "-"). */
  marker: string;
  /** Numeric value for sequence checks (roman/arabic/last decimal component/letter index). */
  value: number | null;
  /** For decimals: all components ("2.1" → [2, 1]). */
  parts: number[];
  /** Offset of the title within the line. */
  titleOffset: number;
}

/** Point letters in legal order (Nghị định 30/2020 Điều 8 runs a, b, c, d, đ, e, g, h, i): f, j, w, z are not Vietnamese. */
export const POINT_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

const PART_RE = pattern(String.raw`^(Phần|PHẦN|Chương|CHƯƠNG)\s+([IVXL]+|thứ\s+\p{L}+)(?![\p{L}\p{N}])[.:]?\s*`, 'u');
const ROMAN_RE = /^([IVXL]{1,6})\s*[.)]\s*(?=\S)/u;
const DECIMAL_RE = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)/u;
const ARABIC_RE = /^(\d{1,2})\s*[.)]\s+(?=\S)/u;
const LETTER_RE = /^(\p{Ll})\)\s*(?=\S)/u;
const DASH_RE = /^([-–—•])\s*(?=\S)/u;
const PLUS_RE = /^(\+)\s*(?=\S)/u;

/** Parses the marker at the start of a (trimmed) line, or null when the line is plain text. */
export function parseMarker(line: string): Marker | null {
  let m = PART_RE.exec(line);
  if (m) {
    const value = romanToInt(m[2] ?? '');
    return { kind: 'part', marker: m[0].trim(), value, parts: [], titleOffset: m[0].length };
  }
  m = ROMAN_RE.exec(line);
  if (m) {
    const value = romanToInt(m[1] ?? '');
    // "I." must be a Roman numeral followed by a capitalised title (avoid "V. Hugo" style false hits).
    if (value !== null && /^\p{Lu}/u.test(line.slice(m[0].length))) {
      return { kind: 'roman', marker: m[0].trim(), value, parts: [value], titleOffset: m[0].length };
    }
  }
  m = DECIMAL_RE.exec(line);
  if (m) {
    const parts = (m[1] ?? '').split('.').map((x) => Number(x));
    return { kind: 'decimal', marker: m[0].trim(), value: parts[parts.length - 1] ?? null, parts, titleOffset: m[0].length };
  }
  m = ARABIC_RE.exec(line);
  if (m && !/^\d{1,2}\s*[.)]\s*\d/u.test(line)) {
    const value = Number(m[1]);
    return { kind: 'arabic', marker: m[0].trim(), value, parts: [value], titleOffset: m[0].length };
  }
  m = LETTER_RE.exec(line);
  if (m) {
    const letter = m[1] ?? '';
    const idx = POINT_LETTERS.indexOf(letter);
    return { kind: 'letter', marker: `${letter})`, value: idx >= 0 ? idx + 1 : null, parts: [], titleOffset: m[0].length };
  }
  m = DASH_RE.exec(line);
  if (m) {
    // "- a) …" is a point letter typed after a dash: treat it as the letter item.
    const rest = line.slice(m[0].length);
    const letter = LETTER_RE.exec(rest);
    if (letter && POINT_LETTERS.includes(letter[1] ?? '')) {
      const inner = parseMarker(rest);
      if (inner) return { ...inner, marker: inner.marker, titleOffset: m[0].length + inner.titleOffset };
    }
    return { kind: 'dash', marker: '-', value: null, parts: [], titleOffset: m[0].length };
  }
  m = PLUS_RE.exec(line);
  if (m) return { kind: 'plus', marker: '+', value: null, parts: [], titleOffset: m[0].length };
  return null;
}

/** Nesting rank: smaller ranks contain larger ones. */
export function markerRank(m: Pick<Marker, 'kind' | 'parts'>): number {
  switch (m.kind) {
    case 'part':
      return 0;
    case 'heading':
      return 1;
    case 'roman':
      return 2;
    case 'arabic':
      return 3;
    case 'decimal':
      return 3 + Math.max(1, m.parts.length - 1);
    case 'letter':
      return 8;
    case 'dash':
      return 9;
    case 'plus':
      return 10;
  }
}

/** An unnumbered heading: a short line in capitals ("NHIỆM VỤ VÀ GIẢI PHÁP", "MỤC TIÊU:"). */
export function isCapsHeading(line: string): boolean {
  const t = line.replace(/\*\*/gu, '').trim().replace(/:$/u, '');
  if (t.length < 4 || t.length > 120) return false;
  return isAllCaps(t, 4) && /\p{Lu}{2}/u.test(t.replace(pattern(String.raw`[^\p{L}]`, 'gu'), ''));
}
