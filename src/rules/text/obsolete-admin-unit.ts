// text/obsolete-admin-unit: after 01/7/2025 a plan does not name district-level units, thị trấn or merged provinces
// as current units; historical phrases and titles of documents issued before the merger are fine.
import { defineRule } from '../../engine/define-rule.js';
import { HISTORICAL_AFTER, HISTORICAL_AFTER_WINDOW, HISTORICAL_BEFORE, MERGED_PROVINCES, OBSOLETE_TERMS, TONE_MARK_PAIRS, TWO_LEVEL_DATE } from '../../data/admin-units.js';
import { isoOrNull } from '../../text/calendar.js';
import { execAll } from '../../text/match.js';
import type { Span } from '../../model/span.js';
import { clauseStart, formatIso, inside } from '../_util.js';
import { pattern } from '../../text/pattern.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** Both tone-mark styles of a name ("Hòa Bình" / "Hoà Bình"), DOMAIN §6.1. */
function toneVariants(name: string): string {
  let alt = name;
  for (const [a, b] of TONE_MARK_PAIRS) alt = alt.split(a).join(b);
  return alt === name ? escape(name) : `(?:${escape(name)}|${escape(alt)})`;
}

let provinceRe: { re: RegExp; mergedInto: string[] } | null = null;
/** One pattern for every merged province (one capture group each, longer names first), compiled once. */
function provinces(): { re: RegExp; mergedInto: string[] } {
  if (provinceRe) return provinceRe;
  const list = MERGED_PROVINCES.filter((p) => p.confidence !== 'unsure').sort((a, b) => b.name.length - a.name.length);
  const names = list.map((p) => `(${toneVariants(p.name).replace(/ - /gu, '\\s*[-–]\\s*').replace(/ /gu, '\\s+')})`);
  provinceRe = {
    re: pattern(`(?<![\\p{L}])(?:tỉnh|Tỉnh|TỈNH)\\s+(?:${names.join('|')})(?![\\p{L}])`, 'gu'),
    mergedInto: list.map((p) => p.mergedInto),
  };
  return provinceRe;
}

let termRes: { re: RegExp; suggestion: string }[] | null = null;
function terms(): { re: RegExp; suggestion: string }[] {
  termRes ??= OBSOLETE_TERMS.filter((t) => t.confidence !== 'unsure').map((t) => ({
    re: pattern(`(?<![\\p{L}])(?:${t.pattern.source})(?![\\p{L}])`, 'giu'),
    suggestion: t.suggestion,
  }));
  return termRes;
}

/** A document number with a date ("…/2022/QĐ UBND ngày 28/10/2022") the extractor may not have parsed. */
const DATED_NUMBER = pattern(String.raw`\d{1,5}\/(?:\d{4}\/)?[\p{Lu}Đ][\p{L}&]*(?:[-\s][\p{Lu}Đ][\p{L}&]*)?,?\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})`, 'gu');

function datedBefore(clause: string, limit: string): boolean {
  DATED_NUMBER.lastIndex = 0;
  for (let m = DATED_NUMBER.exec(clause); m; m = DATED_NUMBER.exec(clause)) {
    const iso = isoOrNull(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso && iso < limit) return true;
  }
  return false;
}

/**
 * clauseStart, continued across hard-wrapped line breaks: a line break after a line that ends without
 * punctuation ("… ngày 16 tháng 12 năm 2023 phê duyệt Quy hoạch\ntỉnh Bà Rịa - Vũng Tàu;") does not end the
 * clause, so the citation whose subject names the old unit is still in it.
 */
function wrappedClauseStart(text: string, at: number): number {
  let from = clauseStart(text, at);
  for (let k = 0; k < 6 && from > 0 && text[from - 1] === '\n'; k++) {
    const prev = text.slice(Math.max(0, from - 2), from - 1);
    if (prev === '' || /[\n.;:!?|]/u.test(prev)) break;
    from = clauseStart(text, from - 1);
  }
  return from;
}

export default defineRule({
  id: 'text/obsolete-admin-unit',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Từ 01/7/2025 (chính quyền địa phương 2 cấp) không còn cấp huyện, thị trấn và các tỉnh đã hợp nhất; không nêu chúng như đơn vị hiện hành.',
      en: 'From 01/7/2025 (two-level local government) districts, thị trấn and merged provinces no longer exist; do not name them as current units.',
    },
    source: 'Nghị quyết 202/2025/QH15; Luật 87/2025/QH15; Hiến pháp sửa đổi 2025 Điều 110 (DOMAIN §4, §4.2)',
  },
  messages: {
    term: {
      vi: '"{found}": từ {date} không còn đơn vị hành chính cấp huyện/thị trấn; dùng "{suggestion}", hoặc ghi "(cũ)" nếu nói về thời gian trước sắp xếp.',
      en: '"{found}": since {date} there are no district-level units or thị trấn; use "{suggestion}", or add "(cũ)" when speaking of the past.',
    },
    province: {
      vi: '"{found}" đã hợp nhất vào {mergedInto} từ {date}; dùng tên đơn vị mới, hoặc ghi "(cũ)" nếu nói về thời gian trước sắp xếp.',
      en: '"{found}" merged into {mergedInto} on {date}; use the new unit, or add "(cũ)" when speaking of the past.',
    },
  },
  examples: {
    valid: [
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n- 100% UBND cấp huyện được đánh giá chỉ số CCHC.' },
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nBắc Ninh, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n- Sửa đổi Nghị quyết số 71/2024/NQ-HĐND ngày 08/10/2024 của HĐND tỉnh về chính sách trên địa bàn tỉnh Bắc Giang.' },
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nPhú Thọ, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n- Bàn giao trụ sở thị trấn Yên Lạc cũ và hồ sơ của UBND huyện Tam Đảo (cũ) cho xã.', note: 'former units marked "cũ" after their name' },
    ],
    invalid: [
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n- 100% UBND cấp huyện được đánh giá chỉ số CCHC.', note: 'cấp huyện after 01/7/2025' },
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nBắc Ninh, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n- Hỗ trợ người dân trên địa bàn tỉnh Bắc Giang.', note: 'merged province named as current' },
    ],
  },
  *check({ facts, text, settings }) {
    const ref = settings.referenceDate;
    // Before the reorganisation these terms are correct (DOMAIN §4.2).
    if (!ref || ref < TWO_LEVEL_DATE) return;
    const oldCitations = facts.citations.filter((c) => c.date?.iso && c.date.iso < TWO_LEVEL_DATE);
    const oldSpans = oldCitations.map((c) => c.span);
    const hits: { span: Span; id: 'term' | 'province'; data: Record<string, string> }[] = [];
    for (const t of terms()) {
      for (const m of execAll(t.re, text))
        hits.push({ span: { start: m.index, end: m.index + m[0].length }, id: 'term', data: { found: m[0], suggestion: t.suggestion } });
    }
    const { re, mergedInto } = provinces();
    for (const m of execAll(re, text)) {
      const k = m.slice(1).findIndex((g) => g !== undefined);
      hits.push({ span: { start: m.index, end: m.index + m[0].length }, id: 'province', data: { found: m[0], mergedInto: mergedInto[k] ?? '' } });
    }
    hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    let lastEnd = -1;
    for (const h of hits) {
      if (h.span.start < lastEnd) continue; // overlapping terms ("UBND các huyện, thị xã, thành phố"): one finding
      lastEnd = h.span.end;
      if (inside(h.span, oldSpans)) continue;
      if (HISTORICAL_AFTER.test(text.slice(h.span.end, h.span.end + HISTORICAL_AFTER_WINDOW))) continue;
      const from = wrappedClauseStart(text, h.span.start);
      const clause = text.slice(from, h.span.start);
      if (HISTORICAL_BEFORE.test(clause)) continue;
      // Inside the subject or issuer of a document issued before the merger (its title keeps the old names).
      if (oldCitations.some((c) => c.span.start >= from && c.span.start < h.span.start) || datedBefore(clause, TWO_LEVEL_DATE)) continue;
      yield { messageId: h.id, span: h.span, data: { ...h.data, date: formatIso(TWO_LEVEL_DATE) } };
    }
  },
});
