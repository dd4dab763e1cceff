// Reads the digital signatures a PDF carries: the /Sig dictionaries (signer name, time, byte range) and, from the
// PKCS#7 /Contents, the signer's certificate. Integrity (digest and signature of the signed bytes) is checked with
// node:crypto; whether the certificate is trusted (a trust list, revocation) is not checked.
//
// A signature dictionary is always written uncompressed (its /ByteRange leaves out exactly the bytes of its
// /Contents string), so the file's bytes are searched for "/ByteRange" and the object around it is parsed.
import { createHash, verify, X509Certificate } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import type { DigitalSignature, SignatureCoverage, SignatureIntegrity } from '../model/signature.js';
import type { LoadWarning } from './types.js';

// ---------------------------------------------------------------------------------------------
// A minimal PDF object reader (ISO 32000-1 §7.3): enough for a signature or field dictionary.

type PdfValue = number | boolean | null | PdfName | PdfString | PdfRef | PdfValue[] | PdfDict;
interface PdfName {
  name: string;
}
interface PdfString {
  bytes: Uint8Array;
  hex: boolean;
  /** Offsets of the string token in the file (from its opening delimiter to one past its closing one). */
  start: number;
  end: number;
}
interface PdfRef {
  ref: number;
  gen: number;
}
type PdfDict = Map<string, PdfValue>;

const isWhite = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelim = (c: number): boolean => c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;

class Reader {
  pos: number;
  /** Nesting depth, bounded so a hostile file cannot exhaust the stack. */
  private depth = 0;
  constructor(
    private readonly b: Uint8Array,
    start: number,
    private readonly limit = b.length,
  ) {
    this.pos = start;
  }

  private skip(): void {
    while (this.pos < this.limit) {
      const c = this.b[this.pos] as number;
      if (isWhite(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < this.limit && this.b[this.pos] !== 0x0a && this.b[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  private word(): string {
    const s = this.pos;
    while (this.pos < this.limit && !isWhite(this.b[this.pos] as number) && !isDelim(this.b[this.pos] as number)) this.pos++;
    return Buffer.from(this.b.subarray(s, this.pos)).toString('latin1');
  }

  /** Reads one value; throws on malformed input or at the limit. */
  value(): PdfValue {
    this.skip();
    if (this.pos >= this.limit) throw new Error('eof');
    const c = this.b[this.pos] as number;
    const n = this.b[this.pos + 1];
    if (c === 0x3c && n === 0x3c) return this.dict();
    if (c === 0x3c) return this.hexString();
    if (c === 0x28) return this.literalString();
    if (c === 0x2f) {
      this.pos++;
      return { name: this.word().replace(/#([0-9a-fA-F]{2})/gu, (_, h: string) => String.fromCharCode(parseInt(h, 16))) };
    }
    if (c === 0x5b) {
      this.pos++;
      if (++this.depth > 32) throw new Error('too deep');
      const arr: PdfValue[] = [];
      for (;;) {
        this.skip();
        if (this.pos >= this.limit) throw new Error('eof');
        if (this.b[this.pos] === 0x5d) {
          this.pos++;
          break;
        }
        arr.push(this.value());
        if (arr.length > 100_000) throw new Error('too long');
      }
      this.depth--;
      return foldRefs(arr);
    }
    const w = this.word();
    if (!w) throw new Error(`unexpected byte ${c}`);
    if (w === 'true') return true;
    if (w === 'false') return false;
    if (w === 'null') return null;
    if (w === 'R') return { name: '\u0000R' };
    const num = Number(w);
    if (Number.isFinite(num)) return num;
    return { name: `\u0000${w}` }; // a keyword (obj, endobj, stream): the caller stops there
  }

  private dict(): PdfDict {
    this.pos += 2;
    if (++this.depth > 32) throw new Error('too deep');
    const items: PdfValue[] = [];
    for (;;) {
      this.skip();
      if (this.pos >= this.limit) throw new Error('eof');
      if (this.b[this.pos] === 0x3e && this.b[this.pos + 1] === 0x3e) {
        this.pos += 2;
        break;
      }
      items.push(this.value());
      if (items.length > 100_000) throw new Error('too long');
    }
    this.depth--;
    const folded = foldRefs(items);
    const d: PdfDict = new Map();
    for (let i = 0; i + 1 < folded.length; i += 2) {
      const k = folded[i];
      if (k && typeof k === 'object' && 'name' in k) d.set(k.name, folded[i + 1] as PdfValue);
    }
    return d;
  }

  private hexString(): PdfString {
    const start = this.pos++;
    const digits: number[] = [];
    while (this.pos < this.limit && this.b[this.pos] !== 0x3e) {
      const c = this.b[this.pos++] as number;
      const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1;
      if (v >= 0) digits.push(v);
      else if (!isWhite(c)) throw new Error('bad hex string');
    }
    if (this.pos >= this.limit) throw new Error('eof');
    this.pos++;
    if (digits.length % 2) digits.push(0);
    const bytes = new Uint8Array(digits.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = ((digits[2 * i] as number) << 4) | (digits[2 * i + 1] as number);
    return { bytes, hex: true, start, end: this.pos };
  }

  private literalString(): PdfString {
    const start = this.pos++;
    const out: number[] = [];
    let nest = 1;
    while (this.pos < this.limit) {
      const c = this.b[this.pos++] as number;
      if (c === 0x5c) {
        const e = this.b[this.pos++] as number;
        const map: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
        if (e in map) out.push(map[e] as number);
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && (this.b[this.pos] as number) >= 0x30 && (this.b[this.pos] as number) <= 0x37; k++) v = v * 8 + ((this.b[this.pos++] as number) - 0x30);
          out.push(v & 0xff);
        } else if (e === 0x0d) {
          if (this.b[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(e);
        continue;
      }
      if (c === 0x28) nest++;
      if (c === 0x29 && --nest === 0) return { bytes: Uint8Array.from(out), hex: false, start, end: this.pos };
      out.push(c);
    }
    throw new Error('eof');
  }
}

/** "12 0 R" read as three values becomes one reference. */
function foldRefs(items: PdfValue[]): PdfValue[] {
  const out: PdfValue[] = [];
  for (const v of items) {
    if (v && typeof v === 'object' && 'name' in v && v.name === '\u0000R' && out.length >= 2) {
      const gen = out[out.length - 1];
      const ref = out[out.length - 2];
      if (typeof ref === 'number' && typeof gen === 'number') {
        out.splice(out.length - 2, 2, { ref, gen });
        continue;
      }
    }
    out.push(v);
  }
  return out;
}

const isDict = (v: PdfValue | undefined): v is PdfDict => v instanceof Map;
const isStr = (v: PdfValue | undefined): v is PdfString => !!v && typeof v === 'object' && 'bytes' in v;
const isName = (v: PdfValue | undefined): v is PdfName => !!v && typeof v === 'object' && 'name' in v && !('bytes' in v);
const isRef = (v: PdfValue | undefined): v is PdfRef => !!v && typeof v === 'object' && 'ref' in v;

/** A PDF text string: UTF-16BE with a BOM, UTF-8 with a BOM (PDF 2.0), else PDFDocEncoding (read as Latin-1). */
export function pdfText(bytes: Uint8Array): string {
  let s: string;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // A copy (Buffer.from of a Uint8Array copies), an even number of bytes, swapped to little-endian.
    const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    s = body.swap16().toString('utf16le');
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) s = Buffer.from(bytes.subarray(3)).toString('utf8');
  else s = Buffer.from(bytes).toString('latin1');
  // No control characters in a report (they would drive the reader's terminal).
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/gu, ' ').replace(/\s+/gu, ' ').trim().normalize('NFC');
}

/** "D:20260310091233+07'00'" → "2026-03-10T09:12:33+07:00"; null when it is not a PDF date. */
export function pdfDate(s: string): string | null {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(\d{2})?'?)?)?/u.exec(s.trim());
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', se = '00', tz, th = '00', tm = '00'] = m;
  const base = `${y}-${mo}-${d}T${h}:${mi}:${se}`;
  if (!tz) return base;
  return tz === 'Z' || tz === 'z' ? `${base}Z` : `${base}${tz}${th}:${tm}`;
}

// ---------------------------------------------------------------------------------------------
// Finding the objects.

const BYTE_RANGE = Buffer.from('/ByteRange');
const SIG_FIELD_RE = /\/FT\s*\/Sig(?![A-Za-z0-9])/gu;
const SIG_FIELD_TEST = /\/FT\s*\/Sig(?![A-Za-z0-9])/u;
const MAX_TRIES = 200;

/** Start of the indirect object ("12 0 obj") that encloses `pos`, searching at most `window` bytes back. */
function objectStart(bytes: Buffer, pos: number, window = 4 << 20): { start: number; num: number } | null {
  const from = Math.max(0, pos - window);
  let at = pos;
  for (;;) {
    at = bytes.lastIndexOf('obj', at - 1, 'latin1');
    if (at < from || at < 0) return null;
    if (at >= 3 && bytes.toString('latin1', at - 3, at) === 'end') continue;
    const head = bytes.toString('latin1', Math.max(0, at - 24), at);
    const m = /(\d+)\s+(\d+)\s+$/u.exec(head);
    if (m) return { start: at + 3, num: Number(m[1]) };
  }
}

/** Every dictionary inside a value (the value itself included), depth-first. */
function* dicts(v: PdfValue): Generator<PdfDict> {
  if (isDict(v)) {
    yield v;
    for (const x of v.values()) yield* dicts(x);
  } else if (Array.isArray(v)) for (const x of v) yield* dicts(x);
}

interface RawSignature {
  obj: number | null;
  dict: PdfDict;
}

function readObjectAt(bytes: Buffer, start: number): PdfValue | null {
  try {
    return new Reader(bytes, start).value();
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// DER (PKCS#7 / CMS SignedData, RFC 5652), read just far enough.

interface Tlv {
  tag: number;
  start: number;
  /** Start of the contents. */
  body: number;
  end: number;
}

function tlv(b: Uint8Array, pos: number, limit = b.length): Tlv | null {
  if (pos + 2 > limit) return null;
  const tag = b[pos] as number;
  if ((tag & 0x1f) === 0x1f) return null; // multi-byte tags do not occur in SignedData
  let len = b[pos + 1] as number;
  let body = pos + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || body + n > limit) return null; // indefinite length (BER) is not read
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (b[body + i] as number);
    body += n;
  }
  const end = body + len;
  return end <= limit ? { tag, start: pos, body, end } : null;
}

function children(b: Uint8Array, t: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let p = t.body; p < t.end; ) {
    const c = tlv(b, p, t.end);
    if (!c) break;
    out.push(c);
    p = c.end;
  }
  return out;
}

const hex = (b: Uint8Array, t: Tlv): string => Buffer.from(b.subarray(t.body, t.end)).toString('hex');

const OID = {
  signedData: '2a864886f70d010702',
  messageDigest: '2a864886f70d010904',
  signingTime: '2a864886f70d010905',
} as const;
const DIGESTS: Record<string, string> = {
  '2b0e03021a': 'sha1',
  '608648016503040201': 'sha256',
  '608648016503040202': 'sha384',
  '608648016503040203': 'sha512',
  '608648016503040204': 'sha224',
};

/** An ASN.1 UTCTime or GeneralizedTime as ISO 8601 (UTC). */
function asn1Time(b: Uint8Array, t: Tlv): string | null {
  const s = Buffer.from(b.subarray(t.body, t.end)).toString('latin1');
  const m = t.tag === 0x17 ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/u.exec(s) : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/u.exec(s);
  if (!m) return null;
  const year = t.tag === 0x17 ? (Number(m[1]) < 50 ? `20${m[1]}` : `19${m[1]}`) : (m[1] as string);
  return `${year}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}Z`;
}

export interface Pkcs7Info {
  subject: string | null;
  issuer: string | null;
  signingTime: string | null;
  /** Whether the covered bytes still match: null when it could not be decided. */
  intact: boolean | null;
}

/** "C=VN\nO=…\nCN=Nguyễn Văn A" → "Nguyễn Văn A" (the last CN), else the whole subject on one line. */
function commonName(dn: string): string | null {
  const cns = dn.split('\n').filter((l) => l.startsWith('CN=')).map((l) => l.slice(3).trim());
  const cn = cns[cns.length - 1];
  return (cn || dn.replace(/\n/gu, ', ').trim() || null)?.normalize('NFC') ?? null;
}

/**
 * Reads a detached PKCS#7/CMS SignedData: the signer's certificate (matched by issuer serial number), its signing
 * time attribute, and whether `signed` (the bytes the ByteRange covers) still matches the message digest and the
 * signature. Every part it cannot read is null.
 */
export function readPkcs7(der: Uint8Array, signed: (() => Uint8Array[]) | null): Pkcs7Info {
  const info: Pkcs7Info = { subject: null, issuer: null, signingTime: null, intact: null };
  const ci = tlv(der, 0);
  if (!ci || ci.tag !== 0x30) return info;
  const [oid, explicit] = children(der, ci);
  if (!oid || hex(der, oid) !== OID.signedData || !explicit || explicit.tag !== 0xa0) return info;
  const sd = children(der, explicit)[0];
  if (!sd || sd.tag !== 0x30) return info;
  const parts = children(der, sd);
  const certs: X509Certificate[] = [];
  const certSet = parts.find((p) => p.tag === 0xa0);
  if (certSet) {
    for (const c of children(der, certSet)) {
      if (c.tag !== 0x30) continue;
      try {
        certs.push(new X509Certificate(Buffer.from(der.subarray(c.start, c.end))));
      } catch {
        // not an X.509 certificate (attribute certificates may stand here)
      }
    }
  }
  const signerInfos = parts[parts.length - 1];
  const si = signerInfos && signerInfos.tag === 0x31 ? children(der, signerInfos)[0] : undefined;
  const siParts = si ? children(der, si) : [];
  // SignerInfo: version, sid, digestAlgorithm, [0] signedAttrs?, signatureAlgorithm, signature, [1] unsignedAttrs?
  const sid = siParts[1];
  let cert: X509Certificate | undefined;
  if (sid?.tag === 0x30) {
    const serial = children(der, sid)[1];
    const want = serial ? hex(der, serial).replace(/^(?:00)+/u, '').toUpperCase() : '';
    cert = certs.find((c) => c.serialNumber.replace(/^0+/u, '').toUpperCase() === want.replace(/^0+/u, ''));
  }
  cert ??= certs.find((c) => !c.ca) ?? certs[0];
  if (cert) {
    info.subject = commonName(cert.subject);
    info.issuer = commonName(cert.issuer);
  }
  const digestAlg = siParts[2] ? children(der, siParts[2])[0] : undefined;
  const digestName = digestAlg ? DIGESTS[hex(der, digestAlg)] : undefined;
  const attrs = siParts[3]?.tag === 0xa0 ? siParts[3] : undefined;
  let messageDigest: string | null = null;
  if (attrs) {
    for (const a of children(der, attrs)) {
      const [aOid, aSet] = children(der, a);
      const v = aSet ? children(der, aSet)[0] : undefined;
      if (!aOid || !v) continue;
      const id = hex(der, aOid);
      if (id === OID.signingTime && (v.tag === 0x17 || v.tag === 0x18)) info.signingTime = asn1Time(der, v);
      if (id === OID.messageDigest && v.tag === 0x04) messageDigest = hex(der, v);
    }
  }
  const signature = siParts.find((p, i) => i >= 4 && p.tag === 0x04);
  if (signed && digestName && attrs && messageDigest !== null && cert && signature) {
    try {
      const h = createHash(digestName);
      for (const part of signed()) h.update(part);
      if (h.digest('hex') !== messageDigest) info.intact = false;
      else {
        // The signature is over the DER of the signed attributes as a SET (tag 0x31 instead of [0]).
        const content = Buffer.from(der.subarray(attrs.start, attrs.end));
        content[0] = 0x31;
        const ok = verify(digestName, content, cert.publicKey, Buffer.from(der.subarray(signature.body, signature.end)));
        info.intact = ok ? true : null; // RSA-PSS and others need parameters not read here: undecided, not invalid
      }
    } catch {
      info.intact = null;
    }
  }
  return info;
}

// ---------------------------------------------------------------------------------------------

const OBJ_STM = Buffer.from('/ObjStm');
/** Bounds for reading compressed object streams: each inflated up to this, and all together. */
const MAX_OBJSTM_BYTES = 4 << 20;
const MAX_OBJSTM_TOTAL = 16 << 20;

/**
 * The objects of the compressed object streams (PDF 1.5, ISO 32000-1 §7.5.7) that mention a signature field:
 * the field and widget dictionaries of a file saved with object streams sit there (the signature dictionary
 * itself never does). Only Flate-compressed streams without a predictor are read, each inflated up to a bound.
 */
function objectStreamValues(bytes: Buffer): PdfValue[] {
  const out: PdfValue[] = [];
  let total = 0;
  let tries = 0;
  for (let at = bytes.indexOf(OBJ_STM); at >= 0 && tries++ < MAX_TRIES; at = bytes.indexOf(OBJ_STM, at + OBJ_STM.length)) {
    const obj = objectStart(bytes, at, 1 << 16);
    if (!obj) continue;
    const data = streamData(bytes, obj.start);
    if (!data) continue;
    let inflated: Buffer;
    try {
      inflated = inflateSync(data.raw, { maxOutputLength: Math.min(MAX_OBJSTM_BYTES, MAX_OBJSTM_TOTAL - total) });
    } catch {
      continue; // damaged, or past the bound: its fields stay unnamed
    }
    total += inflated.length;
    if (!SIG_FIELD_TEST.test(inflated.toString('latin1'))) continue;
    const n = data.dict.get('N');
    const first = data.dict.get('First');
    if (typeof n !== 'number' || typeof first !== 'number' || n < 0 || first < 0 || first > inflated.length) continue;
    try {
      const head = new Reader(inflated, 0, first);
      for (let i = 0; i < Math.min(n, 100_000); i++) {
        head.value(); // the object number
        const offset = head.value();
        if (typeof offset !== 'number' || offset < 0 || first + offset >= inflated.length) break;
        const value = readObjectAt(inflated, first + offset);
        if (value !== null) out.push(value);
      }
    } catch {
      // a short or malformed header: the objects read so far are kept
    }
    if (total >= MAX_OBJSTM_TOTAL) break;
  }
  return out;
}

/** The dictionary of the stream object whose body starts at `start` and its raw (still encoded) data. */
function streamData(bytes: Buffer, start: number): { dict: PdfDict; raw: Buffer } | null {
  try {
    const r = new Reader(bytes, start);
    const dict = r.value();
    if (!isDict(dict)) return null;
    const filter = dict.get('Filter');
    const flate = (v: PdfValue | undefined): boolean => isName(v) && (v.name === 'FlateDecode' || v.name === 'Fl');
    if (!(flate(filter) || (Array.isArray(filter) && filter.length === 1 && flate(filter[0])))) return null;
    if (dict.has('DecodeParms') || dict.has('DP')) return null;
    let p = r.pos;
    while (p < bytes.length && isWhite(bytes[p] as number)) p++;
    if (bytes.toString('latin1', p, p + 6) !== 'stream') return null;
    p += 6;
    if (bytes[p] === 0x0d) p++;
    if (bytes[p] === 0x0a) p++;
    const length = dict.get('Length');
    const end = typeof length === 'number' && length >= 0 && p + length <= bytes.length ? p + length : bytes.indexOf('endstream', p, 'latin1');
    return end > p ? { dict, raw: bytes.subarray(p, end) } : null;
  } catch {
    return null;
  }
}

/** Field name (/T) of each signature field, by the object number of its signature value (/V). */
function fieldNames(bytes: Buffer): Map<number, string> {
  const names = new Map<number, string>();
  const take = (value: PdfValue): void => {
    for (const d of dicts(value)) {
      const v = d.get('V');
      const t = d.get('T');
      if (isName(d.get('FT')) && (d.get('FT') as PdfName).name === 'Sig' && isRef(v) && isStr(t) && !names.has(v.ref)) names.set(v.ref, pdfText(t.bytes));
    }
  };
  const text = bytes.toString('latin1');
  let tries = 0;
  for (const m of text.matchAll(SIG_FIELD_RE)) {
    if (tries++ >= MAX_TRIES) break;
    const obj = objectStart(bytes, m.index, 1 << 16);
    if (!obj) continue;
    const value = readObjectAt(bytes, obj.start);
    if (value) take(value);
  }
  // Fields saved in compressed object streams name the signatures the uncompressed objects left unnamed.
  for (const value of objectStreamValues(bytes)) take(value);
  return names;
}

/** Whether the bytes from `from` to the end are only blanks (an end-of-line some signers leave). */
function blankTail(bytes: Buffer, from: number): boolean {
  for (let i = from; i < bytes.length; i++) if (!isWhite(bytes[i] as number)) return false;
  return true;
}

/**
 * The digital signatures of a PDF, in file order (the order they were applied). An empty list when it has none;
 * never throws (what cannot be read stays null).
 */
export function readPdfSignatures(input: Uint8Array): DigitalSignature[] {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const found: RawSignature[] = [];
  const seen = new Set<PdfDict>();
  const parsed = new Set<number>();
  // At most MAX_TRIES occurrences are parsed: a hostile file repeating "/ByteRange" cannot make the search quadratic.
  let tries = 0;
  for (let at = bytes.indexOf(BYTE_RANGE); at >= 0 && tries++ < MAX_TRIES; at = bytes.indexOf(BYTE_RANGE, at + BYTE_RANGE.length)) {
    const obj = objectStart(bytes, at);
    if (!obj || parsed.has(obj.start)) continue; // each object is parsed once, whatever it holds
    parsed.add(obj.start);
    const value = readObjectAt(bytes, obj.start);
    if (!value) continue;
    for (const d of dicts(value)) {
      if (!d.has('ByteRange') || !d.has('Contents') || seen.has(d)) continue;
      seen.add(d);
      found.push({ obj: obj.num, dict: d });
    }
  }
  if (found.length === 0) return [];
  // Strings of an encrypted file are encrypted (all but /Contents): they are not decoded.
  const encrypted = /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/u.test(bytes.toString('latin1', Math.max(0, bytes.length - (1 << 16))));
  const names = fieldNames(bytes);
  const str = (d: PdfDict, key: string): string | null => {
    const v = d.get(key);
    return isStr(v) && !encrypted ? pdfText(v.bytes) || null : null;
  };
  const name = (d: PdfDict, key: string): string | null => {
    const v = d.get(key);
    return isName(v) ? v.name : null;
  };
  return found.map(({ obj, dict }) => {
    const br = dict.get('ByteRange');
    const range = Array.isArray(br) && br.length === 4 && br.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0) ? (br as number[]) : null;
    const contents = dict.get('Contents');
    let coverage: SignatureCoverage = 'invalid';
    let bytesAfter = 0;
    if (range) {
      const [a, b, c, d] = range as [number, number, number, number];
      const end = c + d;
      const gapIsContents = isStr(contents) && contents.start === b && contents.end === c;
      if (a === 0 && b <= c && end <= bytes.length && gapIsContents) {
        bytesAfter = bytes.length - end;
        coverage = bytesAfter === 0 || blankTail(bytes, end) ? 'whole-file' : 'appended';
      }
    }
    const subFilter = name(dict, 'SubFilter');
    const pkcs7 =
      isStr(contents) && subFilter !== 'adbe.x509.rsa_sha1'
        ? readPkcs7(contents.bytes, range && coverage !== 'invalid' ? () => [bytes.subarray(0, range[1]), bytes.subarray(range[2], (range[2] as number) + (range[3] as number))] : null)
        : null;
    // A document time stamp (ETSI.RFC3161) signs a time-stamp token, not these bytes' digest: integrity is not read here.
    const integrity: SignatureIntegrity =
      coverage === 'invalid' ? 'invalid' : subFilter === 'ETSI.RFC3161' || !pkcs7 || pkcs7.intact === null ? 'unknown' : pkcs7.intact ? 'valid' : 'invalid';
    const m = str(dict, 'M');
    return {
      field: obj !== null ? (names.get(obj) ?? null) : null,
      name: str(dict, 'Name'),
      certificateSubject: pkcs7?.subject ?? null,
      certificateIssuer: pkcs7?.issuer ?? null,
      signingTime: (m ? pdfDate(m) : null) ?? pkcs7?.signingTime ?? null,
      reason: str(dict, 'Reason'),
      location: str(dict, 'Location'),
      subFilter,
      byteRange: range,
      coverage,
      bytesAfter,
      integrity,
    };
  });
}

/**
 * Whether the file's last revision is signed: false when some signature exists and none covers the whole file,
 * or when a signature's bytes no longer match (an incremental update or an edit after signing).
 */
export function lastRevisionSigned(signatures: readonly DigitalSignature[]): boolean {
  if (signatures.length === 0) return true;
  if (signatures.some((s) => s.integrity === 'invalid' || s.coverage === 'invalid')) return false;
  return signatures.some((s) => s.coverage === 'whole-file');
}

/**
 * The notes a signed PDF gets: `pdf-signature-broken` for each signature whose bytes no longer match (named by
 * signer), else `pdf-signature-appended` when bytes follow the last signed revision (their count).
 */
export function signatureWarnings(signatures: readonly DigitalSignature[]): LoadWarning[] {
  if (signatures.length === 0) return [];
  const broken = signatures.filter((s) => s.integrity === 'invalid' || s.coverage === 'invalid');
  if (broken.length) return broken.map((s) => ({ code: 'pdf-signature-broken', signer: s.certificateSubject ?? s.name ?? s.field ?? '?' }));
  if (lastRevisionSigned(signatures)) return [];
  return [{ code: 'pdf-signature-appended', count: Math.min(...signatures.map((s) => s.bytesAfter)) }];
}
