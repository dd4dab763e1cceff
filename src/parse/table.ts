// Turns raw table blocks into cell grids: spans expanded, header rows found, repeated headers dropped,
// rows continued across a page break merged back, and columns given a meaning by their header text.
import type { RawCell, TableBlock } from '../load/types.js';
import type { Cell, ColumnRole, Table, TableRow } from '../model/plan.js';
import { romanToInt } from '../text/calendar.js';
import { isAllCaps } from './lines.js';
import { areaOfTitle } from '../data/reform-areas.js';
import { pattern } from '../text/pattern.js';

// Loops, not Math.min(...xs) / push(...xs): spreading an array of more than ~100,000 items overflows the stack
// (a hostile table row with 200,000 tab-separated cells).
function minOf(xs: Iterable<number>, init = Infinity): number {
  let m = init;
  for (const x of xs) if (x < m) m = x;
  return m;
}
function maxOf(xs: Iterable<number>, init = -Infinity): number {
  let m = init;
  for (const x of xs) if (x > m) m = x;
  return m;
}

interface GridCell {
  text: string;
  start: number;
  end: number;
  rowSpan: number;
  colSpan: number;
  origin: boolean;
  /** For copies: the origin cell object (merges update it, copies are refreshed at the end). */
  owner: GridCell | null;
}

/** Expands rowspan/colspan into a rectangular grid; covered positions hold copies (origin false). */
export function expandGrid(rows: readonly RawCell[][]): GridCell[][] {
  const grid: (GridCell | undefined)[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const raw of row) {
      while (grid[r]?.[c]) c++;
      const cell: GridCell = {
        text: raw.text,
        start: raw.start,
        end: raw.end,
        rowSpan: Math.max(1, raw.rowSpan),
        colSpan: Math.max(1, raw.colSpan),
        origin: true,
        owner: null,
      };
      for (let dr = 0; dr < cell.rowSpan && r + dr < rows.length; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cell.colSpan; dc++) {
          target[c + dc] = dr === 0 && dc === 0 ? cell : { ...cell, origin: false, owner: cell };
        }
      }
      c += cell.colSpan;
    }
  });
  const width = maxOf(grid.map((r) => r.length), 0);
  return grid.map((row) => {
    const out: GridCell[] = [];
    for (let c = 0; c < width; c++) {
      const prev = out[c - 1];
      out.push(row[c] ?? { text: '', start: prev?.end ?? 0, end: prev?.end ?? 0, rowSpan: 1, colSpan: 1, origin: true, owner: null });
    }
    return out;
  });
}

const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ['number', /^(s?tt|số\s*tt|số\s+thứ\s+tự)\.?$/iu],
  ['partners', /phối\s*hợp/iu],
  ['lead', /chủ\s*trì|(cơ\s*quan|đơn\s*vị)\s*(thực\s*hiện|chịu\s*trách\s*nhiệm)|trách\s*nhiệm\s*thực\s*hiện/iu],
  ['deadline', /thời\s*(gian|hạn)|tiến\s*độ|mốc\s*thời/iu],
  ['budget', /kinh\s*phí|nguồn\s*vốn|dự\s*toán/iu],
  ['output', /kết\s*quả|sản\s*phẩm/iu],
  ['objective', /mục\s*tiêu|chỉ\s*tiêu/iu],
  ['mission', /nhiệm\s*vụ/iu],
  ['activity', /hoạt\s*động|nội\s*dung|giải\s*pháp|công\s*việc/iu],
];

export function columnRole(header: string): ColumnRole {
  const t = header.replace(/\s+/gu, ' ').trim();
  for (const [role, re] of ROLE_PATTERNS) if (re.test(t)) return role;
  return 'other';
}

function isHeaderRow(row: readonly GridCell[]): boolean {
  const roles = row.map((c) => columnRole(c.text)).filter((r) => r !== 'other');
  return new Set(roles).size >= 2;
}

/**
 * "(1)", "(2)" … or "1", "2" … under the header: a column-number row. The numbers run on from the first
 * filled cell; the first column may be left blank ("| (1) | (2) | (3) …" under "TT | Nhiệm vụ | …").
 */
function isColumnNumberRow(row: readonly GridCell[]): boolean {
  const texts = row.filter((c) => c.origin).map((c) => c.text.trim());
  const lead = texts[0] === '' ? 1 : 0;
  const rest = texts.slice(lead);
  const first = /^\(?(\d{1,2})\)?$/u.exec(rest[0] ?? '');
  if (!first || rest.length < 3) return false;
  const n0 = Number(first[1]);
  if (n0 !== 1 && n0 !== 1 + lead) return false;
  return rest.every((t, i) => t === `(${n0 + i})` || t === String(n0 + i));
}

const norm = (s: string): string => s.replace(/\s+/gu, ' ').trim().toLowerCase();

function sameAsHeader(row: readonly GridCell[], header: readonly string[]): boolean {
  const texts = row.map((c) => norm(c.text));
  const nonEmpty = header.filter((h) => h !== '').length;
  let equal = 0;
  header.forEach((h, i) => {
    if (h !== '' && texts[i] === h) equal++;
  });
  return equal >= Math.max(2, nonEmpty - 1);
}

const AREA_RE = /^([IVXL]{1,6})\s*[.)]\s*\S/u;

const BARE_ROMAN_RE = /^([IVXL]{1,6})\.?$/u;


/**
 * A row naming a reform area: "I. CẢI CÁCH THỂ CHẾ" alone in the row, or a bare Roman numeral in the
 * first column and the area in capitals in the next, with nothing in the other columns.
 */
function isAreaRow(row: readonly GridCell[]): boolean {
  const filled = row.filter((c, i) => c.text.trim() !== '' && (c.origin || i === 0));
  const distinct = [...new Set(filled.map((c) => c.owner ?? c))];
  if (distinct.length === 1) {
    const m = AREA_RE.exec((distinct[0] as GridCell).text.trim());
    return m !== null && romanToInt(m[1] ?? '') !== null;
  }
  if (distinct.length === 2 && row[0]?.text.trim() === (distinct[0] as GridCell).text.trim()) {
    const m = BARE_ROMAN_RE.exec((distinct[0] as GridCell).text.trim());
    const title = (distinct[1] as GridCell).text;
    // The group title in capitals, or naming a reform area in sentence case ("II | Cải cách thủ tục hành chính").
    return m !== null && romanToInt(m[1] ?? '') !== null && (isAllCaps(title, 3) || (areaOfTitle(title) !== null && title.trim().split(/\s+/u).length <= 16));
  }
  return false;
}

const TOTAL_RE = pattern(String.raw`^(tổng\s*(cộng|số)|cộng)(?![\p{L}\p{N}])`, 'iu');
const SEPARATOR_RE = /^[-–—=_\s]*$/u;

export interface BuiltTable {
  table: Table;
  /** Grid rows parallel to table.rows. */
  kinds: TableRow['kind'][];
}

function cellOf(g: GridCell): Cell {
  const src = g.owner ?? g;
  return {
    text: src.text.replace(/\s+/gu, ' ').trim(),
    span: { start: src.start, end: src.end },
    rowSpan: src.rowSpan,
    colSpan: src.colSpan,
    origin: g.origin,
  };
}

function appendFragment(target: GridCell, fragment: GridCell): void {
  const owner = target.owner ?? target;
  if (fragment.text.trim() === '') return;
  owner.text = owner.text.trim() === '' ? fragment.text : `${owner.text} ${fragment.text}`;
  owner.start = owner.text === fragment.text ? fragment.start : Math.min(owner.start, fragment.start);
  owner.end = Math.max(owner.end, fragment.end);
}

/**
 * Builds the logical table from one or more raw blocks (a table split by page breaks or by
 * area headings typed between its parts). `areaLines` are paragraphs found between the parts.
 */
export function buildTable(parts: readonly (TableBlock | { areaText: string; start: number; end: number })[]): Table {
  const grid: GridCell[][] = [];
  for (const part of parts) {
    if ('rows' in part) for (const row of expandGrid(part.rows)) grid.push(row);
    else {
      grid.push([{ text: part.areaText, start: part.start, end: part.end, rowSpan: 1, colSpan: 1, origin: true, owner: null }]);
    }
  }
  const width = maxOf(grid.map((r) => r.length), 1);
  for (const row of grid) {
    while (row.length < width) {
      const last = row[row.length - 1] as GridCell;
      row.push({ text: '', start: last.end, end: last.end, rowSpan: 1, colSpan: 1, origin: true, owner: null });
    }
  }
  let headerEnd = 0;
  const headerIdx = grid.slice(0, 3).findIndex(isHeaderRow);
  let header: string[] = [];
  if (headerIdx >= 0) {
    header = (grid[headerIdx] as GridCell[]).map((c) => norm(c.text));
    headerEnd = headerIdx + 1;
    while (headerEnd < grid.length && isColumnNumberRow(grid[headerEnd] as GridCell[])) headerEnd++;
  }
  const columns: ColumnRole[] = header.length ? header.map(columnRole) : new Array<ColumnRole>(width).fill('other');
  const numberCol = columns.indexOf('number');
  const inherit = new Set<ColumnRole>(['number', 'objective', 'mission']);

  const rows: { kind: TableRow['kind']; cells: GridCell[] }[] = [];
  for (let r = 0; r < headerEnd; r++) rows.push({ kind: 'header', cells: grid[r] as GridCell[] });
  let dropped = 0;
  let merged = 0;
  let afterRepeatedHeader = false;
  let lastData: GridCell[] | null = null;
  for (let r = headerEnd; r < grid.length; r++) {
    const row = grid[r] as GridCell[];
    if (header.length && (sameAsHeader(row, header) || isColumnNumberRow(row))) {
      dropped++;
      afterRepeatedHeader = true;
      continue;
    }
    if (row.every((c) => SEPARATOR_RE.test(c.text)) && row.some((c) => c.text.trim() !== '')) {
      dropped++;
      continue;
    }
    if (isAreaRow(row)) {
      rows.push({ kind: 'area', cells: row });
      lastData = null;
      afterRepeatedHeader = false;
      continue;
    }
    const first = row.find((c) => c.text.trim() !== '');
    if (first && TOTAL_RE.test(first.text.trim())) {
      rows.push({ kind: 'total', cells: row });
      afterRepeatedHeader = false;
      continue;
    }
    const numberEmpty = numberCol >= 0 && (row[numberCol] as GridCell).text.trim() === '';
    if (lastData && numberEmpty && afterRepeatedHeader) {
      // A row cut by a page break: its fragments continue the previous logical row.
      const prev: GridCell[] = lastData;
      row.forEach((frag, c) => appendFragment(prev[c] as GridCell, frag));
      merged++;
      afterRepeatedHeader = false;
      continue;
    }
    afterRepeatedHeader = false;
    if (lastData && numberEmpty) {
      // A further activity of the same item: TT, objective and (when empty) mission come from above.
      const prev: GridCell[] = lastData;
      row.forEach((cell, c) => {
        const role = columns[c];
        if (role && inherit.has(role) && cell.text.trim() === '') {
          const src = prev[c] as GridCell;
          row[c] = { ...src, origin: false, owner: src.owner ?? src };
        }
      });
    }
    rows.push({ kind: 'data', cells: row });
    lastData = row;
  }
  const allCells = rows.flatMap((r) => r.cells);
  const start = minOf(allCells.map((c) => c.start));
  const end = maxOf(allCells.map((c) => c.end));
  return {
    span: { start: Number.isFinite(start) ? start : 0, end: Number.isFinite(end) ? end : 0 },
    columns,
    header: header.length ? (grid[headerIdx] as GridCell[]).map((c) => c.text.replace(/\s+/gu, ' ').trim()) : [],
    rows: rows.map(({ kind, cells }) => {
      const model = cells.map(cellOf);
      const s = minOf(model.map((c) => c.span.start));
      const e = maxOf(model.map((c) => c.span.end));
      return { kind, cells: model, span: { start: s, end: e } };
    }),
    mergedRows: merged,
    droppedHeaderRows: dropped,
  };
}
