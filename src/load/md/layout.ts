// Layout: runs and tables written out as the LoadedDocument text (one paragraph per line, table rows as
// tab-joined cells) with blocks and a map from each text offset to the source.
import { toSourceOffset, type OffsetMap } from '../../text/normalize.js';
import type { Block, RawCell } from '../types.js';
import type { Out } from './lines.js';
import { pipeTables } from './pipe-tables.js';
import { runToParas } from './paragraphs.js';

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

export function layout(outs: Out[], normMap: OffsetMap): { text: string; map: OffsetMap; blocks: Block[] } {
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
