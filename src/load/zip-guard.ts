// A small zip central-directory reader: lists entries with their declared sizes and inflates one entry, within limits.
import { inflateRawSync } from 'node:zlib';

/** One entry of a zip central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The central directory of a zip, or `undefined` when the end record cannot be found (truncated or not a zip). */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  if (eocd < 0) return undefined;
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  // Zip64: the classic fields are saturated and a locator sits just before the end record.
  if ((count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) && eocd >= 20) {
    const loc = eocd - 20;
    if (view.getUint32(loc, true) === 0x07064b50) {
      const z64 = Number(view.getBigUint64(loc + 8, true));
      if (z64 >= 0 && z64 + 56 <= bytes.length && view.getUint32(z64, true) === 0x06064b50) {
        count = Number(view.getBigUint64(z64 + 32, true));
        cdSize = Number(view.getBigUint64(z64 + 40, true));
        cdOffset = Number(view.getBigUint64(z64 + 48, true));
      }
    }
  }
  if (cdOffset + cdSize > bytes.length) return undefined;
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return undefined;
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen > bytes.length) return undefined;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // Zip64 extended information: present fields follow in a fixed order, only for saturated values.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const size = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        const next = (): number => {
          const v = q + 8 <= e + 4 + size ? Number(view.getBigUint64(q, true)) : -1;
          q += 8;
          return v;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      e += 4 + size;
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p = extraEnd + commentLen;
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

/** Names of the entries whose local headers can be read from the start of a (possibly truncated) zip. */
export function scanLocalHeaders(bytes: Uint8Array, max = 64): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = 0;
  while (names.length < max && p + 30 <= bytes.length && view.getUint32(p, true) === 0x04034b50) {
    const flags = view.getUint16(p + 6, true);
    const compressedSize = view.getUint32(p + 18, true);
    const nameLen = view.getUint16(p + 26, true);
    const extraLen = view.getUint16(p + 28, true);
    names.push(decoder.decode(bytes.subarray(p + 30, Math.min(bytes.length, p + 30 + nameLen))));
    // With a data descriptor (bit 3) the size is unknown here: stop rather than guess.
    if (flags & 0x08) break;
    p += 30 + nameLen + extraLen + compressedSize;
  }
  return names;
}

/**
 * Inflates one entry, refusing to produce more than `maxBytes` (the declared size cannot be trusted).
 * Returns `undefined` for a missing entry; throws on a damaged one.
 */
export function readZipEntry(bytes: Uint8Array, entries: ZipEntry[], name: string, maxBytes: number): Uint8Array | undefined {
  const entry = entries.find((e) => e.name === name);
  if (!entry) return undefined;
  const data = entryData(bytes, entry);
  if (entry.method === 0) return data.subarray(0, maxBytes);
  if (entry.method !== 8) throw new Error(`unsupported compression method ${entry.method} for ${name}`);
  return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
}

/** The stored (compressed) bytes of an entry, located through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) throw new Error(`bad local header for ${entry.name}`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * The content of an entry, inflating at most `maxBytes + 1` bytes: `null` when it holds more than
 * `maxBytes` (the rest is never inflated). Throws on damaged compressed data.
 */
export function inflateWithin(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array | null {
  const data = entryData(bytes, entry);
  if (entry.method === 0) return data.length > maxBytes ? null : data;
  if (entry.method !== 8) throw new Error(`unsupported compression method ${entry.method}`);
  try {
    const out = inflateRawSync(data, { maxOutputLength: maxBytes + 1 });
    return out.length > maxBytes ? null : out;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw err;
  }
}

/** The sum of declared uncompressed sizes, and the largest entry. */
export function declaredSizes(entries: ZipEntry[]): { total: number; largest: ZipEntry | undefined } {
  let total = 0;
  let largest: ZipEntry | undefined;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (!largest || e.uncompressedSize > largest.uncompressedSize) largest = e;
  }
  return { total, largest };
}

/** The zip interface mammoth reads a .docx through (its `{ file }` input): only what the text needs. */
export interface MammothZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  write(name: string, contents: unknown): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

/** An entry that holds more than its zip directory declares (a lie only the inflater can find out). */
export class EntryTooLarge extends Error {
  constructor(readonly entry: string, readonly declared: number) {
    super(`${entry} inflates to more than the ${declared} bytes its zip entry declares`);
  }
}

/**
 * A read-only zip for mammoth backed by this module's reader instead of JSZip: `parts` (already inflated and
 * checked) are served as they are; any other entry is inflated to at most its declared size, and one that
 * holds more is refused (EntryTooLarge) instead of being inflated to the end. Nothing is written.
 */
export function guardedZip(bytes: Uint8Array, entries: readonly ZipEntry[], parts: ReadonlyMap<string, Uint8Array>): MammothZip {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const content = (name: string): Uint8Array => {
    const part = parts.get(name);
    if (part) return part;
    const entry = byName.get(name);
    if (!entry) throw new Error(`no zip entry ${name}`);
    const data = inflateWithin(bytes, entry, entry.uncompressedSize);
    if (!data) throw new EntryTooLarge(name, entry.uncompressedSize);
    return data;
  };
  return {
    exists: (name) => byName.has(name),
    read: async (name, encoding) => {
      const data = content(name);
      if (encoding === 'base64') return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
      if (encoding) return new TextDecoder(encoding).decode(data);
      return data;
    },
    write: () => {
      throw new Error('the document is read-only');
    },
    toArrayBuffer: () => Promise.reject(new Error('the document is read-only')),
  };
}
