// Soft line breaks: a wrap (joined with a space) or a paragraph boundary. Legal websites hard-wrap Word
// paragraphs; the line structure tells where a real boundary is (a whole-line bold/italic title, a numbering
// marker after a sentence end, a signature title, a capitals line before text, a lone `|` line).
import { EM, firstContent, isSpace, lastContent, lineText, newLine, push, STRONG, type Line, type Para, type Run } from './lines.js';
import { pattern } from '../../text/pattern.js';

export const PIPE_LINE = /^[\s|]*\|[\s|]*$/u;
const MARKER_START =
  pattern(String.raw`^(?:[IVXLC]+\s*[.)]\s|\d+(?:\.\d+)*\s*[.)](?:\s|$)|[a-zđ]\s*\)\s|[-–+•]\s|Điều\s+\d+|Căn\s+cứ(?![\p{L}\p{N}])|Nơi\s+nhận|Phụ\s+lục(?![\p{L}\p{N}])|PHỤ\s+LỤC(?![\p{L}\p{N}]))`, 'u');
const AUTHORITY_START = /^(?:KT|TM|Q|TL|TUQ)\s*\.\s*\p{Lu}/u;
const SENTENCE_END = /[.;:!?)…]$/u;

/** Capitals only (at least two words): a title, an agency name or a signature title. */
function isCaps(t: string): boolean {
  return /\p{Lu}.*\s.*\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
}

interface LineInfo {
  text: string;
  pipe: boolean;
  /** Emphasis span of the first and last visible characters (0: none). */
  firstSpan: number;
  lastSpan: number;
  /** The line begins / ends a span that covers whole lines (a bold or italic title). */
  opensWhole: boolean;
  closesWhole: boolean;
}

function lineInfos(run: Run): LineInfo[] {
  // Where each span starts and ends: [line, index].
  const first = new Map<number, [number, number]>();
  const last = new Map<number, [number, number]>();
  run.lines.forEach((line, li) => {
    line.span.forEach((s, ci) => {
      if (s === 0 || isSpace(line.chars[ci])) return;
      if (!first.has(s)) first.set(s, [li, ci]);
      last.set(s, [li, ci]);
    });
  });
  const bounds = run.lines.map((line) => [firstContent(line), lastContent(line)] as const);
  return run.lines.map((line, li) => {
    const text = lineText(line);
    const [fc, lc] = bounds[li] as readonly [number, number];
    const firstSpan = fc >= 0 ? (line.span[fc] as number) : 0;
    const lastSpan = lc >= 0 ? (line.span[lc] as number) : 0;
    const startsAtLineStart = (s: number): boolean => {
      const p = first.get(s);
      return p !== undefined && (bounds[p[0]] as readonly [number, number])[0] === p[1];
    };
    const endsAtLineEnd = (s: number): boolean => {
      const p = last.get(s);
      return p !== undefined && (bounds[p[0]] as readonly [number, number])[1] === p[1];
    };
    const opensWhole = firstSpan !== 0 && first.get(firstSpan)?.[0] === li && first.get(firstSpan)?.[1] === fc && endsAtLineEnd(firstSpan);
    const closesWhole = lastSpan !== 0 && last.get(lastSpan)?.[0] === li && last.get(lastSpan)?.[1] === lc && startsAtLineStart(lastSpan);
    return { text, pipe: PIPE_LINE.test(text), firstSpan, lastSpan, opensWhole, closesWhole };
  });
}

/** Whether the soft break between two lines of one run is a paragraph boundary (true) or a wrap (false). */
function isBoundary(a: LineInfo, b: LineInfo, bLine: Line): boolean {
  if (bLine.hardBefore) return true;
  if (a.lastSpan !== 0 && a.lastSpan === b.firstSpan) return false;
  if (a.closesWhole || b.opensWhole) return true;
  if (AUTHORITY_START.test(b.text)) return true;
  if (MARKER_START.test(b.text) && (SENTENCE_END.test(a.text) || isCaps(a.text))) return true;
  if (isCaps(b.text) && SENTENCE_END.test(a.text) && !isCaps(a.text)) return true;
  if (isCaps(a.text) && /\p{Ll}/u.test(b.text) && /^\p{Lu}/u.test(b.text)) return true;
  if (isCaps(a.text) && isCaps(b.text) && a.text.length <= 40 && b.text.length <= 40) return true;
  return false;
}

/** Cuts a run into paragraphs: lone `|` lines and boundaries split it, wrapped lines are joined with a space. */
export function runToParas(run: Run): Para[] {
  const infos = lineInfos(run);
  const paras: Para[] = [];
  let cur: Line[] = [];
  let prev: LineInfo | undefined;
  const flush = (): void => {
    const p = joinLines(cur);
    if (p) paras.push(p);
    cur = [];
    prev = undefined;
  };
  run.lines.forEach((line, i) => {
    const info = infos[i] as LineInfo;
    if (info.pipe) {
      flush();
      return;
    }
    if (info.text === '') return;
    if (prev && isBoundary(prev, info, line)) flush();
    cur.push(line);
    prev = info;
  });
  flush();
  return paras;
}

function joinLines(lines: Line[]): Para | null {
  const chars: string[] = [];
  const src: number[] = [];
  const flags: number[] = [];
  let prevBreak = -1;
  for (const line of lines) {
    const fc = firstContent(line);
    const lc = lastContent(line);
    if (fc < 0) continue;
    if (chars.length > 0) {
      // The joining space stands for the line break it replaces.
      chars.push(' ');
      src.push(prevBreak >= 0 ? prevBreak : (src[src.length - 1] as number) + 1);
      flags.push(-1);
    }
    for (let i = fc; i <= lc; i++) {
      chars.push(line.chars[i] as string);
      src.push(line.src[i] as number);
      flags.push(line.flags[i] as number);
    }
    prevBreak = line.breakSrc;
  }
  if (chars.length === 0) return null;
  let bold = true;
  let italic = true;
  for (let i = 0; i < chars.length; i++) {
    const f = flags[i] as number;
    if (f < 0 || isSpace(chars[i])) continue;
    if (!(f & STRONG)) bold = false;
    if (!(f & EM)) italic = false;
  }
  return { chars, src, bold, italic };
}

/** One paragraph as a one-line run (layout-table cells re-emitted as paragraphs). */
export function paraRun(p: Para): Run {
  const line = newLine();
  p.chars.forEach((c, i) => push(line, c, p.src[i] as number, (p.bold ? STRONG : 0) | (p.italic ? EM : 0), 0));
  return { lines: [line], startLine: 0, endLine: 0 };
}

/**
 * CommonMark lets "- " start a list even in the middle of a wrapped sentence ("… từ sản xuất" / "- quản lý - tiêu
 * thụ …"). A bullet list that starts right under a paragraph whose last line does not end a sentence, with an
 * item that begins in lower case, is that wrap: its first item goes back into the paragraph.
 */
export function mergeWrappedBullets(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (run.bulletStart && prev && prev.endLine + 1 === run.startLine && run.lines.length > 0) {
      const prevLast = lineText(prev.lines[prev.lines.length - 1] as Line);
      const body = lineText(run.lines[0] as Line).slice(run.markerLength ?? 0);
      if (prevLast !== '' && !PIPE_LINE.test(prevLast) && !SENTENCE_END.test(prevLast) && /^\p{Ll}/u.test(body)) {
        prev.lines.push(...run.lines);
        prev.endLine = run.endLine;
        continue;
      }
    }
    out.push(run);
  }
  return out;
}
