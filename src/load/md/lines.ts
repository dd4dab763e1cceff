// The line model the Markdown loader works on: characters of one source line with their offsets and flags,
// lines grouped into runs (one Markdown paragraph, heading, list item or cell), runs cut into paragraphs.

export const STRONG = 1;
export const EM = 2;
/** A "*" that CommonMark left as text (an unmatched emphasis delimiter), not an escaped "\*". */
export const LIT = 4;

/** One source line of inline content: characters with their offsets in the normalized text and flags. */
export interface Line {
  chars: string[];
  src: number[];
  flags: number[];
  /** Outermost emphasis span each character belongs to (0: none). */
  span: number[];
  /** Offset of the line break that ends this line (for the space that joins it to the next). */
  breakSrc: number;
  /** The line follows a hard break (`<br>`, two trailing spaces, backslash). */
  hardBefore: boolean;
}

/** Consecutive lines of one Markdown paragraph, heading, list-item paragraph or cell. */
export interface Run {
  lines: Line[];
  /** 1-based source lines. */
  startLine: number;
  endLine: number;
  /** First paragraph of the first item of a bullet list: may be a wrapped line that CommonMark read as an item. */
  bulletStart?: boolean;
  /** Length of the marker prefix ("- ") on the first line. */
  markerLength?: number;
}

export interface Para {
  chars: string[];
  src: number[];
  bold: boolean;
  italic: boolean;
}

export interface OutCell {
  paras: Para[];
  header: boolean;
  colSpan?: number;
  rowSpan?: number;
}

export type Out = { kind: 'runs'; runs: Run[] } | { kind: 'table'; rows: OutCell[][] };

export const newLine = (hardBefore = false): Line => ({ chars: [], src: [], flags: [], span: [], breakSrc: -1, hardBefore });

export function push(line: Line, c: string, src: number, flags: number, span: number): void {
  line.chars.push(c);
  line.src.push(src);
  line.flags.push(flags);
  line.span.push(span);
}

export const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\u00a0';

export function firstContent(line: Line): number {
  for (let i = 0; i < line.chars.length; i++) if (!isSpace(line.chars[i])) return i;
  return -1;
}

export function lastContent(line: Line): number {
  for (let i = line.chars.length - 1; i >= 0; i--) if (!isSpace(line.chars[i])) return i;
  return -1;
}

export const lineText = (line: Line): string => line.chars.join('').trim();
