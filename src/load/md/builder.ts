// CommonMark (and GFM tables) through mdast-util-from-markdown: the syntax tree read into runs of lines with
// each character's source offset and emphasis, and tables into cells. Bounded depth: no stack overflow.
import type { Nodes, PhrasingContent, Table } from 'mdast';
import { isLayoutTable } from '../layout.js';
import { literalSpans } from './emphasis.js';
import { STAR, UNDERSCORE } from './guard.js';
import { EM, LIT, newLine, push, STRONG, type Line, type Out, type Run } from './lines.js';
import { paraRun, runToParas } from './paragraphs.js';
import { alignText, decodeEntity, SPACE_LIKE } from './source-text.js';

/** Nesting deeper than this is read as plain text (no emphasis, no structure): no stack overflow. */
const MAX_DEPTH = 200;

export class Builder {
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
    literalSpans(run, () => ++this.spanCount);
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
}
