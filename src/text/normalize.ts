// Normalizes decoded text once (NFC, look-alike folding, line ends) and keeps a map back to the source.

/** Maps offsets in normalized text back to offsets in the original (decoded) source string. */
export interface OffsetMap {
  /** Sorted normalized offsets where the delta to the source changes. */
  readonly at: Int32Array;
  /** Source offset minus normalized offset, valid from `at[i]` on. */
  readonly delta: Int32Array;
}

export interface NormalizedText {
  text: string;
  map: OffsetMap;
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
// Characters folded to the form official documents use (Ð U+00D0 is Icelandic Eth, often typed for Đ).
const FOLD: Record<string, string> = {
  '\u00d0': 'Đ',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u000b': '\n',
  '\u000c': '\n',
  '\u2028': '\n',
  '\u2029': '\n',
};

/** Per BMP code unit: 0 not yet known, 1 unchanged by NFC on its own, 2 changed. Filled as characters are met. */
const NFC_STABLE = new Uint8Array(0x10000);
function nfcStable(code: number): boolean {
  let v = NFC_STABLE[code] as number;
  if (v === 0) {
    const ch = String.fromCharCode(code);
    v = ch.normalize('NFC') === ch ? 1 : 2;
    NFC_STABLE[code] = v;
  }
  return v === 1;
}

/** Characters the loop below changes whatever their neighbours: CR, the FOLD keys, zero-width characters. */
const NEEDS_WORK = new RegExp(
  `[\\r${[...Object.keys(FOLD).map((k) => k.charCodeAt(0)), ...ZERO_WIDTH].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`,
  'u',
);

const isMark = (code: number): boolean =>
  (code >= 0x0300 && code <= 0x036f) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff);

/**
 * NFC-normalizes `source`, folds look-alikes (Ð→Đ, NBSP→space), removes zero-width characters,
 * turns CRLF/CR into LF, and records where each normalized offset came from.
 */
export function normalizeText(source: string): NormalizedText {
  // Most text needs nothing: no character to fold or drop, no CR, and already NFC (ICU checks it natively).
  // Each cluster of an NFC string is NFC, so normalizeClusters would copy it unchanged.
  if (!NEEDS_WORK.test(source) && source.normalize('NFC') === source) return { text: source, map: identityMap() };
  return normalizeClusters(source);
}

/** normalizeText cluster by cluster (exported for the test that compares it with the shortcut). */
export function normalizeClusters(source: string): NormalizedText {
  // Unchanged runs are copied as slices; offsets are recorded only where the text changes length.
  const out: string[] = [];
  const at: number[] = [0];
  const delta: number[] = [0];
  let outLen = 0;
  let runStart = 0;
  const n = source.length;
  const record = (srcOffset: number): void => {
    const d = srcOffset - outLen;
    if (d === delta[delta.length - 1]) return;
    if (at[at.length - 1] === outLen) delta[delta.length - 1] = d;
    else {
      at.push(outLen);
      delta.push(d);
    }
  };
  const replace = (from: number, to: number, replacement: string): void => {
    if (from > runStart) {
      out.push(source.slice(runStart, from));
      outLen += from - runStart;
    }
    record(from);
    if (replacement) {
      out.push(replacement);
      outLen += replacement.length;
    }
    record(to);
    runStart = to;
  };
  let i = 0;
  while (i < n) {
    const code = source.charCodeAt(i);
    // Plain ASCII, unless a combining mark follows (NFD "e" + U+0302 + U+0301 composes to "ế").
    if (code < 0x80 && code !== 0x0d && code !== 0x0b && code !== 0x0c && !isMark(source.charCodeAt(i + 1))) {
      i += 1;
      continue;
    }
    if (code === 0x0d) {
      const to = i + (source.charCodeAt(i + 1) === 0x0a ? 2 : 1);
      replace(i, to, '\n');
      i = to;
      continue;
    }
    if (ZERO_WIDTH.has(code)) {
      replace(i, i + 1, '');
      i += 1;
      continue;
    }
    // A precomposed character ("ế") with no mark after it, unchanged by NFC and not folded: kept as it is.
    if (
      (code < 0xd800 || code > 0xdfff) &&
      !isMark(code) &&
      !isMark(source.charCodeAt(i + 1)) &&
      FOLD[source[i] as string] === undefined &&
      nfcStable(code)
    ) {
      i += 1;
      continue;
    }
    // A cluster: one base character (or surrogate pair) plus following combining marks.
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n && isMark(source.charCodeAt(j))) j += 1;
    const cluster = source.slice(i, j);
    const folded = FOLD[cluster] ?? cluster.normalize('NFC');
    if (folded !== cluster) replace(i, j, folded);
    i = j;
  }
  if (runStart < n) out.push(source.slice(runStart));
  return { text: out.join(''), map: { at: Int32Array.from(at), delta: Int32Array.from(delta) } };
}

/** Source offset of a normalized offset. */
export function toSourceOffset(map: OffsetMap, offset: number): number {
  let lo = 0;
  let hi = map.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map.at[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return offset + (map.delta[lo] ?? 0);
}

/** Identity map for text that is already normalized (e.g. built by a loader from normalized pieces). */
export function identityMap(): OffsetMap {
  return { at: Int32Array.from([0]), delta: Int32Array.from([0]) };
}

/** NFC plus look-alike folding for a short string (no offset map). */
export function normalizeFragment(s: string): string {
  return normalizeText(s).text;
}
