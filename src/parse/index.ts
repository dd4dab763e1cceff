// Parses loaded blocks into a PlanDocument: header, preamble and legal bases, sections, tables and tasks,
// recipients, signature, footnotes and appendices.
import type { Block, LoadedDocument, TableBlock } from '../load/types.js';
import type { Appendix, CoverDecision, Footnote, Paragraph, PlanDocument, Recipients, Signature, Table, Task } from '../model/plan.js';
import { footerStart, hasRecipientsHeading, isSignatureStart, parseFooter } from './footer.js';
import { parseHeader } from './header.js';
import { neutralise } from './header-zone.js';
import { basesOfLine } from './legal-bases.js';
import { cleanLine, isAllCaps, type Line, toRef } from './lines.js';
import { isCapsHeading, parseMarker } from './markers.js';
import { periodOfLines } from './period.js';
import { buildSections } from './sections.js';
import { buildTable } from './table.js';
import { isTaskTable, tasksFromSections, tasksFromTable } from './tasks.js';

const TITLE_RE = /^KẾ\s+HOẠCH(?![\p{L}\p{N}])/u;
const APPENDIX_RE = /^(PHỤ\s+LỤC|Phụ\s+lục)(\s+(?:số\s+)?[IVXL\d]+)?\s*[:.]?\s*(\p{Lu}.*)?$/u;
const ATTACHED_RE = /^\(?\s*(Kèm\s+theo|Ban\s+hành\s+kèm\s+theo)(?![\p{L}\p{N}])/iu;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const FOOTNOTE_LINE_RE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(?=\S)/u;
const CLOSING_RE = /^Trên\s+đây(?![\p{L}\p{N}])|\.\/\.$/u;
// Lines a web page wraps around an article (menus, share boxes): tolerated and ignored.
const WEB_TAIL_RE = /^(Tin\s+liên\s+quan|Bài\s+viết\s+liên\s+quan|Tin\s+cùng\s+chuyên\s+mục)(?![\p{L}\p{N}])/iu;
const WEB_NOISE_RE = /^(noData|Không\s+có\s+dữ\s+liệu|Tác\s+giả\s*:.*|BBT\s*\(.*\)|[•·*]\s*:?|A-\s*A\s*A\+.*|In\s+bài\s+viết|Chia\s+sẻ)$/iu;

type Item = { kind: 'line'; line: Line } | { kind: 'table'; block: TableBlock };

function fromSuperscript(s: string): string {
  return [...s].map((ch) => String(SUPERSCRIPT.indexOf(ch))).join('');
}

/** Header and signature layout tables are read as lines, in reading order. */
function isLayoutTable(block: TableBlock, beforeTitle: boolean): boolean {
  if (beforeTitle) return true;
  const cells = block.rows.flat().map((c) => c.text.trim());
  return cells.some((t) => hasRecipientsHeading(t) || /^Số\s*:/u.test(t) || /CỘNG\s+HÒA|Độc\s+lập\s*-/u.test(t));
}

/** A one-cell table after "Nơi nhận" is a frame around a footer line (the filing line, the signer's name). */
function isFooterFrame(block: TableBlock, afterRecipients: boolean): boolean {
  return afterRecipients && block.rows.length === 1 && block.rows[0]?.length === 1;
}

function toItems(blocks: readonly Block[]): Item[] {
  const titleBlock = blocks.findIndex((b) => b.kind === 'paragraph' && TITLE_RE.test(b.text.replace(/^\*+/u, '')));
  const recipientsBlock = blocks.findIndex((b) => b.kind === 'paragraph' && hasRecipientsHeading(b.text));
  const items: Item[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph') {
      const line: Line = { text: b.text, start: b.start, end: b.end, block: i };
      if (b.bold) line.bold = true;
      if (b.italic) line.italic = true;
      if (b.footnote) line.footnote = b.footnote;
      items.push({ kind: 'line', line: cleanLine(line) });
    } else if (isLayoutTable(b, titleBlock >= 0 && i < titleBlock) || isFooterFrame(b, recipientsBlock >= 0 && i > recipientsBlock)) {
      for (const row of b.rows) {
        for (const cell of row) {
          if (cell.text.trim() === '') continue;
          items.push({ kind: 'line', line: cleanLine({ text: cell.text, start: cell.start, end: cell.end, block: i }) });
        }
      }
    } else items.push({ kind: 'table', block: b });
  });
  return items;
}

/** A cover decision's bases, recipients and signature, from its lines after the subject. */
function readDecisionBody(lines: readonly Line[], body: { from: number; to: number }, cover: CoverDecision): void {
  const inBody = lines.slice(body.from, body.to);
  const articles = inBody.findIndex((l) => /^[\s*]*(QUYẾT\s+ĐỊNH\s*:|Điều\s+1\s*[.:])/u.test(l.text));
  cover.legalBases = joinedParagraphs(articles < 0 ? inBody : inBody.slice(0, articles)).flatMap(basesOfLine);
  const from = body.from + Math.max(0, articles);
  const recipientsAt = firstIndex(lines, from, (l, i) => i < body.to && hasRecipientsHeading(l.text));
  // The footer reader sorts recipients and signature by content, whichever stands first ("|" cells, wraps).
  const footerAt = recipientsAt >= 0 && recipientsAt < body.to ? footerStart(lines, recipientsAt, from) : firstIndex(lines, from, (l, i) => i < body.to && isSignatureStart(l.text));
  if (footerAt < 0 || footerAt >= body.to) return;
  const footer = parseFooter(lines, footerAt, body.to);
  cover.recipients = footer.recipients;
  cover.signature = footer.signature;
}

/** Hard-wrapped lines (contiguous in the source) joined into one line per paragraph, Markdown emphasis blanked. */
function joinedParagraphs(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const text = neutralise(l.text);
    const prev = out[out.length - 1];
    const opens = /^\s*(Căn\s+cứ|Thực\s+hiện|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị)/u.test(text);
    if (prev && prev.end + 1 === l.start && !opens && !/[;.:]\s*$/u.test(prev.text)) {
      prev.text += ` ${text}`;
      prev.end = l.end;
    } else out.push({ ...l, text });
  }
  return out.map((l) => {
    const lead = l.text.length - l.text.trimStart().length;
    return { ...l, text: l.text.trim(), start: l.start + lead, end: l.start + lead + l.text.trim().length };
  });
}

function firstIndex(lines: readonly Line[], from: number, test: (l: Line, i: number) => boolean): number {
  for (let i = from; i < lines.length; i++) if (test(lines[i] as Line, i)) return i;
  return -1;
}

/**
 * A text cut off mid-sentence (a web excerpt that stops at "triển khai thực hi"): no recipients, no signature, no
 * "./." closing anywhere, and the last line of text ends without final punctuation. Such a file is not a plan that
 * lacks its closing block, so the end-of-document checks are skipped for it.
 */
function isCutOff(
  lines: readonly Line[],
  tablesAt: readonly { at: number }[],
  f: { recipients: unknown; signature: unknown; closing: readonly Line[]; stop: number; skip: (l: Line) => boolean },
): boolean {
  if (f.recipients || f.signature || f.closing.length > 0) return false;
  if (lines.some((l) => /\.\s*\/\s*\.[*_\s]*$/u.test(l.text))) return false;
  let i = f.stop - 1;
  while (i >= 0 && (f.skip(lines[i] as Line) || WEB_NOISE_RE.test((lines[i] as Line).text.trim()))) i--;
  if (i < 0) return false;
  // A document that ends with a table is not judged (its last row may well be complete).
  if (tablesAt.some((t) => t.at > i)) return false;
  const t = (lines[i] as Line).text.replace(/[*_\s]+$/u, '');
  if (/[.!?;…)\]"”'’»]$/u.test(t) || isAllCaps(t, 2)) return false;
  return t.split(/\s+/u).length >= 3;
}

export interface ParseInfo {
  path: string;
  bytes: number;
}

export function parsePlan(loaded: LoadedDocument, info: ParseInfo): PlanDocument {
  const items = toItems(loaded.blocks);
  const lines: Line[] = [];
  // For each table: how many lines precede it (its position among lines).
  const tablesAt: { block: TableBlock; at: number }[] = [];
  for (const it of items) {
    if (it.kind === 'line') lines.push(it.line);
    else tablesAt.push({ block: it.block, at: lines.length });
  }

  const { header, subjectLines, next: preambleStart, coverDecision, decisionBody } = parseHeader(lines);
  if (coverDecision && decisionBody) readDecisionBody(lines, decisionBody, coverDecision);
  const isFootnote = (l: Line): boolean => l.footnote !== undefined || FOOTNOTE_LINE_RE.test(l.text);
  const firstSection = firstIndex(lines, preambleStart, (l) => parseMarker(l.text) !== null);
  // Footer: "Nơi nhận" (in any cell of a side-by-side layout), with a signature block that may stand above it.
  let recipientsAt = firstIndex(lines, preambleStart, (l) => hasRecipientsHeading(l.text));
  // A plan attached to a cover decision: the decision's footer stands before the plan's title.
  const coverFooter = recipientsAt < 0 ? firstIndex(lines, 0, (l, i) => i < preambleStart && hasRecipientsHeading(l.text)) : -1;
  if (recipientsAt < 0 && coverFooter >= 0) recipientsAt = coverFooter;
  const footerAt = recipientsAt >= 0 ? footerStart(lines, recipientsAt, coverFooter >= 0 ? 0 : preambleStart) : -1;
  const appendixAt = firstIndex(
    lines,
    Math.max(preambleStart, recipientsAt, firstSection),
    (l) => APPENDIX_RE.test(l.text) && l.text.length < 200 && !/[.;]$/u.test(l.text),
  );
  const webTailAt = firstIndex(lines, preambleStart, (l) => WEB_TAIL_RE.test(l.text));
  const end = lines.length;
  const candidates = [coverFooter >= 0 ? -1 : footerAt, appendixAt, webTailAt].filter((i) => i >= 0);
  let bodyEnd = candidates.length ? Math.min(...candidates) : end;

  // Signature without "Nơi nhận": a title line in capitals among the last lines of the body.
  let signatureAt = -1;
  if (recipientsAt < 0) {
    for (let i = Math.max(preambleStart, bodyEnd - 8); i < bodyEnd; i++) {
      if (isSignatureStart((lines[i] as Line).text)) {
        signatureAt = i;
        break;
      }
    }
    if (signatureAt >= 0) bodyEnd = signatureAt;
  }

  const footnotes: Footnote[] = [];
  for (let i = preambleStart; i < end; i++) {
    const l = lines[i] as Line;
    if (!isFootnote(l)) continue;
    const m = FOOTNOTE_LINE_RE.exec(l.text);
    const marker = l.footnote ?? fromSuperscript(m?.[1] ?? '');
    const text = m ? l.text.slice(m[0].length) : l.text;
    footnotes.push({ marker, text, span: { start: l.end - text.length, end: l.end } });
  }

  let bodyLines = lines.slice(preambleStart, bodyEnd).filter((l) => !isFootnote(l) && !WEB_NOISE_RE.test(l.text.trim()));
  const closingLines: Line[] = [];
  while (bodyLines.length > 0) {
    const last = bodyLines[bodyLines.length - 1] as Line;
    if (!CLOSING_RE.test(last.text) || parseMarker(last.text)) break;
    closingLines.unshift(last);
    bodyLines = bodyLines.slice(0, -1);
  }
  const sectionStart = bodyLines.findIndex((l) => parseMarker(l.text) !== null || isCapsHeading(l.text));
  const preambleLines = sectionStart < 0 ? bodyLines : bodyLines.slice(0, sectionStart);
  const tree = buildSections(sectionStart < 0 ? [] : bodyLines.slice(sectionStart));
  const preamble: Paragraph[] = preambleLines.map((l) => ({ text: l.text, span: { start: l.start, end: l.end } }));

  let recipients: Recipients | null = null;
  let signature: Signature | null = null;
  const zoneFrom = footerAt >= 0 ? footerAt : signatureAt;
  if (zoneFrom >= 0) {
    const stops = [appendixAt, webTailAt, coverFooter >= 0 ? preambleStart : -1].filter((i) => i > zoneFrom);
    const footer = parseFooter(lines, zoneFrom, stops.length ? Math.min(...stops) : end);
    recipients = footer.recipients;
    signature = footer.signature;
  }
  const truncated = isCutOff(lines, tablesAt, {
    recipients,
    signature,
    closing: closingLines,
    // The body's last line: before an appendix or a web page's trailing menus.
    stop: Math.min(...[appendixAt, webTailAt, end].filter((i) => i >= 0)),
    skip: isFootnote,
  });

  // Tables: body tables one by one; appendix parts joined with the area headings typed between them.
  const tables: Table[] = [];
  const tasks: Task[] = [];
  const appendices: Appendix[] = [];
  const appendixStarts: number[] = [];
  if (appendixAt >= 0) {
    for (let i = appendixAt; i < end; i++) {
      const l = lines[i] as Line;
      if (APPENDIX_RE.test(l.text) && l.text.length < 200 && !/[.;]$/u.test(l.text)) appendixStarts.push(i);
    }
  }
  const appendixOf = (at: number): number => {
    let idx = -1;
    appendixStarts.forEach((s, k) => {
      if (at > s) idx = k;
    });
    return idx;
  };
  type Part = TableBlock | { areaText: string; start: number; end: number };
  const groups: { parts: Part[]; appendix: number }[] = [];
  let prevAt = -1;
  for (const { block, at } of tablesAt) {
    const appendix = appendixOf(at);
    const last = groups[groups.length - 1];
    const between = prevAt >= 0 ? lines.slice(prevAt, at) : [];
    const onlyAreas = between.every((l) => /^[IVXL]{1,6}\s*[.)]\s*\p{Lu}/u.test(l.text) && isCapsHeading(l.text));
    if (last && appendix >= 0 && last.appendix === appendix && onlyAreas) {
      for (const l of between) last.parts.push({ areaText: l.text, start: l.start, end: l.end });
      last.parts.push(block);
    } else groups.push({ parts: [block], appendix });
    prevAt = at;
  }
  const tableAppendix: number[] = [];
  for (const g of groups) {
    const table = buildTable(g.parts);
    tables.push(table);
    tableAppendix.push(g.appendix);
    if (isTaskTable(table)) for (const t of tasksFromTable(table)) tasks.push(t);
  }
  appendixStarts.forEach((s, k) => {
    const stop = appendixStarts[k + 1] ?? end;
    const head = lines[s] as Line;
    let title = toRef(head);
    let reference = null;
    const titleParts: Line[] = [];
    for (let i = s + 1; i < stop && i < s + 6; i++) {
      const l = lines[i] as Line;
      if (ATTACHED_RE.test(l.text)) {
        reference = toRef(l);
        break;
      }
      if (isFootnote(l)) break;
      titleParts.push(l);
    }
    if (titleParts.length > 0) {
      const first = titleParts[0] as Line;
      const lastPart = titleParts[titleParts.length - 1] as Line;
      title = { text: titleParts.map((l) => l.text).join(' '), span: { start: first.start, end: lastPart.end } };
    }
    const indices = tableAppendix.flatMap((a, i) => (a === k ? [i] : []));
    const lastLine = lines[stop - 1] as Line;
    const spanEnd = indices.reduce((m, i) => Math.max(m, (tables[i] as Table).span.end), lastLine.end);
    appendices.push({ title, reference, span: { start: head.start, end: spanEnd }, tables: indices });
  });
  // A loop, not push(...): a table of 200,000 rows would overflow the stack.
  for (const t of tasksFromSections(tree.sections)) tasks.push(t);

  return {
    source: {
      path: info.path,
      format: loaded.format,
      encoding: loaded.encoding,
      ...(loaded.pageCount ? { pageCount: loaded.pageCount } : {}),
      bytes: info.bytes,
      ...(loaded.signatures?.length ? { digitalSignatures: loaded.signatures } : {}),
      ...(loaded.ocr?.pages.length ? { ocrPages: loaded.ocr.pages.map((p) => p.page) } : {}),
    },
    header,
    coverDecision,
    // A plan issued by a decision: the decision's bases are the plan's too.
    legalBases: [...(coverDecision?.legalBases ?? []), ...preambleLines.flatMap(basesOfLine)],
    period: periodOfLines(subjectLines, header.issueDate?.year ?? coverDecision?.header.issueDate?.year ?? null),
    sections: tree.sections,
    tables,
    tasks,
    recipients: recipients ?? coverDecision?.recipients ?? null,
    signature: signature ?? coverDecision?.signature ?? null,
    ...(truncated ? { truncated: true as const } : {}),
    footnotes,
    appendices,
    preamble,
    closing: closingLines.map((l) => ({ text: l.text, span: { start: l.start, end: l.end } })),
    ...(loaded.presentation ? { presentation: loaded.presentation } : {}),
  };
}
