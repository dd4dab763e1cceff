// Builds the presentation model of a .docx (model/presentation.ts) from the Word XML reader and the loader's blocks.
import type { FormatParagraph, FormatRun, FormatSection, Integrity, Marks, Presentation } from '../model/presentation.js';
import { alignParagraphs, paragraphOffset, type BlockAlignment } from './docx-xml/align.js';
import { wordMottoRule } from './docx-xml/motto-rule.js';
import type { EffectiveRun, MarkList, WordDocumentXml, WordParagraph, WordSection } from './docx-xml/types.js';
import type { Block } from './types.js';

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (twips: number | undefined): number | null => (twips === undefined ? null : Math.round((twips / TWIPS_PER_MM) * 10) / 10);
const round2 = (v: number): number => Math.round(v * 100) / 100;
/** Places listed per kind of revision mark. */
const MAX_PLACES = 5;

/** The smallest model offset in [a.docStart, a.docEnd] whose paragraph offset is at least `raw`. */
function docOffsetOf(a: BlockAlignment, raw: number): number {
  let lo = a.docStart;
  let hi = a.docEnd;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphOffset(a, mid) >= raw) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const sameFormat = (a: FormatRun, b: Omit<FormatRun, 'start' | 'end'>): boolean =>
  a.font === b.font && a.size === b.size && a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.caps === b.caps;

function runFormat(p: EffectiveRun): Omit<FormatRun, 'start' | 'end'> {
  return {
    font: p.font ?? null,
    size: p.size ?? null,
    bold: p.bold === true,
    italic: p.italic === true,
    underline: p.underline !== undefined && p.underline !== 'none',
    caps: p.caps === true,
  };
}

function paragraphFormat(p: WordParagraph, a: BlockAlignment): FormatParagraph {
  const pr = p.props;
  const rule = pr.lineRule === 'exact' ? 'exact' : pr.lineRule === 'atLeast' ? 'atLeast' : 'auto';
  return {
    start: a.docStart,
    end: a.docEnd,
    paragraph: p.index + 1,
    align: pr.align ?? null,
    firstLineCm: round2((pr.firstLine ?? 0) / 567),
    spacingBeforePt: round2((pr.spacingBefore ?? 0) / 20),
    spacingAfterPt: round2((pr.spacingAfter ?? 0) / 20),
    line: pr.line === undefined ? null : { rule, value: rule === 'auto' ? round2(pr.line / 240) : round2(pr.line / 20) },
    leadingTab: /^\s*\t/u.test(p.text.slice(0, paragraphOffset(a, a.docStart) + 1)),
    numbered: p.numbered === true,
    inTable: p.table !== undefined,
  };
}

/** The presentation of a Word file, located in the model text laid out from `blocks`. */
export function buildPresentation(word: WordDocumentXml, blocks: readonly Block[]): Presentation {
  const alignments = alignParagraphs(word.paragraphs, blocks);
  const runs: FormatRun[] = [];
  const paragraphs: FormatParagraph[] = [];
  const firstSpan = new Map<number, { start: number; end: number }>();
  for (const a of alignments) {
    const p = word.paragraphs[a.paragraph];
    if (!p) continue;
    paragraphs.push(paragraphFormat(p, a));
    const span = firstSpan.get(p.index);
    if (!span) firstSpan.set(p.index, { start: a.docStart, end: a.docEnd });
    else span.end = Math.max(span.end, a.docEnd);
    const rawStart = paragraphOffset(a, a.docStart);
    const rawEnd = paragraphOffset(a, a.docEnd);
    for (const r of p.runs) {
      const s = Math.max(rawStart, r.textStart);
      const e = Math.min(rawEnd, r.textStart + r.text.length);
      if (e <= s) continue;
      const start = docOffsetOf(a, s);
      const end = e >= rawEnd ? a.docEnd : docOffsetOf(a, e);
      if (end <= start) continue;
      const f = runFormat(r.props);
      const last = runs[runs.length - 1];
      if (last && last.end === start && sameFormat(last, f)) last.end = end;
      else runs.push({ start, end, ...f });
    }
  }
  runs.sort((x, y) => x.start - y.start);
  paragraphs.sort((x, y) => x.start - y.start);

  const marks = (m: MarkList): Marks => ({
    count: m.count,
    places: m.paragraphs.slice(0, MAX_PLACES).map((i) => ({ paragraph: i + 1, span: firstSpan.get(i) ?? null })),
  });
  const integrity: Integrity = {
    insertions: marks(word.integrity.insertions),
    deletions: marks(word.integrity.deletions),
    moves: marks(word.integrity.moves),
    formatChanges: marks(word.integrity.formatChanges),
    comments: marks(word.integrity.comments),
    hidden: marks(word.integrity.hidden),
    highlight: marks(word.integrity.highlight),
  };
  const mottoRule = wordMottoRule(word);
  return { format: 'docx', sections: sections(word, firstSpan), runs, paragraphs, integrity, ...(mottoRule ? { mottoRule } : {}) };
}

function sections(word: WordDocumentXml, spans: ReadonlyMap<number, { start: number; end: number }>): FormatSection[] {
  const pageField = new Map<string, WordParagraph | undefined>();
  for (const hf of word.headersFooters) pageField.set(hf.part, hf.paragraphs.find((p) => p.pageField));
  // Header and footer references carry over from the previous section when a section has none of a type.
  const inherited = { header: new Map<string, string>(), footer: new Map<string, string>() };
  let firstParagraph = 0;
  return word.sections.map((s: WordSection) => {
    for (const [kind, refs] of [['header', s.headers], ['footer', s.footers]] as const) {
      for (const r of refs) if (r.part) inherited[kind].set(r.type, r.part);
    }
    let pageNumber: FormatSection['pageNumber'] = null;
    for (const kind of ['header', 'footer'] as const) {
      const defaultPart = inherited[kind].get('default');
      const field = defaultPart ? pageField.get(defaultPart) : undefined;
      if (!field) continue;
      const firstPart = inherited[kind].get('first');
      const onFirstPage = !s.titlePage || (firstPart !== undefined && pageField.get(firstPart) !== undefined);
      // A number pushed into place with tabs: where it lands depends on the tab stops, so its alignment is unknown.
      const tabbed = field.text.includes('\t');
      // The field's runs (its code and result) carry the number's size; an empty cached result has no text.
      const size = (field.runs.find((r) => r.text.trim() !== '' && r.props.size !== undefined) ?? field.runs.find((r) => r.props.size !== undefined))?.props.size ?? field.markProps.size ?? null;
      pageNumber = { place: kind, align: tabbed ? null : (field.props.align ?? 'left'), onFirstPage, size };
      break;
    }
    let start = Infinity;
    let end = -1;
    for (let i = firstParagraph; i <= s.lastParagraph; i++) {
      const sp = spans.get(i);
      if (sp) {
        start = Math.min(start, sp.start);
        end = Math.max(end, sp.end);
      }
    }
    firstParagraph = s.lastParagraph + 1;
    return {
      pageWidthMm: mm(s.pageWidth),
      pageHeightMm: mm(s.pageHeight),
      orientation: s.orientation ?? 'portrait',
      margins: { top: mm(s.margins.top), right: mm(s.margins.right), bottom: mm(s.margins.bottom), left: mm(s.margins.left) },
      pageNumber,
      span: end >= 0 ? { start, end } : null,
    };
  });
}
