// citation/inconsistent: one document is cited with different dates or issuers in the same plan.
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import type { Citation } from '../../model/facts.js';
import { citationLabel, dateText } from '../_citations.js';

/** National issuers whose administrative numbers are unique enough within a year to compare (DOMAIN §2.3). */
const NATIONAL = /^(?:CP|TTG|VPCP|B[A-ZĐ]+|QH\d*|UBTVQH\d*|TW|VPTW)$/u;

/** Whether two citations with equal keys must be the same document. */
function comparable(a: Citation, b: Citation): boolean {
  const n = a.number;
  if (!n) return a.lawName !== null;
  if (n.form === 'normative' || n.form === 'law') return true;
  // Administrative numbers restart every year and across bodies: compare only national issuers in one year.
  if (n.form === 'administrative' && n.issuerCode && NATIONAL.test(n.issuerCode.toUpperCase()))
    return a.date?.year != null && a.date.year === b.date?.year;
  return false;
}

export default defineRule({
  id: 'citation/inconsistent',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Một văn bản được dẫn nhiều lần phải ghi thống nhất ngày ban hành và cơ quan ban hành.',
      en: 'A document cited several times must carry the same date and issuer each time.',
    },
    source: 'Nghị định 30/2020/NĐ-CP Phụ lục I (dẫn lần đầu đầy đủ, các lần sau ghi loại và số, ký hiệu) (DOMAIN §1.4, §2.2)',
  },
  messages: {
    date: {
      vi: '{label} ở đây ghi ngày {date}, nhưng trước đó ghi ngày {firstDate}. Thống nhất ngày ban hành.',
      en: '{label} is dated {date} here but {firstDate} earlier. Use one date.',
    },
    issuer: {
      vi: '{label} ở đây ghi cơ quan ban hành "{issuer}", nhưng trước đó ghi "{firstIssuer}". Thống nhất cơ quan ban hành.',
      en: '{label} is attributed to "{issuer}" here but to "{firstIssuer}" earlier. Use one issuer.',
    },
  },
  examples: {
    valid: [{ code: 'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;\nThực hiện Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ.' }],
    invalid: [{ code: 'Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;\nThực hiện Nghị định số 118/2025/NĐ-CP ngày 19/6/2025 của Chính phủ.', note: 'two dates' }],
  },
  *check({ facts }): Generator<RuleReport<'date' | 'issuer'>> {
    const first = new Map<string, { date: Citation | null; issuer: Citation | null }>();
    const reported = new Set<string>();
    for (const c of facts.citations) {
      if (!c.key || reported.has(c.key)) continue;
      const seen = first.get(c.key) ?? { date: null, issuer: null };
      if (!first.has(c.key)) first.set(c.key, seen);
      if (c.date?.iso) {
        if (!seen.date) seen.date = c;
        else if (seen.date.date?.iso && seen.date.date.iso !== c.date.iso && comparable(seen.date, c)) {
          reported.add(c.key);
          yield { messageId: 'date', span: c.date.span, data: { label: citationLabel(c), date: dateText(c.date.raw), firstDate: dateText(seen.date.date.raw) } };
          continue;
        }
      }
      if (c.issuerId) {
        if (!seen.issuer) seen.issuer = c;
        else if (seen.issuer.issuerId && seen.issuer.issuerId !== c.issuerId && comparable(seen.issuer, c)) {
          reported.add(c.key);
          yield {
            messageId: 'issuer',
            span: c.issuer?.span ?? c.span,
            data: { label: citationLabel(c), issuer: c.issuer?.text.trim() ?? c.issuerId, firstIssuer: seen.issuer.issuer?.text.trim() ?? seen.issuer.issuerId },
          };
        }
      }
    }
  },
});
