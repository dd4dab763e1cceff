// Lines: text bits grouped on baselines, superscript markers, wrapped lines joined, paragraphs inside a cell.
import { superscript } from '../layout.js';
import type { Line, Piece, TextBit } from './geometry.js';

/** Small digits raised above a larger line are footnote references: they join that line as superscripts. */
export function markSuperscripts(bits: TextBit[]): TextBit[] {
  for (const b of bits) {
    if (!/^\d{1,3}$/.test(b.str)) continue;
    const host = bits.find((o) => o !== b && o.size > b.size * 1.25 && o.y > b.y && o.y - b.y < o.size * 0.75 && o.x <= b.x + b.w + o.size * 3 && o.x + o.w >= b.x - o.size * 3);
    if (host) {
      b.sup = true;
      b.y = host.y;
      b.size = host.size;
    }
  }
  return bits;
}

export function groupLines(bits: TextBit[], page: number): Line[] {
  const sorted = [...bits].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; bits: TextBit[] }[] = [];
  for (const b of sorted) {
    const line = lines.find((l) => Math.abs(l.y - b.y) < Math.max(1.5, b.size * 0.35));
    if (line) line.bits.push(b);
    else lines.push({ y: b.y, bits: [b] });
  }
  return lines
    .map((l) => {
      const bs = l.bits.sort((a, b) => a.x - b.x);
      let text = '';
      let prev: TextBit | undefined;
      const pieces: Piece[] = [];
      for (const b of bs) {
        const s = b.sup ? superscript(b.str) : b.str;
        if (prev) {
          const gap = b.x - (prev.x + prev.w);
          if (!b.sup && (gap > Math.min(prev.size, b.size) * 0.15 || (prev.word && b.word))) text += ' ';
        }
        pieces.push({ start: text.length, end: text.length + s.length, bit: b });
        text += s;
        prev = b;
      }
      const normal = bs.filter((b) => !b.sup);
      const ref = normal.length ? normal : bs;
      const size = median(ref.map((b) => b.size));
      const last = bs[bs.length - 1];
      return {
        y: l.y,
        x0: bs[0]?.x ?? 0,
        x1: last ? last.x + last.w : 0,
        size,
        bits: bs,
        text,
        bold: ref.every((b) => b.bold),
        italic: ref.every((b) => b.italic),
        page,
        pieces,
      };
    })
    .sort((a, b) => a.y - b.y);
}

export function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export const LIST_START = /^(?:[-+•–*]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[IVXLC]+\.\s)/u;

/** Width of the first word of a line, from its first text bit. */
export function firstWordWidth(line: Line): number {
  const b = line.bits[0];
  if (!b) return 0;
  const word = b.str.split(/\s+/u)[0] ?? b.str;
  return b.str.length ? (b.w * word.length) / b.str.length : 0;
}

/** Joins wrapped lines of one paragraph: no space after a line ending in "/" or a hyphen glued to a word. */
export function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (/[\p{L}\p{N}][/]$/u.test(a)) return a + b;
  // "18/KH-" + "UBND", "2021-" + "2030": a code or range broken after its hyphen.
  if (/[\p{Lu}\p{N}]-$/u.test(a) && /^[\p{Lu}\p{N}]/u.test(b)) return a + b;
  return `${a} ${b}`;
}

/** Paragraphs inside a table cell: break at list markers and where the next line's first word would have fitted. */
export function cellParagraphs(lines: Line[], left: number, right: number): string[] {
  const out: string[] = [];
  let cur = '';
  let prev: Line | undefined;
  const pad = lines.length ? Math.max(1, Math.min(...lines.map((l) => l.x0)) - left) : 2;
  const inner = right - pad;
  for (const line of lines) {
    let brk = prev === undefined;
    if (prev) {
      if (LIST_START.test(line.text)) brk = true;
      else if (inner - prev.x1 > firstWordWidth(line) + prev.size * 0.6) brk = true;
      else if (line.y - prev.y > prev.size * 2.2) brk = true;
    }
    if (brk && cur) {
      out.push(cur);
      cur = '';
    }
    cur = joinLines(cur, line.text);
    prev = line;
  }
  if (cur) out.push(cur);
  return out;
}
