// Tells text that cannot be Vietnamese as written: letters outside the Vietnamese repertoire in numbers no real
// plan has. PDFs drawn in a font without a usable Unicode map (TCVN3-style glyph codes, glyph ids) extract as
// Cyrillic, Armenian or Mac Roman letters mixed with shifted ASCII; rules run on that would only report noise.

// Letters a Vietnamese document is written in besides ASCII: the Latin-1 and Extended-A letters of the Vietnamese
// alphabet (Unicode TCVN 6909:2001) and Latin Extended Additional (U+1EA0–U+1EF9, precomposed tone marks).
const VIETNAMESE_NON_ASCII = new Set([...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư'].map((c) => c.codePointAt(0) as number));
const LETTER_RE = /\p{L}/u;
/** Per code point outside ASCII: 0 not a letter, 1 a Vietnamese letter, 2 a foreign letter (memoised). */
const classes = new Map<number, 0 | 1 | 2>();
function classOf(cp: number): 0 | 1 | 2 {
  let c = classes.get(cp);
  if (c === undefined) {
    c = VIETNAMESE_NON_ASCII.has(cp) || (cp >= 0x1ea0 && cp <= 0x1ef9) ? 1 : LETTER_RE.test(String.fromCodePoint(cp)) ? 2 : 0;
    classes.set(cp, c);
  }
  return c;
}

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
  for (let i = 0; i < text.length; i++) {
    const cu = text.charCodeAt(i);
    if (cu < 0x80) {
      if ((cu | 0x20) >= 0x61 && (cu | 0x20) <= 0x7a) letters++;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    const c = classOf(cp);
    if (c === 0) continue;
    letters++;
    if (c === 1) continue;
    foreign++;
    if (sample.size < 8) sample.add(String.fromCodePoint(cp));
  }
  const foreignShare = letters === 0 ? 0 : foreign / letters;
  return { garbled: foreign >= MIN_FOREIGN && foreignShare >= MIN_SHARE, letters, foreignShare, sample: [...sample].join(' ') };
}
