// text/misspelling: known Vietnamese misspellings ("cập nhập"), place names spelled unlike the official list
// ("Đăk Nông"), and words that are not Vietnamese syllables ("tham muu", "thựchiện", "củaSở"), found with a
// maintained Vietnamese dictionary (dictionary-vi read by nspell, loaded on first use).
import { defineRule, type RuleReport } from '../../engine/define-rule.js';
import { LOANWORDS, MISSPELLINGS, PLACE_NAME_SPELLINGS, type Misspelling } from '../../data/misspellings.js';
import { bareLetters, vietnameseSpeller, type VietnameseSpeller } from '../../data/vi-dictionary.js';
import type { Span } from '../../model/span.js';
import { execAll } from '../../text/match.js';
import { inside } from '../_util.js';
import { LETTER_OR_DIGIT, pattern } from '../../text/pattern.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
let compiled: { entry: Misspelling; re: RegExp; first: string }[] | null = null;
/**
 * Compiled once, lazily: whole words only, any run of spaces between syllables, case-insensitive. `first` is the
 * first syllable in lower case: a text without it cannot match, and is not scanned with the pattern.
 */
function patterns(): { entry: Misspelling; re: RegExp; first: string }[] {
  compiled ??= [...MISSPELLINGS, ...PLACE_NAME_SPELLINGS]
    .filter((e) => e.confidence !== 'unsure')
    .map((entry) => ({
      entry,
      re: pattern(`(?<![\\p{L}\\p{M}\\p{N}])${entry.wrong.split(' ').map(escape).join('\\s+')}(?![\\p{L}\\p{M}\\p{N}])`, 'giu'),
      first: (entry.wrong.split(' ')[0] ?? '').toLowerCase(),
    }));
  return compiled;
}

/** The correct form in the case of the text: "Sát nhập" → "Sáp nhập"; proper names keep their own case. */
function inCaseOf(found: string, correct: string): string {
  const first = correct[0] ?? '';
  if (first !== first.toLowerCase()) return correct;
  const f = found[0] ?? '';
  return f !== f.toLowerCase() ? first.toUpperCase() + correct.slice(1) : correct;
}

const WORD = pattern(String.raw`[\p{L}\p{M}]+`, 'gu');
/** URLs, e-mail addresses and domain names: nothing inside them is a word of the text. */
const LINK = pattern(String.raw`(?:https?:\/\/|www\.)[^\s<>"()]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}|(?<![\p{L}\p{N}._%+@-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|gov|edu|info|io)(?![\p{L}\p{N}])`, 'giu');
const ROMAN = /^[ivxlc]+$/u;
const LOWER = /^[\p{Ll}\p{M}]+$/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
/** The longest Vietnamese syllable has 7 letters ("nghiêng", "nghiệng"). */
const MAX_SYLLABLE = 7;
const CONSONANT_START = /^[bcdđghklmnpqrstvx]/iu;
/** Letters of the Vietnamese alphabet (and f, j, w, z of foreign words): anything else is an encoding fault. */
const VIETNAMESE_LETTERS = 'đàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const ALPHABET = new RegExp(`^[a-z${VIETNAMESE_LETTERS}]+$`, 'u');
/** A character of a word that is no letter of ALPHABET in either case: without one, every word is in the alphabet. */
const OUTSIDE_ALPHABET = pattern(`(?![a-zA-Z${VIETNAMESE_LETTERS}${VIETNAMESE_LETTERS.toUpperCase()}])[\\p{L}\\p{M}]`, 'u');
/** A letter no plain English word has: a Vietnamese vowel with a mark, or đ. */
const VIET_LETTER = /[^a-z]/u;

/** Every way to cut a lower-case run into 2–3 dictionary syllables, at least one of them with a Vietnamese letter. */
function splits(sp: VietnameseSpeller, w: string, parts = 3): string[][] {
  const out: string[][] = [];
  for (let i = 1; i < Math.min(w.length, MAX_SYLLABLE + 1); i++) {
    const head = w.slice(0, i);
    if (!sp.isSyllable(head)) continue;
    const rest = w.slice(i);
    if (sp.isSyllable(rest)) out.push([head, rest]);
    if (parts > 2) for (const tail of splits(sp, rest, parts - 1)) out.push([head, ...tail]);
  }
  // Every syllable after the first opens with a consonant: "thựchiện" is "thực hiện", but "truyên" is no
  // "tru yên" and "Thuân" no "Thu ân" (a vowel-initial tail is as likely a typo or a name).
  return parts === 3 ? out.filter((p) => p.some((x) => VIET_LETTER.test(x)) && p.slice(1).every((x) => CONSONANT_START.test(x))) : out;
}

/** Candidates ordered by the marks they share with the word as written ("nguời": "người" first). */
function closest(w: string, candidates: readonly string[]): string[] {
  const marks = [...w.normalize('NFD')];
  const score = (c: string): number => {
    const rest = [...marks];
    let n = 0;
    for (const ch of c.normalize('NFD')) {
      const i = rest.indexOf(ch);
      if (i >= 0) {
        n++;
        rest.splice(i, 1);
      }
    }
    return n;
  };
  return [...candidates].sort((a, b) => score(b) - score(a));
}

type Verdict =
  | { kind: 'glued'; correct: string }
  | { kind: 'syllable'; candidates: readonly string[] }
  | null;

/** Whether a word of the text is not Vietnamese, and why; null for every word this check must leave alone. */
function judge(sp: VietnameseSpeller, w: string): Verdict {
  // Longer than three syllables glued together ("nghiêng" has 7 letters): a code, a name or a hostile input.
  if (w.length < 2 || w.length > 3 * MAX_SYLLABLE) return null;
  // Letters outside the alphabet ("cǜng", "ÿѭӡng"): text in a legacy font or a broken conversion, not a spelling slip.
  if (!ALPHABET.test(w.normalize('NFC').toLowerCase())) return null;
  if (LOWER.test(w) || CAPITALISED.test(w)) {
    if (sp.isSyllable(w)) return null;
    const lower = w.toLowerCase();
    const ways = splits(sp, lower);
    if (ways.length > 0) {
      // Longest first syllable first ("thựchiện": "thực hiện", not "thự chiện"), as word segmenters do.
      const way = ways.sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0) || a.length - b.length)[0] as string[];
      // Keep the capital of the first syllable ("Thựchiện" → "Thực hiện").
      const text = way.join(' ');
      return { kind: 'glued', correct: w[0] === lower[0] ? text : (w[0] as string) + text.slice(1) };
    }
    // A capitalised word that is no syllable is a proper name (Krông, Hanoi, Viettel).
    if (!LOWER.test(w)) return null;
    if (ROMAN.test(w)) return null;
    const bare = bareLetters(w);
    // A Vietnamese letter on a word that is no syllable: a typo ("nhữg"). Plain letters: a syllable with its
    // marks lost ("muu" for "mưu"), unless they match no syllable at all (English: "online", "website").
    if (VIET_LETTER.test(w)) return bare === w ? null : { kind: 'syllable', candidates: sp.withDiacritics(bare) };
    if (LOANWORDS.has(w)) return null;
    const candidates = sp.withDiacritics(bare);
    return candidates.length > 0 ? { kind: 'syllable', candidates } : null;
  }
  // "củaSở": syllables glued at a change of case. Names of systems and apps (VNeID, iHanoi, eKYC) are not
  // made of Vietnamese syllables with marks, and all-capital words are abbreviations or headings.
  const parts = w.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (parts.length < 2 || parts.length > 3 || !parts.slice(1).every((p) => CONSONANT_START.test(p))) return null;
  if (!parts.every((p) => (LOWER.test(p) || CAPITALISED.test(p)) && p.length > 1 && sp.isSyllable(p))) return null;
  if (!parts.some((p) => VIET_LETTER.test(p.toLowerCase()))) return null;
  return { kind: 'glued', correct: parts.join(' ') };
}

export default defineRule({
  id: 'text/misspelling',
  meta: {
    defaultSeverity: 'warning',
    severityNote: {
      vi: 'Theo từng mục dữ liệu: lỗi chắc chắn là cảnh báo, cách viết chỉ "nên tránh" là thông tin (src/data/misspellings.ts).',
      en: 'Per data entry: certain mistakes are warnings, forms merely to avoid are info (src/data/misspellings.ts).',
    },
    description: {
      vi: 'Lỗi chính tả thường gặp ("cập nhập", "sát nhập"…), địa danh viết khác danh mục chính thức ("Đăk Nông") và từ không phải âm tiết tiếng Việt (mất dấu, gõ sai, dính liền), tra theo từ điển tiếng Việt.',
      en: 'Common misspellings ("cập nhập", "sát nhập"…), place names spelled unlike the official list ("Đăk Nông") and words that are not Vietnamese syllables (lost diacritics, typos, missing spaces), checked against a Vietnamese dictionary.',
    },
    source: 'src/data/misspellings.ts (DOMAIN §6, one source per entry); syllables: dictionary-vi (hunspell-vi) read with nspell',
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
    glued: {
      vi: '"{found}" thiếu dấu cách giữa các âm tiết: viết "{correct}".',
      en: '"{found}" lacks a space between syllables: write "{correct}".',
    },
  },
  examples: {
    valid: [
      { code: 'Thường xuyên cập nhật thông tin; tham mưu sáp nhập đơn vị.' },
      { code: 'Hướng dẫn cài đặt VNeID, iHanoi; cổng https://dichvucong.gov.vn, thư điện tử vanthu@tinh.gov.vn; hệ thống eOffice chạy online trên website của Viettel tại Đắk Nông.' },
    ],
    invalid: [
      { code: 'Thường xuyên cập nhập thông tin cán bộ, công chức.', note: 'cập nhập' },
      { code: 'Rà soát, tham muu cơ quan có thẩm quyền ban hành văn bản.', note: 'muu' },
      { code: 'Các cơ quan thựchiện nghiêm kế hoạch của UBND tỉnh.', note: 'missing space' },
      { code: 'Hỗ trợ người dân tỉnh Đăk Nông (cũ).', note: 'place name spelled unlike the official list' },
    ],
  },
  *check({ text }): Generator<RuleReport<'misspelling' | 'syllable' | 'glued'>> {
    const taken: Span[] = [];
    const lower = text.toLowerCase();
    for (const { entry, re, first } of patterns()) {
      if (!lower.includes(first)) continue;
      for (const m of execAll(re, text)) {
        if (entry.notAfter?.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
        const found = m[0].replace(/\s+/gu, ' ');
        const span = { start: m.index, end: m.index + m[0].length };
        const correct = inCaseOf(found, entry.correct);
        taken.push(span);
        yield {
          messageId: 'misspelling',
          span,
          data: { found, correct },
          fix: { span, text: correct },
          ...(entry.severity ? { severity: entry.severity } : {}),
        };
      }
    }
    // The words as strings, without a match object each. Only characters that are neither letters nor marks lie
    // between two words, so each word is found in the text by searching on from the end of the one before.
    const words = text.match(WORD) ?? [];
    // A text with many words outside the alphabet is not decoded (a legacy font: "ÿѭӡng", "ngo‡i"): its
    // fragments are no evidence of spelling, so only the known misspellings above are checked.
    if (OUTSIDE_ALPHABET.test(text)) {
      let foreign = 0;
      const inAlphabet = new Map<string, boolean>();
      for (const w of words) {
        let ok = inAlphabet.get(w);
        if (ok === undefined) inAlphabet.set(w, (ok = ALPHABET.test(w.toLowerCase())));
        if (!ok) foreign++;
      }
      if (foreign >= 20 && foreign > words.length * 0.02) return;
    }
    // Links are looked for once a word would be reported: most texts have none to report.
    let links: Span[] | null = null;
    const sp = vietnameseSpeller();
    const seen = new Map<string, Verdict>();
    let end = 0;
    for (const w of words) {
      const index = text.indexOf(w, end);
      end = index + w.length;
      if (w.length < 2) continue;
      let v = seen.get(w);
      if (v === undefined) {
        v = judge(sp, w);
        seen.set(w, v);
      }
      if (!v) continue;
      const span = { start: index, end };
      // Glued to digits or to code characters (file names, symbols, identifiers, URLs), or hyphenated
      // transcriptions of foreign and minority-language names ("Ê-đê", "ra-đi-ô"): not words of the text.
      const before = text[index - 1] ?? ' ';
      const after = text[end] ?? ' ';
      if (pattern(String.raw`[\p{N}/@_.\\:#&'’-]`, 'u').test(before) || pattern(String.raw`[\p{N}/@_\\&'’-]`, 'u').test(after)) continue;
      if (after === '.' && LETTER_OR_DIGIT.test(text[end + 1] ?? ' ')) continue;
      links ??= execAll(LINK, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
      if (inside(span, links) || inside(span, taken)) continue;
      if (v.kind === 'glued') {
        yield { messageId: 'glued', span, data: { found: w, correct: v.correct }, fix: { span, text: v.correct } };
      } else {
        const shown = closest(w, v.candidates).slice(0, 3);
        const only = v.candidates.length === 1 ? v.candidates[0] : undefined;
        yield {
          messageId: 'syllable',
          span,
          data: { found: w, hint: shown.length ? ` — có thể là "${shown.join('" / "')}"` : '' },
          ...(only ? { fix: { span, text: only } } : {}),
        };
      }
    }
  },
});
