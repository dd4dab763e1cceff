// citation/malformed: a cited number is not written as its form requires ("63/2010/NĐCP", "45/TTr- SNV", "19-NQ/TW NQ/TW").
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import type { Citation } from '../../model/facts.js';
import { canonicalTypeCode } from '../../data/doc-types.js';
import { ISSUER_VARIANTS, issuerByCode } from '../../data/issuers.js';
import { citationLabel, numberSpan } from '../_citations.js';

/** Type and issuer glued or split by a space instead of a hyphen: "NĐCP", "NQHĐND", "QĐ UBND". */
const GLUED = /^(\d{1,5})\/(\d{4})\/(NĐ|ND|QĐ|QD|NQ|TT|TTLT|CT)\s*(CP|TTg|TTG|UBND|HĐND|HDND|BNV|BTC|BTP|VPCP|BCA|BQP)$/u;

/** Malformation reasons in the order they are named, each with its message. Reported elsewhere: type-word-mismatch. */
const REASONS = [
  'party-missing-type',
  'party-with-slash',
  'doubled-symbol',
  'space-in-code',
  'line-break-in-code',
  'missing-hyphen',
  'missing-d-stroke',
  'issuer-misspelt',
  'missing-year',
] as const;
type Reason = (typeof REASONS)[number];
const MESSAGE_OF: Record<Reason, MessageId> = {
  'party-missing-type': 'partyMissingType',
  'party-with-slash': 'partySlash',
  'doubled-symbol': 'doubledSymbol',
  'space-in-code': 'spaceInCode',
  'line-break-in-code': 'lineBreak',
  'missing-hyphen': 'missingHyphen',
  'missing-d-stroke': 'missingStroke',
  'issuer-misspelt': 'issuerMisspelt',
  'missing-year': 'missingYear',
};
type MessageId =
  | 'partyMissingType'
  | 'partySlash'
  | 'doubledSymbol'
  | 'spaceInCode'
  | 'lineBreak'
  | 'missingHyphen'
  | 'missingStroke'
  | 'issuerMisspelt'
  | 'missingYear'
  | 'malformed';

/** The reasons this rule reports; none when the root problem is a contradicting type (its "missing year" follows from it). */
function ownReasons(c: Citation): Reason[] {
  if (c.malformed.includes('type-word-mismatch')) return [];
  return REASONS.filter((r) => c.malformed.includes(r));
}

/** Canonical issuer code: "TTG" → "TTg", a clipped "TT" after QĐ/CT/CĐ → "TTg"; unknown codes as written. */
function issuerCodeOf(typeCode: string | null, code: string): string {
  const variant = ISSUER_VARIANTS.find((v) => v.wrong === code && v.afterTypes.includes(typeCode ?? ''));
  if (variant) return variant.right;
  const known = issuerByCode(code);
  const exact = known?.codes.find((x) => !x.endsWith('+') && x.toUpperCase() === code.toUpperCase());
  return exact ?? code;
}

/** The number as it should be written, or null when it cannot be derived (a missing year). */
export function expectedNumber(c: Citation): string | null {
  const n = c.number;
  if (!n || !n.serial) return null;
  const m = GLUED.exec(n.raw.trim());
  if (m) return `${m[1]}/${m[2]}/${(m[3] ?? '').replace('ND', 'NĐ').replace('QD', 'QĐ')}-${(m[4] ?? '').replace('TTG', 'TTg').replace('HDND', 'HĐND')}`;
  const type = n.typeCode ? canonicalTypeCode(n.typeCode) ?? n.typeCode : null;
  const issuer = n.issuerCode ? issuerCodeOf(type, n.issuerCode) : null;
  switch (n.form) {
    case 'party':
      return type && issuer ? `${n.serial}-${type}/${issuer}` : null;
    case 'normative':
      return type && issuer && n.year !== null ? `${n.serial}/${n.year}/${type}-${issuer}` : null;
    case 'administrative':
      if (!type || !issuer) return null;
      if (c.malformed.includes('party-with-slash')) return `${n.serial}-${type}/${issuer}`;
      if (c.malformed.includes('missing-year')) return null;
      return `${n.serial}/${type}-${issuer}`;
    case 'law':
      return issuer && n.year !== null ? `${n.serial}/${n.year}/${issuer}` : null;
    case 'official-letter':
      return issuer && n.unitCode ? `${n.serial}/${issuer}-${n.unitCode}` : null;
    case 'short':
      return null;
  }
}

export default defineRule({
  id: 'citation/malformed',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Số, ký hiệu văn bản được dẫn phải viết đúng quy cách: số/năm/LOẠI-CƠ QUAN (văn bản của Đảng: số-LOẠI/CƠ QUAN), có dấu gạch nối, không có khoảng trắng, không lặp ký hiệu.',
      en: 'Cited numbers must be written number/year/TYPE-ISSUER (Party documents: number-TYPE/BODY), with a hyphen, no spaces and no repeated symbol.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Phụ lục I (ký hiệu: "/" và "-", không cách); Hướng dẫn 36-HD/VPTW (văn bản của Đảng: số-LOẠI/CƠ QUAN); Luật 64/2025/QH15 Điều 7 khoản 3 (DOMAIN §1.4, §2.1)',
  },
  messages: {
    partyMissingType: {
      vi: 'Số hiệu "{raw}" của {label} thiếu ký hiệu loại văn bản của Đảng; viết là "{expected}".',
      en: 'Number "{raw}" of {label} lacks the Party document type code; write "{expected}".',
    },
    partySlash: {
      vi: 'Văn bản của Đảng đánh số "số-LOẠI/CƠ QUAN": "{raw}" viết sai quy cách; viết là "{expected}".',
      en: 'Party documents are numbered "number-TYPE/BODY": "{raw}" is malformed; write "{expected}".',
    },
    doubledSymbol: {
      vi: 'Số hiệu "{raw}" của {label} lặp lại ký hiệu hai lần; viết là "{expected}".',
      en: 'Number "{raw}" of {label} repeats its symbol; write "{expected}".',
    },
    spaceInCode: {
      vi: 'Số hiệu "{raw}" của {label} có khoảng trắng trong ký hiệu; viết liền là "{expected}".',
      en: 'Number "{raw}" of {label} has a space inside its code; write "{expected}".',
    },
    lineBreak: {
      vi: 'Số hiệu "{raw}" của {label} bị ngắt dòng giữa ký hiệu; viết liền là "{expected}".',
      en: 'Number "{raw}" of {label} is broken across lines; write "{expected}".',
    },
    missingHyphen: {
      vi: 'Số hiệu "{raw}" của {label} thiếu dấu gạch nối giữa loại văn bản và cơ quan ban hành; viết là "{expected}".',
      en: 'Number "{raw}" of {label} lacks the hyphen between type and issuer; write "{expected}".',
    },
    missingStroke: {
      vi: 'Số hiệu "{raw}" của {label} viết "D" thay cho "Đ"; viết là "{expected}".',
      en: 'Number "{raw}" of {label} has "D" for "Đ"; write "{expected}".',
    },
    issuerMisspelt: {
      vi: 'Số hiệu "{raw}" của {label} viết sai ký hiệu cơ quan ban hành; viết là "{expected}".',
      en: 'Number "{raw}" of {label} misspells the issuer code; write "{expected}".',
    },
    missingYear: {
      vi: 'Số hiệu "{raw}" của {label} thiếu năm ban hành: văn bản quy phạm pháp luật đánh số "số/năm/LOẠI-CƠ QUAN". Kiểm tra lại số hiệu.',
      en: 'Number "{raw}" of {label} lacks the year: legal normative documents are numbered "number/year/TYPE-ISSUER". Check the number.',
    },
    malformed: {
      vi: 'Số hiệu "{raw}" của {label} viết sai quy cách; viết là "{expected}".',
      en: 'Number "{raw}" of {label} is malformed; write "{expected}".',
    },
  },
  examples: {
    valid: [
      { code: 'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;' },
      { code: 'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; giai đoạn 2021 - 2025.' },
    ],
    invalid: [
      { code: 'Căn cứ Nghị định số 63/2010/NĐCP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;', note: 'hyphen missing' },
      { code: 'thay thế Quyết định số 46/2022/QĐ UBND ngày 28/10/2022 của UBND tỉnh', note: 'space instead of hyphen' },
      { code: 'Xét Tờ trình số 45/TTr- SNV ngày 12/3/2025 của Sở Nội vụ.', note: 'space after the hyphen' },
      { code: 'Thực hiện Nghị quyết số 19-NQ/TW NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.', note: 'symbol written twice' },
    ],
  },
  *check({ facts }): Generator<RuleReport<MessageId>> {
    for (const c of facts.citations) {
      if (!c.number) continue;
      const raw = c.number.raw.trim();
      const glued = GLUED.test(raw) && !c.malformed.includes('type-word-mismatch');
      const reasons = ownReasons(c);
      if (reasons.length === 0 && !glued) continue;
      const expected = expectedNumber(c);
      const label = citationLabel(c).replace(raw, '').trim() || 'văn bản';
      const first = reasons[0];
      const messageId: MessageId = first ? MESSAGE_OF[first] : 'malformed';
      if (!expected || expected === raw) {
        // No mechanical fix: only the missing year is reported without one (the year cannot be guessed).
        if (reasons.includes('missing-year')) yield { messageId: 'missingYear', span: c.span, data: { raw, label } };
        continue;
      }
      const ns = numberSpan(c);
      yield {
        messageId: first === 'missing-year' ? 'malformed' : messageId,
        span: c.span,
        data: { raw, label, expected },
        ...(ns ? { fix: { span: ns, text: expected } } : {}),
      };
    }
  },
});
