// The Word XML reader's output: paragraphs, runs with their XML offsets, effective formatting, sections.

/** Run formatting. Every field is optional while merging; the effective value is what the last layer set. */
export interface RunProps {
  /** Font for ASCII characters (w:rFonts w:ascii, or its theme font resolved through theme1.xml). */
  fontAscii?: string;
  /** Font for other Latin characters, Vietnamese letters among them (w:hAnsi). */
  fontHAnsi?: string;
  /** Size in points (w:sz is in half-points). */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** w:u value ("single", "double" …); "none" means not underlined. */
  underline?: string;
  caps?: boolean;
  smallCaps?: boolean;
  strike?: boolean;
  /** w:highlight colour name ("yellow" …); "none" means no highlight. */
  highlight?: string;
  /** w:vanish: hidden text. */
  hidden?: boolean;
  /** w:color hex ("000000") or "auto". */
  color?: string;
}

/** Paragraph formatting. Lengths in twentieths of a point (twips: 567 a cm), as Word stores them. */
export interface ParaProps {
  /** w:jc value: "left"/"start", "center", "right"/"end", "both" (justified), "distribute" … */
  align?: string;
  /** First-line indent; a hanging indent is negative. */
  firstLine?: number;
  /** Left (start) indent. */
  indentLeft?: number;
  spacingBefore?: number;
  spacingAfter?: number;
  /** w:spacing w:line: with lineRule "auto" in 240ths of a line (240 = single), otherwise twips. */
  line?: number;
  lineRule?: string;
  /** w:numPr/w:numId: the list the paragraph belongs to ("0": numbering removed), directly or from its style. */
  numId?: string;
  /** w:pBdr w:top / w:bottom w:val ("single" …; "none"/"nil": no border). */
  borderTop?: string;
  borderBottom?: string;
}

/**
 * A drawing in a paragraph: a DrawingML shape (w:drawing, read when not inside mc:AlternateContent's mc:Choice)
 * or a VML one (w:pict, the mc:Fallback Word writes next to every DrawingML shape). Lengths in points.
 */
export interface WordShape {
  /** "line": a line or straight connector, or a rectangle at most 3 pt high; "other": text box, picture, group, any other shape. */
  kind: 'line' | 'other';
  /** "inline": on the text line; "paragraph"/"line": positioned from the anchor paragraph's top / its first line; "other": page, margin, aligned … */
  vertical: 'inline' | 'paragraph' | 'line' | 'other';
  /** Offset of the shape's top from what `vertical` names (null when not given as a length). */
  top: number | null;
  /** "column": from the cell's or text column's left edge; "other" otherwise. */
  horizontal: 'column' | 'other';
  left: number | null;
  width: number | null;
  height: number | null;
}

/** A table cell's place and borders (twips; border values as w:val, undefined when nothing sets them). */
export interface CellGeometry {
  /** Left edge within the row and width, from w:tcW when given in twips ("dxa"). */
  left?: number;
  width?: number;
  /** Effective top and bottom borders: the cell's w:tcBorders, else the table's (direct, then its style). */
  borderTop?: string;
  borderBottom?: string;
}

/** Effective formatting: every layer merged, in the order Word applies them. */
export type EffectiveRun = RunProps & { font?: string };

/** One piece of a run's content, located in document.xml. */
export interface RunPiece {
  /** "t" text, "delText" deleted text, "tab", "br" line break, "cr", "sym", "noBreakHyphen", "softHyphen". */
  kind: string;
  /** Offsets (UTF-16 code units) of the element in the part's XML string, end exclusive. */
  xmlStart: number;
  xmlEnd: number;
  /** Where its text starts in the paragraph's `text` (deleted text is not in `text`: length 0 there). */
  textStart: number;
  /** The characters it contributes (for delText: the deleted characters, not part of `text`). */
  text: string;
}

export interface WordRun {
  /** Offsets of `<w:r …>` … `</w:r>` in the part's XML string (end exclusive). */
  xmlStart: number;
  xmlEnd: number;
  /** Visible text of the run in the current version (insertions kept, deletions dropped, as mammoth reads it). */
  text: string;
  /** Offset of `text` within the paragraph's `text`. */
  textStart: number;
  /** Deleted text (w:delText), not part of `text`. */
  deletedText: string;
  pieces: RunPiece[];
  /** Direct formatting (w:rPr of the run). */
  direct: RunProps;
  /** Character style id (w:rStyle). */
  style?: string;
  /** Effective formatting: docDefaults → table style → paragraph style → character style → direct. */
  props: EffectiveRun;
  /** Inside w:ins / w:del / w:moveFrom / w:moveTo. */
  revision?: 'ins' | 'del' | 'moveFrom' | 'moveTo';
  /** Inside a w:hyperlink or field result (w:fldSimple). */
  inField?: boolean;
}

export interface TablePosition {
  /** 0-based index of the table among the part's tables, in document order (nested tables counted too). */
  table: number;
  /** 0-based row and cell (grid position ignores spans: the cell's index among its row's w:tc). */
  row: number;
  cell: number;
  /** 1 for a top-level table, 2 for a table inside a cell … */
  depth: number;
  /** Number of rows of the table. */
  rows?: number;
  geometry?: CellGeometry;
}

export interface WordParagraph {
  /** 0-based index among the part's paragraphs in document order (table cells and text boxes included). */
  index: number;
  xmlStart: number;
  xmlEnd: number;
  /** Visible text: runs' text with tabs as "\t" and line breaks as "\n" (not normalised). */
  text: string;
  runs: WordRun[];
  /** Paragraph style id (w:pStyle), or the default paragraph style. */
  style?: string;
  direct: ParaProps;
  /** Effective paragraph formatting: docDefaults → table style → paragraph style → direct. */
  props: ParaProps;
  /** Formatting of the paragraph mark (w:pPr/w:rPr) merged like a run's: used for empty paragraphs. */
  markProps: EffectiveRun;
  table?: TablePosition;
  /** Inside a text box (w:txbxContent). */
  textBox?: boolean;
  /** 0-based index of the section (WordSection) the paragraph belongs to. */
  section: number;
  /** Contains a PAGE field (page number). */
  pageField?: boolean;
  /**
   * An automatic list item (a w:numId other than 0, set directly or by the paragraph style): its indents come from
   * numbering.xml, which is not read.
   */
  numbered?: boolean;
  /** Drawings anchored in (or inline in) the paragraph. */
  shapes?: WordShape[];
}

export interface HeaderFooterRef {
  /** "default", "first", "even". */
  type: string;
  /** Relationship id and the part it points to ("word/header1.xml"). */
  rId: string;
  part?: string;
}

export interface WordSection {
  /** Page size in twips (A4: 11906 × 16838) and orientation. */
  pageWidth?: number;
  pageHeight?: number;
  orientation?: 'portrait' | 'landscape';
  margins: { top?: number; right?: number; bottom?: number; left?: number; header?: number; footer?: number; gutter?: number };
  headers: HeaderFooterRef[];
  footers: HeaderFooterRef[];
  /** A different first page (w:titlePg). */
  titlePage: boolean;
  /** Offsets of the w:sectPr element in document.xml. */
  xmlStart: number;
  xmlEnd: number;
  /** Index of the last paragraph of the section (-1 if none). */
  lastParagraph: number;
}

/** A header or footer part, read like the body. */
export interface WordHeaderFooter {
  part: string;
  kind: 'header' | 'footer';
  paragraphs: WordParagraph[];
}

/** Revision marks, comments and other things a final version should not hold. Counts and the paragraphs they are in. */
export interface IntegrityMarks {
  insertions: MarkList;
  deletions: MarkList;
  moves: MarkList;
  formatChanges: MarkList;
  comments: MarkList;
  hidden: MarkList;
  highlight: MarkList;
}

export interface MarkList {
  count: number;
  /** Indexes of the paragraphs holding them (0-based WordParagraph.index), in order, without repeats. */
  paragraphs: number[];
}

export interface WordStyle {
  id: string;
  type: 'paragraph' | 'character' | 'table' | 'numbering';
  name?: string;
  basedOn?: string;
  isDefault: boolean;
  rPr: RunProps;
  pPr: ParaProps;
  /** Table styles: w:tblPr/w:tblBorders top, bottom, insideH (w:val). */
  tableBorders?: { top?: string; bottom?: string; insideH?: string };
}

export interface WordDocumentXml {
  /** document.xml as a string (decoded UTF-8): every xmlStart/xmlEnd indexes it. */
  xml: string;
  paragraphs: WordParagraph[];
  sections: WordSection[];
  headersFooters: WordHeaderFooter[];
  styles: Map<string, WordStyle>;
  integrity: IntegrityMarks;
}
