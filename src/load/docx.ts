// Loads a .docx through mammoth (HTML) and htmlparser2 into paragraph and table blocks, with layout tables flattened.
import type { ChildNode, Element } from 'domhandler';
import { checkXmlParts, checkZipEntries, type LoadLimits } from './limits.js';
import { convertLegacyText, legacyEncodingOfFont, type LegacyEncoding, type TcvnDecoder } from './legacy-fonts.js';
import {
  isLayoutTable,
  layoutDocument,
  placeFootnotes,
  superscript,
  type CellItem,
  type Item,
  type ParagraphItem,
} from './layout.js';
import { hiddenStyles, stripHiddenRuns } from './docx-hidden.js';
import { buildPresentation } from './docx-presentation.js';
import { readWordParts } from './docx-xml/index.js';
import { LoadError, type LoadedDocument, type LoadWarning } from './types.js';
import { EntryTooLarge, guardedZip, readZipDirectory, type ZipEntry } from './zip-guard.js';

// A paragraph's Word index and alignment travel through mammoth's HTML as a private-use marker at its start.
const MARK_OPEN = '\ue000';
const MARK_CLOSE = '\ue001';
const MARK_RE = /\ue000(\d+)([lcrjn])\ue001/gu;
const ALIGN_CODE: Record<string, string> = { left: 'l', start: 'l', center: 'c', right: 'r', end: 'r', both: 'j', distribute: 'j' };
const ALIGN_NAME: Record<string, ParagraphItem['align']> = { l: 'left', c: 'center', r: 'right', j: 'justify' };

export interface DocxOptions {
  limits: LoadLimits;
  /** The zip directory if the sniffer already read it. */
  zip?: ZipEntry[];
}

/** Loads a .docx. Throws LoadError('corrupt-docx' | 'docx-too-large'). */
/** Loads mammoth and the HTML parser ahead of a file (a reader process started before its file arrives). */
export async function preloadDocx(): Promise<void> {
  await Promise.all([import('mammoth'), import('htmlparser2')]);
}

export async function loadDocx(bytes: Uint8Array, options: DocxOptions): Promise<LoadedDocument> {
  const entries = options.zip ?? readZipDirectory(bytes);
  if (!entries) throw new LoadError('corrupt-docx', 'the zip central directory is missing (truncated file?)');
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new LoadError('corrupt-docx', 'no word/document.xml');
  checkZipEntries(entries, options.limits);
  const parts = checkXmlParts(bytes, entries);

  const warnings: LoadWarning[] = [];
  // The presentation reader sees the file as it is (hidden text included: the final-version check counts it);
  // mammoth and the rules see it without its hidden runs.
  const asStored = new Map(parts);
  const hiddenRuns = removeHiddenText(parts);
  if (hiddenRuns > 0) warnings.push({ code: 'docx-hidden-text', detail: `${hiddenRuns} hidden run(s) (w:vanish) not read` });
  const styleFonts = readStyleFonts(parts);
  const needsLegacy = styleFonts.mentionsLegacy || documentMentionsLegacyFont(parts);
  let tcvn: TcvnDecoder | undefined;
  if (needsLegacy) {
    const iconv = (await import('iconv-lite')).default;
    tcvn = { decode: (b) => iconv.decode(Buffer.from(b), 'tcvn') };
  }
  const legacy = new LegacyTracker();

  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    // mammoth reads the package through guardedZip (no entry inflated past its declared size), and pictures are
    // never read: the check needs their place, not their bytes (mammoth would inline each one as base64).
    const noImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
    const result = await mammoth.convertToHtml(
      { file: guardedZip(bytes, entries, parts) } as unknown as { buffer: Buffer },
      { transformDocument: (doc: unknown) => annotate(doc, styleFonts, tcvn, legacy), ignoreEmptyParagraphs: false, convertImage: noImage },
    );
    html = result.value;
    const seen = new Set<string>();
    for (const m of result.messages) {
      const detail = m.message;
      if (seen.has(detail)) continue;
      seen.add(detail);
      warnings.push({ code: m.type === 'error' ? 'docx-error' : 'docx-warning', detail });
    }
  } catch (err) {
    if (err instanceof LoadError) throw err;
    if (err instanceof EntryTooLarge) throw new LoadError('docx-too-large', err.message);
    // mammoth and its XML parser recurse per nesting level: thousands of nested tables exhaust the stack.
    if (err instanceof RangeError && /call stack/iu.test(err.message)) {
      throw new LoadError('corrupt-docx', 'nested too deeply: tables or content controls inside one another thousands of levels deep');
    }
    throw new LoadError('corrupt-docx', errorMessage(err));
  }
  warnings.push(...legacy.warnings());

  const { parseDocument } = await import('htmlparser2');
  const dom = parseDocument(html);
  const walker = new HtmlWalker();
  walker.walkBody(dom.children);
  if (walker.listCount > 0) warnings.push({ code: 'docx-auto-numbering', detail: `${walker.listCount} numbered or bulleted list(s): item numbers are not in the text` });
  const items = placeFootnotes(walker.items, walker.footnoteItems());
  const loaded = layoutDocument('docx', items, warnings, { encoding: 'docx' });
  // Fonts, sizes, layout, page setup and revision marks, read from the XML mammoth's HTML drops them from.
  try {
    loaded.presentation = buildPresentation(readWordParts(asStored), loaded.blocks);
  } catch (err) {
    if (err instanceof RangeError && /call stack/iu.test(err.message)) warnings.push({ code: 'docx-presentation-unread', detail: 'nested too deeply' });
    else warnings.push({ code: 'docx-presentation-unread', detail: errorMessage(err) });
  }
  return loaded;
}

const RUN_TAG = Buffer.from('<w:r');

/**
 * Cuts hidden runs out of every XML part holding runs (the main document, whatever its name, footnotes,
 * endnotes …) in `parts`, which mammoth is then served; returns how many runs were cut.
 */
function removeHiddenText(parts: Map<string, Uint8Array>): number {
  const hidden = hiddenStyles(readXmlPart(parts, 'word/styles.xml'));
  let removed = 0;
  for (const [name, data] of parts) {
    if (!name.endsWith('.xml') || Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(RUN_TAG) < 0) continue;
    const result = stripHiddenRuns(new TextDecoder('utf-8').decode(data), hidden);
    if (result.removed === 0) continue;
    removed += result.removed;
    parts.set(name, new TextEncoder().encode(result.xml));
  }
  return removed;
}

function errorMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0]?.slice(0, 300) ?? 'unknown error';
}

// ---------------------------------------------------------------------------------------------
// Fonts: direct run fonts come from mammoth; style and default fonts from styles.xml.

interface StyleFonts {
  byStyle: Map<string, string>;
  defaultFont: string | undefined;
  mentionsLegacy: boolean;
}

/** An XML part as text, from the parts checkXmlParts inflated. */
function readXmlPart(parts: ReadonlyMap<string, Uint8Array>, name: string): string | undefined {
  const data = parts.get(name);
  return data ? new TextDecoder('utf-8').decode(data) : undefined;
}

const attr = (xml: string, name: string): string | undefined => {
  const m = new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(xml);
  return m?.[1];
};

function readStyleFonts(parts: ReadonlyMap<string, Uint8Array>): StyleFonts {
  const xml = readXmlPart(parts, 'word/styles.xml') ?? '';
  const own = new Map<string, string>();
  const basedOn = new Map<string, string>();
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/gu)) {
    const id = attr(m[1] ?? '', 'w:styleId');
    if (!id) continue;
    const body = m[2] ?? '';
    const fonts = /<w:rFonts\b[^>]*>/u.exec(body)?.[0];
    const font = fonts ? (attr(fonts, 'w:ascii') ?? attr(fonts, 'w:hAnsi')) : undefined;
    if (font) own.set(id, font);
    const base = /<w:basedOn\b[^>]*>/u.exec(body)?.[0];
    const baseId = base ? attr(base, 'w:val') : undefined;
    if (baseId) basedOn.set(id, baseId);
  }
  const byStyle = new Map<string, string>();
  for (const id of new Set([...own.keys(), ...basedOn.keys()])) {
    let cur: string | undefined = id;
    for (let depth = 0; cur && depth < 20; depth++) {
      const f = own.get(cur);
      if (f) {
        byStyle.set(id, f);
        break;
      }
      cur = basedOn.get(cur);
    }
  }
  const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/u.exec(xml)?.[0];
  const defFonts = defaults ? /<w:rFonts\b[^>]*>/u.exec(defaults)?.[0] : undefined;
  const defaultFont = defFonts ? (attr(defFonts, 'w:ascii') ?? attr(defFonts, 'w:hAnsi')) : undefined;
  const mentionsLegacy = [...byStyle.values(), defaultFont].some((f) => legacyEncodingOfFont(f) !== undefined);
  return { byStyle, defaultFont, mentionsLegacy };
}

function documentMentionsLegacyFont(parts: ReadonlyMap<string, Uint8Array>): boolean {
  for (const name of ['word/document.xml', 'word/footnotes.xml']) {
    const data = parts.get(name);
    // The pattern is ASCII: Latin-1 decoding finds the same matches as UTF-8, and costs less.
    const xml = data ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1') : '';
    if (/w:(?:ascii|hAnsi)="(?:\.vn|vni[- ]|vps)/iu.test(xml)) return true;
  }
  return false;
}

class LegacyTracker {
  converted = new Map<string, number>();
  failed = new Map<string, number>();
  warnings(): LoadWarning[] {
    const out: LoadWarning[] = [];
    for (const [font, n] of this.converted) out.push({ code: 'legacy-font-converted', font, count: n });
    for (const [font, n] of this.failed) out.push({ code: 'legacy-font-unconverted', font, count: n });
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// The mammoth document tree (version pinned in package.json): only the fields read here are typed.

interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  font?: string | null;
  styleId?: string | null;
  alignment?: string | null;
  notes?: { _notes?: Record<string, { body?: MNode[] }> };
}

function annotate(docUnknown: unknown, fonts: StyleFonts, tcvn: TcvnDecoder | undefined, legacy: LegacyTracker): unknown {
  const doc = docUnknown as MNode;
  let index = 0;
  const convertRuns = (node: MNode, paraStyle: string | null | undefined): void => {
    for (const child of node.children ?? []) {
      if (child.type === 'run') {
        const font = child.font ?? (child.styleId ? fonts.byStyle.get(child.styleId) : undefined) ??
          (paraStyle ? fonts.byStyle.get(paraStyle) : undefined) ?? fonts.defaultFont;
        const enc = legacyEncodingOfFont(font);
        if (enc && font) convertRun(child, font, enc, tcvn, legacy);
      } else if (child.children) convertRuns(child, paraStyle);
    }
  };
  const visit = (node: MNode, mark: boolean): void => {
    if (node.type === 'paragraph') {
      index += 1;
      convertRuns(node, node.styleId);
      if (mark) {
        const code = ALIGN_CODE[node.alignment ?? ''] ?? 'n';
        const marker: MNode = {
          type: 'run', children: [{ type: 'text', value: `${MARK_OPEN}${index}${code}${MARK_CLOSE}` }],
          styleId: null, font: null,
        };
        Object.assign(marker, { styleName: null, isBold: false, isUnderline: false, isItalic: false, isStrikethrough: false, isAllCaps: false, isSmallCaps: false, verticalAlignment: 'baseline', fontSize: null, highlight: null });
        node.children = [marker, ...(node.children ?? [])];
      }
      return;
    }
    for (const child of node.children ?? []) visit(child, mark);
  };
  visit(doc, true);
  const notes = doc.notes?._notes;
  if (notes && typeof notes === 'object') {
    for (const note of Object.values(notes)) for (const p of note.body ?? []) visit(p, false);
  }
  return doc;
}

function convertRun(run: MNode, font: string, enc: LegacyEncoding, tcvn: TcvnDecoder | undefined, legacy: LegacyTracker): void {
  let ok = true;
  for (const t of run.children ?? []) {
    if (t.type !== 'text' || typeof t.value !== 'string' || !t.value) continue;
    const converted = convertLegacyText(t.value, enc, tcvn);
    if (converted === undefined) ok = false;
    else t.value = converted;
  }
  const bucket = ok ? legacy.converted : legacy.failed;
  bucket.set(font, (bucket.get(font) ?? 0) + 1);
}

// ---------------------------------------------------------------------------------------------
// Walking mammoth's HTML.

interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
}

interface Line {
  segments: Segment[];
}

interface HtmlParagraph {
  lines: string[];
  bold: boolean[];
  italic: boolean[];
  align?: ParagraphItem['align'];
  index?: number;
}

const isElement = (n: ChildNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** Reads HTML (mammoth's, or a web page normalised by html.ts) into paragraph and table items. */
export class HtmlWalker {
  items: Item[] = [];
  listCount = 0;
  /** note id (e.g. "footnote-2") → displayed marker ("1"). */
  private noteMarkers = new Map<string, string>();
  private notes: { id: string; paragraphs: HtmlParagraph[] }[] = [];

  walkBody(nodes: ChildNode[]): void {
    for (const node of nodes) this.walkBlock(node);
  }

  footnoteItems(): ParagraphItem[] {
    const out: ParagraphItem[] = [];
    let auto = 0;
    for (const note of this.notes) {
      auto += 1;
      const marker = this.noteMarkers.get(note.id) ?? String(auto);
      for (const p of note.paragraphs) {
        p.lines.forEach((line, i) => {
          out.push({ kind: 'paragraph', text: line, footnote: marker, ...(p.bold[i] ? { bold: true } : {}), ...(p.italic[i] ? { italic: true } : {}) });
        });
      }
    }
    return out;
  }

  private walkBlock(node: ChildNode): void {
    if (!isElement(node)) {
      if (node.type === 'text' && node.data.trim()) this.pushParagraph(this.readParagraph([node]));
      return;
    }
    const name = node.name;
    if (name === 'p' || /^h[1-6]$/.test(name)) {
      this.pushParagraph(this.readParagraph(node.children));
      return;
    }
    if (name === 'table') {
      this.walkTable(node);
      return;
    }
    if (name === 'ol' || name === 'ul') {
      const noteItems = node.children.filter((c): c is Element => isElement(c) && c.name === 'li' && /^(foot|end)note-/.test(c.attribs.id ?? ''));
      if (noteItems.length > 0) {
        for (const li of noteItems) this.notes.push({ id: li.attribs.id ?? '', paragraphs: this.readCellParagraphs(li.children) });
        return;
      }
      this.listCount += 1;
      for (const li of node.children) {
        if (isElement(li) && li.name === 'li') {
          for (const p of this.readCellParagraphs(li.children)) this.pushParagraph(p);
        }
      }
      return;
    }
    for (const child of node.children) this.walkBlock(child);
  }

  private pushParagraph(p: HtmlParagraph): void {
    p.lines.forEach((line, i) => {
      const item: ParagraphItem = { kind: 'paragraph', text: line };
      if (p.bold[i]) item.bold = true;
      if (p.italic[i]) item.italic = true;
      if (p.align) item.align = p.align;
      if (p.index !== undefined) item.paragraph = p.index;
      this.items.push(item);
    });
  }

  /** Paragraphs inside a container (cell, list item): <p> children, nested lists and tables read as text. */
  private readCellParagraphs(nodes: ChildNode[]): HtmlParagraph[] {
    const out: HtmlParagraph[] = [];
    let loose: ChildNode[] = [];
    const flush = (): void => {
      if (loose.length) out.push(this.readParagraph(loose));
      loose = [];
    };
    for (const n of nodes) {
      if (isElement(n) && (n.name === 'p' || /^h[1-6]$/.test(n.name))) {
        flush();
        out.push(this.readParagraph(n.children));
      } else if (isElement(n) && (n.name === 'ol' || n.name === 'ul')) {
        flush();
        for (const li of n.children) if (isElement(li)) out.push(...this.readCellParagraphs(li.children));
      } else if (isElement(n) && n.name === 'table') {
        flush();
        for (const row of tableRows(n)) {
          const texts = row.map((cell) => this.readCellParagraphs(cell.children).flatMap((p) => p.lines).join(' '));
          out.push({ lines: [texts.filter((t) => t.trim()).join(' ')], bold: [false], italic: [false] });
        }
      } else loose.push(n);
    }
    flush();
    return out;
  }

  /** Reads one paragraph's inline content into lines (split at <br>), with bold/italic per line. */
  private readParagraph(nodes: ChildNode[]): HtmlParagraph {
    const lines: Line[] = [{ segments: [] }];
    const walk = (n: ChildNode, bold: boolean, italic: boolean): void => {
      if (n.type === 'text') {
        (lines[lines.length - 1] as Line).segments.push({ text: n.data, bold, italic });
        return;
      }
      if (!isElement(n)) return;
      if (n.name === 'br') {
        lines.push({ segments: [] });
        return;
      }
      const href = n.attribs.href ?? '';
      if (n.name === 'a' && /^#(foot|end)note-ref-/.test(href)) return; // the "↑" back link of a note body
      if (n.name === 'a' && /^#(foot|end)note-\d/.test(href)) {
        const shown = textOf(n).replace(/^\[|\]$/g, '');
        this.noteMarkers.set(href.slice(1), shown);
        (lines[lines.length - 1] as Line).segments.push({ text: superscript(shown), bold, italic });
        return;
      }
      const b = bold || n.name === 'strong' || n.name === 'b';
      const i = italic || n.name === 'em' || n.name === 'i';
      for (const c of n.children) walk(c, b, i);
    };
    for (const n of nodes) walk(n, false, false);
    const out: HtmlParagraph = { lines: [], bold: [], italic: [] };
    for (const line of lines) {
      let text = '';
      let allBold = true;
      let allItalic = true;
      let any = false;
      for (const seg of line.segments) {
        const t = seg.text.replace(MARK_RE, (_m, idx: string, code: string) => {
          out.index ??= Number(idx);
          const align = ALIGN_NAME[code];
          if (align && !out.align) out.align = align;
          return '';
        });
        text += t;
        if (t.trim()) {
          any = true;
          if (!seg.bold) allBold = false;
          if (!seg.italic) allItalic = false;
        }
      }
      out.lines.push(text);
      out.bold.push(any && allBold);
      out.italic.push(any && allItalic);
    }
    return out;
  }

  private walkTable(table: Element): void {
    const rows = tableRows(table);
    const cellParas = rows.map((row) => row.map((cell) => this.readCellParagraphs(cell.children)));
    const allTexts = cellParas.flatMap((r) => r.map((c) => c.flatMap((p) => p.lines).join(' ')));
    if (isLayoutTable(allTexts)) {
      // Reading order of a layout table: row by row, left cell then right cell, each line its own paragraph.
      for (const row of cellParas) for (const cell of row) for (const p of cell) this.pushParagraph(p);
      return;
    }
    let firstIndex: number | undefined;
    const outRows: CellItem[][] = rows.map((row, r) =>
      row.map((cell, c) => {
        const paras = cellParas[r]?.[c] ?? [];
        for (const p of paras) if (firstIndex === undefined && p.index !== undefined) firstIndex = p.index;
        const item: CellItem = {
          paragraphs: paras.flatMap((p) => p.lines),
          rowSpan: positiveInt(cell.attribs.rowspan),
          colSpan: positiveInt(cell.attribs.colspan),
        };
        if (cell.name === 'th') item.header = true;
        return item;
      }),
    );
    this.items.push({ kind: 'table', rows: outRows, ...(firstIndex !== undefined ? { paragraph: firstIndex } : {}) });
  }
}

function positiveInt(v: string | undefined): number {
  const n = v ? Number.parseInt(v, 10) : 1;
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/** The rows of a table (direct thead/tbody/tr children only: nested tables belong to their cells). */
function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (n: Element): void => {
    for (const c of n.children) {
      if (!isElement(c)) continue;
      if (c.name === 'tr') rows.push(c.children.filter((x): x is Element => isElement(x) && (x.name === 'td' || x.name === 'th')));
      else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') visit(c);
    }
  };
  visit(table);
  return rows;
}

function textOf(n: ChildNode): string {
  if (n.type === 'text') return n.data;
  if (!isElement(n)) return '';
  return n.children.map(textOf).join('');
}
