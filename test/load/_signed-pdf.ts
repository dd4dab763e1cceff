// Signs PDFs in tests with maintained libraries: a self-made certificate (node:crypto key, node-forge certificate and
// PKCS#12), a placeholder added by @signpdf/placeholder-pdf-lib, the signature by @signpdf/signpdf with the P12 signer.
import { generateKeyPairSync } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');

let p12: Buffer | undefined;

/** A PKCS#12 bundle (no passphrase) with a self-signed certificate for CN=`cn`, made once per process. */
export function selfSignedP12(cn = 'Nguyễn Văn An', org = 'Sở Công Thương tỉnh Lào Cai'): Buffer {
  if (p12) return p12;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const key = forge.pki.privateKeyFromPem(privateKey);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  cert.serialNumber = '0a1b2c3d';
  cert.validity.notBefore = new Date('2026-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2031-01-01T00:00:00Z');
  // valueTagClass 12: a UTF8String (forge encodes the value to UTF-8 itself).
  const attrs = [
    { shortName: 'C', value: 'VN' },
    { shortName: 'O', value: org, valueTagClass: 12 },
    { shortName: 'CN', value: cn, valueTagClass: 12 },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.sign(key, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], '', { algorithm: '3des' });
  p12 = Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
  return p12;
}

/**
 * A PDF text string as pdf-lib's PDFString.of writes it (one byte per character): UTF-16BE with its byte-order
 * mark, as signing software writes Vietnamese names.
 */
export function pdfUtf16(s: string): string {
  return Buffer.from(`\ufeff${s}`, 'utf16le').swap16().toString('latin1');
}

/** `pdf` (default: the seed000 PDF) signed once, with /Name `name` and /M `time`. */
export async function signPdf(options: { pdf?: Uint8Array; name?: string; time?: Date; reason?: string; location?: string } = {}): Promise<Buffer> {
  const source = options.pdf ?? readFileSync(join(FIXTURES, 'pdf/seed000.pdf'));
  const pdfDoc = await PDFDocument.load(source);
  pdflibAddPlaceholder({
    pdfDoc,
    reason: pdfUtf16(options.reason ?? 'Ban hành văn bản'),
    contactInfo: '',
    name: pdfUtf16(options.name ?? 'Nguyễn Văn An'),
    location: pdfUtf16(options.location ?? 'Lào Cai'),
    signingTime: options.time ?? new Date('2026-03-10T02:12:33Z'),
  });
  const placeheld = Buffer.from(await pdfDoc.save({ useObjectStreams: false }));
  return new SignPdf().sign(placeheld, new P12Signer(selfSignedP12()));
}

/**
 * An incremental update appended after the last revision, as a PDF editor writes one: a new object (here an
 * Info dictionary naming the change), its cross-reference section and a trailer pointing to the previous one.
 */
export function appendIncrementalUpdate(pdf: Buffer, title = 'Sửa sau khi ký'): Buffer {
  const text = pdf.toString('latin1');
  const prevXref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/u.exec(text)?.[1]);
  const size = Number([...text.matchAll(/\/Size\s+(\d+)/gu)].pop()?.[1]);
  const root = [...text.matchAll(/\/Root\s+(\d+\s+\d+\s+R)/gu)].pop()?.[1];
  const utf16 = Buffer.from(`\ufeff${title}`, 'utf16le').swap16().toString('hex');
  const obj = `\n${size} 0 obj\n<< /Title <${utf16}> >>\nendobj\n`;
  const objOffset = pdf.length + 1;
  const xrefOffset = pdf.length + Buffer.byteLength(obj, 'latin1');
  const xref = `xref\n${size} 1\n${String(objOffset).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${prevXref} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(obj + xref, 'latin1')]);
}

/**
 * The signed `pdf` with its signature field moved into a compressed object stream, as software that saves with
 * object streams (PDF 1.5) writes it: the uncompressed field is turned into a text field (same byte length), and an
 * incremental update holds the field again in a Flate object stream named `fieldName`, with a cross-reference stream.
 */
export function moveSignatureFieldToObjectStream(pdf: Buffer, fieldName: string): Buffer {
  const text = pdf.toString('latin1');
  const at = text.search(/\/FT\s*\/Sig\b/u);
  const head = /(\d+) 0 obj\s*$/u.exec(text.slice(Math.max(0, text.lastIndexOf(' obj', at) - 12), text.lastIndexOf(' obj', at) + 4));
  const fieldObj = Number(head?.[1]);
  const ref = /\/V\s+(\d+ \d+ R)/u.exec(text.slice(at, at + 400))?.[1];
  const blanked = Buffer.from(pdf);
  blanked.write('/FT /Tx ', at, 'latin1');
  const prevXref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/u.exec(text)?.[1]);
  const size = Number([...text.matchAll(/\/Size\s+(\d+)/gu)].pop()?.[1]);
  const root = [...text.matchAll(/\/Root\s+(\d+\s+\d+\s+R)/gu)].pop()?.[1];
  const name = Buffer.from(`\ufeff${fieldName}`, 'utf16le').swap16().toString('hex');
  const body = `<< /FT /Sig /T <${name}> /V ${ref} /Type /Annot /Subtype /Widget /Rect [0 0 0 0] >>`;
  const header = `${fieldObj} 0 `;
  const compressed = deflateSync(Buffer.from(header + body, 'latin1'));
  const stmHead = `\n${size} 0 obj\n<< /Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode /Length ${compressed.length} >>\nstream\n`;
  const stmOffset = blanked.length + 1;
  const stm = Buffer.concat([Buffer.from(stmHead, 'latin1'), compressed, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
  const xrefOffset = blanked.length + stm.length;
  const row = (type: number, a: number, b: number): Buffer => {
    const r = Buffer.alloc(7);
    r.writeUInt8(type, 0);
    r.writeUInt32BE(a, 1);
    r.writeUInt16BE(b, 5);
    return r;
  };
  const rows = Buffer.concat([row(2, size, 0), row(1, stmOffset, 0), row(1, xrefOffset, 0)]);
  const xref = Buffer.concat([
    Buffer.from(`${size + 1} 0 obj\n<< /Type /XRef /Size ${size + 2} /W [1 4 2] /Index [${fieldObj} 1 ${size} 2] /Root ${root} /Prev ${prevXref} /Length ${rows.length} >>\nstream\n`, 'latin1'),
    rows,
    Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefOffset}\n%%EOF\n`, 'latin1'),
  ]);
  return Buffer.concat([blanked, stm, xref]);
}
