// citation/superseded: a cited document had been replaced before the plan's reference date.
import { defineRule } from '../../engine/define-rule.js';
import { LEGAL_REGISTRY, numberMatches, type RegistryEntry } from '../../data/legal-registry.js';
import type { RegistryEntryInput } from '../../engine/define-rule.js';
import type { Citation } from '../../model/facts.js';
import { citationLabel } from '../_citations.js';
import { clauseStart, formatIso } from '../_util.js';

/** Words before a citation that show it is cited as replaced or historical, not as in force. */
const HISTORICAL = /thay thế|bãi bỏ|hết hiệu lực|trước đây|đã được thay|trước ngày|quy định cũ/iu;

type Entry = Pick<RegistryEntry, 'number' | 'replacedBy' | 'effective' | 'confidence' | 'names'>;

function fromConfig(e: RegistryEntryInput): Entry {
  // User entries are the user's own knowledge: trusted like 'certain'.
  return { number: e.key, replacedBy: e.replacedBy, effective: e.effective, confidence: 'certain' };
}

function matches(e: Entry, c: Citation): boolean {
  if (c.number && numberMatches(e.number, c.number.raw)) return true;
  if (c.key && c.key.toLowerCase() === e.number.toLowerCase()) return true;
  const name = c.lawName ?? (c.number ? null : c.text);
  return name !== null && (e.names ?? []).some((re) => re.test(name.trim()));
}

export default defineRule({
  id: 'citation/superseded',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Không dẫn văn bản đã bị thay thế (hết hiệu lực) trước ngày ban hành kế hoạch như văn bản đang có hiệu lực.',
      en: 'Do not cite, as in force, a document replaced before the plan\'s date.',
    },
    source: 'Registry src/data/legal-registry.ts (DOMAIN §3); warning, not error: transitional clauses may keep parts in force and several replacement dates are "likely"',
  },
  messages: {
    superseded: {
      vi: '{label} đã được thay thế bởi {replacedBy} từ ngày {effective}; kế hoạch (ngày tham chiếu {reference}) nên dẫn văn bản mới.',
      en: '{label} was replaced by {replacedBy} from {effective}; the plan (reference date {reference}) should cite the new document.',
    },
  },
  examples: {
    valid: [
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\nThực hiện cơ chế một cửa theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.' },
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\nNghị định số 118/2025/NĐ-CP thay thế Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.' },
    ],
    invalid: [{ code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\nThực hiện cơ chế một cửa theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.', note: 'cited after 01/7/2025' }],
  },
  *check({ facts, text, settings }) {
    const ref = settings.referenceDate;
    if (!ref) return;
    const entries: Entry[] = [...LEGAL_REGISTRY.filter((e) => e.confidence !== 'unsure'), ...settings.registryExtra.map(fromConfig)];
    const reported = new Set<Entry>();
    for (const c of facts.citations) {
      const e = entries.find((x) => x.effective <= ref && matches(x, c));
      if (!e || reported.has(e)) continue;
      const before = text.slice(clauseStart(text, c.span.start), c.span.start);
      if (HISTORICAL.test(before)) continue;
      reported.add(e);
      yield {
        messageId: 'superseded',
        span: c.span,
        data: { label: citationLabel(c), replacedBy: e.replacedBy, effective: formatIso(e.effective), reference: formatIso(ref) },
      };
    }
  },
});
