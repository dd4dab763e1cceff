// citation/issuer-mismatch: the issuer named for a cited document contradicts the issuer its type or code fixes
// (Nghị định ← Chính phủ; "-TTg" ← Thủ tướng; "NQ-CP" ← Chính phủ; "QH15" ← Quốc hội; Party codes ← a Party body).
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import type { Citation } from '../../model/facts.js';
import { FIXED_ISSUERS, docTypeByCode, docTypeByWord, type FixedIssuer } from '../../data/doc-types.js';
import { isPartyBodyCode, issuerPhrases } from '../../data/issuers.js';
import { citationLabel, foldCode, numberSpan } from '../_citations.js';
import { LETTER_OR_DIGIT } from '../../text/pattern.js';

const PHRASES = issuerPhrases();

/** The issuer id a "của …" clause names, by its known phrases; "bo" for another ministry ("Bộ Công an"); null when unknown. */
export function clauseIssuerId(clause: string): string | null {
  const low = clause.replace(/\s+/gu, ' ').trim().toLowerCase();
  for (const { phrase, issuer } of PHRASES) {
    const p = phrase.toLowerCase();
    if (low.startsWith(p) && !LETTER_OR_DIGIT.test(low[p.length] ?? '')) return issuer.id;
  }
  if (/^bộ\s(?!chính trị)/u.test(low)) return 'bo';
  return null;
}

/** The entry that fixes the issuer of `c`, if any. */
function entryOf(c: Citation): FixedIssuer | null {
  const code = c.number?.issuerCode ?? null;
  const party = c.number?.form === 'party' || (code !== null && isPartyBodyCode(code));
  const docType =
    c.docType ??
    (c.number?.typeCode ? docTypeByCode(c.number.typeCode)?.id : undefined) ??
    (c.typeWord ? docTypeByWord(c.typeWord.replace(/\s+số$/u, ''))?.id : undefined) ??
    (c.number?.form === 'law' ? 'luat' : null);
  for (const e of FIXED_ISSUERS) {
    if (e.docTypes.length === 0) {
      if (party && code && e.code?.test(code)) return e;
      continue;
    }
    if (party || !docType || !e.docTypes.includes(docType)) continue;
    if (e.code === null || (code !== null && e.code.test(code))) return e;
  }
  return null;
}

/** How the fixed group reads in a message: the number's symbol ("QĐ-TTg", "QH15") or the type word ("Nghị định"). */
function groupOf(c: Citation, e: FixedIssuer): string {
  const n = c.number;
  if (e.code && n?.issuerCode) return n.typeCode ? `${n.typeCode}${n.form === 'party' ? '/' : '-'}${n.issuerCode}` : n.issuerCode;
  return c.typeWord?.trim() ?? (e.id === 'nghi-dinh' ? 'Nghị định' : 'Thông tư');
}

export default defineRule({
  id: 'citation/issuer-mismatch',
  meta: {
    defaultSeverity: 'error',
    severityNote: {
      vi: 'Cảnh báo (warning) thay vì lỗi khi quy tắc về cơ quan ban hành chỉ "có khả năng" đúng (văn bản của Đảng).',
      en: 'A warning instead of an error where the issuer fact is only "likely" (Party documents).',
    },
    description: {
      vi: 'Cơ quan ban hành ghi cho văn bản được dẫn phải đúng với loại và ký hiệu của văn bản: Nghị định – Chính phủ; "-TTg" – Thủ tướng Chính phủ; Nghị quyết "-CP" – Chính phủ; "QH15" – Quốc hội; "UBTVQH15" – Ủy ban Thường vụ Quốc hội; Thông tư – Bộ trưởng; văn bản của Đảng – cơ quan của Đảng.',
      en: 'The issuer given for a cited document must match its type and code: Nghị định – Government; "-TTg" – Prime Minister; Nghị quyết "-CP" – Government; "QH15" – National Assembly; "UBTVQH15" – its Standing Committee; Thông tư – a minister; Party documents – a Party body.',
    },
    source: 'Luật Ban hành VBQPPL 64/2025/QH15 Điều 4 (sửa đổi bởi Luật 87/2025/QH15); data src/data/doc-types.ts FIXED_ISSUERS (DOMAIN §2.1, §2.3, §2.4); Party codes only "likely", hence a warning',
  },
  messages: {
    wrongIssuer: {
      vi: '{label} được ghi là "của {issuer}", nhưng văn bản {group} do {write} ban hành. Sửa thành "của {write}".',
      en: '{label} is attributed to "{issuer}", but {group} documents are issued by {write}. Write "của {write}".',
    },
    notByGovernment: {
      vi: '{label} được ghi là "của {issuer}", nhưng Thông tư do Bộ trưởng, Thủ trưởng cơ quan ngang bộ ban hành. Ghi đúng cơ quan ban hành theo ký hiệu "{code}".',
      en: '{label} is attributed to "{issuer}", but a Thông tư is issued by a minister. Name the issuer its code "{code}" stands for.',
    },
    partyIssuer: {
      vi: '{label} là văn bản của Đảng (ký hiệu "{group}") nhưng được ghi là "của {issuer}". Ghi đúng cơ quan của Đảng đã ban hành.',
      en: '{label} is a Party document (code "{group}") but is attributed to "{issuer}". Name the Party body that issued it.',
    },
    wrongCode: {
      vi: '{label}: ký hiệu cơ quan "{code}" không đúng; văn bản {group} do {write} ban hành nên ký hiệu là "{expected}".',
      en: '{label}: issuer code "{code}" is wrong; {group} documents are issued by {write}, coded "{expected}".',
    },
  },
  examples: {
    valid: [
      { code: 'theo Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến' },
      { code: 'Thực hiện Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ và Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.' },
    ],
    invalid: [
      { code: 'theo Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Thủ tướng Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến', note: 'Nghị định attributed to the Prime Minister' },
      { code: 'Thực hiện Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Chính phủ ban hành Kế hoạch rà soát.', note: '"-TTg" attributed to the Government' },
      { code: 'Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính.', note: 'a law-level resolution attributed to the Standing Committee' },
    ],
  },
  *check({ facts }): Generator<RuleReport<'wrongIssuer' | 'notByGovernment' | 'partyIssuer' | 'wrongCode'>> {
    for (const c of facts.citations) {
      // A type word contradicting the code (citation/type-mismatch) leaves the type, hence the issuer, unknown.
      if (c.malformed.includes('type-word-mismatch')) continue;
      const e = entryOf(c);
      if (!e || e.confidence === 'unsure') continue;
      const severity = e.confidence === 'likely' ? ('warning' as const) : undefined;
      const label = citationLabel(c);
      const group = groupOf(c, e);
      const issuer = c.issuer?.text.replace(/\s+/gu, ' ').trim();
      const id = issuer ? clauseIssuerId(issuer) : null;
      const wrong = id !== null && (e.allowed ? !e.allowed.includes(id) : (e.forbidden ?? []).includes(id));
      if (issuer && c.issuer && wrong) {
        if (e.write) {
          yield { messageId: 'wrongIssuer', span: c.issuer.span, data: { label, issuer, group, write: e.write }, fix: { span: c.issuer.span, text: e.write }, ...(severity ? { severity } : {}) };
        } else if (e.id === 'thong-tu') {
          yield { messageId: 'notByGovernment', span: c.issuer.span, data: { label, issuer, code: c.number?.issuerCode ?? '?' }, ...(severity ? { severity } : {}) };
        } else {
          yield { messageId: 'partyIssuer', span: c.issuer.span, data: { label, issuer, group }, ...(severity ? { severity } : {}) };
        }
        continue;
      }
      const n = c.number;
      if (e.numberCode && e.write && n?.form === 'normative' && n.issuerCode && foldCode(n.issuerCode) !== foldCode(e.numberCode)) {
        const expected = `${n.serial ?? ''}/${n.year ?? ''}/${n.typeCode ?? ''}-${e.numberCode}`;
        const ns = numberSpan(c);
        yield {
          messageId: 'wrongCode',
          span: c.span,
          data: { label, code: n.issuerCode, group, write: e.write, expected },
          ...(ns ? { fix: { span: ns, text: expected } } : {}),
        };
      }
    }
  },
});
