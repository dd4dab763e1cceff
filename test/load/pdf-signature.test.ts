// Digital signatures of PDFs: a PDF signed here with @signpdf (self-made certificate) shows its signer and time;
// bytes appended after signing (an incremental update) and bytes changed inside the signed range are reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBytes, parseBytes } from '../../src/check.js';
import { checkOptionsOf } from '../../src/checker.js';
import { lastRevisionSigned, pdfDate, pdfText, readPdfSignatures, signatureWarnings } from '../../src/load/pdf-signature.js';
import { loadDocument } from '../../src/load/index.js';
import type { DigitalSignature } from '../../src/model/signature.js';
import { describeSignature } from '../../src/report/signatures.js';
import { formatTree } from '../../src/cli/tree.js';
import { jsonReport } from '../../src/report/json.js';
import { JsonReportSchema } from '../../src/report/json-schema.js';
import { stylish } from '../../src/report/stylish.js';
import { appendIncrementalUpdate, FIXTURES, moveSignatureFieldToObjectStream, signPdf } from './_signed-pdf.js';

let signed: Buffer;
const options = checkOptionsOf({}, { lang: 'vi', isolate: false, today: '2026-03-20' });

beforeAll(async () => {
  signed = await signPdf({ name: 'Nguyễn Văn An', time: new Date('2026-03-10T02:12:33Z') });
}, 60_000);

describe('readPdfSignatures', () => {
  it('reads signer, certificate, time and coverage of a signed PDF', () => {
    const [s, ...rest] = readPdfSignatures(signed);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      field: 'Signature1',
      name: 'Nguyễn Văn An',
      certificateSubject: 'Nguyễn Văn An',
      signingTime: '2026-03-10T02:12:33Z',
      reason: 'Ban hành văn bản',
      location: 'Lào Cai',
      subFilter: 'adbe.pkcs7.detached',
      coverage: 'whole-file',
      bytesAfter: 0,
      integrity: 'valid',
    });
    expect(lastRevisionSigned(readPdfSignatures(signed))).toBe(true);
    expect(signatureWarnings(readPdfSignatures(signed))).toEqual([]);
  });

  it('an incremental update appended after signing: coverage "appended", the signed part still intact', () => {
    const changed = appendIncrementalUpdate(signed);
    const [s] = readPdfSignatures(changed);
    expect(s?.coverage).toBe('appended');
    expect(s?.bytesAfter).toBe(changed.length - signed.length);
    expect(s?.integrity).toBe('valid');
    expect(signatureWarnings(readPdfSignatures(changed))).toEqual([{ code: 'pdf-signature-appended', count: changed.length - signed.length }]);
  });

  it('a trailing end-of-line after the signed range is not a revision', () => {
    const [s] = readPdfSignatures(Buffer.concat([signed, Buffer.from('\r\n')]));
    expect(s?.coverage).toBe('whole-file');
    expect(s?.bytesAfter).toBe(2);
  });

  it('a byte changed inside the signed range breaks the signature', () => {
    const edited = Buffer.from(signed);
    const at = edited.indexOf('/MediaBox');
    edited[at + 1] = 'm'.charCodeAt(0);
    const [s] = readPdfSignatures(edited);
    expect(s?.coverage).toBe('whole-file');
    expect(s?.integrity).toBe('invalid');
    expect(signatureWarnings(readPdfSignatures(edited))).toEqual([{ code: 'pdf-signature-broken', signer: 'Nguyễn Văn An' }]);
  });

  it('a byte range that no longer fits the file (bytes removed) is invalid', () => {
    const cut = Buffer.concat([signed.subarray(0, 200), signed.subarray(260)]);
    const [s] = readPdfSignatures(cut);
    expect(s?.coverage).toBe('invalid');
    expect(s?.integrity).toBe('invalid');
  });

  it('an unsigned PDF has none; the real issued PDF (id 15) was re-distilled by Ghostscript and carries none', () => {
    expect(readPdfSignatures(readFileSync(join(FIXTURES, 'pdf/seed000.pdf')))).toEqual([]);
    expect(readPdfSignatures(readFileSync(join(FIXTURES, 'real/15_lao-cai-doan-kiem-tra-vlncn-1105-2026.pdf')))).toEqual([]);
  });

  it('never throws on damaged or hostile input', () => {
    const inputs = [
      Buffer.from('%PDF-1.4\n1 0 obj << /ByteRange [0 10 20 30] /Contents <zz> >> endobj'),
      Buffer.from('%PDF-1.4\n1 0 obj << /ByteRange [0 10 20 30] /Contents <3082> >> endobj'),
      Buffer.from(`%PDF-1.4\n1 0 obj ${'<<'.repeat(5000)} /ByteRange`),
      Buffer.from('/ByteRange'.repeat(100_000)),
      signed.subarray(0, Math.floor(signed.length * 0.95)),
    ];
    for (const b of inputs) expect(() => readPdfSignatures(b)).not.toThrow();
    const [s] = readPdfSignatures(inputs[1] as Buffer);
    expect(s?.coverage).toBe('invalid');
  });

  it('names a signature whose field sits in a compressed object stream (PDF 1.5 object streams)', () => {
    const moved = moveSignatureFieldToObjectStream(signed, 'Chữ ký Giám đốc');
    const [s, ...rest] = readPdfSignatures(moved);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ field: 'Chữ ký Giám đốc', name: 'Nguyễn Văn An', signingTime: '2026-03-10T02:12:33Z', coverage: 'appended' });
    // Without the object stream the field is no signature field any more: no name.
    const blankedOnly = moved.subarray(0, signed.length);
    expect(readPdfSignatures(blankedOnly)[0]?.field).toBeNull();
  });

  it('object streams that are damaged, bombs or lie about their objects are skipped, never thrown on', () => {
    const base = signed.toString('latin1');
    const stream = (dict: string, data: Buffer): Buffer =>
      Buffer.concat([Buffer.from(`${base}\n90 0 obj\n<< /Type /ObjStm ${dict} /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
    const bomb = deflateSync(Buffer.concat([Buffer.from('1 0 << /FT /Sig /T (x) /V 1 0 R >> '), Buffer.alloc(8 << 20, 0x20)]));
    const inputs = [
      stream('/N 1 /First 4', Buffer.from('not flate data')),
      stream('/N 1 /First 4', bomb),
      stream('/N 999999 /First 4', deflateSync(Buffer.from('1 0 << /FT /Sig /T (x) /V 7 0 R >>'))),
      stream('/N 1 /First 99999', deflateSync(Buffer.from('1 0 << /FT /Sig /T (x) /V 7 0 R >>'))),
      stream('/N 1 /First 4', deflateSync(Buffer.from(`1 0 ${'['.repeat(5000)} /FT /Sig`))),
    ];
    for (const b of inputs) expect(readPdfSignatures(b)[0]?.field).toBe('Signature1');
  });

  it('the last revision counts as signed when a later signature covers what an earlier one did not', () => {
    const sig = (coverage: DigitalSignature['coverage'], bytesAfter: number): DigitalSignature => ({
      field: null, name: null, certificateSubject: null, certificateIssuer: null, signingTime: null, reason: null, location: null,
      subFilter: null, byteRange: [0, 1, 2, 3], coverage, bytesAfter, integrity: 'valid',
    });
    expect(lastRevisionSigned([sig('appended', 5000), sig('whole-file', 0)])).toBe(true);
    expect(lastRevisionSigned([sig('appended', 5000), sig('appended', 200)])).toBe(false);
    expect(signatureWarnings([sig('appended', 5000), sig('appended', 200)])).toEqual([{ code: 'pdf-signature-appended', count: 200 }]);
    expect(lastRevisionSigned([])).toBe(true);
  });
});

describe('PDF strings and dates', () => {
  it('decodes UTF-16BE with a byte-order mark, UTF-8 with one, else Latin-1; no control characters', () => {
    expect(pdfText(Buffer.from('\ufeffNguyễn Văn An', 'utf16le').swap16())).toBe('Nguyễn Văn An');
    expect(pdfText(Buffer.from('\ufeffLào Cai', 'utf8'))).toBe('Lào Cai');
    expect(pdfText(Buffer.from('Ha Noi\u001b[2J', 'latin1'))).toBe('Ha Noi [2J');
  });

  it('reads PDF dates with and without an offset', () => {
    expect(pdfDate("D:20260310091233+07'00'")).toBe('2026-03-10T09:12:33+07:00');
    expect(pdfDate('D:20260310091233Z')).toBe('2026-03-10T09:12:33Z');
    expect(pdfDate('D:2026031009')).toBe('2026-03-10T09:00:00');
    expect(pdfDate('hôm qua')).toBeNull();
  });
});

describe('signatures through the pipeline', () => {
  it('the loaded document, the model and the result carry the signature', async () => {
    const loaded = await loadDocument(signed, { path: 'signed.pdf', isolate: false });
    expect(loaded.signatures?.[0]?.name).toBe('Nguyễn Văn An');
    const parsed = await parseBytes(signed, 'signed.pdf', options);
    expect(parsed.doc.source.digitalSignatures?.[0]?.certificateSubject).toBe('Nguyễn Văn An');
    const result = await checkBytes(signed, 'signed.pdf', options);
    expect(result.signatures?.[0]?.signingTime).toBe('2026-03-10T02:12:33Z');
    expect(result.findings.filter((f) => f.ruleId.startsWith('load/pdf-signature'))).toEqual([]);
  });

  it('a PDF changed after signing gets the warning, in Vietnamese and English', async () => {
    const changed = appendIncrementalUpdate(signed);
    const vi = await checkBytes(changed, 'changed.pdf', options);
    const warning = vi.findings.find((f) => f.ruleId === 'load/pdf-signature-appended');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('sau chữ ký số cuối cùng');
    expect(warning?.message).toContain(`${changed.length - signed.length} byte`);
    const en = await checkBytes(changed, 'changed.pdf', { ...options, lang: 'en', engine: { ...options.engine, lang: 'en' } });
    expect(en.findings.find((f) => f.ruleId === 'load/pdf-signature-appended')?.message).toMatch(/added to the PDF after its last digital signature/u);
  });

  it('kehoach parse (tree), the stylish and the JSON reports show the signature', async () => {
    const changed = appendIncrementalUpdate(signed);
    const parsed = await parseBytes(changed, 'changed.pdf', options);
    const tree = formatTree(parsed.doc, parsed.facts, 'vi');
    expect(tree).toContain('Chữ ký số (1) — chưa kiểm tra chứng thư với danh sách tin cậy');
    expect(tree).toContain('  1. Nguyễn Văn An (chứng thư: Nguyễn Văn An) — ký lúc 2026-03-10 02:12:33 UTC — có');
    const result = await checkBytes(changed, 'changed.pdf', options);
    const input = { results: [result], rules: [], lang: 'vi' as const, color: false, toolVersion: '0', cwd: '/' };
    expect(stylish(input)).toContain('  chữ ký số: Nguyễn Văn An (chứng thư: Nguyễn Văn An) — ký lúc 2026-03-10 02:12:33 UTC');
    const json = jsonReport(input);
    expect(JsonReportSchema.safeParse(JSON.parse(JSON.stringify(json))).success).toBe(true);
    expect(json.results[0]?.signatures?.[0]).toMatchObject({ name: 'Nguyễn Văn An', coverage: 'appended', integrity: 'valid' });
    // A signed file without findings still shows its signature in the stylish report.
    expect(stylish({ ...input, results: [{ ...result, findings: [], errorCount: 0, warningCount: 0, infoCount: 0 }] })).toContain('chữ ký số: Nguyễn Văn An');
  });

  it('describes a signature for the reports', () => {
    const [s] = readPdfSignatures(appendIncrementalUpdate(signed));
    expect(describeSignature(s as DigitalSignature, 'vi')).toBe(
      `Nguyễn Văn An (chứng thư: Nguyễn Văn An) — ký lúc 2026-03-10 02:12:33 UTC — có ${s?.bytesAfter} byte thêm vào sau khi ký, nội dung đã ký còn nguyên`,
    );
    expect(describeSignature(s as DigitalSignature, 'en')).toContain('bytes added after signing, signed content intact');
  });
});
