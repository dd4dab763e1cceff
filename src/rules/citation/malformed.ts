// citation/malformed: a cited number is not written number/year/TYPE-ISSUER (e.g. "63/2010/NĐCP", "46/2022/QĐ UBND").
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import type { Citation } from '../../model/facts.js';
import { citationLabel } from '../_citations.js';

/** Type and issuer glued or split by a space instead of a hyphen: "NĐCP", "NQHĐND", "QĐ UBND". */
const GLUED = /^(\d{1,5})\/(\d{4})\/(NĐ|ND|QĐ|QD|NQ|TT|TTLT|CT)\s*(CP|TTg|TTG|UBND|HĐND|HDND|BNV|BTC|BTP|VPCP|BCA|BQP)$/u;

/** Reasons another rule reports (each problem once): a type word that contradicts the code is citation/type-mismatch. */
const OWNED_ELSEWHERE = new Set(['type-word-mismatch']);

/** The malformation reasons this rule reports; none when the root problem is a contradicting type (its "missing year" follows from it). */
function ownReasons(c: Citation): string[] {
  if (c.malformed.includes('type-word-mismatch')) return [];
  return c.malformed.filter((r) => !OWNED_ELSEWHERE.has(r));
}

function expected(c: Citation): string | null {
  const n = c.number;
  if (!n) return null;
  const m = GLUED.exec(n.raw.trim());
  if (m) return `${m[1]}/${m[2]}/${(m[3] ?? '').replace('ND', 'NĐ').replace('QD', 'QĐ')}-${(m[4] ?? '').replace('TTG', 'TTg').replace('HDND', 'HĐND')}`;
  if (n.serial && n.typeCode && n.issuerCode && (n.form === 'normative' || n.form === 'administrative'))
    return `${n.serial}/${n.year !== null ? `${n.year}/` : ''}${n.typeCode}-${n.issuerCode}`;
  return null;
}

export default defineRule({
  id: 'citation/malformed',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Số, ký hiệu văn bản được dẫn phải viết đúng quy cách: số/năm/LOẠI-CƠ QUAN, có dấu gạch nối, không có khoảng trắng.',
      en: 'Cited numbers must be written number/year/TYPE-ISSUER, with a hyphen and no spaces.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Phụ lục I (ký hiệu: "/" và "-", không cách); Luật 64/2025/QH15 Điều 7 khoản 3 (DOMAIN §1.4, §2.1)',
  },
  messages: {
    malformed: {
      vi: 'Số hiệu "{raw}" của {label} viết sai quy cách; viết lại là "{expected}".',
      en: 'Number "{raw}" of {label} is malformed; write it as "{expected}".',
    },
    malformedNoFix: {
      vi: 'Số hiệu "{raw}" viết sai quy cách ({reasons}). Kiểm tra lại số, năm, loại văn bản và cơ quan ban hành.',
      en: 'Number "{raw}" is malformed ({reasons}). Check the number, year, type and issuer.',
    },
  },
  examples: {
    valid: [{ code: 'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;' }],
    invalid: [
      { code: 'Căn cứ Nghị định số 63/2010/NĐCP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;', note: 'hyphen missing' },
      { code: 'thay thế Quyết định số 46/2022/QĐ UBND ngày 28/10/2022 của UBND tỉnh', note: 'space instead of hyphen' },
    ],
  },
  *check({ facts }): Generator<RuleReport<'malformed' | 'malformedNoFix'>> {
    for (const c of facts.citations) {
      if (!c.number) continue;
      const fix = expected(c);
      const glued = GLUED.test(c.number.raw.trim());
      const reasons = ownReasons(c);
      if (reasons.length === 0 && !(glued && !c.malformed.includes('type-word-mismatch'))) continue;
      const raw = c.number.raw.trim();
      if (fix && fix !== raw) yield { messageId: 'malformed', span: c.span, data: { raw, label: citationLabel(c).replace(raw, '').trim() || 'văn bản', expected: fix } };
      else yield { messageId: 'malformedNoFix', span: c.span, data: { raw, reasons: reasons.join(', ') || 'format' } };
    }
  },
});
