// The .txt loader: encodings, normalization with an offset map back to the source, table blocks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTxt } from '../../src/load/txt.js';
import { normalizeText, toSourceOffset } from '../../src/text/normalize.js';
import { LoadError } from '../../src/load/types.js';
import { parsePlan } from '../../src/parse/index.js';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures');
const seed000 = readFileSync(join(FIX, 'plans', 'seed000.txt'));

function model(bytes: Uint8Array) {
  const loaded = loadTxt(bytes);
  const doc = parsePlan(loaded, { path: 'x', bytes: 0 });
  return { loaded, doc: JSON.parse(JSON.stringify({ ...doc, source: null })) as unknown };
}

describe('encodings', () => {
  const reference = model(seed000);
  it.each([
    ['seed000-cp1258.txt', 'windows-1258'],
    ['seed000-utf16.txt', 'utf-16le'],
    ['seed000-nfd.txt', 'utf-8'],
  ])('%s gives the same text and model as seed000 (%s)', (file, encoding) => {
    const { loaded, doc } = model(readFileSync(join(FIX, 'encodings', file)));
    expect(loaded.encoding).toBe(encoding);
    expect(loaded.text).toBe(reference.loaded.text);
    expect(doc).toEqual(reference.doc);
  });
  it('reads UTF-8 with a BOM and UTF-16 BE', () => {
    const text = 'KẾ HOẠCH\nCải cách hành chính năm 2026\n';
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(loadTxt(bom)).toMatchObject({ encoding: 'utf-8-bom', text });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(loadTxt(new Uint8Array([0xfe, 0xff, ...be]))).toMatchObject({ encoding: 'utf-16be', text });
  });
  it('reads UTF-16 LE without a BOM', () => {
    const text = 'KẾ HOẠCH\nCải cách hành chính năm 2026\n';
    expect(loadTxt(Buffer.from(text, 'utf16le'))).toMatchObject({ encoding: 'utf-16le', text });
  });
  it('refuses text in an encoding it cannot recognise (Shift-JIS)', () => {
    // "計画書の作成について" in Shift-JIS.
    const sjis = Buffer.from('8c7689e68f918fcc8dec90ac82c982c282a282c4', 'hex');
    expect(() => loadTxt(Buffer.concat([sjis, sjis, sjis]))).toThrowError(LoadError);
  });
  it('refuses binary junk', () => {
    expect(() => loadTxt(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0xff]))).toThrowError(LoadError);
  });
});

describe('normalization', () => {
  it('folds Ð, NBSP and zero-width characters and maps offsets back to the source', () => {
    const source = 'Nghị định 61/2018/NÐ-CP\u00a0ngày\u200b 23/4/2018\r\nđược';
    const { text, map } = normalizeText(source);
    expect(text).toBe('Nghị định 61/2018/NĐ-CP ngày 23/4/2018\nđược');
    const at = text.indexOf('23/4');
    expect(source.slice(toSourceOffset(map, at), toSourceOffset(map, at) + 4)).toBe('23/4');
    const after = text.indexOf('được');
    expect(source.slice(toSourceOffset(map, after))).toBe('được');
  });
  it('composes NFD text and keeps the source offsets of later characters', () => {
    const source = 'Ke\u0302\u0301 hoa\u0323ch số 09';
    const { text, map } = normalizeText(source);
    expect(text).toBe('Kế hoạch số 09');
    expect(source.slice(toSourceOffset(map, text.indexOf('09')))).toBe('09');
  });
});

describe('tables in text', () => {
  it('groups tab-separated lines into one table across blank lines and strips HTML fragments', () => {
    const { blocks, text } = loadTxt(new TextEncoder().encode('Mở đầu\nA\tB\n\n<p>x</p>\t<ul><li>- a; - b</li></ul>\nKết\n'));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = blocks[1];
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows).toHaveLength(2);
    const cell = table.rows[1]?.[1];
    expect(cell?.paragraphs).toEqual(['- a;', '- b']);
    // The cell's span points at its text, past the blanked tag.
    expect(text.slice(table.rows[1]?.[0]?.start, table.rows[1]?.[0]?.end)).toBe('x');
  });
});
