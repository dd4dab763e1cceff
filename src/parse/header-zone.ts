// The header zone (lines before the title) as ONE joined string with an offset map back to the source, so each
// header field is found wherever the layout put it: stacked, side by side (tab / "|"), flattened into one line or
// hard-wrapped mid-field, with Markdown emphasis and rule lines in between.
import type { Span, TextRef } from '../model/span.js';
import type { Line } from './lines.js';

export interface Zone {
  /** The lines joined by "\n", markup ("*", "|", tabs, rule lines) replaced by spaces, same length per line. */
  text: string;
  /** Source offset of each zone character ("\n" maps to the end of its line). */
  map: number[];
  /** Zone index where each line starts. */
  lineStarts: number[];
  /** Characters already taken by a field. */
  used: boolean[];
}

const RULE_LINE_RE = /^[\s\-–—_=.*|]{3,}$/u;

/** Neutralises layout markup to spaces without changing the length. */
export function neutralise(text: string): string {
  if (RULE_LINE_RE.test(text) && /[-–—_=]{3,}/u.test(text)) return ' '.repeat(text.length);
  return text.replace(/[*|\t#>]/gu, ' ');
}

export function buildZone(lines: readonly Line[]): Zone {
  let text = '';
  const map: number[] = [];
  const lineStarts: number[] = [];
  lines.forEach((line, k) => {
    if (k > 0) {
      text += '\n';
      map.push((lines[k - 1] as Line).end);
    }
    lineStarts.push(text.length);
    const clean = neutralise(line.text);
    text += clean;
    for (let j = 0; j < clean.length; j++) map.push(line.start + j);
  });
  return { text, map, lineStarts, used: new Array<boolean>(text.length).fill(false) };
}

/** Source span of zone range [a, b), trimmed of whitespace. */
export function zoneSpan(zone: Zone, a: number, b: number): Span | null {
  while (a < b && /\s/u.test(zone.text[a] ?? '')) a++;
  while (b > a && /\s/u.test(zone.text[b - 1] ?? '')) b--;
  if (a >= b) return null;
  return { start: zone.map[a] as number, end: (zone.map[b - 1] as number) + 1 };
}

/** The zone range as a TextRef: text with line breaks (and the blanks around them) read as one space. */
export function zoneRef(zone: Zone, a: number, b: number): TextRef | null {
  const span = zoneSpan(zone, a, b);
  if (!span) return null;
  const text = zone.text.slice(a, b).trim().replace(/[ \t]*\n\s*/gu, ' ');
  return { text, span };
}

export function markUsed(zone: Zone, a: number, b: number): void {
  for (let i = a; i < b; i++) zone.used[i] = true;
}

/** Index of the line holding zone position `i`. */
export function lineOf(zone: Zone, i: number): number {
  let lo = 0;
  let hi = zone.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((zone.lineStarts[mid] as number) <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** First match of `re` (global flag added) whose characters are not used yet. */
export function findFree(zone: Zone, re: RegExp): RegExpExecArray | null {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let m: RegExpExecArray | null;
  while ((m = g.exec(zone.text)) !== null) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    let free = true;
    for (let i = m.index; i < m.index + m[0].length; i++) if (zone.used[i]) free = false;
    if (free) return m;
  }
  return null;
}

/** The unused pieces of each line, trimmed, as zone ranges. */
export function freePieces(zone: Zone): { a: number; b: number; line: number }[] {
  const out: { a: number; b: number; line: number }[] = [];
  let a = -1;
  for (let i = 0; i <= zone.text.length; i++) {
    const ch = zone.text[i];
    // A wide gap (4+ blanks) separates columns laid out side by side.
    const gap = ch === ' ' && /^ {4}/u.test(zone.text.slice(i, i + 4));
    const stop = i === zone.text.length || ch === '\n' || zone.used[i] || gap;
    if (stop) {
      if (a >= 0) {
        let s = a;
        let e = i;
        while (s < e && /\s/u.test(zone.text[s] ?? '')) s++;
        while (e > s && /\s/u.test(zone.text[e - 1] ?? '')) e--;
        if (e > s) out.push({ a: s, b: e, line: lineOf(zone, s) });
      }
      a = -1;
    } else if (a < 0) a = i;
  }
  return out;
}
