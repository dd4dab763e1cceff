// text/place-name-spelling: a provincial unit named with the letters of its official name but other diacritics
// ("tỉnh Đăk Lăk", "TỈNH LANG SƠN", "thành phố Ha Noi") is written as officially spelt, a mechanical fix.
// Tone-mark placement ("Khánh Hoà" / "Khánh Hòa") is a style, never reported (DOMAIN §6.1).
import { defineRule } from '../../engine/define-rule.js';
import { PROVINCES, TONE_MARK_PAIRS } from '../../data/admin-units.js';
import { execAll } from '../../text/match.js';
import type { Span } from '../../model/span.js';
import { pattern } from '../../text/pattern.js';

/** Letters only, lower case, without any mark ("Đắk Lắk" → "dak lak"): what two spellings of one name share. */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase();
/** Lower case in one tone-mark style ("Hoà" and "Hòa" both → "hòa"). */
const toneStyle = (s: string): string => {
  let out = s.normalize('NFC').toLowerCase();
  for (const [a, b] of TONE_MARK_PAIRS) out = out.split(b).join(a);
  return out;
};

interface Official {
  name: string;
  words: number;
  folded: string;
  styled: string;
}
let officials: Official[] | null = null;
function officialNames(): Official[] {
  officials ??= PROVINCES.filter((p) => p.confidence !== 'unsure')
    .map((p) => ({ name: p.name, words: p.name.split(' ').length, folded: fold(p.name), styled: toneStyle(p.name) }))
    .sort((a, b) => b.words - a.words);
  return officials;
}

// "tỉnh", "thành phố", "TP", "TP." before the name, in any case; the name's words start with a capital.
const PREFIX = pattern(String.raw`(?<![\p{L}\p{M}])(?:tỉnh|thành\s+phố|tp\.?)\s+`, 'giu');
const WORD = pattern(String.raw`^[\p{Lu}][\p{L}\p{M}]*`, 'u');

/** The official name `words` (capitalised words after a prefix) misspell, with the span of those words. */
function misspelt(text: string, from: number): { span: Span; found: string; official: string } | null {
  const words: { start: number; end: number }[] = [];
  let at = from;
  for (let k = 0; k < 3; k++) {
    const m = WORD.exec(text.slice(at, at + 40));
    if (!m) break;
    words.push({ start: at, end: at + m[0].length });
    at += m[0].length;
    const gap = /^ +/u.exec(text.slice(at, at + 4));
    if (!gap) break;
    at += gap[0].length;
  }
  for (const o of officialNames()) {
    if (words.length < o.words) continue;
    const span = { start: words[0]?.start ?? 0, end: words[o.words - 1]?.end ?? 0 };
    const found = text.slice(span.start, span.end);
    if (fold(found) !== o.folded) continue;
    if (toneStyle(found) === o.styled) return null;
    return { span, found, official: o.name };
  }
  return null;
}

/** The official name in the case the text uses (all capitals in a header, as written otherwise). */
const inCaseOf = (found: string, official: string): string => (found === found.toUpperCase() ? official.toUpperCase() : official);

export default defineRule({
  id: 'text/place-name-spelling',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Tên tỉnh, thành phố trực thuộc trung ương viết đúng tên chính thức (đủ dấu, đúng dấu); cách đặt dấu thanh "Hòa"/"Hoà" đều được chấp nhận.',
      en: 'Provinces and centrally-run cities are written with their official spelling (all diacritics right); both tone-mark placements ("Hòa"/"Hoà") are accepted.',
    },
    source: 'Nghị quyết 202/2025/QH15 (34 đơn vị hành chính cấp tỉnh); DOMAIN §4.1, §6.1',
  },
  messages: {
    misspelt: {
      vi: '"{found}" viết sai tên chính thức của {kind} {official}: viết "{fixed}".',
      en: '"{found}" misspells the official name of {kind} {official}: write "{fixed}".',
    },
  },
  examples: {
    valid: [
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nĐắk Lắk, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n- Các sở, ngành tỉnh Đắk Lắk và UBND tỉnh Khánh Hoà thực hiện.' },
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nHuế, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n- Phối hợp với thành phố Hồ Chí Minh và tỉnh Thanh Hoá.', note: 'both tone-mark styles are official' },
    ],
    invalid: [
      { code: 'SỞ NỘI VỤ\nSố: 09/KH-SNV\nĐắk Lắk, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n- Các sở, ngành tỉnh Đăk Lăk thực hiện.', note: 'wrong diacritics' },
      { code: 'UBND TỈNH LANG SƠN\nSỞ NỘI VỤ\nSố: 09/KH-SNV\nLạng Sơn, ngày 05 tháng 8 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025', note: 'a missing mark in a capitals header' },
    ],
  },
  *check({ doc, text }) {
    const seen = new Set<number>();
    const report = (hit: { span: Span; found: string; official: string }) => {
      seen.add(hit.span.start);
      const province = PROVINCES.find((p) => p.name === hit.official);
      const fixed = inCaseOf(hit.found, hit.official);
      return {
        messageId: 'misspelt' as const,
        span: hit.span,
        data: { found: hit.found, official: hit.official, fixed, kind: province?.kind ?? 'tỉnh' },
        fix: { span: hit.span, text: fixed },
      };
    };
    for (const m of execAll(PREFIX, text)) {
      const hit = misspelt(text, m.index + m[0].length);
      if (hit && !seen.has(hit.span.start)) yield report(hit);
    }
    // The place before the issue date ("Đăk Lăk, ngày …") names the unit without a prefix: only when it is the
    // whole place name.
    const place = doc.header.place;
    if (place) {
      const hit = misspelt(text, place.span.start);
      if (hit && hit.span.end === place.span.end && !seen.has(hit.span.start)) yield report(hit);
    }
  },
});
