// Decides a document's format from its bytes (magic numbers, zip contents). The file name only tells plain text
// from Markdown (.md, .markdown); text that is clearly Markdown is recognised without the name.
import { sniffUtf16 } from './decode.js';
import { LoadError, type SourceFormat } from './types.js';
import { readZipDirectory, readZipEntry, scanLocalHeaders, type ZipEntry } from './zip-guard.js';

export interface SniffResult {
  format: SourceFormat;
  /** The zip directory, when the input is a zip we read (docx). Undefined for a truncated zip. */
  zip?: ZipEntry[];
}

const startsWith = (bytes: Uint8Array, magic: number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

/** Finds an ASCII string in the first `limit` bytes. */
function findAscii(bytes: Uint8Array, s: string, limit = bytes.length): number {
  const pat = ascii(s);
  const end = Math.min(bytes.length, limit) - pat.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < pat.length; j++) if (bytes[i + j] !== pat[j]) continue outer;
    return i;
  }
  return -1;
}

/** Finds a UTF-16LE string (OLE directory entry names are stored that way). */
function findUtf16le(bytes: Uint8Array, s: string): boolean {
  const pat: number[] = [];
  for (const c of s) pat.push(c.charCodeAt(0), 0);
  const end = bytes.length - pat.length;
  const first = pat[0];
  outer: for (let i = 0; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < pat.length; j++) if (bytes[i + j] !== pat[j]) continue outer;
    return true;
  }
  return false;
}

const IMAGE_MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [ascii('GIF87a'), 'GIF image'],
  [ascii('GIF89a'), 'GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF image'],
];

const OTHER_MAGIC: [number[], string][] = [
  [ascii('{\\rtf'), 'Rich Text Format (.rtf)'],
  [[0x1f, 0x8b], 'gzip archive'],
  [ascii('Rar!\x1a\x07'), 'RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7-Zip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'executable (ELF)'],
  [ascii('MZ'), 'executable (Windows)'],
  [ascii('%!PS'), 'PostScript'],
  [ascii('AT&TFORM'), 'DjVu document'],
];

/** What a zip holds, from its entry names (and the ODF mimetype entry). */
function describeZip(bytes: Uint8Array, names: string[], entries?: ZipEntry[]): string {
  if (names.includes('mimetype') && entries) {
    let mime = '';
    try {
      mime = new TextDecoder().decode(readZipEntry(bytes, entries, 'mimetype', 256)).trim();
    } catch {
      mime = '';
    }
    if (mime === 'application/vnd.oasis.opendocument.text') return 'OpenDocument (.odt)';
    if (mime === 'application/vnd.oasis.opendocument.spreadsheet') return 'OpenDocument spreadsheet (.ods)';
    if (mime === 'application/vnd.oasis.opendocument.presentation') return 'OpenDocument presentation (.odp)';
    if (mime === 'application/epub+zip') return 'EPUB book';
  }
  if (names.some((n) => n.startsWith('xl/'))) return 'Excel (.xlsx)';
  if (names.some((n) => n.startsWith('ppt/'))) return 'PowerPoint (.pptx)';
  if (names.includes('content.xml') && names.includes('META-INF/manifest.xml')) return 'OpenDocument (.odt)';
  return 'zip archive';
}

/**
 * Sniffs the format. Returns docx/pdf/doc/html/txt/md, or throws LoadError('unsupported-format' | 'binary') naming what it is.
 * A truncated zip that still shows Word parts is reported as docx so that the docx loader reports it as corrupt.
 * `name` (the file name or path) only decides between text and Markdown: binary formats go by their bytes.
 */
export function sniffFormat(bytes: Uint8Array, name?: string): SniffResult {
  if (bytes.length >= 4 && startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const entries = readZipDirectory(bytes);
    if (entries) {
      const names = entries.map((e) => e.name);
      if (names.includes('word/document.xml')) return { format: 'docx', zip: entries };
      // A Word package that lost its main part is a damaged .docx (the docx loader says so), not "a zip archive".
      const what = describeZip(bytes, names, entries);
      if (what === 'zip archive' && names.some((n) => n.startsWith('word/'))) return { format: 'docx', zip: entries };
      throw new LoadError('unsupported-format', what);
    }
    const names = scanLocalHeaders(bytes);
    if (names.some((n) => n.startsWith('word/')) || names.includes('[Content_Types].xml')) {
      if (!names.some((n) => n.startsWith('xl/') || n.startsWith('ppt/'))) return { format: 'docx' };
    }
    throw new LoadError('unsupported-format', `damaged ${describeZip(bytes, names)}`);
  }
  if (bytes.length >= 4 && (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]) || startsWith(bytes, [0x50, 0x4b, 0x07, 0x08]))) {
    throw new LoadError('unsupported-format', 'zip archive');
  }
  // The PDF header may follow a little junk (PDF 32000-1 §7.5.2 readers accept it within the first 1024 bytes).
  if (findAscii(bytes, '%PDF-', 1024) >= 0) return { format: 'pdf' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (findUtf16le(bytes, 'WordDocument')) return { format: 'doc' };
    if (findUtf16le(bytes, 'EncryptedPackage')) throw new LoadError('unsupported-format', 'password-protected Office document');
    if (findUtf16le(bytes, 'Workbook') || findUtf16le(bytes, 'Book')) throw new LoadError('unsupported-format', 'Excel 97-2003 (.xls)');
    if (findUtf16le(bytes, 'PowerPoint Document')) throw new LoadError('unsupported-format', 'PowerPoint 97-2003 (.ppt)');
    throw new LoadError('unsupported-format', 'OLE compound file');
  }
  for (const [magic, what] of IMAGE_MAGIC) if (startsWith(bytes, magic)) throw new LoadError('unsupported-format', what);
  if (bytes.length >= 12 && startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) {
    throw new LoadError('unsupported-format', 'WebP image');
  }
  for (const [magic, what] of OTHER_MAGIC) if (startsWith(bytes, magic)) throw new LoadError('unsupported-format', what);
  if (looksBinary(bytes)) throw new LoadError('binary', 'control characters or NUL bytes in the first 8 KB');
  if ((name !== undefined && HTML_NAME.test(name)) || looksHtml(bytes)) return { format: 'html' };
  if (name !== undefined && MARKDOWN_NAME.test(name)) return { format: 'md' };
  return { format: looksMarkdown(bytes) ? 'md' : 'txt' };
}

const HTML_NAME = /\.html?$/iu;

/** A web page whatever its name: it opens (after a BOM, blank space or comments) with <!DOCTYPE html> or <html. */
export function looksHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return /^(?:\xef\xbb\xbf)?\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html\b|<html\b)/iu.test(head);
}

const MARKDOWN_NAME = /\.(?:md|markdown)$/iu;

/**
 * Whether text (read without a Markdown name) is clearly Markdown. Conservative: a plain .txt plan, even one
 * with a "**KT. GIÁM ĐỐC" line or a tab-separated "---" row, stays text. Clear signs are a GFM table (a pipe
 * header row over a pipe delimiter row), three ATX headings, or the web-export layout of flattened tables
 * (several lone `|` lines) together with several **bold** spans.
 */
export function looksMarkdown(bytes: Uint8Array): boolean {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16 || sniffUtf16(bytes)) return false;
  // ASCII markers only: Latin-1 decoding of the first 64 KB finds them whatever the text encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65536)).toString('latin1');
  const lines = head.split(/\r\n|\r|\n/u);
  let headings = 0;
  let pipes = 0;
  let bold = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^ {0,3}#{1,6} +\S/u.test(line)) headings++;
    if (/^ {0,3}\|\s*$/u.test(line)) pipes++;
    if (/\*\*[^*\s][^*]{0,200}\*\*/u.test(line)) bold++;
    const next = lines[i + 1];
    if (next !== undefined && line.includes('|') && /^ {0,3}\|? *:?-{3,}:? *(?:\| *:?-{3,}:? *)*\|? *$/u.test(next) && next.includes('|')) {
      const cells = line.replace(/^\s*\|/u, '').replace(/\|\s*$/u, '').split('|').length;
      const delims = next.replace(/^\s*\|/u, '').replace(/\|\s*$/u, '').split('|').length;
      if (cells === delims && cells >= 2) return true;
    }
  }
  return headings >= 3 || (pipes >= 4 && bold >= 3);
}

/** NUL bytes or many control characters mean binary, unless the text is UTF-16 (with a BOM, or recognised without one). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  // UTF-16 without a BOM is half NUL bytes: judge its decoded characters instead of its bytes.
  // (Eight characters at least: a few bytes with one NUL are not evidence of UTF-16.)
  const utf16 = bytes.length >= 16 ? sniffUtf16(bytes) : null;
  if (utf16) {
    const sample = new TextDecoder(utf16).decode(bytes.subarray(0, 8192));
    let control = 0;
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i);
      if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) control++;
    }
    return sample.length === 0 || control / sample.length > 0.05;
  }
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC occur in real text files.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.05;
}
