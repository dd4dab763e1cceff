// document.xml (and header/footer parts) → paragraphs, runs with XML offsets, sections, revision marks, in one SAX pass.
import { Parser } from 'htmlparser2';
import { mergePara, readParaProp, readRunProp, resolveRun, type ThemeFonts } from './props.js';
import type { StyleResolver } from './styles.js';
import type {
  HeaderFooterRef,
  IntegrityMarks,
  MarkList,
  ParaProps,
  RunPiece,
  RunProps,
  TablePosition,
  WordParagraph,
  WordRun,
  WordSection,
  WordShape,
} from './types.js';

/** Elements whose content is a record of an earlier state (tracked formatting change): counted, not read. */
const CHANGE_RECORDS = new Set([
  'w:rPrChange', 'w:pPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:tblPrExChange', 'w:trPrChange', 'w:tcPrChange',
  'w:tblGridChange', 'w:numberingChange',
]);
const REVISIONS = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo']);
const PAGE_FIELD_RE = /^\s*PAGE(?![A-Z])/u;

export interface BodyResult {
  paragraphs: WordParagraph[];
  sections: WordSection[];
  integrity: IntegrityMarks;
}

interface OpenParagraph {
  para: WordParagraph;
  textParts: string[];
  textLength: number;
  markDirect: RunProps;
  table: (TablePosition & { style?: string }) | undefined;
}

interface OpenTable {
  index: number;
  row: number;
  cell: number;
  style?: string;
  /** w:tblBorders of the table itself. */
  borders: { top?: string; bottom?: string; insideH?: string };
  /** Left edge of the current cell within its row and its w:tcW (twips), its w:tcBorders. */
  cellLeft: number | undefined;
  cellWidth: number | undefined;
  cellBorders: { top?: string; bottom?: string };
  /** The table's own paragraphs (not those of nested tables): their borders are settled when the table ends. */
  paragraphs: { para: WordParagraph; row: number; cellBorders: { top?: string; bottom?: string } }[];
}

const EMU_PER_PT = 12700;
/** A rectangle at most this high (points) is drawn as a rule. */
const RULE_HEIGHT = 3;
const LINE_PRESETS = new Set(['line', 'straightConnector1']);

/** A CSS/VML length in points ("12.5pt", "1in", "3mm", "10px", "10" = px). */
function vmlLength(v: string | undefined): number | null {
  if (v === undefined) return null;
  const m = /^\s*(-?\d*\.?\d+)\s*(pt|in|cm|mm|px|pc|emu)?\s*$/u.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] ?? 'px';
  const k = unit === 'pt' ? 1 : unit === 'in' ? 72 : unit === 'cm' ? 72 / 2.54 : unit === 'mm' ? 72 / 25.4 : unit === 'pc' ? 12 : unit === 'emu' ? 1 / EMU_PER_PT : 0.75;
  return Number.isFinite(n) ? n * k : null;
}

function vmlStyle(style: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (style ?? '').split(';')) {
    const i = part.indexOf(':');
    if (i > 0) out.set(part.slice(0, i).trim().toLowerCase(), part.slice(i + 1).trim());
  }
  return out;
}

/** A VML path of one straight segment ("m,l21600,21600e", "m0,0l21600,0e"). */
const ONE_SEGMENT_PATH = /^\s*m\s*-?[\d,\s]*l\s*-?\d*\s*,\s*-?\d*\s*e?\s*$/iu;

/** A shape being read: DrawingML (wp:anchor / wp:inline) or VML (the outermost v: element of a w:pict). */
interface OpenShape {
  ns: 'wp' | 'v';
  shape: WordShape;
  /** Line-like geometry seen (preset line/connector, v:line, a one-segment path, a rectangle). */
  geometry: 'line' | 'rect' | undefined;
  /** Something that is not a rule inside: text box, picture, group, OLE object. */
  other: boolean;
  depth: number;
  /** DrawingML: which posOffset text is being read. */
  offset?: 'V' | 'H';
  owner: WordParagraph | undefined;
  /** A VML shape type definition: remembered, not a drawing. */
  ignore?: boolean;
}

const emptyMarks = (): MarkList => ({ count: 0, paragraphs: [] });

export function emptyIntegrity(): IntegrityMarks {
  return { insertions: emptyMarks(), deletions: emptyMarks(), moves: emptyMarks(), formatChanges: emptyMarks(), comments: emptyMarks(), hidden: emptyMarks(), highlight: emptyMarks() };
}

/**
 * Reads a WordprocessingML part (document.xml, header*.xml, footer*.xml). Offsets index `xml`.
 * mc:AlternateContent is read through its mc:Fallback (as mammoth does), so text boxes are not read twice.
 */
export function readBody(xml: string, resolver: StyleResolver, theme: ThemeFonts, rels: ReadonlyMap<string, string>): BodyResult {
  const paragraphs: WordParagraph[] = [];
  const sections: WordSection[] = [];
  const integrity = emptyIntegrity();
  const sheet = resolver.sheet;

  const paraStack: OpenParagraph[] = [];
  const tables: OpenTable[] = [];
  let tableCount = 0;
  let run: WordRun | undefined;
  let piece: RunPiece | undefined;
  let skip = 0;
  let textBoxDepth = 0;
  let inPPr = false;
  let rPrOwner: 'run' | 'mark' | undefined;
  let inTblPr = false;
  const revisions: WordRun['revision'][] = [];
  let fieldDepth = 0;
  let section: WordSection | undefined;
  // Drawings: VML shape types by id (line-like or not), the shape being read, table cell properties.
  const shapeTypes = new Map<string, boolean>();
  let shape: OpenShape | undefined;
  let cellPr: 'tcPr' | 'tcBorders' | 'tblBorders' | undefined;
  let lastPosition: 'V' | 'H' | undefined;
  let lastClosedParagraph = -1;

  const mark = (list: MarkList): void => {
    list.count += 1;
    const p = paraStack[paraStack.length - 1]?.para.index ?? lastClosedParagraph + 1;
    if (list.paragraphs[list.paragraphs.length - 1] !== p && !list.paragraphs.includes(p)) list.paragraphs.push(p);
  };
  const markAt = (list: MarkList, p: number): void => {
    if (!list.paragraphs.includes(p)) list.paragraphs.push(p);
  };

  const parser = new Parser(
    {
      onopentag(name, a) {
        if (skip > 0) {
          skip += 1;
          return;
        }
        const start = parser.startIndex;
        const cur = paraStack[paraStack.length - 1];
        if (name === 'mc:Choice') {
          skip = 1;
          return;
        }
        if (CHANGE_RECORDS.has(name)) {
          mark(integrity.formatChanges);
          skip = 1;
          return;
        }
        if (shape || name === 'wp:anchor' || name === 'wp:inline' || name === 'v:shapetype' || (name.startsWith('v:') && cur)) {
          if (openShapeTag(name, a, cur?.para)) return;
        }
        if (cellPr || name === 'w:tcPr' || name === 'w:tblBorders') {
          if (cellTag(name, a)) return;
        }
        switch (name) {
          case 'w:p': {
            const t = tables[tables.length - 1];
            const para: WordParagraph = {
              index: paragraphs.length, xmlStart: start, xmlEnd: start, text: '', runs: [], direct: {}, props: {}, markProps: {}, section: 0,
            };
            paragraphs.push(para);
            const geometry = t && t.cellLeft !== undefined && t.cellWidth !== undefined ? { left: t.cellLeft, width: t.cellWidth } : {};
            const table = t ? { table: t.index, row: Math.max(0, t.row), cell: Math.max(0, t.cell), depth: tables.length, geometry, ...(t.style ? { style: t.style } : {}) } : undefined;
            if (t) t.paragraphs.push({ para, row: Math.max(0, t.row), cellBorders: { ...t.cellBorders } });
            if (textBoxDepth > 0) para.textBox = true;
            paraStack.push({ para, textParts: [], textLength: 0, markDirect: {}, table });
            return;
          }
          case 'w:pPr':
            if (cur && !run) inPPr = true;
            return;
          case 'w:rPr':
            rPrOwner = run ? 'run' : inPPr ? 'mark' : undefined;
            return;
          case 'w:r':
            if (cur) {
              run = { xmlStart: start, xmlEnd: start, text: '', textStart: cur.textLength, deletedText: '', pieces: [], direct: {}, props: {} };
              const rev = revisions[revisions.length - 1];
              if (rev) run.revision = rev;
              if (fieldDepth > 0) run.inField = true;
            }
            return;
          case 'w:t':
          case 'w:delText':
          case 'w:instrText':
            if (run) piece = { kind: name.slice(2), xmlStart: start, xmlEnd: start, textStart: cur?.textLength ?? 0, text: '' };
            return;
          case 'w:tbl':
            tables.push({ index: tableCount++, row: -1, cell: -1, borders: {}, cellLeft: undefined, cellWidth: undefined, cellBorders: {}, paragraphs: [] });
            return;
          case 'w:tblPr':
            inTblPr = true;
            return;
          case 'w:tblStyle': {
            const t = tables[tables.length - 1];
            if (inTblPr && t && a['w:val']) t.style = a['w:val'];
            return;
          }
          case 'w:tr': {
            const t = tables[tables.length - 1];
            if (t) {
              t.row += 1;
              t.cell = -1;
              t.cellLeft = 0;
              t.cellWidth = 0;
            }
            return;
          }
          case 'w:tc': {
            const t = tables[tables.length - 1];
            if (t) {
              t.cell += 1;
              t.cellLeft = t.cellLeft !== undefined && t.cellWidth !== undefined ? t.cellLeft + t.cellWidth : undefined;
              t.cellWidth = undefined;
              t.cellBorders = {};
            }
            return;
          }
          case 'w:txbxContent':
            textBoxDepth += 1;
            return;
          case 'w:hyperlink':
            fieldDepth += 1;
            return;
          case 'w:fldSimple':
            fieldDepth += 1;
            if (cur && PAGE_FIELD_RE.test(a['w:instr'] ?? '')) cur.para.pageField = true;
            return;
          case 'w:commentReference':
            mark(integrity.comments);
            return;
          case 'w:sectPr':
            section = { margins: {}, headers: [], footers: [], titlePage: false, xmlStart: start, xmlEnd: start, lastParagraph: -1 };
            return;
        }
        if (REVISIONS.has(name)) {
          const kind = name.slice(2) as NonNullable<WordRun['revision']>;
          if (rPrOwner !== 'run') {
            // An inserted or deleted run (or a paragraph mark, inside w:pPr/w:rPr).
            mark(kind === 'ins' ? integrity.insertions : kind === 'del' ? integrity.deletions : integrity.moves);
          }
          if (!rPrOwner) revisions.push(kind);
          return;
        }
        if (section) {
          readSectionProp(section, name, a, rels);
          return;
        }
        if (rPrOwner === 'run' && run) {
          if (name === 'w:rStyle') {
            if (a['w:val']) run.style = a['w:val'];
          } else readRunProp(run.direct, name, a, theme);
          return;
        }
        if (rPrOwner === 'mark' && cur) {
          readRunProp(cur.markDirect, name, a, theme);
          return;
        }
        if (inPPr && cur) {
          if (name === 'w:pStyle') {
            if (a['w:val']) cur.para.style = a['w:val'];
          } else readParaProp(cur.para.direct, name, a);
          return;
        }
        if (run && cur) {
          let text: string | undefined;
          if (name === 'w:tab') text = '\t';
          else if (name === 'w:br') text = a['w:type'] === 'page' || a['w:type'] === 'column' ? '' : '\n';
          else if (name === 'w:cr') text = '\n';
          else if (name === 'w:noBreakHyphen') text = '\u2011';
          else if (name === 'w:softHyphen' || name === 'w:sym') text = '';
          if (text !== undefined) {
            const end = parser.endIndex + 1;
            run.pieces.push({ kind: name.slice(2), xmlStart: start, xmlEnd: end, textStart: cur.textLength, text });
            addText(cur, run, text);
          }
        }
      },
      ontext(data) {
        if (skip > 0) return;
        if (shape?.offset) {
          const v = Number.parseInt(data.trim(), 10);
          if (Number.isFinite(v)) {
            if (shape.offset === 'V') shape.shape.top = v / EMU_PER_PT;
            else shape.shape.left = v / EMU_PER_PT;
          }
          return;
        }
        if (!piece) return;
        piece.text += data;
      },
      onclosetag(name) {
        if (skip > 0) {
          skip -= 1;
          return;
        }
        const end = parser.endIndex + 1;
        const cur = paraStack[paraStack.length - 1];
        if (shape && closeShapeTag(name)) return;
        if (cellPr) {
          if (name === 'w:tcPr' || name === 'w:tblBorders') cellPr = undefined;
          else if (name === 'w:tcBorders') cellPr = 'tcPr';
          return;
        }
        switch (name) {
          case 'w:t':
          case 'w:delText':
          case 'w:instrText':
            if (piece && run && cur) {
              piece.xmlEnd = end;
              if (name === 'w:t') {
                piece.textStart = cur.textLength;
                addText(cur, run, piece.text);
              } else if (name === 'w:delText') run.deletedText += piece.text;
              else if (PAGE_FIELD_RE.test(piece.text)) cur.para.pageField = true;
              run.pieces.push(piece);
            }
            piece = undefined;
            return;
          case 'w:r':
            if (run && cur) {
              run.xmlEnd = end;
              cur.para.runs.push(run);
            }
            run = undefined;
            rPrOwner = undefined;
            return;
          case 'w:rPr':
            rPrOwner = undefined;
            return;
          case 'w:pPr':
            inPPr = false;
            return;
          case 'w:p':
            if (cur) {
              cur.para.xmlEnd = end;
              finishParagraph(cur);
              paraStack.pop();
              lastClosedParagraph = Math.max(lastClosedParagraph, cur.para.index);
            }
            return;
          case 'w:tbl': {
            const t = tables.pop();
            if (t) settleCells(t);
            return;
          }
          case 'w:tblPr':
            inTblPr = false;
            return;
          case 'w:txbxContent':
            textBoxDepth -= 1;
            return;
          case 'w:hyperlink':
          case 'w:fldSimple':
            fieldDepth = Math.max(0, fieldDepth - 1);
            return;
          case 'w:sectPr':
            if (section) {
              section.xmlEnd = end;
              section.lastParagraph = cur ? cur.para.index : paragraphs.length - 1;
              sections.push(section);
            }
            section = undefined;
            return;
        }
        if (REVISIONS.has(name) && !rPrOwner) revisions.pop();
      },
    },
    { xmlMode: true },
  );

  /** Reads a tag of a drawing; true when it was one (the caller then stops). */
  function openShapeTag(name: string, a: Record<string, string>, owner: WordParagraph | undefined): boolean {
    if (name === 'v:shapetype') {
      if (a.id) shapeTypes.set(a.id, a['o:spt'] === '20' || a['o:spt'] === '32' || ONE_SEGMENT_PATH.test(a.path ?? ''));
      if (shape) shape.depth += 1;
      else shape = { ns: 'v', shape: emptyShape(), geometry: undefined, other: false, depth: 1, owner, ignore: true };
      return true;
    }
    if (!shape) {
      if (!owner) return false;
      const s = emptyShape();
      if (name === 'wp:anchor' || name === 'wp:inline') {
        s.vertical = name === 'wp:inline' ? 'inline' : 'other';
        shape = { ns: 'wp', shape: s, geometry: undefined, other: false, depth: 1, owner };
        return true;
      }
      // The outermost VML element of a w:pict.
      const st = vmlStyle(a.style);
      const absolute = st.get('position') === 'absolute';
      const vRel = st.get('mso-position-vertical-relative') ?? 'text';
      const vPos = st.get('mso-position-vertical') ?? 'absolute';
      const hRel = st.get('mso-position-horizontal-relative') ?? 'text';
      const hPos = st.get('mso-position-horizontal') ?? 'absolute';
      s.vertical = !absolute ? 'inline' : vPos !== 'absolute' ? 'other' : vRel === 'text' ? 'paragraph' : vRel === 'line' ? 'line' : 'other';
      s.horizontal = absolute && hPos === 'absolute' && (hRel === 'text' || hRel === 'char') ? 'column' : 'other';
      let top = vmlLength(st.get('margin-top') ?? st.get('top') ?? '0');
      let left = vmlLength(st.get('margin-left') ?? st.get('left') ?? '0');
      let width = vmlLength(st.get('width'));
      let height = vmlLength(st.get('height'));
      let geometry: OpenShape['geometry'];
      if (name === 'v:line') {
        const [x0, y0] = (a.from ?? '0,0').split(',').map((x) => vmlLength(x || '0'));
        const [x1, y1] = (a.to ?? '0,0').split(',').map((x) => vmlLength(x || '0'));
        if (x0 != null && y0 != null && x1 != null && y1 != null) {
          top = (top ?? 0) + Math.min(y0, y1);
          left = (left ?? 0) + Math.min(x0, x1);
          width = Math.abs(x1 - x0);
          height = Math.abs(y1 - y0);
          geometry = 'line';
        }
      } else if (name === 'v:shape') {
        const type = (a.type ?? '').replace(/^#/u, '');
        if (shapeTypes.get(type) === true || a['o:spt'] === '20' || a['o:spt'] === '32' || ONE_SEGMENT_PATH.test(a.path ?? '')) geometry = 'line';
      } else if (name === 'v:rect') geometry = 'rect';
      Object.assign(s, { top, left, width, height });
      shape = { ns: 'v', shape: s, geometry, other: !['v:line', 'v:shape', 'v:rect'].includes(name), depth: 1, owner };
      return true;
    }
    shape.depth += 1;
    if (shape.ns === 'wp') {
      const s = shape.shape;
      if (name === 'wp:positionV') s.vertical = a.relativeFrom === 'paragraph' ? 'paragraph' : a.relativeFrom === 'line' ? 'line' : 'other';
      else if (name === 'wp:positionH') s.horizontal = a.relativeFrom === 'column' || a.relativeFrom === 'character' ? 'column' : 'other';
      else if (name === 'wp:posOffset') shape.offset = lastPosition;
      else if (name === 'wp:align') {
        if (lastPosition === 'V') s.vertical = 'other';
        else s.horizontal = 'other';
      } else if (name === 'wp:extent') {
        const cx = Number.parseInt(a.cx ?? '', 10);
        const cy = Number.parseInt(a.cy ?? '', 10);
        if (Number.isFinite(cx)) s.width = cx / EMU_PER_PT;
        if (Number.isFinite(cy)) s.height = cy / EMU_PER_PT;
      } else if (name === 'a:prstGeom') {
        if (LINE_PRESETS.has(a.prst ?? '')) shape.geometry ??= 'line';
        else if (a.prst === 'rect') shape.geometry ??= 'rect';
        else shape.other = true;
      } else if (name === 'a:custGeom' || name === 'wps:txbx' || name === 'pic:pic' || name === 'wpg:wgp' || name === 'wpc:wpc' || name === 'w:txbxContent') shape.other = true;
      if (name === 'wp:positionV') lastPosition = 'V';
      else if (name === 'wp:positionH') lastPosition = 'H';
    } else if (name === 'v:textbox' || name === 'v:imagedata' || name === 'w:txbxContent' || name === 'o:OLEObject') shape.other = true;
    // Text boxes hold paragraphs: let the body reader see them (and count the text box).
    return !(name === 'w:txbxContent' || name.startsWith('w:'));
  }

  /** Ends a tag inside a drawing; true when the body reader has nothing to do with it (not a w: tag). */
  function closeShapeTag(name: string): boolean {
    if (!shape) return false;
    if (name === 'wp:posOffset') shape.offset = undefined;
    shape.depth -= 1;
    const consumed = !name.startsWith('w:');
    if (shape.depth > 0) return consumed;
    const done = shape;
    shape = undefined;
    lastPosition = undefined;
    if (done.ignore || !done.owner) return consumed;
    const s = done.shape;
    const flat = s.height !== null && s.height <= RULE_HEIGHT && s.width !== null && s.width > 0;
    s.kind = !done.other && done.geometry && flat ? 'line' : 'other';
    (done.owner.shapes ??= []).push(s);
    return consumed;
  }

  /** Reads a tag of w:tcPr or w:tblPr/w:tblBorders; true when it was one. */
  function cellTag(name: string, a: Record<string, string>): boolean {
    const t = tables[tables.length - 1];
    if (name === 'w:tcPr') {
      cellPr = 'tcPr';
      return true;
    }
    if (name === 'w:tblBorders') {
      if (!inTblPr) return false;
      cellPr = 'tblBorders';
      return true;
    }
    if (!t) return true;
    if (cellPr === 'tcPr') {
      if (name === 'w:tcBorders') cellPr = 'tcBorders';
      else if (name === 'w:tcW') {
        const w = Number.parseInt(a['w:w'] ?? '', 10);
        t.cellWidth = (a['w:type'] ?? 'dxa') === 'dxa' && Number.isFinite(w) ? w : undefined;
        if (t.cellWidth === undefined) t.cellLeft = undefined;
      }
      return true;
    }
    const side = name === 'w:top' ? 'top' : name === 'w:bottom' ? 'bottom' : name === 'w:insideH' ? 'insideH' : undefined;
    if (side && cellPr === 'tcBorders' && side !== 'insideH') t.cellBorders[side] = a['w:val'] ?? 'none';
    else if (side && cellPr === 'tblBorders') t.borders[side] = a['w:val'] ?? 'none';
    return true;
  }

  /** Cell places and effective top/bottom borders of a finished table's paragraphs. */
  function settleCells(t: OpenTable): void {
    const rows = t.row + 1;
    const style = { ...resolver.tableBordersOf(t.style ?? sheet.defaultTable), ...t.borders };
    for (const { para, row, cellBorders } of t.paragraphs) {
      if (!para.table) continue;
      para.table.rows = rows;
      const g = para.table.geometry ?? {};
      const top = cellBorders.top ?? (row === 0 ? style.top : style.insideH);
      const bottom = cellBorders.bottom ?? (row === rows - 1 ? style.bottom : style.insideH);
      if (top !== undefined) g.borderTop = top;
      if (bottom !== undefined) g.borderBottom = bottom;
      para.table.geometry = g;
    }
  }

  function addText(cur: OpenParagraph, r: WordRun, text: string): void {
    if (!text) return;
    r.text += text;
    cur.textParts.push(text);
    cur.textLength += text.length;
  }

  function finishParagraph(op: OpenParagraph): void {
    const p = op.para;
    p.text = op.textParts.join('');
    if (!p.style && sheet.defaultParagraph) p.style = sheet.defaultParagraph;
    if (op.table) p.table = { table: op.table.table, row: op.table.row, cell: op.table.cell, depth: op.table.depth, ...(op.table.geometry ? { geometry: op.table.geometry } : {}) };
    const tableStyle = op.table ? (op.table.style ?? sheet.defaultTable) : undefined;
    const styleRuns = [resolver.runOf(tableStyle), resolver.runOf(p.style)];
    p.props = mergePara(sheet.defaults.pPr, resolver.paraOf(tableStyle), resolver.paraOf(p.style), p.direct);
    p.markProps = resolveRun(sheet.defaults.rPr, styleRuns, op.markDirect);
    // A list item by its own w:numPr or its style's (a w:numId of 0 removes the style's numbering).
    if (p.props.numId !== undefined && p.props.numId !== '0') p.numbered = true;
    let prevHidden = false;
    let prevHighlight = false;
    for (const r of p.runs) {
      r.props = resolveRun(sheet.defaults.rPr, [...styleRuns, resolver.runOf(r.style ?? sheet.defaultCharacter)], r.direct);
      const visible = r.text.trim().length > 0;
      const hidden = visible && r.props.hidden === true;
      const highlighted = visible && r.props.highlight !== undefined && r.props.highlight !== 'none';
      if (hidden && !prevHidden) {
        integrity.hidden.count += 1;
        markAt(integrity.hidden, p.index);
      }
      if (highlighted && !prevHighlight) {
        integrity.highlight.count += 1;
        markAt(integrity.highlight, p.index);
      }
      if (visible) {
        prevHidden = hidden;
        prevHighlight = highlighted;
      }
    }
  }

  parser.end(xml);
  // Paragraphs belong to the first section that ends at or after them.
  let s = 0;
  for (const p of paragraphs) {
    while (s < sections.length - 1 && (sections[s] as WordSection).lastParagraph < p.index) s += 1;
    p.section = s;
  }
  return { paragraphs, sections, integrity };
}

function readSectionProp(s: WordSection, name: string, a: Record<string, string>, rels: ReadonlyMap<string, string>): void {
  const num = (v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number.parseInt(v, 10);
    return Number.isFinite(n) ? n : undefined;
  };
  switch (name) {
    case 'w:pgSz': {
      const w = num(a['w:w']);
      const h = num(a['w:h']);
      if (w !== undefined) s.pageWidth = w;
      if (h !== undefined) s.pageHeight = h;
      s.orientation = a['w:orient'] === 'landscape' ? 'landscape' : w !== undefined && h !== undefined && w > h ? 'landscape' : 'portrait';
      return;
    }
    case 'w:pgMar':
      for (const k of ['top', 'right', 'bottom', 'left', 'header', 'footer', 'gutter'] as const) {
        const v = num(a[`w:${k}`]);
        if (v !== undefined) s.margins[k] = v;
      }
      return;
    case 'w:headerReference':
    case 'w:footerReference': {
      const rId = a['r:id'] ?? '';
      const ref: HeaderFooterRef = { type: a['w:type'] ?? 'default', rId };
      const part = rels.get(rId);
      if (part) ref.part = part;
      (name === 'w:headerReference' ? s.headers : s.footers).push(ref);
      return;
    }
    case 'w:titlePg':
      s.titlePage = a['w:val'] === undefined || !/^(?:0|false|off)$/u.test(a['w:val']);
      return;
  }
}

function emptyShape(): WordShape {
  return { kind: 'other', vertical: 'other', top: null, horizontal: 'other', left: null, width: null, height: null };
}

export type { ParaProps };
