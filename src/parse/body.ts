// Stage 4 of parsePlan: the body between the header and the footer: footnotes set apart, the closing lines
// ("Trên đây là …", "./."), the preamble (legal bases and purpose before the first section), the section tree.
import type { Footnote, Paragraph, Section } from '../model/plan.js';
import type { Line } from './lines.js';
import { isCapsHeading, parseMarker } from './markers.js';
import { buildSections } from './sections.js';
import { WEB_NOISE_RE } from './zones.js';
import { pattern } from '../text/pattern.js';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const FOOTNOTE_LINE_RE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(?=\S)/u;
const CLOSING_RE = pattern(String.raw`^Trên\s+đây(?![\p{L}\p{N}])|\.\/\.$`, 'u');

function fromSuperscript(s: string): string {
  return [...s].map((ch) => String(SUPERSCRIPT.indexOf(ch))).join('');
}

/** A footnote's body: a line the loader marked as one, or one that opens with a superscript number. */
export function isFootnote(l: Line): boolean {
  return l.footnote !== undefined || FOOTNOTE_LINE_RE.test(l.text);
}

/** The footnotes among lines [from, end). */
export function readFootnotes(lines: readonly Line[], from: number): Footnote[] {
  const footnotes: Footnote[] = [];
  for (let i = from; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (!isFootnote(l)) continue;
    const m = FOOTNOTE_LINE_RE.exec(l.text);
    const marker = l.footnote ?? fromSuperscript(m?.[1] ?? '');
    const text = m ? l.text.slice(m[0].length) : l.text;
    footnotes.push({ marker, text, span: { start: l.end - text.length, end: l.end } });
  }
  return footnotes;
}

export interface Body {
  /** Lines before the first section (legal bases, purpose). */
  preambleLines: Line[];
  preamble: Paragraph[];
  /** Closing lines at the end of the body ("Trên đây là Kế hoạch …"). */
  closingLines: Line[];
  sections: Section[];
}

/** The body lines [from, to) without footnotes and web noise, cut into preamble, sections and closing. */
export function readBody(lines: readonly Line[], from: number, to: number): Body {
  let bodyLines = lines.slice(from, to).filter((l) => !isFootnote(l) && !WEB_NOISE_RE.test(l.text.trim()));
  const closingLines: Line[] = [];
  while (bodyLines.length > 0) {
    const last = bodyLines[bodyLines.length - 1] as Line;
    if (!CLOSING_RE.test(last.text) || parseMarker(last.text)) break;
    closingLines.unshift(last);
    bodyLines = bodyLines.slice(0, -1);
  }
  const sectionStart = bodyLines.findIndex((l) => parseMarker(l.text) !== null || isCapsHeading(l.text));
  const preambleLines = sectionStart < 0 ? bodyLines : bodyLines.slice(0, sectionStart);
  const tree = buildSections(sectionStart < 0 ? [] : bodyLines.slice(sectionStart));
  const preamble: Paragraph[] = preambleLines.map((l) => ({ text: l.text, span: { start: l.start, end: l.end } }));
  return { preambleLines, preamble, closingLines, sections: tree.sections };
}
