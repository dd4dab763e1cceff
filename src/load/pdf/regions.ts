// Layout regions: the borderless "Số … | date" header and the "Nơi nhận | signature" block.
import { isAppendixTitle, type ParagraphItem } from '../layout.js';
import type { Line, PageData, TextBit } from './geometry.js';
import { groupLines, joinLines } from './lines.js';
import { appendLineRuns } from './look.js';

export interface RegionInfo {
  items: ParagraphItem[];
}

export function layoutRegions(page: PageData, lines: Line[]): Map<Line, RegionInfo> {
  const out = new Map<Line, RegionInfo>();
  const claim = (group: Line[], rows: Line[][], kind: 'header' | 'signature'): void => {
    const split = splitX(group);
    if (split === undefined) return;
    const info: RegionInfo = { items: [] };
    for (const row of rows) {
      const left: Line[] = [];
      const right: Line[] = [];
      for (const l of row) {
        const lb = l.bits.filter((b) => b.x < split);
        const rb = l.bits.filter((b) => b.x >= split);
        if (lb.length) left.push(partLine(l, lb));
        if (rb.length) right.push(partLine(l, rb));
      }
      info.items.push(...regionParagraphs(left, kind, page.page), ...regionParagraphs(right, 'plain', page.page));
    }
    for (const l of group) out.set(l, info);
  };
  const so = lines.findIndex((l, i) => i < 8 && /^Số\s*:/u.test(l.text));
  if (so >= 0 && page.page === 1) {
    const soLine = lines[so] as Line;
    const group = lines.slice(0, so + 1);
    // A wrapped date or a second line right below "Số:" still belongs to the header row.
    let k = so + 1;
    while (k < lines.length && (lines[k] as Line).y - ((lines[k - 1] as Line).y) < soLine.size * 1.6 && !isTitleLine(lines[k] as Line)) {
      group.push(lines[k] as Line);
      k++;
    }
    const above = group.filter((l) => l.y < soLine.y - soLine.size * 0.5);
    const rest = group.filter((l) => !above.includes(l));
    claim(group, above.length ? [above, rest] : [rest], 'header');
  }
  const nn = lines.findIndex((l) => /^Nơi\s+nhận/iu.test(l.text));
  if (nn >= 0) {
    const group: Line[] = [];
    for (let k = nn; k < lines.length; k++) {
      const l = lines[k] as Line;
      if (isAppendixTitle(l.text)) break;
      group.push(l);
    }
    claim(group, [group], 'signature');
  }
  return out;
}

function isTitleLine(l: Line): boolean {
  return /^KẾ\s+HOẠCH/u.test(l.text);
}

/** The x where the right column of a two-column block starts: the widest gap in the x-projection of its text. */
function splitX(group: Line[]): number | undefined {
  const spans = group.flatMap((l) => l.bits.map((b) => [b.x, b.x + b.w] as [number, number])).sort((a, b) => a[0] - b[0]);
  let best: [number, number] | undefined;
  let reach = -Infinity;
  for (const [a, b] of spans) {
    if (reach > -Infinity && a - reach > (best ? best[1] - best[0] : 0)) best = [reach, a];
    reach = Math.max(reach, b);
  }
  if (best && best[1] - best[0] >= 12) return best[1] - 0.5;
  return splitByLines(group);
}

/**
 * When no x range is free in every line (a long recipient line runs up to the signature column, or under a wide
 * authority line), the split where the lines' own gaps agree: candidates are the starts of text after a gap wider
 * than 1 em; each counts the lines with a gap at that x, less twice the lines whose text runs across it.
 */
function splitByLines(group: Line[]): number | undefined {
  const candidates = new Set<number>();
  for (const l of group) {
    for (let k = 1; k < l.bits.length; k++) {
      const a = l.bits[k - 1] as TextBit;
      const b = l.bits[k] as TextBit;
      if (b.x - (a.x + a.w) > Math.max(b.size, 1)) candidates.add(b.x);
    }
  }
  let best: number | undefined;
  let bestScore = 1;
  for (const c of candidates) {
    let score = 0;
    for (const l of group) {
      if (l.bits.some((b) => b.x < c - 0.5 && b.x + b.w > c + 0.5)) score -= 2;
      else if (l.bits.some((b) => b.x < c) && l.bits.some((b) => b.x >= c - 0.5)) score += 1;
    }
    if (score > bestScore || (score === bestScore && best !== undefined && c < best)) {
      best = c;
      bestScore = score;
    }
  }
  return best === undefined ? undefined : best - 0.5;
}

function partLine(l: Line, bits: TextBit[]): Line {
  const part = groupLines(bits.map((b) => ({ ...b })), l.page)[0];
  const text = part?.text ?? '';
  const last = bits[bits.length - 1];
  return { ...l, bits, text, pieces: part?.pieces ?? [], x0: bits[0]?.x ?? l.x0, x1: last ? last.x + last.w : l.x1, bold: bits.every((b) => b.bold || b.sup), italic: bits.every((b) => b.italic || b.sup) };
}

/** Lines of one cell of a layout block: recipients join wrapped lines; other lines stay one paragraph each. */
function regionParagraphs(lines: Line[], kind: 'header' | 'signature' | 'plain', page: number): ParagraphItem[] {
  const out: ParagraphItem[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    const wrapped = kind === 'signature' && last && !/^(?:[-+•]|Nơi\s+nhận)/iu.test(l.text) && !/[;.:]$/u.test(last.text);
    if (wrapped && last) {
      last.text = joinLines(last.text, l.text);
      if (last.look) appendLineRuns(last.look.runs, l, last.text.length - l.text.length);
      continue;
    }
    const runs: NonNullable<ParagraphItem['look']>['runs'] = [];
    appendLineRuns(runs, l, 0);
    // A cell of a layout block: its alignment is not measured (the column's edges are not known here).
    const item: ParagraphItem = { kind: 'paragraph', text: l.text, page, look: { runs, align: null } };
    if (l.bold) item.bold = true;
    if (l.italic) item.italic = true;
    out.push(item);
  }
  return out;
}
