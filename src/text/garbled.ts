// Tells text that cannot be Vietnamese as written: letters outside the Vietnamese repertoire in numbers no real
// plan has. PDFs drawn in a font without a usable Unicode map (TCVN3-style glyph codes, glyph ids) extract as
// Cyrillic, Armenian or Mac Roman letters mixed with shifted ASCII; rules run on that would only report noise.

// Letters a Vietnamese document is written in: ASCII, the Latin-1 and Extended-A letters of the Vietnamese
// alphabet (Unicode TCVN 6909:2001) and Latin Extended Additional (U+1EA0–U+1EF9, precomposed tone marks).
const VIETNAMESE_LETTER_RE = /[A-Za-zÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]/u;

export interface GarbledVerdict {
  garbled: boolean;
  /** Letters counted and the share of them outside the Vietnamese repertoire. */
  letters: number;
  foreignShare: number;
  /** A few foreign letters as found, for the message. */
  sample: string;
}

/** Minimum count and share of foreign letters (a name in German or a Greek µ stays far below both). */
const MIN_FOREIGN = 20;
const MIN_SHARE = 0.02;

export function garbledVerdict(text: string): GarbledVerdict {
  let letters = 0;
  let foreign = 0;
  const sample = new Set<string>();
  for (const m of text.matchAll(/\p{L}/gu)) {
    letters++;
    if (VIETNAMESE_LETTER_RE.test(m[0])) continue;
    foreign++;
    if (sample.size < 8) sample.add(m[0]);
  }
  const foreignShare = letters === 0 ? 0 : foreign / letters;
  return { garbled: foreign >= MIN_FOREIGN && foreignShare >= MIN_SHARE, letters, foreignShare, sample: [...sample].join(' ') };
}
