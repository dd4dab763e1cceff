// A flat view of paragraph blocks as lines, the unit the header/body/footer parsers walk.
import type { Block } from '../load/types.js';
import type { TextRef } from '../model/span.js';
import { pattern } from '../text/pattern.js';

export interface Line {
  text: string;
  start: number;
  end: number;
  /** Index of the source block. */
  block: number;
  bold?: boolean;
  italic?: boolean;
  footnote?: string;
}

/** Strips markdown-style bold markers ("**…**") that some text renditions keep, preserving offsets. */
export function cleanLine(line: Line): Line {
  if (!line.text.includes('**')) return line;
  let { text, start, end } = line;
  const lead = /^(\*\*\s*)+/u.exec(text);
  if (lead) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  const tail = /(\s*\*\*)+$/u.exec(text);
  if (tail) {
    end -= tail[0].length;
    text = text.slice(0, text.length - tail[0].length);
  }
  return { ...line, text: text.replace(/\*\*/gu, '  '), start, end };
}

export function toRef(line: Pick<Line, 'text' | 'start' | 'end'>): TextRef {
  return { text: line.text, span: { start: line.start, end: line.end } };
}

/** Slice of a line as a TextRef (offsets relative to the line text). */
export function subRef(line: Pick<Line, 'text' | 'start'>, from: number, to = line.text.length): TextRef {
  const raw = line.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, span: { start: line.start + from + lead, end: line.start + from + lead + text.length } };
}

export function linesOf(blocks: readonly Block[], from: number, to: number): Line[] {
  const out: Line[] = [];
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (b?.kind === 'paragraph') {
      const line: Line = { text: b.text, start: b.start, end: b.end, block: i };
      if (b.bold) line.bold = true;
      if (b.italic) line.italic = true;
      if (b.footnote) line.footnote = b.footnote;
      out.push(line);
    }
  }
  return out;
}

/** True when `text` has at least `minLetters` letters and all of them are capitals ("SỞ NỘI VỤ"). */
export function isAllCaps(text: string, minLetters = 1): boolean {
  const letters = text.replace(pattern(String.raw`[^\p{L}]`, 'gu'), '');
  return letters.length >= minLetters && letters === letters.toUpperCase();
}
