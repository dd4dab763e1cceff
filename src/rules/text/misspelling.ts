// text/misspelling: known Vietnamese misspellings ("cập nhập") and syllables no Vietnamese word has ("muu").
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import { IMPOSSIBLE_VOWEL_PAIRS, MISSPELLINGS, SYLLABLE_HINTS, type Misspelling } from '../../data/misspellings.js';
import { execAll } from '../../text/match.js';

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

const WORD_CHAR = /[\p{L}\p{M}]/u;

/**
 * The words (runs of letters and marks) holding a lower-case impossible vowel pair, in text order: the pairs
 * are found with indexOf and widened to their word, so the text is not split into words.
 */
function wordsWithImpossiblePairs(text: string): { word: string; index: number }[] {
  const at: number[] = [];
  for (const pair of IMPOSSIBLE_VOWEL_PAIRS) {
    for (let i = text.indexOf(pair); i >= 0; i = text.indexOf(pair, i + 1)) at.push(i);
  }
  at.sort((a, b) => a - b);
  const words: { word: string; index: number }[] = [];
  let end = -1;
  for (const i of at) {
    if (i < end) continue;
    let from = i;
    while (from > 0 && WORD_CHAR.test(text[from - 1] as string)) from--;
    let to = i;
    while (to < text.length && WORD_CHAR.test(text[to] as string)) to++;
    words.push({ word: text.slice(from, to), index: from });
    end = to;
  }
  return words;
}
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
      for (const m of execAll(re, text)) {
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
    for (const m of wordsWithImpossiblePairs(text)) {
      const w = m.word;
      if (w.length > 7 || w !== w.toLowerCase() || ROMAN.test(w)) continue;
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
