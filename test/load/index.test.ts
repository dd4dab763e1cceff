import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index.js';
import { fixture, makeZip, minimalDocx, code } from './helpers.js';

describe('loadDocument', () => {
  it('dispatches on content, not on the file name', async () => {
    const docx = await loadDocument(fixture('docx', 'seed002.docx'), { path: 'renamed.pdf', isolate: false });
    expect(docx.format).toBe('docx');
    const pdf = await loadDocument(fixture('pdf', 'seed002.pdf'), { path: 'renamed.txt', isolate: false });
    expect(pdf.format).toBe('pdf');
    const txt = await loadDocument(fixture('plans', 'seed002.txt'), { path: 'renamed.docx', isolate: false });
    expect(txt.format).toBe('txt');
  });

  it('passes the PDF password through', async () => {
    const doc = await loadDocument(fixture('broken', 'seed000-encrypted.pdf'), { path: 'a.pdf', password: 'matkhau123', isolate: false });
    expect(doc.pageCount).toBe(7);
  });

  it.each([
    ['empty input', 'empty', () => new Uint8Array(0), {}],
    ['over the size limit', 'too-large', () => fixture('pdf', 'seed000.pdf'), { maxBytes: 1000 }],
    ['an .odt', 'unsupported-format', () => makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }]), {}],
    ['a zip bomb docx', 'docx-too-large', () => minimalDocx('<w:p/>', 0xfffffff0), {}],
    ['a truncated docx', 'corrupt-docx', () => fixture('broken', 'seed000-truncated.docx'), {}],
    ['a scan', 'no-text-layer', () => fixture('broken', 'seed003-scanned.pdf'), {}],
    ['binary junk', 'binary', () => new Uint8Array([1, 2, 3, 0, 5, 6]), {}],
  ] as const)('%s → %s', async (_name, expected, bytes, limits) => {
    expect(await code(loadDocument(bytes(), { path: 'x', isolate: false, limits }))).toBe(expected);
  });

  it('random bytes never crash: always a document or a LoadError', async () => {
    let seed = 42;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const base = [fixture('docx', 'seed000.docx'), fixture('pdf', 'seed003.pdf')];
    for (let i = 0; i < 12; i++) {
      const src = base[i % 2] as Uint8Array;
      const bytes = src.slice();
      for (let k = 0; k < 40; k++) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
      const c = await code(loadDocument(bytes, { path: 'fuzz', isolate: false }));
      expect(typeof c).toBe('string');
    }
  });
});
