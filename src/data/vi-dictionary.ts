// The Vietnamese syllable dictionary (hunspell-vi via the npm package dictionary-vi) behind an nspell checker.
// Loaded lazily, once per process: only a rule that spells words pays for it. The dictionary declares no affixes,
// so its word list is read directly (nspell's parse of it was most of the cost); nspell reads any that does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const VI_DICTIONARY_SOURCE =
  'dictionary-vi 3.x (hunspell-vi by Nguyễn Xuân Minh and Ivan Garcia, from Hồ Ngọc Đức\'s word list; GPL) read with nspell 2.x (MIT)';

interface NSpell {
  correct(word: string): boolean;
  data: Record<string, unknown>;
}

export interface VietnameseSpeller {
  /** Whether `word` (one syllable, any case) is a Vietnamese syllable; tone-mark styles "hòa"/"hoà" both pass. */
  isSyllable(word: string): boolean;
  /** Syllables that differ from `word` (lower case, no marks) only by diacritics: "muu" → ["mưu"]. */
  withDiacritics(bare: string): readonly string[];
}

/** The dictionary writes the old tone placement ("hoà", "thuỷ"); the new one ("hòa", "thủy") is as correct (DOMAIN §6.1). */
const NEW_TO_OLD: Readonly<Record<string, string>> = {
  òa: 'oà', óa: 'oá', ỏa: 'oả', õa: 'oã', ọa: 'oạ',
  òe: 'oè', óe: 'oé', ỏe: 'oẻ', õe: 'oẽ', ọe: 'oẹ',
  ùy: 'uỳ', úy: 'uý', ủy: 'uỷ', ũy: 'uỹ', ụy: 'uỵ',
};
const NEW_STYLE_END = /(?:òa|óa|ỏa|õa|ọa|òe|óe|ỏe|õe|ọe|ùy|úy|ủy|ũy|ụy)$/u;

/**
 * "sỹ"/"sĩ", "quí"/"quý", "kĩ"/"kỹ": the i/y choice at the end of an open syllable is a style question
 * (Quyết định 1989/QĐ-BGDĐT Điều 9 binds textbooks, not administrative documents; DOMAIN §6.1), never a
 * non-syllable.
 */
const I_Y: Readonly<Record<string, string>> = { i: 'y', ì: 'ỳ', í: 'ý', ỉ: 'ỷ', ĩ: 'ỹ', ị: 'ỵ', y: 'i', ỳ: 'ì', ý: 'í', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };
const I_OR_Y_END = /(?:(?<=[bcdđghklmnpqrstvx])|(?<=qu))[iìíỉĩịyỳýỷỹỵ]$/u;

/** Syllables of ordinary words the dictionary lacks (read in real plans): "nòng cốt". */
const EXTRA_SYLLABLES: ReadonlySet<string> = new Set(['nòng']);

/** One character without its marks, đ → d (cached: a text has a few dozen distinct letters). */
const bareChar = new Map<string, string>();
function bareOf(c: string): string {
  let b = bareChar.get(c);
  if (b === undefined) {
    b = c.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
    bareChar.set(c, b);
  }
  return b;
}

/** Lower case, no diacritics, đ → d: the letters a syllable is typed with when its marks are lost. */
export function bareLetters(word: string): string {
  let out = '';
  for (const c of word) out += bareOf(c);
  return out.toLowerCase();
}

/**
 * Hunspell affix-file keywords that make a word list more than a list of words (affixes, compounds, flags that
 * forbid or restrict a form, input conversion). dictionary-vi 3.x declares none of them — Vietnamese syllables
 * take no affixes — so its .dic file is read as a plain list; a dictionary that declares one goes through nspell.
 */
const FORM_KEYWORDS = /^(?:PFX|SFX|COMPOUND\w*|ONLYINCOMPOUND|FORBIDDENWORD|KEEPCASE|NEEDAFFIX|FLAG|ICONV|CHECKSHARPS|FORCEUCASE|WORDCHARS)\b/mu;

/**
 * The set of correct forms, as nspell's `correct` sees them for a word without affixes: each entry of the .dic
 * file (its first line is the count; "/flags" ends an entry). Null when the affix file needs nspell.
 */
export function plainWordList(aff: string, dic: string): Set<string> | null {
  if (FORM_KEYWORDS.test(aff)) return null;
  const words = new Set<string>();
  const lines = dic.split(/\r?\n/u);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const slash = line.indexOf('/');
    const word = (slash >= 0 ? line.slice(0, slash) : line).trim();
    if (word) words.add(word);
  }
  return words;
}

let speller: VietnameseSpeller | null = null;

/** The speller, built on first use (reads two small files synchronously; a few ms). */
export function vietnameseSpeller(): VietnameseSpeller {
  if (speller) return speller;
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('dictionary-vi'));
  const aff = readFileSync(join(dir, 'index.aff'), 'utf8');
  const dic = readFileSync(join(dir, 'index.dic'), 'utf8');
  const plain = plainWordList(aff, dic);
  let correct: (word: string) => boolean;
  let words: () => Iterable<string>;
  if (plain) {
    correct = (word) => plain.has(word);
    words = () => plain;
  } else {
    const nspell = require('nspell') as (dict: { aff: string; dic: string }) => NSpell;
    const spell = nspell({ aff, dic });
    correct = (word) => spell.correct(word);
    words = () => Object.keys(spell.data);
  }
  // Built on the first non-syllable only: most plans never need it.
  let byBare: Map<string, string[]> | null = null;
  const bareIndex = (): Map<string, string[]> => {
    if (byBare) return byBare;
    byBare = new Map();
    for (const w of words()) {
      if (w !== w.toLowerCase()) continue;
      const b = bareLetters(w);
      if (b === w) continue;
      const list = byBare.get(b);
      if (list) list.push(w);
      else byBare.set(b, [w]);
    }
    return byBare;
  };
  const cache = new Map<string, boolean>();
  speller = {
    isSyllable(word) {
      const lower = word.normalize('NFC').toLowerCase();
      let ok = cache.get(lower);
      if (ok === undefined) {
        ok =
          correct(lower) ||
          EXTRA_SYLLABLES.has(lower) ||
          (NEW_STYLE_END.test(lower) && correct(lower.replace(NEW_STYLE_END, (m) => NEW_TO_OLD[m] ?? m))) ||
          (I_OR_Y_END.test(lower) && correct(lower.replace(I_OR_Y_END, (m) => I_Y[m] ?? m)));
        cache.set(lower, ok);
      }
      return ok;
    },
    withDiacritics(bare) {
      return bareIndex().get(bare) ?? [];
    },
  };
  return speller;
}
