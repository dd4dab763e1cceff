// The one zip writer of the tests and benchmarks (plain JavaScript, so the .mjs benchmarks can use it too):
// deflated entries, UTF-8 names, no zip64, and the sizes it is told to declare — hostile tests make it lie.
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Writes entries as a zip. An entry: { name, data, declaredSize? } where data is a string (UTF-8), bytes, or an
 * already deflated stream { deflated, size, crc }; declaredSize, when given, is written in both headers
 * instead of the true uncompressed size.
 * @param {{ name: string, data: string | Uint8Array | { deflated: Uint8Array, size: number, crc: number }, declaredSize?: number }[]} entries
 * @returns {Buffer}
 */
export function writeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    let comp;
    let size;
    let crc;
    if (typeof e.data === 'string' || e.data instanceof Uint8Array) {
      const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
      comp = deflateRawSync(raw);
      size = raw.length;
      crc = crc32(raw);
    } else {
      ({ deflated: comp, size, crc } = e.data);
    }
    const declared = Math.min(e.declaredSize ?? size, 0xffffffff);
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(comp.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(comp));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(comp.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
