// The look of a paragraph rebuilt from PDF lines: its text runs (font, size, bold, italic) located in the
// paragraph's text, and its alignment read from where its lines start and end.
import type { ItemLook } from '../layout.js';
import type { Line } from './geometry.js';
import { joinLines } from './lines.js';

type Run = ItemLook['runs'][number];

/** Sizes to the half point: a 13 pt font scaled by a producer's matrix reads 12.96. */
const halfPoint = (v: number): number => Math.round(v * 2) / 2;

/** Appends a line's runs to `runs`, the line's text standing at `offset` of the paragraph's text. */
export function appendLineRuns(runs: Run[], line: Line, offset: number): void {
  for (const p of line.pieces ?? []) {
    const b = p.bit;
    const known = b.font !== undefined && b.font !== null;
    const run: Run = { start: offset + p.start, end: offset + p.end, font: b.font ?? null, size: halfPoint(b.size), bold: known ? b.bold : null, italic: known ? b.italic : null };
    const last = runs[runs.length - 1];
    // Adjacent runs of one look are one run (the space between two bits of a line goes with them).
    if (last && last.font === run.font && last.size === run.size && last.bold === run.bold && last.italic === run.italic && run.start - last.end <= 1) last.end = run.end;
    else runs.push(run);
  }
}

/** The lines joined as one paragraph (as paragraphItem joins them) and their runs. */
export function joinWithRuns(lines: readonly Line[]): { text: string; runs: Run[] } {
  let text = '';
  const runs: Run[] = [];
  for (const l of lines) {
    text = joinLines(text, l.text);
    appendLineRuns(runs, l, text.length - l.text.length);
  }
  return { text, runs };
}

/**
 * Alignment of a paragraph of several lines inside the text column [left, right]: justified when every line but
 * the last ends at the right edge (within half an em); left when some line but the last ends more than an em short;
 * right when every line ends at the edge and some line but the first starts more than an em in. Null otherwise.
 */
export function measuredAlign(lines: readonly Line[], left: number, right: number, centred: boolean): string | null {
  if (centred) return 'center';
  if (lines.length < 2) return null;
  const body = lines.slice(0, -1);
  const em = lines[0]?.size ?? 13;
  const short = body.map((l) => right - l.x1);
  if (short.some((s) => s > em)) return 'left';
  if (short.every((s) => s <= em * 0.5)) {
    if (lines.slice(1).some((l) => l.x0 - left > em) && lines.every((l) => right - l.x1 <= em * 0.5)) return 'right';
    return 'both';
  }
  return null;
}
