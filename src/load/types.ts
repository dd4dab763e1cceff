// The contract between format loaders (txt, md, docx, pdf, doc) and the plan parser.
import type { Presentation } from '../model/presentation.js';
import type { DigitalSignature } from '../model/signature.js';
import type { OffsetMap } from '../text/normalize.js';

export type SourceFormat = 'txt' | 'md' | 'docx' | 'pdf' | 'doc' | 'html';

/**
 * What every loader returns. `text` is normalized (NFC, Đ folded, LF line ends) and every
 * block's `start`/`end` index into it. Loaders lay the text out the same way whatever the
 * format: one paragraph per line; a table row as its cells joined by "\t", one row per line.
 * Layout tables (the borderless header table "Số … | place, date" and the "Nơi nhận | signature"
 * table) are NOT table blocks: their cells are emitted as paragraphs in reading order
 * (row by row, left cell then right cell), exactly as a .txt rendition reads.
 */
export interface LoadedDocument {
  format: SourceFormat;
  /** "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1258" for text; the format name otherwise. */
  encoding: string;
  text: string;
  blocks: Block[];
  /** Maps offsets of `text` back to the raw decoded source (only meaningful for .txt and .md). */
  map: OffsetMap;
  /** The raw decoded source the map points into (for .txt and .md: the file as decoded; otherwise equal to text). */
  source: string;
  /** Page ranges in `text` when the format has pages (pdf). */
  pages?: PageRange[];
  pageCount?: number;
  /** Non-fatal notes from loading (legacy font converted, mammoth warnings …), Vietnamese-free codes. */
  warnings: LoadWarning[];
  /** Fonts, sizes, layout, page setup and revision marks read from a .docx's XML (absent for other formats). */
  presentation?: Presentation;
  /** The digital signatures the file carries (PDF), in the order they were applied. */
  signatures?: DigitalSignature[];
  /** Set when some pages' text was recognised from their image (`--ocr`). */
  ocr?: OcrInfo;
  /** PDF: the pages that draw text in a font without any Unicode map (pdf/glyph-map.ts): what `--ocr` recognises to decode it. */
  unmappedFontPages?: number[];
}

/** Text recognised from page images: which pages, where their text stands, and how sure the recognition is. */
export interface OcrInfo {
  /** The OCR engine and language, e.g. "tesseract 5.3.0 vie". */
  engine: string;
  pages: OcrPageInfo[];
  /** Ranges of `text` that came from OCR. */
  ranges: { start: number; end: number }[];
}

export interface OcrPageInfo {
  page: number;
  /** Mean word confidence, 0–100 (null when no word was recognised). */
  confidence: number | null;
  words: number;
  /** Milliseconds spent rendering and recognising the page. */
  ms: number;
}

export interface PageRange {
  page: number;
  start: number;
  end: number;
}

/** A loader's note. The notes reported to the reader (rules `load/<code>`) carry their data as typed fields. */
export interface LoadWarning {
  code: string;
  /** Free English detail, for debugging only: never parsed. */
  detail?: string;
  /** 1-based pages the note is about (PDF). */
  pages?: number[];
  /** The font the note is about (legacy fonts). */
  font?: string;
  /** How many runs or items the note counts. */
  count?: number;
  /** A sample of the text the note is about (garbled text). */
  sample?: string;
  /** Mean recognition confidence (0–100) of each page in `pages` (OCR). */
  confidence?: number[];
  /** Programs the note says are missing (OCR). */
  missing?: string[];
  /** Who the note is about (a digital signature's signer). */
  signer?: string;
  /** Glyph codes learned for fonts without a Unicode map, their mean share of the OCR votes (0–100), glyphs taken
   * from the OCR word itself and glyphs left undecided (pdf-font-recovered). */
  glyphs?: number;
  support?: number;
  fromOcr?: number;
  undecided?: number;
  /** Why the file could not be read (note `unreadable`, rule load/unreadable); `detail` then holds the detail shown. */
  error?: LoadErrorCode;
}

export type Block = ParagraphBlock | TableBlock;

export interface ParagraphBlock {
  kind: 'paragraph';
  start: number;
  end: number;
  /** Equal to text.slice(start, end); never contains "\n". */
  text: string;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
  page?: number;
  /** Word paragraph index (docx), 1-based. */
  paragraph?: number;
  /** Set when this paragraph is the body of a footnote: its marker ("1"). The text excludes the marker. */
  footnote?: string;
}

export interface TableBlock {
  kind: 'table';
  start: number;
  end: number;
  /** Rows as they appear in the source, cells left to right. Spans are NOT expanded here. */
  rows: RawCell[][];
  page?: number;
  paragraph?: number;
}

export interface RawCell {
  /** Cell text as laid out in `LoadedDocument.text`: the cell's paragraphs joined by " " (never "\n" or "\t"). */
  text: string;
  /** Paragraphs inside the cell (at least one, possibly ""). */
  paragraphs: string[];
  start: number;
  end: number;
  rowSpan: number;
  colSpan: number;
  header?: boolean;
  page?: number;
}

/** Errors a loader raises for input it cannot read. `code` selects the user message. */
export class LoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    readonly detail?: string,
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'LoadError';
  }
}

export type LoadErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'is-directory'
  | 'not-regular'
  | 'empty'
  | 'too-large'
  | 'unsupported-format'
  | 'binary'
  | 'bad-encoding'
  | 'corrupt-docx'
  | 'docx-too-large'
  | 'corrupt-pdf'
  | 'pdf-too-large'
  | 'encrypted-pdf'
  | 'wrong-password'
  | 'no-text-layer'
  | 'corrupt-doc'
  | 'legacy-font'
  | 'text-too-long'
  | 'timeout'
  | 'out-of-memory'
  | 'ocr-unavailable'
  | 'internal';
