// Types of test/zip.mjs (plain JavaScript so the .mjs benchmarks can use it too).
export interface ZipEntry {
  name: string;
  data: string | Uint8Array | { deflated: Uint8Array; size: number; crc: number };
  declaredSize?: number;
}
export function writeZip(entries: ZipEntry[]): Buffer;
