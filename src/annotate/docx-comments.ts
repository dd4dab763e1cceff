// `kehoach annotate` for Word: a copy of the .docx with one comment per finding, anchored on exactly the runs of
// the finding's text (runs split at the span's edges). document.xml is spliced as a string at the Word XML
// reader's offsets, so everything the comments do not touch stays byte for byte.
import { alignParagraphs, readDocxXml, runsForSpan, type RunSlice, type WordDocumentXml } from '../load/docx-xml/index.js';
import { resolveLimits, type LoadLimits } from '../load/limits.js';
import type { LoadedDocument } from '../load/types.js';
import type { Finding } from '../model/finding.js';
import type { PlanDocument } from '../model/plan.js';
import { anchorSpan } from './anchors.js';
import { commentText, type Lang } from './messages.js';
import { addCommentsPart, commentsPartOf, DocxPackage, maxAnnotationId } from './package.js';
import { applyRunEdits, escapeXml, type RunEdit } from './splice.js';

export const AUTHOR = 'kehoach-lint';

/**
 * The date Word shows on our comments and tracked changes (w:date, an xsd:dateTime in UTC): the run's --today at
 * midnight, so a run with --today writes the same bytes every time; else the current time, to the second.
 */
export function wordDate(today?: string, now: () => Date = () => new Date()): string {
  return today ? `${today}T00:00:00Z` : now().toISOString().replace(/\.\d{3}Z$/u, 'Z');
}

export interface AnnotateSource {
  bytes: Uint8Array;
  loaded: LoadedDocument;
  doc: PlanDocument;
  findings: readonly Finding[];
  lang: Lang;
  limits?: LoadLimits;
  /** w:date of each comment (see wordDate); none when absent. */
  date?: string;
}

/** How each finding was placed: on its own text, on the place its rule's data gives, or not at all. */
export type Placement = 'own' | 'anchor' | 'none';

export interface AnnotateResult {
  bytes: Uint8Array;
  /** One per finding, in order: the comment id and how it was placed. */
  comments: { id: number | null; placement: Placement }[];
}

/** Word's XML cannot hold control characters other than tab and newlines. */
// eslint-disable-next-line no-control-regex
const xmlText = (s: string): string => escapeXml(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, ''));

/** The Word paragraphs and their alignment with the model's blocks. */
export function wordOf(bytes: Uint8Array, loaded: LoadedDocument, limits: LoadLimits = resolveLimits()): { word: WordDocumentXml; slicesOf: (start: number, end: number) => RunSlice[] } {
  const word = readDocxXml(bytes, { limits });
  const aligned = alignParagraphs(word.paragraphs, loaded.blocks);
  return { word, slicesOf: (start, end) => runsForSpan(word.paragraphs, aligned, start, end) };
}

/** The first run with text (the last resort for a comment whose place cannot be found). */
function firstTextRun(word: WordDocumentXml): RunSlice | null {
  for (const p of word.paragraphs) {
    const r = p.runs.findIndex((run) => run.text.length > 0 && !run.revision);
    if (r >= 0) return { paragraph: p.index, run: r, start: 0, end: (p.runs[r]?.text.length ?? 0) };
  }
  return null;
}

export async function annotateDocx(src: AnnotateSource): Promise<AnnotateResult> {
  const { word, slicesOf } = wordOf(src.bytes, src.loaded, src.limits);
  const pkg = await DocxPackage.open(src.bytes);
  const rels = await pkg.text('word/_rels/document.xml.rels');
  const existingPart = commentsPartOf(rels);
  let next = maxAnnotationId(word.xml, existingPart ? await pkg.text(existingPart) : undefined) + 1;
  const edits: RunEdit[] = [];
  const comments: string[] = [];
  const placed: AnnotateResult['comments'] = [];
  const dateAttr = src.date ? ` w:date="${escapeXml(src.date)}"` : '';
  for (const f of src.findings) {
    let placement: Placement = 'own';
    const own = f.span && f.span.end > f.span.start ? f.span : null;
    let slices = own ? slicesOf(own.start, own.end) : [];
    if (slices.length === 0) {
      placement = 'anchor';
      const span = anchorSpan(f, src.doc, src.loaded.blocks, false);
      slices = span ? slicesOf(span.start, span.end) : [];
    }
    if (slices.length === 0) {
      const first = firstTextRun(word);
      slices = first ? [first] : [];
    }
    // A comment's ends stay outside tracked changes: markers spliced into a w:ins or w:del would change the
    // revision itself (and a reviewer's reject would drop them). Runs of a revision at either end are left out.
    const outside = (x: RunSlice): boolean => !word.paragraphs[x.paragraph]?.runs[x.run]?.revision;
    const a = slices.find(outside) ?? slices[0];
    const b = slices.findLast(outside) ?? slices[slices.length - 1];
    if (!a || !b) {
      placed.push({ id: null, placement: 'none' });
      continue;
    }
    const id = next++;
    edits.push({ paragraph: a.paragraph, run: a.run, offset: a.start, insert: `<w:commentRangeStart w:id="${id}"/>`, order: 1 });
    edits.push({
      paragraph: b.paragraph,
      run: b.run,
      offset: b.end,
      insert: `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`,
      order: 0,
    });
    comments.push(
      `<w:comment w:id="${id}" w:author="${AUTHOR}"${dateAttr} w:initials="KL"><w:p><w:r><w:t xml:space="preserve">${xmlText(commentText(f, src.lang))}</w:t></w:r></w:p></w:comment>`,
    );
    placed.push({ id, placement });
  }
  if (comments.length > 0) {
    pkg.set('word/document.xml', applyRunEdits(word.xml, word.paragraphs, edits));
    await addCommentsPart(pkg, comments.join(''));
  }
  return { bytes: await pkg.bytes(), comments: placed };
}
