// File names that are not UTF-8 (Windows names left by unzip, old Latin-1 archives): Linux allows any bytes in a
// name, but the pipeline addresses files by string. Such a path is shown by a display name, each byte that is not
// part of valid UTF-8 written as \xNN, and the raw bytes are kept here under that name: every file-system call
// goes through fsPath(), and Node's fs accepts a Buffer path.
import { resolve } from 'node:path';

const RAW = new Map<string, Buffer>();

/** Length of the valid UTF-8 sequence at `i` (WHATWG rules: no overlongs, surrogates or code points past U+10FFFF), or 0. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] as number;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const x = b[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Whether `bytes` are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return false;
    i += n;
  }
  return true;
}

/**
 * The display form of a name or path given as bytes: valid UTF-8 as itself, every other byte as \xNN (always
 * \x80–\xff, since ASCII is valid UTF-8). "k\xe9 ho\xe1ch.txt" for the Latin-1 bytes of "ké hoách.txt".
 */
export function displayName(bytes: Uint8Array): string {
  let out = '';
  let start = 0;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += decoder.decode(bytes.subarray(start, i)) + `\\x${(bytes[i] as number).toString(16).padStart(2, '0')}`;
    start = ++i;
  }
  return out + decoder.decode(bytes.subarray(start));
}

/** Keeps the raw bytes of the path displayed as `display` (resolved against the process's working directory when relative). */
export function registerRawPath(display: string, raw: Buffer): void {
  RAW.set(resolve(display), raw);
}

/** The raw bytes kept for a display path, if it has any. */
export function rawPathOf(path: string): Buffer | undefined {
  return RAW.size === 0 ? undefined : RAW.get(resolve(path));
}

/** What to hand to fs for a path: its raw bytes when it was found under a name that is not UTF-8, else the path. */
export function fsPath(path: string): string | Buffer {
  return rawPathOf(path) ?? path;
}
