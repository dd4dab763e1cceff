// Flattened tables: Word tables that legal websites publish as lone `|` lines between cell contents, rebuilt
// as tables (header row, area headings, cells merged across columns and down rows).
import { lineText, type Line, type Out, type OutCell, type Para, type Run } from './lines.js';
import { mergeWrappedBullets, PIPE_LINE, runToParas } from './paragraphs.js';

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
export function pipeTables(out: Out): Out[] {
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
