// citation/superseded: a cited document had been replaced before the plan's reference date; also a cited
// programme whose horizon has passed (info) and a document dated after a ministry merger that carries the
// merged ministry's code (warning). Data: src/data/legal-registry.ts (from REGISTRY.md, with sources).
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import { documentNumberKey, numberKey } from '../../data/document-number.js';
import { LEGAL_REGISTRY, MERGED_ISSUERS, MERGER_DATE, type RegistryEntry } from '../../data/legal-registry.js';
import type { RegistryEntryInput } from '../../engine/define-rule.js';
import type { Citation } from '../../model/facts.js';
import { citationLabel, foldCode } from '../_citations.js';
import { clauseStart, formatIso } from '../_util.js';

/** Words before a citation that show it is cited as replaced or historical, not as in force. */
const HISTORICAL = /thay thế|bãi bỏ|hết hiệu lực|trước đây|đã được thay|trước ngày|quy định cũ/iu;
/** Words before a citation that show the plan reviews the programme rather than builds on it. */
const REVIEW = /tổng kết|sơ kết|đánh giá kết quả|kết quả thực hiện|báo cáo/iu;
/** A programme-like subject ("phê duyệt Chương trình …", "Đề án …"). */
const PROGRAMME = /chương trình|đề án|chiến lược|kế hoạch|quy hoạch|lộ trình/iu;
/** Horizon years in a subject: "đến năm 2025", "giai đoạn 2021 - 2025", "2021-2025", "tầm nhìn đến năm 2030". */
const HORIZON = /(?:đến|tới)\s{1,3}năm\s{1,3}(\d{4})(?!\d)|(?<!\d)(?:19|20)\d{2}\s{0,2}[-–]\s{0,2}((?:19|20)\d{2})(?!\d)/giu;

type Entry = Pick<RegistryEntry, 'number' | 'replacedBy' | 'effective' | 'confidence' | 'names' | 'status' | 'scope'>;

function fromConfig(e: RegistryEntryInput): Entry {
  // User entries are the user's own knowledge: trusted like 'certain'.
  return { number: e.key, replacedBy: e.replacedBy, effective: e.effective, confidence: 'certain', status: 'replaced' };
}

/** What comparing a citation with registry entries needs from it, worked out once per citation. */
interface Cited {
  /** The parsed number's canonical key. */
  numberKey: string | null;
  key: string | null;
  /** The citation's text with spaces collapsed, for the entries' name patterns; null for a short number ("Nghị định 61"). */
  text: string | null;
}

function citedOf(c: Citation): Cited {
  return {
    numberKey: c.number ? numberKey(c.number) : null,
    key: c.key ? c.key.toLowerCase() : null,
    text: c.number?.form === 'short' ? null : c.text.replace(/\s+/gu, ' ').trim(),
  };
}

function designates(e: Entry, c: Cited): boolean {
  // The same canonical key as the extractor's: the entry's text keyed, the citation's parsed number keyed.
  if (c.numberKey !== null && documentNumberKey(e.number) === c.numberKey) return true;
  if (c.key && c.key === e.number.toLowerCase()) return true;
  if (!e.names || c.text === null) return false;
  const text = c.text;
  return e.names.some((re) => re.test(text));
}

/** True when registry entry `e` designates the cited document `c` (by number, or a law by name and year or date). */
export function matches(e: Entry, c: Citation): boolean {
  return designates(e, citedOf(c));
}

/** The latest horizon year a programme's subject names, null when it names none. */
export function horizonYear(subject: string): number | null {
  let max: number | null = null;
  for (const m of subject.matchAll(HORIZON)) {
    const y = Number(m[1] ?? m[2]);
    if (max === null || y > max) max = y;
  }
  return max;
}

type Id = 'superseded' | 'supersededPart' | 'programmeEnded' | 'mergedIssuer';

export default defineRule({
  id: 'citation/superseded',
  meta: {
    defaultSeverity: 'warning',
    messageSeverity: { supersededPart: 'info', programmeEnded: 'info' },
    description: {
      vi: 'Không dẫn văn bản đã bị thay thế (hết hiệu lực) trước ngày ban hành kế hoạch như văn bản đang có hiệu lực; không dẫn chương trình đã hết thời hạn làm căn cứ; văn bản ban hành từ 01/3/2025 không thể mang ký hiệu của bộ đã hợp nhất.',
      en: 'Do not cite, as in force, a document replaced before the plan\'s date; do not base a plan on a programme whose horizon has passed; a document dated from 01/3/2025 cannot carry the code of a merged ministry.',
    },
    source: 'Registry src/data/legal-registry.ts from REGISTRY.md (each entry with its source and confidence; `kehoach explain citation/superseded` lists them); NĐ 78/2025 Điều 62 (căn cứ must be in force); warning, not error: transitional clauses may keep parts in force. Partial replacements and ended programmes are info',
  },
  messages: {
    superseded: {
      vi: '{label} đã được thay thế bởi {replacedBy} từ ngày {effective}; kế hoạch (ngày tham chiếu {reference}) nên dẫn văn bản mới.',
      en: '{label} was replaced by {replacedBy} from {effective}; the plan (reference date {reference}) should cite the new document.',
    },
    supersededPart: {
      vi: '{label} đã bị thay thế một phần ({scope}) bởi {replacedBy} từ ngày {effective}; kiểm tra nội dung được dẫn còn hiệu lực.',
      en: '{label} was replaced in part ({scope}) by {replacedBy} from {effective}; check that the part cited is still in force.',
    },
    programmeEnded: {
      vi: '{label} có thời hạn đến năm {horizon}, đã kết thúc trước kỳ kế hoạch ({year}); kiểm tra văn bản kế tiếp để làm căn cứ.',
      en: '{label} runs to {horizon}, which ended before the plan\'s period ({year}); check for the successor document to cite as a basis.',
    },
    mergedIssuer: {
      vi: '{label} ghi ngày {date} nhưng mang ký hiệu "{code}" của {name}, cơ quan đã hợp nhất vào {successor} từ ngày 01/3/2025. Kiểm tra lại số hiệu hoặc ngày ban hành.',
      en: '{label} is dated {date} but carries the code "{code}" of the {name}, merged into the {successor} on 01/3/2025. Check the number or the date.',
    },
  },
  examples: {
    valid: [
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\nThực hiện cơ chế một cửa theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.' },
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\nNghị định số 118/2025/NĐ-CP thay thế Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.' },
    ],
    invalid: [
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\nThực hiện cơ chế một cửa theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.', note: 'cited after 01/7/2025' },
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\nThực hiện Quyết định số 512/QĐ-BTTTT ngày 10/4/2025 về chuyển đổi số.', note: 'issuer code of a ministry merged on 01/3/2025' },
    ],
  },
  *check({ facts, text, settings }): Generator<RuleReport<Id>> {
    const ref = settings.referenceDate;
    const entries: Entry[] = [...LEGAL_REGISTRY.filter((e) => e.confidence !== 'unsure'), ...settings.registryExtra.map(fromConfig)];
    const reported = new Set<string>();
    const planYear = facts.period ? Number(facts.period.start.slice(0, 4)) : ref ? Number(ref.slice(0, 4)) : null;
    for (const c of facts.citations) {
      const label = citationLabel(c);
      const before = text.slice(clauseStart(text, c.span.start), c.span.start);
      // 1. Replaced documents: the latest replacement in force on the reference date.
      if (ref) {
        const cited = citedOf(c);
        const hits = entries.filter((x) => x.effective <= ref && designates(x, cited)).sort((a, b) => b.effective.localeCompare(a.effective));
        const e = hits[0];
        if (e && !reported.has(e.number) && !HISTORICAL.test(before)) {
          reported.add(e.number);
          const data = { label, replacedBy: e.replacedBy ?? '?', effective: formatIso(e.effective), reference: formatIso(ref) };
          if (e.status === 'replaced-part') yield { messageId: 'supersededPart', span: c.span, data: { ...data, scope: e.scope ?? '?' } };
          else yield { messageId: 'superseded', span: c.span, data };
          continue;
        }
      }
      // 2. A programme cited as a basis whose horizon passed before the plan's period (REGISTRY.md note 6): info.
      if (planYear !== null && c.role === 'basis' && c.subject && PROGRAMME.test(c.subject) && !REVIEW.test(before)) {
        const horizon = horizonYear(c.subject);
        if (horizon !== null && horizon < planYear && !reported.has(`h:${c.key}`)) {
          reported.add(`h:${c.key}`);
          yield { messageId: 'programmeEnded', span: c.span, data: { label, horizon, year: planYear } };
          continue;
        }
      }
      // 3. A document dated from 01/3/2025 carrying a merged ministry's code (REGISTRY.md note 8).
      const code = c.number?.issuerCode;
      if (code && c.date?.iso && c.date.iso >= MERGER_DATE) {
        const merged = MERGED_ISSUERS.find((m) => m.codes.some((x) => foldCode(x).replace(/-/gu, '') === foldCode(code).replace(/-/gu, '')));
        if (merged && !reported.has(`m:${c.key}`)) {
          reported.add(`m:${c.key}`);
          yield { messageId: 'mergedIssuer', span: c.span, data: { label, date: formatIso(c.date.iso), code, name: merged.name, successor: merged.successor } };
        }
      }
    }
  },
});

