// Measuring the presentation of a stretch of text: sizes, fonts, bold, italics, capitals (shared by the format/ rules).
import type { Confidence } from '../../data/nd30.js';
import type { ElementStyle } from '../../data/nd30-presentation.js';
import type { Severity } from '../../model/finding.js';
import type { FormatParagraph, FormatRun, Presentation } from '../../model/presentation.js';
import type { Span } from '../../model/span.js';

export interface Measure {
  /** Non-space characters measured. */
  chars: number;
  /** The size most characters have (null when no run says). */
  size: number | null;
  /** Characters whose bold and italic are known (a PDF font whose name tells no style leaves them unknown). */
  styled: number;
  /** Shares of the `styled` characters. */
  boldShare: number;
  italicShare: number;
  /** Share of letters shown as capitals (typed so, or w:caps). */
  capsShare: number;
  letters: number;
  fonts: Map<string, number>;
}

/** What a character is to measure(): a space, a capital letter, another letter or anything else. */
const SPACE = 1;
const OTHER = 2;
const LETTER = 3;
const CAPITAL = 4;

function kindOf(ch: string): number {
  if (/\s/u.test(ch)) return SPACE;
  if (!/\p{L}/u.test(ch)) return OTHER;
  return ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? CAPITAL : LETTER;
}

/** The kind of each UTF-16 code unit, worked out on first sight (0: not yet): a document uses a few hundred. */
const KINDS = new Uint8Array(0x10000);

/** Characters (code points, as `for … of` counts them) of `text[from, to)`: not spaces, letters, capitals. */
function countChars(text: string, from: number, to: number, allCaps: boolean): { chars: number; letters: number; caps: number } {
  let chars = 0;
  let letters = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    let kind: number;
    const low = i + 1 < to ? text.charCodeAt(i + 1) : 0;
    if (code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      kind = kindOf(text.slice(i, i + 2)); // a surrogate pair: one character beyond the BMP (rare)
      i++;
    } else {
      kind = KINDS[code] || (KINDS[code] = kindOf(String.fromCharCode(code)));
    }
    if (kind === SPACE) continue;
    chars++;
    if (kind >= LETTER) {
      letters++;
      if (allCaps || kind === CAPITAL) caps++;
    }
  }
  return { chars, letters, caps };
}

/** Index of the first run that ends after `pos` (runs are sorted and do not overlap). */
function firstRun(runs: readonly FormatRun[], pos: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((runs[mid] as FormatRun).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The formatting of the characters of `span`; null when no run of the presentation covers any of them. */
export function measure(p: Presentation, text: string, span: Span): Measure | null {
  const sizes = new Map<number, number>();
  const fonts = new Map<string, number>();
  let chars = 0;
  let bold = 0;
  let italic = 0;
  let styled = 0;
  let letters = 0;
  let caps = 0;
  for (let i = firstRun(p.runs, span.start); i < p.runs.length; i++) {
    const r = p.runs[i] as FormatRun;
    if (r.start >= span.end) break;
    const counted = countChars(text, Math.max(r.start, span.start), Math.min(r.end, span.end), Boolean(r.caps));
    const n = counted.chars;
    if (n === 0) continue;
    chars += n;
    if (r.size !== null) sizes.set(r.size, (sizes.get(r.size) ?? 0) + n);
    if (r.font !== null) fonts.set(r.font, (fonts.get(r.font) ?? 0) + n);
    if (r.bold !== null && r.italic !== null) {
      styled += n;
      if (r.bold) bold += n;
      if (r.italic) italic += n;
    }
    letters += counted.letters;
    caps += counted.caps;
  }
  if (chars === 0) return null;
  let size: number | null = null;
  let best = 0;
  for (const [s, n] of sizes) if (n > best || (n === best && size !== null && s < size)) [size, best] = [s, n];
  return { chars, size, styled, boldShare: styled ? bold / styled : 0, italicShare: styled ? italic / styled : 0, capsShare: letters ? caps / letters : 1, letters, fonts };
}

/** The presentation paragraphs that overlap `span`. */
export function paragraphsIn(p: Presentation, span: Span): FormatParagraph[] {
  return p.paragraphs.filter((x) => x.end > span.start && x.start < span.end);
}

/** certain → warning, likely → info, unsure → nothing (DOMAIN.md: an unsure fact never yields a finding). */
export function severityOf(c: Confidence): Severity | null {
  return c === 'certain' ? 'warning' : c === 'likely' ? 'info' : null;
}

/** "12", "12,5" (Vietnamese decimal comma). */
export const pt = (v: number): string => String(Math.round(v * 10) / 10).replace('.', ',');
export const range = (min: number, max: number): string => (min === max ? pt(min) : `${pt(min)}–${pt(max)}`);

export type StyleProblem =
  | { kind: 'size'; measured: string; required: string; severity: Severity }
  | { kind: 'notBold' | 'bold' | 'notItalic' | 'italic' | 'notCaps'; severity: Severity };

/** What differs between a measured element and its prescribed style. Shares above/below one half decide. */
export function styleProblems(m: Measure, style: ElementStyle): StyleProblem[] {
  const out: StyleProblem[] = [];
  if (style.size && m.size !== null && (m.size < style.size.min || m.size > style.size.max)) {
    const sev = severityOf(style.size.confidence);
    if (sev) out.push({ kind: 'size', measured: pt(m.size), required: range(style.size.min, style.size.max), severity: sev });
  }
  if (style.bold && m.styled > 0) {
    const sev = severityOf(style.bold.confidence);
    if (sev && style.bold.value && m.boldShare < 0.5) out.push({ kind: 'notBold', severity: sev });
    if (sev && !style.bold.value && m.boldShare > 0.5) out.push({ kind: 'bold', severity: sev });
  }
  if (style.italic && m.styled > 0) {
    const sev = severityOf(style.italic.confidence);
    if (sev && style.italic.value && m.italicShare < 0.5) out.push({ kind: 'notItalic', severity: sev });
    if (sev && !style.italic.value && m.italicShare > 0.5) out.push({ kind: 'italic', severity: sev });
  }
  if (style.caps && m.letters > 0 && m.capsShare < 0.9) {
    const sev = severityOf(style.caps.confidence);
    if (sev) out.push({ kind: 'notCaps', severity: sev });
  }
  return out;
}

/** Messages shared by the element rules: {element} is the element's name, {measured} and {required} sizes in points. */
export const STYLE_MESSAGES = {
  size: { vi: '{element}: cỡ chữ {measured} — quy định {required}.', en: '{element}: font size {measured} pt — Decree 30 asks for {required}.' },
  notBold: { vi: '{element}: chữ không đậm — quy định chữ in đậm.', en: '{element}: not bold — Decree 30 asks for bold.' },
  bold: { vi: '{element}: chữ in đậm — quy định chữ đứng, không đậm.', en: '{element}: bold — Decree 30 asks for regular weight.' },
  notItalic: { vi: '{element}: chữ không nghiêng — quy định chữ in nghiêng.', en: '{element}: not italic — Decree 30 asks for italics.' },
  italic: { vi: '{element}: chữ in nghiêng — quy định chữ đứng.', en: '{element}: italic — Decree 30 asks for upright text.' },
  notCaps: { vi: '{element}: không viết in hoa — quy định chữ in hoa.', en: '{element}: not in capitals — Decree 30 asks for capitals.' },
} as const;
