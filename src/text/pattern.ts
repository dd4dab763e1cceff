// Regular expressions whose letter and digit classes are spelled as explicit ranges.
//
// V8 builds a Unicode property class (`\p{L}`: ~650 ranges; more with the `i` flag's case closure) anew for every
// pattern that names it: 1–4 ms per pattern on first use, against ~0.1 ms for the ranges below. With ~130 such
// patterns on the path of one check, that was a fifth of the CPU time of a one-file check (issue 19). `pattern()`
// takes the source as written — `\p{L}` and `\p{N}` stay readable in the code — and substitutes the ranges.
//
// The ranges are every Latin letter (Basic Latin, Latin-1, Extended-A/B, IPA, Latin Extended Additional, which
// hold all Vietnamese letters, precomposed) and the digits with the superscripts, vulgar fractions and Roman
// numerals a plan may contain. Letters of other scripts (Greek, Cyrillic, CJK) are not letters here: the patterns
// use these classes as word boundaries and word characters of Vietnamese text.

/** Class body for a letter (`\p{L}` restricted to the Latin script). */
export const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u1E00-\u1EFF`;
/** Class body for a digit or number sign (`\p{N}` restricted as above). */
export const NUMBER = String.raw`0-9\u00B2\u00B3\u00B9\u00BC-\u00BE\u2160-\u2188`;

/**
 * Built patterns by flags, then by source: most call sites build theirs inside a function, once per call, so the
 * lookup must not build a key string (a source without substitutions is the same string object at every call).
 */
const built = new Map<string, Map<string, RegExp>>();
let builtCount = 0;

/** `source` with `\p{L}` and `\p{N}` replaced by LETTER and NUMBER, inside a class or standing alone. */
export function expandClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const esc = source.slice(i, i + 5);
      const body = esc === '\\p{L}' ? LETTER : esc === '\\p{N}' ? NUMBER : null;
      if (body !== null) {
        out += inClass ? body : `[${body}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * `new RegExp(source, flags)` with the explicit letter and digit classes (see above), built once per source and
 * flags and then shared, like a regex literal's compiled code. A shared global or sticky pattern is handed out
 * with `lastIndex` 0; like a module-level constant, it must not be held across a call that may use it again.
 */
export function pattern(source: string, flags: string): RegExp {
  let byFlags = built.get(flags);
  if (byFlags === undefined) built.set(flags, (byFlags = new Map()));
  let re = byFlags.get(source);
  if (re === undefined) {
    if (builtCount >= 4096) {
      // sources built from a document's words must not pile up
      built.clear();
      built.set(flags, (byFlags = new Map()));
      builtCount = 0;
    }
    re = new RegExp(expandClasses(source), flags);
    byFlags.set(source, re);
    builtCount++;
  }
  re.lastIndex = 0;
  return re;
}

/** One letter or digit (the explicit classes above): the test beside a word's edge that many matchers make. */
export const LETTER_OR_DIGIT = pattern(String.raw`[\p{L}\p{N}]`, 'u');
