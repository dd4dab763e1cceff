// text/misspelling: known Vietnamese misspellings ("cập nhập") and syllables no Vietnamese word has ("muu").
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import { IMPOSSIBLE_VOWEL_PAIRS, MISSPELLINGS, SYLLABLE_HINTS, type Misspelling } from '../../data/misspellings.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
let compiled: { entry: Misspelling; re: RegExp }[] | null = null;
/** Compiled once, lazily: whole words only, any run of spaces between syllables, case-insensitive. */
function patterns(): { entry: Misspelling; re: RegExp }[] {
  compiled ??= MISSPELLINGS.filter((e) => e.confidence !== 'unsure').map((entry) => ({
    entry,
    re: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${entry.wrong.split(' ').map(escape).join('\\s+')}(?![\\p{L}\\p{M}\\p{N}])`, 'giu'),
  }));
  return compiled;
}

const TOKEN = /[\p{L}\p{M}]+/gu;
const ROMAN = /^[ivxl]+$/u;

export default defineRule({
  id: 'text/misspelling',
  meta: {
    defaultSeverity: 'warning',
    description: {
      vi: 'Lỗi chính tả thường gặp ("cập nhập", "sát nhập"…) và âm tiết không có trong tiếng Việt (mất dấu, gõ sai).',
      en: 'Common misspellings ("cập nhập", "sát nhập"…) and syllables impossible in Vietnamese (lost diacritics, typos).',
    },
    source: 'src/data/misspellings.ts (DOMAIN §6, one source per entry)',
  },
  messages: {
    misspelling: {
      vi: 'Sai chính tả: "{found}" → viết đúng là "{correct}".',
      en: 'Misspelling: "{found}" → write "{correct}".',
    },
    syllable: {
      vi: '"{found}" không phải âm tiết tiếng Việt (gõ sai hoặc mất dấu){hint}.',
      en: '"{found}" is not a Vietnamese syllable (typo or lost diacritics){hint}.',
    },
  },
  examples: {
    valid: [{ code: 'Thường xuyên cập nhật thông tin; tham mưu sáp nhập đơn vị.' }],
    invalid: [
      { code: 'Thường xuyên cập nhập thông tin cán bộ, công chức.', note: 'cập nhập' },
      { code: 'Rà soát, tham muu cơ quan có thẩm quyền ban hành văn bản.', note: 'muu' },
    ],
  },
  *check({ text }): Generator<RuleReport<'misspelling' | 'syllable'>> {
    for (const { entry, re } of patterns()) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (entry.notAfter?.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
        const found = m[0].replace(/\s+/gu, ' ');
        yield {
          messageId: 'misspelling',
          span: { start: m.index, end: m.index + m[0].length },
          data: { found, correct: entry.correct },
          ...(entry.severity ? { severity: entry.severity } : {}),
        };
      }
    }
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const w = m[0];
      if (w.length > 7 || w !== w.toLowerCase() || ROMAN.test(w)) continue;
      if (!IMPOSSIBLE_VOWEL_PAIRS.some((p) => w.includes(p))) continue;
      // Skip URLs, e-mail addresses and code: a token glued to "/", ".", "@", "_" or digits.
      const before = text[m.index - 1] ?? ' ';
      const after = text[m.index + w.length] ?? ' ';
      if (/[/@_.\d:-]/u.test(before) || /[/@_\d]/u.test(after) || (after === '.' && /\w/u.test(text[m.index + w.length + 1] ?? ' '))) continue;
      const hint = SYLLABLE_HINTS[w];
      yield {
        messageId: 'syllable',
        span: { start: m.index, end: m.index + w.length },
        data: { found: w, hint: hint ? ` — có thể là "${hint}"` : '' },
      };
    }
  },
});
