// Helpers for citation rules: type words, issuer phrases, and the clause a citation sits in.
import type { Citation } from '../model/facts.js';
import { fold } from './_util.js';

/** "Nghị định" → "nghị định" (folded), or null when the citation gives only a number. */
export function typeWordOf(c: Citation): string | null {
  return c.typeWord ? fold(c.typeWord).replace(/\s+số$/u, '').trim() : null;
}

/** Number as cited ("61/2018/NĐ-CP"), else the citation text. */
export function numberText(c: Citation): string {
  return c.number?.raw.trim() ?? c.text.trim();
}

/** How a citation reads in a message: "Nghị định 42/2022/NĐ-CP". */
export function citationLabel(c: Citation): string {
  if (c.number) return `${c.typeWord ? `${c.typeWord.trim()} ` : ''}${c.number.raw.trim()}`;
  return c.lawName ?? c.text.trim().slice(0, 80);
}

/** Upper-cased code with the Đ/D confusion folded, for comparisons only (one definition, shared with the extractor). */
export { foldCode } from '../data/document-number.js';

/** Span of the cited number inside the citation ("61/2018/NĐ-CP" in "Nghị định số 61/2018/NĐ-CP ngày …"), null when absent. */
export function numberSpan(c: Citation): { start: number; end: number } | null {
  if (!c.number) return null;
  const i = c.text.indexOf(c.number.raw);
  if (i < 0) return null;
  return { start: c.span.start + i, end: c.span.start + i + c.number.raw.length };
}

/** A citation date as messages show it after their own "ngày": "ngày 27 tháng 11 năm 2025" → "27 tháng 11 năm 2025". */
export function dateText(raw: string): string {
  return raw.trim().replace(/^ngày\s+/iu, '');
}
