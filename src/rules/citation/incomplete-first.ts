// citation/incomplete-first: the first citation of a document gives its date and its issuing body
// (NĐ 30/2020 Phụ lục I: type, number, date, issuing body, summary; later citations: type and number only).
import { defineRule, type RuleReport } from '../../engine/define-rule.js';

import { issuerPhrases } from '../../data/issuers.js';
import { citationLabel } from '../_citations.js';
import { pattern } from '../../text/pattern.js';

/** Types cited by name (and year) only: Luật, Bộ luật, Pháp lệnh, Hiến pháp (NĐ 30 Phụ lục I; NĐ 78/2025 Điều 68). */
const BY_NAME = new Set(['luat', 'bo-luat', 'phap-lenh', 'hien-phap']);
/** A date written anywhere in the sentence ("…, ban hành ngày 05/3/2025", "(ngày 10 tháng 01 năm 2025)"). */
const DATE = /ngày\s{1,3}(?:\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}\s{0,2}[/.-]\s{0,2}\d{4}|\d{1,2}\s{1,3}tháng\s{1,3}\d{1,2}\s{1,3}năm\s{1,3}\d{4})/iu;
const PHRASES = issuerPhrases().map((p) => p.phrase.toLowerCase());

/** A line break that ends the sentence: a blank line, or a new line opening another basis, item or heading (hard-wrapped text continues otherwise). */
const NEW_CLAUSE = /^\n\s*(?:\n|căn cứ|thực hiện|theo|xét|[-+•*|]|\d+[.)]|[IVXL]+\.|[a-zđ]\))/iu;

/** The sentence around a span: bounded by ".", ";", ":" or a line break that starts a new clause. */
function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && s > start - 400 && !/[.;:]/u.test(text[s - 1] ?? '') && !(text[s - 1] === '\n' && NEW_CLAUSE.test(text.slice(s - 1, s + 14)))) s -= 1;
  let e = end;
  while (e < text.length && e < end + 400) {
    const ch = text[e] ?? '';
    if (ch === ';' || (ch === '.' && !/\d/u.test(text[e + 1] ?? '')) || (ch === '\n' && NEW_CLAUSE.test(text.slice(e, e + 14)))) break;
    e += 1;
  }
  return text.slice(s, e);
}

/**
 * The lead-in of a list the citation stands in: "Căn cứ các Quyết định của Thủ tướng Chính phủ về …: QĐ 1629/QĐ-TTg
 * …; QĐ 790/QĐ-TTg …" names the issuer once for every item. Looks back over ";"-separated items to a ":" in the
 * same paragraph (not across a full stop or a blank line); '' when there is none.
 */
function leadIn(text: string, start: number): string {
  for (let i = start - 1; i >= 0 && i > start - 1500; i--) {
    const ch = text[i];
    if (ch === ':') {
      let j = i - 1;
      while (j > 0 && j > i - 400 && !/[.;:]/u.test(text[j - 1] ?? '') && !(text[j - 1] === '\n' && text[j - 2] === '\n')) j -= 1;
      return text.slice(j, i);
    }
    if (ch === '.' && !/\d/u.test(text[i + 1] ?? '')) return '';
    if (ch === '\n' && text[i - 1] === '\n') return '';
  }
  return '';
}

type Id = 'noDate' | 'noIssuer' | 'noDateNoIssuer';

export default defineRule({
  id: 'citation/incomplete-first',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Lần dẫn đầu tiên một văn bản phải ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu (Luật, Pháp lệnh: tên loại và tên); các lần sau chỉ cần tên loại và số, ký hiệu.',
      en: 'The first citation of a document gives its type, number, date, issuing body and subject (a law: type and name); later citations need only type and number.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Phụ lục I (dẫn lần đầu: tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành, trích yếu), DOMAIN §1.4 and §2.2, certain; not checked in the header, in tables, for laws cited by name or for short forms',
  },
  messages: {
    noDate: {
      vi: 'Lần dẫn đầu tiên {label} chưa ghi ngày ban hành. Ghi "… ngày … của …" ở lần dẫn đầu tiên.',
      en: 'The first citation of {label} lacks its date. Give "ngày … của …" at the first citation.',
    },
    noIssuer: {
      vi: 'Lần dẫn đầu tiên {label} chưa ghi cơ quan ban hành. Ghi "… của <cơ quan ban hành>" ở lần dẫn đầu tiên.',
      en: 'The first citation of {label} lacks its issuing body. Give "của <issuer>" at the first citation.',
    },
    noDateNoIssuer: {
      vi: 'Lần dẫn đầu tiên {label} chưa ghi ngày ban hành và cơ quan ban hành. Ghi "… ngày … của …" ở lần dẫn đầu tiên.',
      en: 'The first citation of {label} lacks its date and issuing body. Give "ngày … của …" at the first citation.',
    },
  },
  examples: {
    valid: [
      { code: 'Căn cứ Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ ban hành Kế hoạch rà soát; thực hiện Quyết định số 1085/QĐ-TTg.' },
      { code: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;' },
    ],
    invalid: [
      { code: 'Thực hiện Quyết định số 1085/QĐ-TTg; Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ.', note: 'first citation without date or issuer; a later complete one does not rescue it' },
    ],
  },
  *check({ doc, facts, text }): Generator<RuleReport<Id>> {
    const skip = [doc.header.subject?.span, doc.header.replaces?.span, doc.header.documentNumber?.span].filter((s) => s !== undefined && s !== null);
    const own = doc.header.documentNumber?.raw.replace(/\s+/gu, '').toUpperCase() ?? null;
    const seen = new Set<string>();
    const sorted = [...facts.citations].sort((a, b) => a.span.start - b.span.start);
    for (const c of sorted) {
      if (skip.some((s) => c.span.start < s.end && c.span.end > s.start)) continue;
      const n = c.number;
      // Only numbered documents: laws are cited by name, short forms ("Nghị định 61") cannot be checked.
      if (!n || n.form === 'short' || n.form === 'law' || (c.docType && BY_NAME.has(c.docType))) continue;
      if (own && n.raw.replace(/\s+/gu, '').toUpperCase().endsWith(own.replace(/^SỐ:?/u, ''))) continue;
      if (seen.has(c.key)) continue;
      seen.add(c.key);
      // Checked where DOMAIN §1.4 requires every element: the legal bases (căn cứ) lines.
      if (c.role !== 'basis') continue;
      if (!n.serial || !n.typeCode && n.form !== 'official-letter') continue;
      const sentence = sentenceAround(text, c.span.start, c.span.end);
      const hasDate = c.date !== null || DATE.test(sentence);
      const low = sentence.toLowerCase();
      const lead = leadIn(text, c.span.start).toLowerCase();
      const hasIssuer =
        c.issuer !== null || pattern(String.raw`(?<![\p{L}])của\s`, 'u').test(low) || PHRASES.some((p) => low.includes(`${p} ban hành`)) || pattern(String.raw`(?<![\p{L}])của\s`, 'u').test(lead);
      if (hasDate && hasIssuer) continue;
      const messageId: Id = !hasDate && !hasIssuer ? 'noDateNoIssuer' : !hasDate ? 'noDate' : 'noIssuer';
      yield { messageId, span: c.span, data: { label: citationLabel(c) } };
    }
  },
});

