// Loads a Markdown plan (.md): CommonMark + GFM tables through mdast-util-from-markdown, laid out as the
// shared LoadedDocument (one paragraph per line, table rows as tab-joined cells) with a map to the source.
//
// Markdown that legal websites publish carries Word layout in three ways this loader undoes:
// - hard-wrapped lines: the soft line breaks of one paragraph are joined with a space, except where the
//   line structure is evidently a paragraph boundary (a whole-line bold/italic title, a line that starts with
//   a numbering marker after a line that ends a sentence, a signature title, a capitals line before text);
// - the header and footer two-column tables flattened into lines between lone `|` lines: every `|` line is a
//   boundary and is dropped, so each cell's lines reach the parser as paragraphs, like a Word layout table;
// - unmatched emphasis delimiters ("**ỦY BAN NHÂN DÂN" / "**", "DÂN **") that CommonMark leaves as literal
//   stars: they are removed, and the lines between them are treated as one bold span.
import type { Nodes, PhrasingContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { decodeText } from './decode.js';
import { CONTROL_RE, isLayoutTable } from './layout.js';
import { normalizeText, toSourceOffset, type OffsetMap } from '../text/normalize.js';
import { LoadError, type Block, type LoadedDocument, type RawCell } from './types.js';

const STRONG = 1;
const EM = 2;
/** A "*" that CommonMark left as text (an unmatched emphasis delimiter), not an escaped "\*". */
const LIT = 4;

/** Nesting deeper than this is read as plain text (no emphasis, no structure): no stack overflow. */
const MAX_DEPTH = 200;

/** One source line of inline content: characters with their offsets in the normalized text and flags. */
interface Line {
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
interface Run {
  lines: Line[];
  /** 1-based source lines. */
  startLine: number;
  endLine: number;
  /** First paragraph of the first item of a bullet list: may be a wrapped line that CommonMark read as an item. */
  bulletStart?: boolean;
  /** Length of the marker prefix ("- ") on the first line. */
  markerLength?: number;
}

interface Para {
  chars: string[];
  src: number[];
  bold: boolean;
  italic: boolean;
}

interface OutCell {
  paras: Para[];
  header: boolean;
  colSpan?: number;
  rowSpan?: number;
}

type Out = { kind: 'runs'; runs: Run[] } | { kind: 'table'; rows: OutCell[][] };

/** Tab, no-break and other spaces, and control characters: a plain space in the text. */
const SPACE_LIKE = /^[\t\u00a0\u2002\u2003\u2007\u2009\u202f\u0000-\u0008\u000e-\u001f\u007f-\u009f]$/u;

const newLine = (hardBefore = false): Line => ({ chars: [], src: [], flags: [], span: [], breakSrc: -1, hardBefore });

/**
 * Offsets in `source` (from `from`) of each character of `value`, the text CommonMark made of that source:
 * backslash escapes, character references and stripped line indentation are skipped. Linear.
 */
function alignText(value: string, source: string, from: number, to: number): number[] {
  const out: number[] = new Array<number>(value.length);
  let j = from;
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    let reference = -1;
    while (j < to) {
      const s = source[j] as string;
      if (s === c) break;
      if (s === '\\' && source[j + 1] === c) {
        j++;
        break;
      }
      if (s === '&') {
        const m = REFERENCE_AT.exec(source.slice(j, j + 40));
        if (m) {
          reference = j;
          j += m[0].length;
          break;
        }
      }
      if (s === ' ' || s === '\t' || s === '\n' || s === '>') {
        j++;
        continue;
      }
      break;
    }
    if (reference >= 0) {
      out[i] = reference;
      continue;
    }
    out[i] = j < to ? j : Math.max(from, to - 1);
    if (j < to) j++;
  }
  return out;
}

const REFERENCE_AT = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/u;

class Builder {
  readonly outs: Out[] = [];
  private spanCount = 0;

  constructor(private readonly source: string) {}

  // ---- blocks ---------------------------------------------------------------------------------

  block(node: Nodes, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.plainRun(node);
      return;
    }
    switch (node.type) {
      case 'root':
      case 'blockquote':
        for (const child of node.children) this.block(child, depth + 1);
        return;
      case 'paragraph':
      case 'heading':
        this.pushRun(this.phrasingRun(node.children, node, depth));
        return;
      case 'list':
        node.children.forEach((item, k) => {
          const first = item.children[0];
          const marker = this.markerOf(item, first, node.ordered === true);
          if (first && first.type === 'paragraph') {
            const run = this.phrasingRun(first.children, first, depth);
            if (marker) this.prefix(run, marker);
            // Only a list at the margin can be a wrapped line; an indented one is nested on purpose.
            if (k === 0 && !node.ordered && node.position?.start.column === 1) run.bulletStart = true;
            this.pushRun(run);
          }
          const rest = first && first.type === 'paragraph' ? item.children.slice(1) : item.children;
          for (const child of rest) this.block(child, depth + 1);
        });
        return;
      case 'table':
        this.table(node, depth);
        return;
      case 'code':
        this.codeRuns(node.value, node);
        return;
      case 'html':
        this.htmlRuns(node.value, node);
        return;
      default:
        // thematicBreak, definition, footnote definitions: layout or metadata, no text.
        return;
    }
  }

  private pushRun(run: Run): void {
    if (run.lines.every((l) => l.chars.length === 0)) return;
    const last = this.outs[this.outs.length - 1];
    if (last && last.kind === 'runs') last.runs.push(run);
    else this.outs.push({ kind: 'runs', runs: [run] });
  }

  /** The list item's marker as written ("-", "+", "1.", "2)"); "*" bullets become "-" (the parser's recipient marker). */
  private markerOf(item: Nodes, first: Nodes | undefined, ordered: boolean): { text: string; at: number } | null {
    const start = item.position?.start.offset;
    const end = first?.position?.start.offset;
    if (start === undefined || end === undefined || end <= start) return null;
    const raw = this.source.slice(start, end);
    const m = /\S+/u.exec(raw);
    if (!m) return null;
    const text = !ordered && m[0] === '*' ? '-' : m[0];
    return { text, at: start + m.index };
  }

  private prefix(run: Run, marker: { text: string; at: number }): void {
    const line = run.lines[0];
    if (!line) return;
    const chars = [...marker.text, ' '];
    const src = chars.map((_, i) => marker.at + Math.min(i, marker.text.length));
    line.chars.unshift(...chars);
    line.src.unshift(...src);
    line.flags.unshift(...chars.map(() => 0));
    line.span.unshift(...chars.map(() => 0));
    run.markerLength = chars.length;
  }

  private table(node: Table, depth: number): void {
    const rows = node.children.map((row, r) =>
      row.children.map((cell) => ({ paras: runToParas(this.phrasingRun(cell.children, cell, depth)), header: r === 0 })),
    );
    const texts = rows.flatMap((row) => row.map((c) => c.paras.map((p) => p.chars.join('')).join(' ')));
    if (isLayoutTable(texts)) {
      // A layout table (header or signature) in a real table: its cells are paragraphs, as the docx loader does.
      const runs: Run[] = [];
      for (const row of rows) for (const cell of row) for (const p of cell.paras) runs.push(paraRun(p));
      for (const run of runs) this.pushRun(run);
      return;
    }
    this.outs.push({ kind: 'table', rows });
  }

  // ---- inline content ---------------------------------------------------------------------------

  private phrasingRun(children: PhrasingContent[], node: Nodes, depth: number): Run {
    const lines: Line[] = [newLine()];
    this.inline(children, lines, 0, 0, depth + 1);
    const run: Run = { lines, startLine: node.position?.start.line ?? 0, endLine: node.position?.end.line ?? 0 };
    this.literalSpans(run);
    return run;
  }

  private inline(children: readonly PhrasingContent[], lines: Line[], flags: number, span: number, depth: number): void {
    for (const child of children) {
      if (depth > MAX_DEPTH) {
        this.inlinePlain(child, lines);
        continue;
      }
      switch (child.type) {
        case 'text':
          this.text(child.value, child, lines, flags, span);
          break;
        case 'emphasis':
        case 'strong': {
          const s = span || ++this.spanCount;
          this.inline(child.children, lines, flags | (child.type === 'strong' ? STRONG : EM), s, depth + 1);
          break;
        }
        case 'delete':
        case 'link':
        case 'linkReference':
          this.inline(child.children, lines, flags, span, depth + 1);
          break;
        case 'inlineCode':
          this.code(child.value, child, lines, flags, span);
          break;
        case 'break':
          this.lineBreak(lines, child.position?.start.offset ?? -1, true);
          break;
        case 'html':
          if (/^<br\s*\/?>$/iu.test(child.value.trim())) this.lineBreak(lines, child.position?.start.offset ?? -1, true);
          break;
        default:
          // image, imageReference, footnoteReference: not text of the document.
          break;
      }
    }
  }

  /** Deeply nested inline content: its text nodes in order, iteratively, without formatting. */
  private inlinePlain(node: Nodes, lines: Line[]): void {
    const stack: Nodes[] = [node];
    while (stack.length > 0) {
      const n = stack.pop() as Nodes;
      if (n.type === 'text') this.text(n.value, n, lines, 0, 0);
      else if ('children' in n) {
        for (let k = n.children.length - 1; k >= 0; k--) stack.push(n.children[k] as Nodes);
      }
    }
  }

  /** A deeply nested block: every text node as one run (no structure). */
  private plainRun(node: Nodes): void {
    const lines: Line[] = [newLine()];
    this.inlinePlain(node, lines);
    this.pushRun({ lines, startLine: node.position?.start.line ?? 0, endLine: node.position?.end.line ?? 0 });
  }

  private lineBreak(lines: Line[], at: number, hard: boolean): void {
    const cur = lines[lines.length - 1] as Line;
    cur.breakSrc = at;
    lines.push(newLine(hard));
  }

  private text(value: string, node: Nodes, lines: Line[], flags: number, span: number): void {
    const from = node.position?.start.offset ?? 0;
    const to = node.position?.end.offset ?? from;
    const src = alignText(value, this.source, from, to);
    for (let i = 0; i < value.length; i++) {
      const c = value[i] as string;
      const at = src[i] as number;
      if (c === '\n') {
        this.lineBreak(lines, at, false);
        continue;
      }
      let f = flags;
      if ((c === '*' && this.source[at] === '*' && this.source[at - 1] !== '\\') || c === STAR) f |= LIT;
      // Character references decode after normalization: fold their spaces and controls here.
      const out = c === STAR ? '*' : c === UNDERSCORE ? '_' : SPACE_LIKE.test(c) ? ' ' : c;
      push(lines[lines.length - 1] as Line, out, at, f, span);
    }
  }

  private code(value: string, node: Nodes, lines: Line[], flags: number, span: number): void {
    const from = node.position?.start.offset ?? 0;
    const to = node.position?.end.offset ?? from;
    const k = this.source.slice(from, to).indexOf(value);
    const line = lines[lines.length - 1] as Line;
    for (let i = 0; i < value.length; i++) {
      const c = value[i] as string;
      push(line, c === '\t' || c === '\n' ? ' ' : c, k >= 0 ? from + k + i : from, flags, span);
    }
  }

  // ---- code and HTML blocks ---------------------------------------------------------------------

  /** A code block: its lines as written, each its own paragraph. */
  private codeRuns(value: string, node: Nodes): void {
    let cursor = node.position?.start.offset ?? 0;
    const startLine = node.position?.start.line ?? 0;
    value.split('\n').forEach((text, k) => {
      const found = this.source.indexOf(text, cursor);
      const at = found >= 0 ? found : cursor;
      if (found >= 0) cursor = found + text.length;
      const line = newLine();
      for (let i = 0; i < text.length; i++) push(line, text[i] === '\t' ? ' ' : (text[i] as string), at + i, 0, 0);
      this.pushRun({ lines: [line], startLine: startLine + k, endLine: startLine + k });
    });
  }

  /** An HTML block: the text between its tags. Block tags separate paragraphs, inline tags vanish. */
  private htmlRuns(value: string, node: Nodes): void {
    const from = node.position?.start.offset ?? 0;
    const base = this.source.startsWith(value, from) ? from : -1;
    const at = (i: number): number => (base >= 0 ? base + i : from);
    const startLine = node.position?.start.line ?? 0;
    let lines: Line[] = [newLine()];
    const flush = (): void => {
      this.pushRun({ lines, startLine, endLine: node.position?.end.line ?? startLine });
      lines = [newLine()];
    };
    const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*>|<[!?][^<>]*>/gu;
    let last = 0;
    const text = (s: number, e: number): void => {
      for (let i = s; i < e; i++) {
        const c = value[i] as string;
        if (c === '\n') {
          this.lineBreak(lines, at(i), false);
          continue;
        }
        if (c === '&') {
          const m = /^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/u.exec(value.slice(i, i + 12));
          const decoded = m ? decodeEntity(m[1] as string) : null;
          if (m && decoded !== null) {
            for (const d of decoded) push(lines[lines.length - 1] as Line, d, at(i), 0, 0);
            i += m[0].length - 1;
            continue;
          }
        }
        push(lines[lines.length - 1] as Line, c === '\t' ? ' ' : c, at(i), 0, 0);
      }
    };
    for (const m of value.matchAll(TAG)) {
      text(last, m.index);
      last = m.index + m[0].length;
      const name = (m[2] ?? '').toLowerCase();
      if (/^(?:br)$/u.test(name)) this.lineBreak(lines, at(m.index), true);
      else if (/^(?:p|div|tr|td|th|li|ul|ol|table|thead|tbody|h[1-6]|section|article|blockquote|pre|center)$/u.test(name)) flush();
    }
    text(last, value.length);
    flush();
  }

  // ---- unmatched emphasis ------------------------------------------------------------------------

  /**
   * Lines that open with an unmatched "**" and a later line that ends with one ("**TM. ỦY BAN NHÂN" / "DÂN **")
   * form a bold span; the literal delimiter stars are then removed.
   */
  private literalSpans(run: Run): void {
    const starRun = (line: Line, from: number, step: 1 | -1): number => {
      let n = 0;
      for (let i = from; i >= 0 && i < line.chars.length && (line.flags[i] as number) & LIT; i += step) n++;
      return n;
    };
    let open: Line[] = [];
    for (const line of run.lines) {
      const first = firstContent(line);
      const last = lastContent(line);
      if (first < 0) {
        if (open.length) open.push(line);
        continue;
      }
      const startsLit = starRun(line, first, 1) >= 2;
      const endsLit = starRun(line, last, -1) >= 2;
      const onlyStars = starRun(line, first, 1) > last - first;
      if (open.length === 0) {
        if (startsLit && !onlyStars) {
          if (endsLit) this.markSpan([line]);
          else open = [line];
        }
      } else {
        open.push(line);
        if (endsLit) {
          this.markSpan(open);
          open = [];
        } else if (open.length > 6) open = [];
      }
    }
    for (const line of run.lines) removeLiteralStars(line);
  }

  private markSpan(lines: Line[]): void {
    const id = ++this.spanCount;
    for (const line of lines) {
      for (let i = 0; i < line.chars.length; i++) {
        if (line.span[i] === 0) line.span[i] = id;
        line.flags[i] = (line.flags[i] as number) | STRONG;
      }
    }
  }
}

function push(line: Line, c: string, src: number, flags: number, span: number): void {
  line.chars.push(c);
  line.src.push(src);
  line.flags.push(flags);
  line.span.push(span);
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\u00a0';

function firstContent(line: Line): number {
  for (let i = 0; i < line.chars.length; i++) if (!isSpace(line.chars[i])) return i;
  return -1;
}

function lastContent(line: Line): number {
  for (let i = line.chars.length - 1; i >= 0; i--) if (!isSpace(line.chars[i])) return i;
  return -1;
}

/**
 * Removes left-over emphasis delimiters: literal star runs of two or more, single stars at a word's edge
 * ("*Đơn vị chủ trì: *Sở Nội vụ" with the closing star after the space), and lines made only of stars.
 */
function removeLiteralStars(line: Line): void {
  const keep: boolean[] = line.chars.map(() => true);
  let i = 0;
  const content = line.chars.some((c, k) => !isSpace(c) && !((line.flags[k] as number) & LIT));
  while (i < line.chars.length) {
    if (!((line.flags[i] as number) & LIT)) {
      i++;
      continue;
    }
    let j = i;
    while (j < line.chars.length && (line.flags[j] as number) & LIT) j++;
    // A single star stays where it is a symbol: "(*)", "5*3", " * "; at a word's edge it is a stray delimiter.
    const leftSpace = i === 0 || isSpace(line.chars[i - 1]);
    const rightSpace = j === line.chars.length || isSpace(line.chars[j]);
    if (j - i >= 2 || !content || leftSpace !== rightSpace) for (let k = i; k < j; k++) keep[k] = false;
    i = j;
  }
  if (keep.every(Boolean)) return;
  const filter = <T>(a: T[]): T[] => a.filter((_, k) => keep[k]);
  line.chars = filter(line.chars);
  line.src = filter(line.src);
  line.flags = filter(line.flags);
  line.span = filter(line.span);
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…' };

function decodeEntity(body: string): string | null {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    const s = String.fromCodePoint(code);
    return s.replace(CONTROL_RE, ' ').replace(/[\n\t]/gu, ' ');
  }
  return ENTITIES[body] ?? null;
}

// ---- soft line breaks: wrap or paragraph boundary ----------------------------------------------------

const PIPE_LINE = /^[\s|]*\|[\s|]*$/u;
const MARKER_START =
  /^(?:[IVXLC]+\s*[.)]\s|\d+(?:\.\d+)*\s*[.)](?:\s|$)|[a-zđ]\s*\)\s|[-–+•]\s|Điều\s+\d+|Căn\s+cứ(?![\p{L}\p{N}])|Nơi\s+nhận|Phụ\s+lục(?![\p{L}\p{N}])|PHỤ\s+LỤC(?![\p{L}\p{N}]))/u;
const AUTHORITY_START = /^(?:KT|TM|Q|TL|TUQ)\s*\.\s*\p{Lu}/u;
const SENTENCE_END = /[.;:!?)…]$/u;

const lineText = (line: Line): string => line.chars.join('').trim();

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
function runToParas(run: Run): Para[] {
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
function paraRun(p: Para): Run {
  const line = newLine();
  p.chars.forEach((c, i) => push(line, c, p.src[i] as number, (p.bold ? STRONG : 0) | (p.italic ? EM : 0), 0));
  return { lines: [line], startLine: 0, endLine: 0 };
}

/**
 * CommonMark lets "- " start a list even in the middle of a wrapped sentence ("… từ sản xuất" / "- quản lý - tiêu
 * thụ …"). A bullet list that starts right under a paragraph whose last line does not end a sentence, with an
 * item that begins in lower case, is that wrap: its first item goes back into the paragraph.
 */
function mergeWrappedBullets(runs: Run[]): Run[] {
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

// ---- flattened tables: lone `|` lines between cell contents -----------------------------------------

/** One line of a chunk of runs, with the run it came from. */
interface Item {
  run: Run;
  line: Line;
  text: string;
}

/** The content between two consecutive `|` lines. */
interface Slot {
  paras: Para[];
  text: string;
  empty: boolean;
  bold: boolean;
}

/** Longest header cell ("Thời gian dự kiến hoàn thành") and area-heading cell we accept. */
const HEADER_CELL_MAX = 120;
const AREA_CELL_MAX = 300;
/** A row-number cell: "1", "2.1", "I", "A", "a)". */
const NUMBER_CELL = /^(?:[IVXLC]+|[A-Z]|\d+(?:\.\d+)*|[a-zđ])\s*[.)]?$/u;
/** Wider than this is not a plan's task table (and bounds the row search). */
const MAX_COLUMNS = 40;
/** Fewest `|` lines a flattened data table can have (3 rows, one of them with 3 cells). */
const MIN_PIPES = 8;

/** Lines of consecutive items grouped back into runs (a whole run stays the same object). */
function subRuns(items: readonly Item[]): Run[] {
  const out: Run[] = [];
  let cur: Run | undefined;
  let of: Run | undefined;
  const finish = (): void => {
    // A run taken whole stays the same object.
    if (cur && of && cur.lines.length === of.lines.length) out[out.length - 1] = of;
  };
  for (const it of items) {
    if (!cur || of !== it.run) {
      finish();
      cur = { lines: [], startLine: it.run.startLine, endLine: it.run.endLine };
      out.push(cur);
      of = it.run;
    }
    cur.lines.push(it.line);
  }
  finish();
  return out;
}

function slotOf(items: readonly Item[]): Slot {
  const paras = subRuns(items).flatMap(runToParas);
  const text = paras.map((p) => p.chars.join('')).join(' ').trim();
  return { paras, text, empty: text === '', bold: text !== '' && paras.every((p) => p.bold) };
}

/** Cost of reading slots[i, j) as one row of a table `n` wide. */
function rowCost(slots: readonly Slot[], i: number, j: number, n: number): number {
  const w = j - i;
  let content = 0;
  let cost = 0;
  for (let k = i; k < j; k++) {
    const s = slots[k] as Slot;
    if (!s.empty) content++;
    // An empty cell is rarer than a row boundary; a row number after one most likely starts a row.
    else cost += 1;
    if (k > i && !s.empty && (slots[k - 1] as Slot).empty && NUMBER_CELL.test(s.text)) cost += 4;
  }
  if (content === 0) return 3;
  if (w === n) return cost;
  // An area heading: one cell ("I. NÂNG CAO …") or a number and a heading ("I" | "Hoàn thiện …").
  if (w <= 2 && content === w && slots.slice(i, j).every((s) => s.bold)) return cost + 1;
  // A row wider than the table most likely swallowed a row boundary.
  return cost + (w > n ? 2 + 3 * (w - n) : 2 + (n - w) / 2);
}

/**
 * Splits slots[from..] into rows. Two consecutive `|` lines (an empty slot) end a row, but an empty slot is
 * also an empty cell: the split that gives rows of the table's width (or area headings) wins.
 */
function splitRows(slots: readonly Slot[], from: number, n: number): [number, number][] {
  const total = slots.length;
  const maxW = 2 * n + 2;
  const cost = new Array<number>(total + 1).fill(Number.POSITIVE_INFINITY);
  const back = new Array<[number, number, number]>(total + 1);
  cost[from] = 0;
  const relax = (k: number, c: number, i: number, j: number): void => {
    if (c < (cost[k] as number)) {
      cost[k] = c;
      back[k] = [i, j, 0];
    }
  };
  for (let i = from; i < total; i++) {
    const base = cost[i] as number;
    if (base === Number.POSITIVE_INFINITY) continue;
    for (let j = i; j <= total && j - i <= maxW; j++) {
      const c = base + rowCost(slots, i, j, n);
      if (j === total) relax(total, c, i, j);
      else if ((slots[j] as Slot).empty) relax(j + 1, c, i, j);
      // A `|` line missing from the source (an elision "…….." between rows).
      else if (j > i) relax(j, c + 8, i, j);
    }
  }
  const rows: [number, number][] = [];
  for (let k = total; k > from; ) {
    const b = back[k];
    if (!b) return [];
    rows.push([b[0], b[1]]);
    k = b[0];
  }
  return rows.reverse();
}

/** The flattened data table in a chunk: its item range and rows, or null. */
function chunkTable(chunk: readonly Item[]): { from: number; to: number; rows: OutCell[][] } | null {
  const pipes: number[] = [];
  chunk.forEach((it, i) => {
    if (PIPE_LINE.test(it.text)) for (const c of it.text) if (c === '|') pipes.push(i);
  });
  if (pipes.length < MIN_PIPES) return null;
  const slots: Slot[] = [];
  for (let k = 0; k + 1 < pipes.length; k++) slots.push(slotOf(chunk.slice((pipes[k] as number) + 1, pipes[k + 1] as number)));
  // The header row: three or more short bold cells that end a row (text before them is outside the table).
  let h = -1;
  let hw = 0;
  for (let a = 0; a < slots.length && h < 0; ) {
    if ((slots[a] as Slot).empty) {
      a++;
      continue;
    }
    let b = a;
    while (b < slots.length && !(slots[b] as Slot).empty) b++;
    let s = b;
    while (s > a && (slots[s - 1] as Slot).bold && (slots[s - 1] as Slot).text.length <= HEADER_CELL_MAX) s--;
    if (b - s >= 3) {
      h = s;
      hw = b - s;
    }
    a = b;
  }
  if (h < 0 || hw > MAX_COLUMNS) return null;
  // Bold area rows of one or two cells just above the header belong to the table (a table part "B" | "…").
  let t = h;
  for (let n = 0; n < 3; n++) {
    if (t < 2 || !(slots[t - 1] as Slot).empty) break;
    let a = t - 1;
    while (a > 0 && !(slots[a - 1] as Slot).empty) a--;
    const row = slots.slice(a, t - 1);
    if (row.length < 1 || row.length > 2 || !row.every((s) => s.bold && s.text.length <= AREA_CELL_MAX)) break;
    t = a;
  }
  // Width: the header's, or the commonest wider row (a two-level header has fewer cells than the data rows).
  const widths = new Map<number, number>();
  let w = 0;
  for (let k = h; k <= slots.length; k++) {
    if (k === slots.length || (slots[k] as Slot).empty) {
      if (w >= 3) widths.set(w, (widths.get(w) ?? 0) + 1);
      w = 0;
    } else w++;
  }
  let mode = 0;
  let best = 0;
  for (const [width, count] of widths) if (count > best || (count === best && width > mode)) [mode, best] = [width, count];
  const n = Math.max(hw, mode);
  if (n > MAX_COLUMNS) return null;
  const ranges = splitRows(slots, t, n).filter(([i, j]) => slots.slice(i, j).some((s) => !s.empty));
  if (ranges.length < 3 || !ranges.some(([i, j]) => j - i >= 3)) return null;
  const rows: OutCell[][] = [];
  // The cell that fills each column in the row above (its own or merged down into it); none after a heading.
  let above: (OutCell | null)[] = new Array<OutCell | null>(n).fill(null);
  for (const [i, j] of ranges) {
    const cells = slots.slice(i, j);
    const width = cells.length;
    const row: OutCell[] = cells.map((s) => ({ paras: s.paras, header: i === h }));
    const allBold = cells.every((s) => s.empty || s.bold);
    const numbered = NUMBER_CELL.test((cells[0] as Slot).text);
    rows.push(row);
    if (width < n && (width === 1 || (width === 2 && (allBold || numbered)))) {
      // An area heading ("I. NÂNG CAO …", or "I" | "Hoàn thiện …"): its last cell spans the table, as a merged Word cell.
      (row[width - 1] as OutCell).colSpan = n - width + 1;
      above = above.map(() => null);
      continue;
    }
    if (width >= 3 && width < n && allBold && cells.every((s) => s.text.length <= HEADER_CELL_MAX)) {
      // A header row whose first cell spans columns ("Nội dung" over STT and task).
      for (const cell of row) cell.header = true;
      (row[0] as OutCell).colSpan = n - width + 1;
      above = above.map(() => null);
      continue;
    }
    // A data row shorter than the table lacks the cells merged down into it from above (Word rowSpan; an empty
    // cell is written as two `|` lines): the number's column when it has no number, and the columns after its cells.
    const lead = width < n && !numbered && above[0] ? 1 : 0;
    const missing: number[] = [];
    if (width < n) for (let c = 0; c < n; c++) if (c < lead || c >= lead + width) missing.push(c);
    const merged = missing.length > 0 && missing.every((c) => above[c]);
    const next: (OutCell | null)[] = [];
    for (let c = 0; c < n; c++) {
      const own = c >= (merged ? lead : 0) ? row[c - (merged ? lead : 0)] : undefined;
      if (own) next.push(own);
      else if (merged && above[c]) {
        const cell = above[c] as OutCell;
        cell.rowSpan = (cell.rowSpan ?? 1) + 1;
        next.push(cell);
      } else next.push(null);
    }
    above = next;
  }
  return { from: pipes[t] as number, to: (pipes[pipes.length - 1] as number) + 1, rows };
}

/**
 * Word tables that legal websites flatten into Markdown: a lone `|` line before each cell and after a row's last
 * cell, so two `|` lines between rows ("|", "STT", "|", "Tên nhiệm vụ", "|", "|", "1", "|", …). Such a run is
 * rebuilt as a table when it has a header row of at least three short bold cells and at least three rows;
 * anything else (the two-column header and signature layout tables) stays lines that runToParas cuts at the
 * `|` lines, each cell a paragraph.
 */
function pipeTables(out: Out): Out[] {
  if (out.kind !== 'runs') return [out];
  const runs = mergeWrappedBullets(out.runs);
  // Chunks: lines with no blank line between them (a flattened table never holds one).
  const chunks: Item[][] = [];
  let cur: Item[] = [];
  let prev: Run | undefined;
  for (const run of runs) {
    if (prev && (run.startLine === 0 || prev.endLine === 0 || run.startLine > prev.endLine + 1) && cur.length) {
      chunks.push(cur);
      cur = [];
    }
    for (const line of run.lines) cur.push({ run, line, text: lineText(line) });
    prev = run;
  }
  if (cur.length) chunks.push(cur);
  const result: Out[] = [];
  const pushItems = (items: readonly Item[]): void => {
    if (items.length === 0) return;
    const sub = subRuns(items);
    const last = result[result.length - 1];
    if (last && last.kind === 'runs') last.runs.push(...sub);
    else result.push({ kind: 'runs', runs: sub });
  };
  for (const chunk of chunks) {
    const table = chunkTable(chunk);
    if (!table) {
      pushItems(chunk);
      continue;
    }
    pushItems(chunk.slice(0, table.from));
    result.push({ kind: 'table', rows: table.rows });
    pushItems(chunk.slice(table.to));
  }
  return result;
}

// ---- layout --------------------------------------------------------------------------------------

class TextWriter {
  private readonly parts: string[] = [];
  pos = 0;
  private readonly at: number[] = [0];
  private readonly delta: number[] = [0];
  private lastSrc = 0;

  constructor(private readonly normMap: OffsetMap) {}

  /** Appends characters that came from normalized-text offsets `src`. */
  write(chars: readonly string[], src: readonly number[]): void {
    const identity = this.normMap.at.length === 1 && this.normMap.delta[0] === 0;
    for (let i = 0; i < chars.length; i++) {
      const n = Math.max(0, src[i] as number);
      const d = (identity ? n : toSourceOffset(this.normMap, n)) - this.pos;
      if (d !== this.delta[this.delta.length - 1]) this.mark(d);
      this.pos += 1;
      this.lastSrc = n;
    }
    this.parts.push(chars.join(''));
  }

  private mark(d: number): void {
    if (this.at[this.at.length - 1] === this.pos) this.delta[this.delta.length - 1] = d;
    else {
      this.at.push(this.pos);
      this.delta.push(d);
    }
  }

  /** A separator ("\n" or "\t") that stands just after the previous character. */
  sep(c: string): void {
    this.char(c, this.lastSrc + 1);
  }

  private char(c: string, normOffset: number): void {
    const d = toSourceOffset(this.normMap, Math.max(0, normOffset)) - this.pos;
    if (d !== this.delta[this.delta.length - 1]) this.mark(d);
    this.parts.push(c);
    this.pos += 1;
    this.lastSrc = normOffset;
  }

  done(): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: { at: Int32Array.from(this.at), delta: Int32Array.from(this.delta) } };
  }
}

function layout(outs: Out[], normMap: OffsetMap): { text: string; map: OffsetMap; blocks: Block[] } {
  const w = new TextWriter(normMap);
  const blocks: Block[] = [];
  const newline = (): void => {
    if (w.pos > 0) w.sep('\n');
  };
  for (const out of outs.flatMap(pipeTables)) {
    if (out.kind === 'runs') {
      for (const run of out.runs) {
        for (const p of runToParas(run)) {
          newline();
          const start = w.pos;
          w.write(p.chars, p.src);
          const block: Block = { kind: 'paragraph', start, end: w.pos, text: p.chars.join('') };
          if (p.bold) block.bold = true;
          if (p.italic) block.italic = true;
          blocks.push(block);
        }
      }
      continue;
    }
    const rows = out.rows.filter((r) => r.length > 0);
    if (rows.length === 0) continue;
    newline();
    const tableStart = w.pos;
    const outRows: RawCell[][] = rows.map((row, r) => {
      if (r > 0) w.sep('\n');
      return row.map((cell, c) => {
        if (c > 0) w.sep('\t');
        const start = w.pos;
        const paragraphs: string[] = [];
        cell.paras.forEach((p, k) => {
          if (k > 0) w.sep(' ');
          w.write(p.chars, p.src);
          paragraphs.push(p.chars.join(''));
        });
        const raw: RawCell = {
          text: paragraphs.join(' '),
          paragraphs: paragraphs.length ? paragraphs : [''],
          start,
          end: w.pos,
          rowSpan: cell.rowSpan ?? 1,
          colSpan: cell.colSpan ?? 1,
        };
        if (cell.header) raw.header = true;
        return raw;
      });
    });
    blocks.push({ kind: 'table', start: tableStart, end: w.pos, rows: outRows });
  }
  return { ...w.done(), blocks };
}

/** Stand-ins for "*" and "_" in a block with too many delimiter runs (same length: offsets stay true). */
const STAR = '\ue010';
const UNDERSCORE = '\ue011';
/** Emphasis delimiter runs one block may hold before they are read as plain characters. */
const MAX_DELIMITER_RUNS = 400;

/**
 * micromark matches emphasis delimiters in time that grows with the square of their number in one paragraph
 * ("*a *a *a … c* c*"): a block (up to a blank line) with more runs than any document has is read without
 * emphasis, its stars and underscores kept as text.
 */
function guardDelimiters(text: string): string {
  if (text.length < MAX_DELIMITER_RUNS) return text;
  const parts: string[] = [];
  let copied = 0;
  let blockStart = 0;
  const check = (from: number, to: number): void => {
    const block = text.slice(from, to);
    if ((block.match(/[*_]+/gu)?.length ?? 0) <= MAX_DELIMITER_RUNS) return;
    parts.push(text.slice(copied, from), block.replace(/\*/gu, STAR).replace(/_/gu, UNDERSCORE));
    copied = to;
  };
  for (const m of text.matchAll(/\n[ \t]*\n/gu)) {
    check(blockStart, m.index);
    blockStart = m.index;
  }
  check(blockStart, text.length);
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** Parses Markdown (already decoded and normalized) into blocks laid out as text, with offsets into `normalized`. */
export function markdownLayout(normalized: string, normMap: OffsetMap): { text: string; map: OffsetMap; blocks: Block[] } {
  const guarded = guardDelimiters(normalized);
  const tree = fromMarkdown(guarded, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const builder = new Builder(guarded);
  builder.block(tree, 0);
  return layout(builder.outs, normMap);
}

/** Loads a .md; `maxChars` rejects a longer decoded text before it is parsed (LoadError 'text-too-long'). */
export function loadMd(bytes: Uint8Array, options: { maxChars?: number } = {}): LoadedDocument {
  const decoded = decodeText(bytes);
  // Control characters become spaces (same length: offsets stay true), as for .txt.
  decoded.text = decoded.text.replace(CONTROL_RE, ' ');
  if (options.maxChars !== undefined && decoded.text.length > options.maxChars) {
    throw new LoadError('text-too-long', `${decoded.text.length.toLocaleString('en')} characters > limit ${options.maxChars.toLocaleString('en')}`);
  }
  const normalized = normalizeText(decoded.text);
  const { text, map, blocks } = markdownLayout(normalized.text, normalized.map);
  return { format: 'md', encoding: decoded.encoding, text, blocks, map, source: decoded.text, warnings: [] };
}
