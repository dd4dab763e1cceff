// PDF stream bombs: a few MB of Flate data that inflate to gigabytes. pdfjs inflates a stream whole when a page,
// font or image needs it, without a size limit; this check inflates every Flate stream first, each up to the limit
// (zlib stops as soon as the output would pass it), and refuses the file before pdfjs sees it.
// Not covered: encrypted streams (they only inflate after decryption, which pdfjs does), and filters other than
// Flate (LZW, RunLength expand by bounded ratios far below a bomb's).
import { inflateSync, constants } from 'node:zlib';
import type { LoadLimits } from '../limits.js';
import { LoadError } from '../types.js';

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
const FLATE_RE = /\/(?:FlateDecode|Fl)\b/u;

function isTooLarge(err: unknown): boolean {
  return (err as { code?: string })?.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError;
}

/** Throws LoadError('pdf-too-large') when a Flate stream, or all of them together, inflate past the limits. */
export function checkPdfStreams(bytes: Uint8Array, limits: Pick<LoadLimits, 'maxPdfStreamBytes' | 'maxPdfDecodedBytes'>): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let at = 0;
  for (;;) {
    const k = buf.indexOf(STREAM, at);
    if (k < 0) break;
    at = k + STREAM.length;
    // "stream" as a keyword: right after a dictionary's ">>" (whitespace between), followed by an end of line,
    // and not the tail of "endstream".
    if (k >= 3 && buf.subarray(k - 3, k).toString('latin1') === 'end') continue;
    let p = k - 1;
    while (p >= 0 && (buf[p] === 0x20 || buf[p] === 0x0a || buf[p] === 0x0d || buf[p] === 0x09)) p--;
    if (p < 1 || buf[p] !== 0x3e || buf[p - 1] !== 0x3e) continue;
    let start = at;
    if (buf[start] === 0x0d) start++;
    if (buf[start] !== 0x0a && buf[start - 1] !== 0x0d) continue;
    if (buf[start] === 0x0a) start++;
    const dict = buf.subarray(Math.max(0, p - 4096), p + 1).toString('latin1');
    const open = dict.lastIndexOf(' obj');
    if (!FLATE_RE.test(open >= 0 ? dict.slice(open) : dict)) continue;
    const end = buf.indexOf(ENDSTREAM, start);
    const data = buf.subarray(start, end < 0 ? buf.length : end);
    at = end < 0 ? buf.length : end + ENDSTREAM.length;
    const room = Math.min(limits.maxPdfStreamBytes, limits.maxPdfDecodedBytes - total);
    let size: number;
    try {
      size = inflateSync(data, { maxOutputLength: Math.max(1, room + 1), finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch (err) {
      if (!isTooLarge(err)) continue; // damaged or encrypted data: pdfjs reports (or decrypts) it
      size = room + 1;
    }
    if (size > limits.maxPdfStreamBytes) {
      throw new LoadError('pdf-too-large', `a compressed stream of ${data.length.toLocaleString('en')} bytes inflates to more than ${limits.maxPdfStreamBytes.toLocaleString('en')} bytes`);
    }
    total += size;
    if (total > limits.maxPdfDecodedBytes) {
      throw new LoadError('pdf-too-large', `its compressed streams inflate to more than ${limits.maxPdfDecodedBytes.toLocaleString('en')} bytes together`);
    }
  }
}
