// `kehoach fix`: the findings' mechanical, meaning-preserving fixes, as tracked changes in a Word copy or applied to a
// text copy. Which fixes count as mechanical is data (FIXABLE); every other fix (an issuer, a superseded citation,
// a deadline …) changes what the plan says and stays a finding for the officer.
import type { LoadLimits } from '../load/limits.js';
import type { LoadedDocument } from '../load/types.js';
import type { Finding } from '../model/finding.js';
import { normalizeText, toSourceOffset } from '../text/normalize.js';
import { AUTHOR, wordOf } from './docx-comments.js';
import { DocxPackage, maxAnnotationId } from './package.js';
import { applyRunEdits, escapeXml, runHead, type RunDeletion, type RunEdit } from './splice.js';

/**
 * Rule (and message) ids whose fix only corrects the form of the text:
 * - text/misspelling: a misspelling listed in data ("cập nhập" → "cập nhật");
 * - citation/malformed: the typography of a document number ("NĐCP" → "NĐ-CP", spaces inside the number);
 * - signature/authority prefixForm: "T/M." → "TM." (Nghị định 30/2020, Phụ lục I);
 * - header/date dayPadding, monthPadding: "ngày 5 tháng 1" → "ngày 05 tháng 01" (NĐ 30/2020 Phụ lục I; DOMAIN §1.4,
 *   certain): the same day, written as the decree prescribes;
 * - text/place-name-spelling: a province or city written with its official letters but other marks ("tỉnh Đăk Lăk" →
 *   "tỉnh Đắk Lắk"; the 34 official names, DOMAIN §4.1, certain); tone-mark placement is never changed.
 * Not here: header/date monthPadded ("tháng 03" → "tháng 3"): meaning-preserving too, but that March–September take no
 * zero is only likely (the decree names months 1–2; the examples leave the rest bare), so the fix is offered on the
 * info finding (JSON, SARIF) and never applied by `kehoach fix` on its own. Nor citation/issuer-mismatch (it changes
 * who issued the cited text), nor anything about deadlines or targets.
 */
export const FIXABLE: Readonly<Record<string, { messageIds?: readonly string[]; fixClass: string }>> = {
  'text/misspelling': { fixClass: 'misspelling' },
  'citation/malformed': { fixClass: 'citation-typography' },
  'signature/authority': { messageIds: ['prefixForm'], fixClass: 'authority-prefix' },
  'header/date': { messageIds: ['dayPadding', 'monthPadding'], fixClass: 'date-padding' },
  'text/place-name-spelling': { fixClass: 'place-name' },
};

export function isMechanical(f: Finding): boolean {
  const entry = FIXABLE[f.ruleId];
  return Boolean(f.fix && entry && (!entry.messageIds || entry.messageIds.includes(f.messageId)));
}

/** The mechanical fixes in document order, overlapping ones dropped (the first wins). */
export function mechanicalFixes(findings: readonly Finding[]): Finding[] {
  const list = findings.filter(isMechanical).sort((a, b) => (a.fix?.span.start ?? 0) - (b.fix?.span.start ?? 0));
  const out: Finding[] = [];
  let end = -1;
  for (const f of list) {
    const span = f.fix?.span;
    if (!span || span.start < end || span.end <= span.start) continue;
    out.push(f);
    end = span.end;
  }
  return out;
}

export interface FixOutcome {
  /** The new file's bytes (null when nothing could be applied). */
  bytes: Uint8Array | null;
  applied: Finding[];
  /** Fixes that could not be placed (text split across fields or revisions, not found in the Word text). */
  skipped: Finding[];
}

/** Tracked changes (w:del + w:ins by kehoach-lint) for each mechanical fix in a .docx. */
/** `date`: w:date of each change, an xsd:dateTime (see wordDate); none when absent. */
export async function fixDocx(bytes: Uint8Array, loaded: LoadedDocument, findings: readonly Finding[], limits?: LoadLimits, date?: string): Promise<FixOutcome> {
  const { word, slicesOf } = wordOf(bytes, loaded, limits);
  let next = maxAnnotationId(word.xml) + 1;
  const edits: RunEdit[] = [];
  const deletions: RunDeletion[] = [];
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  const dateAttr = date ? ` w:date="${escapeXml(date)}"` : '';
  for (const f of mechanicalFixes(findings)) {
    const fix = f.fix;
    if (!fix) continue;
    const slices = slicesOf(fix.span.start, fix.span.end);
    const runs = slices.map((s) => word.paragraphs[s.paragraph]?.runs[s.run]);
    const text = slices.map((s, i) => runs[i]?.text.slice(s.start, s.end) ?? '').join('');
    const ok =
      slices.length > 0 &&
      slices.every((s) => s.paragraph === slices[0]?.paragraph) &&
      runs.every((r) => r && !r.revision && !r.inField) &&
      !/[\t\n\r]/u.test(text) &&
      normalizeText(text).text === loaded.text.slice(fix.span.start, fix.span.end);
    const last = slices[slices.length - 1];
    const firstRun = runs[0];
    if (!ok || !last || !firstRun) {
      skipped.push(f);
      continue;
    }
    for (const s of slices) {
      deletions.push({ paragraph: s.paragraph, run: s.run, start: s.start, end: s.end, open: `<w:del w:id="${next++}" w:author="${AUTHOR}"${dateAttr}>` });
    }
    // The inserted text takes the formatting of the text it replaces (its first run).
    const { rPr } = runHead(word.xml, firstRun);
    if (fix.text) {
      edits.push({
        paragraph: last.paragraph,
        run: last.run,
        offset: last.end,
        insert: `<w:ins w:id="${next++}" w:author="${AUTHOR}"${dateAttr}><w:r>${rPr}<w:t xml:space="preserve">${escapeXml(fix.text)}</w:t></w:r></w:ins>`,
        order: 0,
      });
    }
    applied.push(f);
  }
  if (applied.length === 0) return { bytes: null, applied, skipped };
  const pkg = await DocxPackage.open(bytes);
  pkg.set('word/document.xml', applyRunEdits(word.xml, word.paragraphs, edits, deletions));
  return { bytes: await pkg.bytes(), applied, skipped };
}

/**
 * The fixes applied to a UTF-8 text file (.txt, .md): the source with each fixed span replaced. Null when the file
 * is not UTF-8 as read (a copy in another encoding would change every byte).
 */
export function fixText(bytes: Uint8Array, loaded: LoadedDocument, findings: readonly Finding[]): FixOutcome {
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { bytes: null, applied: [], skipped: mechanicalFixes(findings) };
  }
  const bom = decoded.startsWith('\ufeff') ? '\ufeff' : '';
  const body = decoded.slice(bom.length);
  if (body !== loaded.source) return { bytes: null, applied: [], skipped: mechanicalFixes(findings) };
  const applied: Finding[] = [];
  let out = '';
  let cursor = 0;
  for (const f of mechanicalFixes(findings)) {
    const fix = f.fix;
    if (!fix) continue;
    const s = toSourceOffset(loaded.map, fix.span.start);
    const e = toSourceOffset(loaded.map, fix.span.end);
    if (s < cursor) continue;
    out += body.slice(cursor, s) + fix.text;
    cursor = e;
    applied.push(f);
  }
  out += body.slice(cursor);
  return { bytes: applied.length ? new TextEncoder().encode(bom + out) : null, applied, skipped: [] };
}
