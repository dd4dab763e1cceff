// Decodes the bytes of a text file: BOMs, UTF-16 without BOM, UTF-8, else windows-1258.
import { LoadError } from './types.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';
}

/** Guesses UTF-16 without a BOM from the share of NUL bytes at even or odd positions. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * Share of characters that are plausible in a Vietnamese document. windows-1258 decodes any
 * byte string, so text in another legacy encoding (Shift-JIS, Big5 …) must be caught here.
 */
function plausibleVietnamese(text: string): boolean {
  const sample = text.slice(0, 20000);
  let letters = 0;
  let odd = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
      continue;
    }
    // Latin-1 letters, combining tone marks, Latin Extended (ă, ơ, ư, đ) are expected in cp1258.
    if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x323)) letters++;
    else odd++;
  }
  return letters > 0 && odd / (letters + odd) < 0.08;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (bytes.includes(0)) throw new LoadError('binary');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Vietnamese legacy text files are windows-1258 (Node's ICU decoder, tones as combining marks).
    const text = new TextDecoder('windows-1258').decode(bytes);
    if (!plausibleVietnamese(text)) throw new LoadError('bad-encoding');
    return { text, encoding: 'windows-1258' };
  }
}
