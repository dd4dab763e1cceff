// The Vietnamese syllable dictionary (hunspell-vi via the npm package dictionary-vi) behind an nspell checker.
// Loaded lazily, once per process: only a rule that spells words pays for it.
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

/** Lower case, no diacritics, đ → d: the letters a syllable is typed with when its marks are lost. */
export function bareLetters(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').toLowerCase();
}

let speller: VietnameseSpeller | null = null;

/** The speller, built on first use (reads two small files synchronously; about 10 ms). */
export function vietnameseSpeller(): VietnameseSpeller {
  if (speller) return speller;
  const require = createRequire(import.meta.url);
  const nspell = require('nspell') as (dict: { aff: Buffer; dic: Buffer }) => NSpell;
  const dir = dirname(require.resolve('dictionary-vi'));
  const spell = nspell({ aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) });
  // Built on the first non-syllable only: most plans never need it.
  let byBare: Map<string, string[]> | null = null;
  const bareIndex = (): Map<string, string[]> => {
    if (byBare) return byBare;
    byBare = new Map();
    for (const w of Object.keys(spell.data)) {
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
          spell.correct(lower) ||
          EXTRA_SYLLABLES.has(lower) ||
          (NEW_STYLE_END.test(lower) && spell.correct(lower.replace(NEW_STYLE_END, (m) => NEW_TO_OLD[m] ?? m))) ||
          (I_OR_Y_END.test(lower) && spell.correct(lower.replace(I_OR_Y_END, (m) => I_Y[m] ?? m)));
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
