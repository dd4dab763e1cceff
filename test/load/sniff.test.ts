import { describe, expect, it } from 'vitest';
import { looksBinary, sniffFormat } from '../../src/load/sniff.js';
import { LoadError } from '../../src/load/types.js';
import { fixture, makeZip, minimalDocx } from './helpers.js';

const bytes = (...b: number[]): Uint8Array => new Uint8Array([...b, ...new Array<number>(64).fill(0x41)]);
const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const ole = (stream: string): Uint8Array => {
  const name = Buffer.from(stream, 'utf16le');
  return new Uint8Array(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), name, Buffer.alloc(64)]));
};

function sniffError(b: Uint8Array): { code: string; detail: string | undefined } {
  try {
    sniffFormat(b);
  } catch (err) {
    if (err instanceof LoadError) return { code: err.code, detail: err.detail };
    throw err;
  }
  throw new Error('expected a LoadError');
}

describe('sniffFormat: by content, never by name', () => {
  it.each([
    ['seed .docx', fixture('docx', 'seed001.docx'), 'docx'],
    ['seed .pdf', fixture('pdf', 'seed001.pdf'), 'pdf'],
    ['seed .txt', fixture('plans', 'seed001.txt'), 'txt'],
    ['cp1258 text', fixture('encodings', 'seed000-cp1258.txt'), 'txt'],
    ['UTF-16 text with BOM (has NUL bytes)', fixture('encodings', 'seed000-utf16.txt'), 'txt'],
    ['truncated .docx (no central directory)', fixture('broken', 'seed000-truncated.docx'), 'docx'],
    ['encrypted pdf', fixture('broken', 'seed000-encrypted.pdf'), 'pdf'],
    ['pdf header after junk', ascii('junk\n%PDF-1.4\n'), 'pdf'],
    ['minimal docx', minimalDocx('<w:p/>'), 'docx'],
    ['Word 97 .doc (OLE with WordDocument stream)', ole('WordDocument'), 'doc'],
  ])('%s → %s', (_name, input, format) => {
    expect(sniffFormat(input).format).toBe(format);
  });

  it.each([
    ['ODF text', makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }, { name: 'content.xml', data: '<x/>' }]), 'unsupported-format', 'OpenDocument (.odt)'],
    ['xlsx', makeZip([{ name: '[Content_Types].xml', data: '<x/>' }, { name: 'xl/workbook.xml', data: '<x/>' }]), 'unsupported-format', 'Excel (.xlsx)'],
    ['pptx', makeZip([{ name: 'ppt/presentation.xml', data: '<x/>' }]), 'unsupported-format', 'PowerPoint (.pptx)'],
    ['plain zip', makeZip([{ name: 'a.txt', data: 'hello' }]), 'unsupported-format', 'zip archive'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'unsupported-format', 'PNG image'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'unsupported-format', 'JPEG image'],
    ['GIF', ascii('GIF89a........'), 'unsupported-format', 'GIF image'],
    ['TIFF', bytes(0x49, 0x49, 0x2a, 0x00), 'unsupported-format', 'TIFF image'],
    ['RTF', ascii('{\\rtf1\\ansi hello}'), 'unsupported-format', 'Rich Text Format (.rtf)'],
    ['xls', ole('Workbook'), 'unsupported-format', 'Excel 97-2003 (.xls)'],
    ['other OLE', ole('Something'), 'unsupported-format', 'OLE compound file'],
    ['NUL bytes', new Uint8Array([0x41, 0x00, 0x42, 0x43]), 'binary', undefined],
    ['control characters', new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), 'binary', undefined],
  ])('%s → %s', (_name, input, code, detail) => {
    const e = sniffError(input);
    expect(e.code).toBe(code);
    if (detail !== undefined) expect(e.detail).toBe(detail);
  });

  it('tabs, form feeds and CRLF are text', () => {
    expect(looksBinary(ascii('a\tb\r\nc\fd\n'))).toBe(false);
  });
});
