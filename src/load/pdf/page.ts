// Reading one page: text bits, ruling segments, tables.
import { findBorderlessTable, type BorderlessColumns } from './borderless.js';
import { rulings, findTables } from './rulings.js';
import { cellParagraphs, groupLines, markSuperscripts } from './lines.js';
import type { PageData, Rect, TextBit } from './geometry.js';
import type { PdfFontText } from './fonts.js';
import { parseFontName, type FontName } from './font-names.js';
import { OPS, type PdfPage, type PdfTextItem, type PdfViewport } from './pdfjs.js';
import { ocrBits, uncoveredBits } from './ocr-page.js';
import { isUnmappedFont } from './glyph-map.js';
import type { OcrWordBox } from '../ocr.js';

/** A page whose text layer holds fewer characters than this may be a scan carrying a stamp or a caption. */
export const LITTLE_TEXT_CHARS = 200;
/** Share of the page an image must cover for such a page to count as a scan. */
export const PAGE_IMAGE_COVER = 0.6;
/** pdfjs image-drawing operators (OPS in pdfjs-dist src/shared/util.js): each draws the unit square under the CTM. */
const IMAGE_OPS = new Set<number>([82, 83, 85, 86, 87, 88, 90]);
const FORM_BEGIN = 74;
const FORM_END = 75;

/**
 * The largest share of the page (0–1) that one image drawn on it covers, from the operator list: the image's unit
 * square mapped by the current transform (form XObjects' matrices included), clipped to the page.
 */
export function pageImageCover(ops: { fnArray: number[]; argsArray: unknown[][] }, viewport: PdfViewport): number {
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  const concat = (m: readonly number[]): void => {
    const [a, b, c, d, e, f] = [m[0] ?? 1, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1, m[4] ?? 0, m[5] ?? 0];
    const [A, B, C, D, E, F] = [ctm[0] ?? 1, ctm[1] ?? 0, ctm[2] ?? 0, ctm[3] ?? 1, ctm[4] ?? 0, ctm[5] ?? 0];
    ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
  };
  const area = viewport.width * viewport.height;
  if (!(area > 0)) return 0;
  let best = 0;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i] as number;
    const args = ops.argsArray[i] ?? [];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) concat(args as number[]);
    else if (fn === FORM_BEGIN) {
      stack.push(ctm);
      if (Array.isArray(args[0]) && (args[0] as unknown[]).length === 6) concat(args[0] as number[]);
    } else if (fn === FORM_END) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (IMAGE_OPS.has(fn)) {
      const corners = [[0, 0], [1, 0], [0, 1], [1, 1]].map(([x, y]) => viewport.convertToViewportPoint((ctm[0] ?? 1) * (x as number) + (ctm[2] ?? 0) * (y as number) + (ctm[4] ?? 0), (ctm[1] ?? 0) * (x as number) + (ctm[3] ?? 1) * (y as number) + (ctm[5] ?? 0)));
      const xs = corners.map((c) => c[0] ?? 0);
      const ys = corners.map((c) => c[1] ?? 0);
      const w = Math.min(viewport.width, Math.max(...xs)) - Math.max(0, Math.min(...xs));
      const h = Math.min(viewport.height, Math.max(...ys)) - Math.max(0, Math.min(...ys));
      if (w > 0 && h > 0) best = Math.max(best, (w * h) / area);
    }
  }
  return best;
}

/**
 * Whether text on the page is laid out in columns: some line (baselines within 1.5 pt) has a gap wider than
 * 1 em between two pieces of text. Cells of a ruled table leave such gaps (10–35 em on the seeds; a centred
 * number in a narrow "TT" column before its text, about 1.2 em, is the closest case); justified
 * prose does not (under 1 em). Only such pages are searched for ruling lines, the costliest part of reading
 * a page (pdfjs builds the whole operator list).
 */
export function textInColumns(bits: readonly TextBit[]): boolean {
  const sorted = [...bits].sort((a, b) => a.y - b.y || a.x - b.x);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && (sorted[j] as TextBit).y - (sorted[i] as TextBit).y <= 1.5) j++;
    const line = sorted.slice(i, j).sort((a, b) => a.x - b.x);
    for (let k = 1; k < line.length; k++) {
      const a = line[k - 1] as TextBit;
      const b = line[k] as TextBit;
      if (b.x - (a.x + a.w) > Math.max(b.size, 1)) return true;
    }
    i = j;
  }
  return false;
}

/**
 * How many short pieces (one to three characters) are drawn inside a longer piece on the same baseline. A PDF
 * made with a font that lacks some Vietnamese letters draws them from a fallback font over placeholder spaces
 * of the main run ("c ph m vi" + "ạ"): the reading order of such text cannot be recovered reliably, and pdfjs's
 * own getText scrambles it too. Properly made PDFs have none (the seeds: 0).
 */
export function overlaidGlyphs(bits: readonly TextBit[]): number {
  const hosts = bits.filter((b) => b.str.length > 3).sort((a, b) => a.y - b.y);
  let n = 0;
  for (const g of bits) {
    if (g.str.length > 3) continue;
    // Only the hosts within 1.5 pt of g's baseline (binary search for the first).
    let lo = 0;
    let hi = hosts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((hosts[mid] as TextBit).y < g.y - 1.5) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < hosts.length && (hosts[i] as TextBit).y <= g.y + 1.5; i++) {
      const h = hosts[i] as TextBit;
      if (g.x > h.x + 0.5 && g.x + g.w < h.x + h.w - 0.5) {
        n++;
        break;
      }
    }
  }
  return n;
}

/**
 * Reads one page. Ruling lines (for tables) are read only when the text is laid out in columns, or when the
 * previous page had a table (it may continue here).
 */
export async function readPage(page: PdfPage, n: number, previous: PageData | undefined, fonts: PdfFontText, decode?: (items: PdfTextItem[], viewport: PdfViewport) => void, ocr?: readonly OcrWordBox[]): Promise<PageData> {
  const afterTable = (previous?.tables.length ?? 0) > 0;
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  // Fonts without a Unicode map decoded from the page images (`--ocr`, glyph-map.ts).
  decode?.(content.items, viewport);
  const fontObject = (id: string): unknown => {
    try {
      return page.commonObjs.has(id) ? page.commonObjs.get(id) : undefined;
    } catch {
      return undefined;
    }
  };
  let ops: Promise<{ fnArray: number[]; argsArray: unknown[][] }> | undefined;
  const operatorList = (): Promise<{ fnArray: number[]; argsArray: unknown[][] }> => (ops ??= page.getOperatorList());
  await fonts.recodePage(content.items, fontObject, operatorList);
  // Font names reach commonObjs (shared by the document's pages) with pdfjs's operator list: a page that uses a
  // font no earlier page loaded has its list built (most plans use three or four fonts, all on page 1).
  if (content.items.some((it) => it.fontName && typeof it.str === 'string' && it.str.trim() && !page.commonObjs.has(it.fontName))) {
    try {
      await operatorList();
    } catch {
      // An unreadable operator list leaves the fonts unnamed: their style and family stay unknown.
    }
  }
  const fontStyle = new Map<string, FontName & { known: boolean }>();
  const styleOf = (fontName: string): FontName & { known: boolean } => {
    let s = fontStyle.get(fontName);
    if (!s) {
      let name = '';
      let known = false;
      try {
        if (page.commonObjs.has(fontName)) {
          name = String((page.commonObjs.get(fontName) as { name?: unknown }).name ?? '');
          known = true;
        }
      } catch {
        name = '';
      }
      s = { ...parseFontName(name), known };
      fontStyle.set(fontName, s);
    }
    return s;
  };
  let bits: TextBit[] = [];
  let hasText = false;
  let unmappedFont = false;
  const unmappedIds = new Map<string, boolean>();
  for (const it of content.items) {
    if (typeof it.str !== 'string' || !it.transform) continue;
    const str = it.str;
    if (!str.trim()) continue;
    hasText = true;
    if (!unmappedFont && it.fontName) {
      let u = unmappedIds.get(it.fontName);
      if (u === undefined) unmappedIds.set(it.fontName, (u = isUnmappedFont(fontObject(it.fontName))));
      unmappedFont = u;
    }
    const t = it.transform;
    const size = Math.hypot(t[0] ?? 0, t[1] ?? 0) || Math.abs(t[3] ?? 0) || 1;
    const [x, y] = viewport.convertToViewportPoint(t[4] ?? 0, t[5] ?? 0);
    const style = styleOf(it.fontName ?? '');
    // Leading/trailing spaces would shift positions: trim and move x by the trimmed width share.
    const lead = str.length - str.trimStart().length;
    const w = it.width ?? 0;
    const perChar = str.length ? w / str.length : 0;
    const trimmed = str.trim();
    bits.push({ str: trimmed, x: (x ?? 0) + lead * perChar, y: y ?? 0, w: trimmed.length * perChar, size, bold: style.bold, italic: style.italic, sup: false, font: style.known ? style.family : null });
  }
  // A page with a little text over a page-sized image is a scan with a stamp, a page number or a signature caption.
  let scanned = false;
  const chars = bits.reduce((k, b) => k + b.str.length, 0);
  if (chars > 0 && chars < LITTLE_TEXT_CHARS) {
    try {
      scanned = pageImageCover(await operatorList(), viewport) >= PAGE_IMAGE_COVER;
    } catch {
      scanned = false;
    }
  }
  if (ocr) {
    // `--ocr`: the recognised words are the page's text; its own bits stay only where OCR read nothing.
    const read = ocrBits(ocr);
    bits = [...read, ...uncoveredBits(bits, read)];
    hasText = bits.length > 0;
    scanned = false;
  }
  const forTables = afterTable || textInColumns(bits);
  const none = { h: [], v: [], images: [] };
  let ruled: ReturnType<typeof rulings> = forTables ? rulings(await operatorList(), viewport) : none;
  // Page 1 is read for lines in any case: the rule under the Tiêu ngữ (its operator list is built for the fonts
  // anyway). Its tables are cut only as before, when the text is laid out in columns.
  if (n === 1 && !forTables) {
    try {
      ruled = rulings(await operatorList(), viewport);
    } catch {
      ruled = none;
    }
  }
  const drawn = n === 1 ? { h: [...ruled.h], images: ruled.images } : undefined;
  const { h, v } = forTables ? ruled : none;
  const tables = findTables(h, v);
  const loose: TextBit[] = [];
  for (const b of bits) {
    const mx = b.x + Math.min(b.w / 2, 2);
    const my = b.y - b.size * 0.3;
    const table = tables.find((t) => mx >= t.left && mx <= t.right && my >= t.top && my <= t.bottom);
    if (!table) {
      loose.push(b);
      continue;
    }
    const rect = table.rects.find((r) => mx >= (table.xs[r.c0] ?? 0) && mx <= (table.xs[r.c1 + 1] ?? 0) && my >= (table.ys[r.r0] ?? 0) && my <= (table.ys[r.r1 + 1] ?? 0));
    if (rect) (rect as Rect & { bits?: TextBit[] }).bits = [...((rect as Rect & { bits?: TextBit[] }).bits ?? []), b];
    else loose.push(b);
  }
  for (const t of tables) {
    for (const r of t.rects) {
      const rb = (r as Rect & { bits?: TextBit[] }).bits ?? [];
      r.page = n;
      r.lines = groupLines(markSuperscripts(rb), n);
      const left = t.xs[r.c0] ?? 0;
      const right = t.xs[r.c1 + 1] ?? 0;
      r.paragraphs = cellParagraphs(r.lines, left, right);
    }
  }
  let lines = groupLines(markSuperscripts(loose), n);
  let borderlessColumns: BorderlessColumns | undefined;
  if (tables.length === 0) {
    const found = findBorderlessTable(lines, n, previous?.borderlessColumns);
    if (found) {
      lines = lines.filter((l) => !found.used.has(l));
      tables.push(found.table);
      if (!lines.some((l) => l.y > found.table.bottom)) borderlessColumns = found.columns;
    }
  }
  page.cleanup();
  return { page: n, width: viewport.width, height: viewport.height, lines, tables, hasText, overlaid: overlaidGlyphs(bits), ...(drawn ? { drawn } : {}), ...(borderlessColumns ? { borderlessColumns } : {}), ...(scanned ? { scanned } : {}), ...(unmappedFont ? { unmappedFont } : {}) };
}
