// Where a finding without a place of its own (something missing, a file-level note) is anchored in the document.
import type { Block } from '../load/types.js';
import type { Finding } from '../model/finding.js';
import type { PlanDocument } from '../model/plan.js';
import type { Span } from '../model/span.js';

/** header: the top block (issuing body / Quốc hiệu); end: the last paragraph; title: the plan's title. */
export type AnchorPlace = 'header' | 'end' | 'title';

/**
 * Rule id → the place its finding belongs when it has no span (or its span cannot be found in the Word text).
 * Rules not listed are anchored on the title. Source: issue 18 (a missing Quốc hiệu on the header block, a
 * missing "Nơi nhận" or signature on the last paragraph, file-level findings on the title).
 */
export const MISSING_ANCHORS: Readonly<Record<string, AnchorPlace>> = {
  'header/motto': 'header',
  'header/agency': 'header',
  'header/number': 'header',
  'header/date': 'header',
  'header/place': 'header',
  'recipients/missing': 'end',
  'signature/missing': 'end',
  'signature/authority': 'end',
  'structure/truncated': 'end',
};

/** The first block with text, the last paragraph block (tables: the whole last table). */
function textBlocks(blocks: readonly Block[]): Block[] {
  return blocks.filter((b) => b.end > b.start);
}

/** The model span a finding is anchored on: its own span, else the place MISSING_ANCHORS gives its rule. */
export function anchorSpan(f: Finding, doc: PlanDocument, blocks: readonly Block[], own = true): Span | null {
  if (own && f.span && f.span.end > f.span.start) return f.span;
  const list = textBlocks(blocks);
  const first = list[0];
  const last = list[list.length - 1];
  const asSpan = (b: Block | undefined): Span | null => (b ? { start: b.start, end: b.end } : null);
  const place = MISSING_ANCHORS[f.ruleId] ?? 'title';
  if (place === 'header') return doc.header.nationalName?.span ?? doc.header.issuingBody?.span ?? asSpan(first);
  if (place === 'end') {
    const lastPara = [...list].reverse().find((b) => b.kind === 'paragraph');
    return asSpan(lastPara ?? last);
  }
  return doc.header.documentType?.span ?? doc.header.subject?.span ?? asSpan(first);
}
