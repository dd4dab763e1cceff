// The rule under the Tiêu ngữ in a Word file: drawn as a shape (DrawingML or VML, anchored in the motto's
// paragraph or a neighbour, or in the cell below), a paragraph or cell border, or the motto underlined.
//
// Word does not store where a line lands on the page: a floating shape is stored with an offset from the top of
// the paragraph it is anchored in. Where that paragraph stands relative to the motto is estimated from the
// paragraphs' spacing, sizes and line spacing (a line of single-spaced Times New Roman is about 1.15 em high), and
// the line counts as under the motto when it falls between the motto's descenders and about one line below. A
// drawing whose place cannot be worked out that way (positioned from the page or margin, aligned rather than
// offset, in a text box, a picture) makes the answer "unknown": no finding is made from it.
import type { MottoRule } from '../../model/presentation.js';
import { BELOW_PT, MOTTO_RE, TYPED_RULE_RE } from '../motto.js';
import { drawsBorder } from './props.js';
import type { WordDocumentXml, WordParagraph, WordShape } from './types.js';

/** The Tiêu ngữ is looked for among the first paragraphs. */
const HEADER_PARAGRAPHS = 60;

const sizeOf = (p: WordParagraph): number => {
  let size = 0;
  for (const r of p.runs) if (r.text.trim() && r.props.size !== undefined) size = Math.max(size, r.props.size);
  return size || p.markProps.size || 10;
};

/** The height of one line of the paragraph in points. */
function lineHeight(p: WordParagraph): number {
  const natural = sizeOf(p) * 1.15;
  const { line, lineRule } = p.props;
  if (line === undefined) return natural;
  if (lineRule === 'exact') return line / 20;
  if (lineRule === 'atLeast') return Math.max(line / 20, natural);
  return (natural * line) / 240;
}

const lineCount = (p: WordParagraph): number => 1 + (p.text.match(/\n/gu)?.length ?? 0);
const before = (p: WordParagraph): number => (p.props.spacingBefore ?? 0) / 20;
const after = (p: WordParagraph): number => (p.props.spacingAfter ?? 0) / 20;
const height = (p: WordParagraph): number => before(p) + lineCount(p) * lineHeight(p) + after(p);

/** Same flow of text: the same table cell, or both outside tables (and text boxes). */
const sameContainer = (a: WordParagraph, b: WordParagraph): boolean =>
  a.textBox === b.textBox &&
  (a.table === undefined ? b.table === undefined : b.table !== undefined && a.table.table === b.table.table && a.table.row === b.table.row && a.table.cell === b.table.cell && a.table.depth === b.table.depth);

const sameRow = (a: WordParagraph, b: WordParagraph): boolean =>
  a.table !== undefined && b.table !== undefined && a.table.table === b.table.table && a.table.row === b.table.row && a.table.depth === b.table.depth;

type Verdict = { state: 'present'; kind: NonNullable<MottoRule['kind']>; widthPt: number | null } | { state: 'unknown'; reason: string };

/** The rule under the Tiêu ngữ of a Word file; undefined when no paragraph near the top holds the Tiêu ngữ. */
export function wordMottoRule(word: WordDocumentXml): MottoRule | undefined {
  const paras = word.paragraphs;
  const m = paras.slice(0, HEADER_PARAGRAPHS).find((p) => MOTTO_RE.test(p.text.normalize('NFC')));
  if (!m) return undefined;
  const verdicts: Verdict[] = [];
  if (m.textBox) verdicts.push({ state: 'unknown', reason: 'the Tiêu ngữ is in a text box' });

  // The motto underlined.
  // Offsets of the motto in the paragraph's text (the whole paragraph when normalising changes its length).
  const nfc = m.text.normalize('NFC');
  const found = MOTTO_RE.exec(nfc);
  const match = found && nfc.length === m.text.length ? { index: found.index, length: found[0].length } : { index: 0, length: m.text.length };
  {
    let letters = 0;
    let underlined = 0;
    for (const r of m.runs) {
      for (let i = 0; i < r.text.length; i++) {
        const at = r.textStart + i;
        if (at < match.index || at >= match.index + match.length || !/\p{L}/u.test(r.text[i] as string)) continue;
        letters += 1;
        if (r.props.underline !== undefined && r.props.underline !== 'none') underlined += 1;
      }
    }
    if (letters > 0 && underlined * 2 > letters) verdicts.push({ state: 'present', kind: 'underline', widthPt: null });
  }

  // Paragraph borders: below the motto, or above the next paragraph of the same flow.
  const next = paras[m.index + 1];
  if (drawsBorder(m.props.borderBottom) || (next && sameContainer(m, next) && drawsBorder(next.props.borderTop))) verdicts.push({ state: 'present', kind: 'border', widthPt: null });

  // A rule typed with characters on the next line of the same flow (the motto's paragraph's own next line, or the next paragraph).
  const ownLines = m.text.split('\n');
  const after = ownLines.findIndex((l) => MOTTO_RE.test(l.normalize('NFC')));
  if ((after >= 0 && TYPED_RULE_RE.test(ownLines[after + 1] ?? '')) || (next && sameContainer(m, next) && TYPED_RULE_RE.test(next.text))) {
    verdicts.push({ state: 'present', kind: 'characters', widthPt: null });
  }

  // The bottom border of the motto's cell, when nothing but empty paragraphs follows the motto in it.
  const cellParas = paras.filter((p) => sameContainer(p, m));
  const lastText = [...cellParas].reverse().find((p) => p.text.trim() !== '');
  const trailing = cellParas.filter((p) => p.index > m.index).length;
  if (m.table && lastText === m && trailing <= 1 && drawsBorder(m.table.geometry?.borderBottom)) verdicts.push({ state: 'present', kind: 'cellBorder', widthPt: null });

  // Drawings in the header: the paragraphs up to the end of the motto's table (or a few after the motto), and the
  // first paragraph after that table.
  const top = topInContainer(paras, m);
  const motto = { top: before(m), bottom: before(m) + lineCount(m) * lineHeight(m), lh: lineHeight(m) };
  let end = m.index + 3;
  if (m.table) {
    let i = m.index;
    while (i + 1 < paras.length && (paras[i + 1] as WordParagraph).table?.table === m.table.table) i++;
    end = i + 1;
  }
  for (const p of paras.slice(0, Math.min(end + 1, paras.length))) {
    for (const s of p.shapes ?? []) {
      const y = shapeTop(paras, p, s, m, top);
      if (y === 'elsewhere') continue;
      if (y === null) {
        verdicts.push({ state: 'unknown', reason: `a ${s.kind === 'line' ? 'line' : 'drawing'} in paragraph ${p.index + 1} whose place relative to the Tiêu ngữ cannot be worked out` });
        continue;
      }
      const below = y >= motto.bottom - motto.lh * 0.5 && y <= motto.bottom + Math.max(BELOW_PT, motto.lh);
      if (!below) continue;
      if (s.kind === 'line') verdicts.push({ state: 'present', kind: 'shape', widthPt: s.width === null ? null : Math.round(s.width * 10) / 10 });
      else verdicts.push({ state: 'unknown', reason: `a drawing that is not a line (text box, picture …) below the Tiêu ngữ in paragraph ${p.index + 1}` });
    }
  }
  // A drawing in the first page's header part can stand anywhere on the page.
  const section = word.sections[m.section];
  if (section) {
    const ref = section.headers.find((h) => h.type === (section.titlePage ? 'first' : 'default'));
    const part = ref?.part ? word.headersFooters.find((h) => h.part === ref.part) : undefined;
    if (part?.paragraphs.some((p) => (p.shapes?.length ?? 0) > 0)) verdicts.push({ state: 'unknown', reason: 'a drawing in the page header' });
  }

  const present = verdicts.find((v): v is Extract<Verdict, { state: 'present' }> => v.state === 'present');
  if (present) return { state: 'present', kind: present.kind, widthPt: present.widthPt, textWidthPt: null, reason: null };
  const unknown = verdicts.find((v): v is Extract<Verdict, { state: 'unknown' }> => v.state === 'unknown');
  if (unknown) return { state: 'unknown', kind: null, widthPt: null, textWidthPt: null, reason: unknown.reason };
  return { state: 'absent', kind: null, widthPt: null, textWidthPt: null, reason: null };
}

/** The top of each paragraph of the motto's row (or flow) from the top of its cell, in points. */
function topInContainer(paras: readonly WordParagraph[], m: WordParagraph): Map<number, number> {
  const tops = new Map<number, number>();
  const cells = new Map<string, number>();
  for (const p of paras) {
    if (!(sameContainer(p, m) || sameRow(p, m))) continue;
    const key = p.table ? `${p.table.cell}` : '';
    const y = cells.get(key) ?? 0;
    tops.set(p.index, y);
    cells.set(key, y + height(p));
  }
  return tops;
}

/**
 * Where a drawing's top lands, in points from the top of the motto's paragraph; "elsewhere" when it cannot be
 * under the motto; null when that cannot be told.
 */
function shapeTop(paras: readonly WordParagraph[], p: WordParagraph, s: WordShape, m: WordParagraph, tops: Map<number, number>): number | null | 'elsewhere' {
  const within = s.vertical === 'paragraph' ? s.top : s.vertical === 'line' ? (s.top === null ? null : before(p) + s.top) : s.vertical === 'inline' ? before(p) + lineHeight(p) * 0.8 : null;
  const mTop = tops.get(m.index) ?? 0;
  // The same cell (or both outside tables), or another cell of the motto's row: tops measured from the row's top.
  if (sameContainer(p, m) || sameRow(p, m)) {
    if (!sameContainer(p, m) && !underMottoColumn(p, s, m)) return 'elsewhere';
    if (within === null) return null;
    return (tops.get(p.index) ?? 0) + within - mTop;
  }
  // The cell below the motto's, in the same column: its top is the bottom of the motto's row.
  if (p.table && m.table && p.table.table === m.table.table && p.table.depth === m.table.depth && p.table.row === m.table.row + 1) {
    if (!underMottoColumn(p, s, m)) return 'elsewhere';
    if (within === null) return null;
    const firstInCell = !paras.some((q) => q.index < p.index && sameContainer(q, p));
    if (!firstInCell) return 'elsewhere';
    let rowBottom = 0;
    for (const q of paras) if (sameRow(q, m)) rowBottom = Math.max(rowBottom, (tops.get(q.index) ?? 0) + height(q));
    return rowBottom + within - mTop;
  }
  // Anywhere else: a drawing positioned downwards from a paragraph after the motto (or upwards from one before it)
  // cannot reach it.
  if (s.vertical === 'inline') return 'elsewhere';
  if (within === null) return null;
  if (p.index > m.index && within >= 0) return 'elsewhere';
  if (p.index < m.index && within <= 0) return 'elsewhere';
  return null;
}

/**
 * Whether a drawing anchored in another cell stands under the motto's cell: most of its length within that
 * cell's columns (cell places from w:tcW). Without widths, the same cell index.
 */
function underMottoColumn(p: WordParagraph, s: WordShape, m: WordParagraph): boolean {
  const pg = p.table?.geometry;
  const mg = m.table?.geometry;
  if (pg?.left === undefined || mg?.left === undefined || mg.width === undefined || s.horizontal !== 'column' || s.left === null || s.width === null) {
    return p.table?.cell === m.table?.cell;
  }
  const x0 = pg.left / 20 + s.left;
  const x1 = x0 + s.width;
  const overlap = Math.min(x1, (mg.left + mg.width) / 20) - Math.max(x0, mg.left / 20);
  return overlap > s.width / 2;
}
