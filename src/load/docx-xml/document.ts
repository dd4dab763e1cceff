// document.xml (and header/footer parts) → paragraphs, runs with XML offsets, sections, revision marks, in one SAX pass.
import { Parser } from 'htmlparser2';
import { mergePara, mergeRun, readParaProp, readRunProp, type ThemeFonts } from './props.js';
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
        switch (name) {
          case 'w:p': {
            const t = tables[tables.length - 1];
            const para: WordParagraph = {
              index: paragraphs.length, xmlStart: start, xmlEnd: start, text: '', runs: [], direct: {}, props: {}, markProps: {}, section: 0,
            };
            paragraphs.push(para);
            const table = t ? { table: t.index, row: Math.max(0, t.row), cell: Math.max(0, t.cell), depth: tables.length, ...(t.style ? { style: t.style } : {}) } : undefined;
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
            tables.push({ index: tableCount++, row: -1, cell: -1 });
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
            }
            return;
          }
          case 'w:tc': {
            const t = tables[tables.length - 1];
            if (t) t.cell += 1;
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
          } else if (name === 'w:numPr') cur.para.numbered = true;
          else readParaProp(cur.para.direct, name, a);
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
        if (skip > 0 || !piece) return;
        piece.text += data;
      },
      onclosetag(name) {
        if (skip > 0) {
          skip -= 1;
          return;
        }
        const end = parser.endIndex + 1;
        const cur = paraStack[paraStack.length - 1];
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
          case 'w:tbl':
            tables.pop();
            return;
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
    if (op.table) p.table = { table: op.table.table, row: op.table.row, cell: op.table.cell, depth: op.table.depth };
    const tableStyle = op.table ? (op.table.style ?? sheet.defaultTable) : undefined;
    const baseRun = mergeRun(sheet.defaults.rPr, resolver.runOf(tableStyle), resolver.runOf(p.style));
    p.props = mergePara(sheet.defaults.pPr, resolver.paraOf(tableStyle), resolver.paraOf(p.style), p.direct);
    p.markProps = mergeRun(baseRun, op.markDirect);
    let prevHidden = false;
    let prevHighlight = false;
    for (const r of p.runs) {
      r.props = mergeRun(baseRun, resolver.runOf(r.style ?? sheet.defaultCharacter), r.direct);
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

export type { ParaProps };
