// Rewrites Word runs in document.xml as a string, at the offsets the Word XML reader gives: a run is split at
// character offsets (its w:rPr copied onto every piece), markup is inserted at the cuts, and pieces can be
// turned into deleted text. Every byte outside the rewritten runs is copied as it was.
import type { WordParagraph, WordRun } from '../load/docx-xml/index.js';

/** What to do at one character offset of one run. */
export interface RunEdit {
  paragraph: number;
  run: number;
  /** Character offset in the run's text, 0 … text.length. */
  offset: number;
  /** Markup inserted at the offset (comment range marks, an inserted run); edits at one offset keep their order. */
  insert: string;
  /** Order among edits at the same offset (lower first). */
  order: number;
}

/** A stretch of a run to be shown as deleted text (a tracked deletion). */
export interface RunDeletion {
  paragraph: number;
  run: number;
  start: number;
  end: number;
  /** The w:del element's opening tag. */
  open: string;
}

export function escapeXml(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** Characters a run piece adds to the run's text (deleted and instruction text add none). */
function visibleLength(kind: string, text: string): number {
  return kind === 'delText' || kind === 'instrText' ? 0 : text.length;
}

/** The opening tag and the w:rPr of a run (copied onto each piece of a split run). */
export function runHead(xml: string, run: WordRun): { open: string; rPr: string; contentStart: number } {
  const openEnd = xml.indexOf('>', run.xmlStart) + 1;
  const open = xml.slice(run.xmlStart, openEnd);
  let contentStart = openEnd;
  let rPr = '';
  const rest = xml.slice(openEnd, run.xmlEnd);
  const ws = /^\s*/u.exec(rest)?.[0].length ?? 0;
  if (rest.startsWith('<w:rPr/>', ws)) {
    contentStart = openEnd + ws + '<w:rPr/>'.length;
  } else if (rest.startsWith('<w:rPr>', ws) || rest.startsWith('<w:rPr ', ws)) {
    const close = rest.indexOf('</w:rPr>', ws);
    if (close >= 0) {
      rPr = rest.slice(ws, close + '</w:rPr>'.length);
      contentStart = openEnd + close + '</w:rPr>'.length;
    }
  }
  return { open: open.endsWith('/>') ? '<w:r>' : open, rPr, contentStart };
}

/**
 * Splits a run's content at `cuts` (run text offsets strictly inside the run): returns the content of each piece
 * (without the run's open tag and rPr). Text elements cut in the middle become two w:t elements.
 */
export function splitRunContent(xml: string, run: WordRun, cuts: readonly number[]): string[] {
  const { contentStart } = runHead(xml, run);
  const contentEnd = run.xmlEnd - '</w:r>'.length;
  const sorted = [...new Set(cuts)].filter((c) => c > 0 && c < run.text.length).sort((a, b) => a - b);
  const parts: string[] = [''];
  let cursor = contentStart;
  let k = 0;
  for (const piece of run.pieces) {
    if (piece.xmlStart < cursor) continue;
    const len = visibleLength(piece.kind, piece.text);
    const pStart = piece.textStart - run.textStart;
    // Cuts at (or before) the piece's start: the raw XML before it stays with the earlier part.
    parts[parts.length - 1] += xml.slice(cursor, piece.xmlStart);
    while (k < sorted.length && (sorted[k] as number) <= pStart && len > 0) {
      parts.push('');
      k++;
    }
    const inner: number[] = [];
    while (k < sorted.length && (sorted[k] as number) < pStart + len) inner.push((sorted[k++] as number) - pStart);
    if (inner.length > 0 && piece.kind === 't') {
      let from = 0;
      for (const c of [...inner, len]) {
        parts[parts.length - 1] += `<w:t xml:space="preserve">${escapeXml(piece.text.slice(from, c))}</w:t>`;
        if (c < len) parts.push('');
        from = c;
      }
    } else parts[parts.length - 1] += xml.slice(piece.xmlStart, piece.xmlEnd);
    cursor = piece.xmlEnd;
  }
  parts[parts.length - 1] += xml.slice(cursor, contentEnd);
  while (parts.length < sorted.length + 1) parts.push('');
  return parts;
}

/** Turns a run piece's content into deleted text (w:t → w:delText). */
function asDeleted(content: string): string {
  return content.replace(/<w:t(?=[\s>/])/gu, '<w:delText').replace(/<\/w:t>/gu, '</w:delText>');
}

/**
 * Applies edits and deletions to document.xml. Runs untouched by any edit are copied byte for byte; a touched
 * run is rewritten as its pieces with the inserted markup between them.
 */
export function applyRunEdits(xml: string, paragraphs: readonly WordParagraph[], edits: readonly RunEdit[], deletions: readonly RunDeletion[] = []): string {
  const byRun = new Map<string, { p: number; r: number; edits: RunEdit[]; dels: RunDeletion[] }>();
  const slot = (p: number, r: number) => {
    const key = `${p}:${r}`;
    let v = byRun.get(key);
    if (!v) byRun.set(key, (v = { p, r, edits: [], dels: [] }));
    return v;
  };
  for (const e of edits) slot(e.paragraph, e.run).edits.push(e);
  for (const d of deletions) slot(d.paragraph, d.run).dels.push(d);
  const replacements: { start: number; end: number; text: string }[] = [];
  for (const { p, r, edits: es, dels } of byRun.values()) {
    const run = paragraphs[p]?.runs[r];
    if (!run) continue;
    const cuts = [...es.map((e) => e.offset), ...dels.flatMap((d) => [d.start, d.end])];
    const points = [0, ...[...new Set(cuts)].filter((c) => c > 0 && c < run.text.length).sort((a, b) => a - b), run.text.length];
    const parts = splitRunContent(xml, run, points.slice(1, -1));
    const { open, rPr } = runHead(xml, run);
    const at = (offset: number): string =>
      es
        .filter((e) => e.offset === offset)
        .sort((a, b) => a.order - b.order)
        .map((e) => e.insert)
        .join('');
    let out = '';
    parts.forEach((content, i) => {
      const start = points[i] as number;
      const end = points[i + 1] as number;
      out += at(start);
      const del = dels.find((d) => d.start <= start && end <= d.end && end > start);
      if (del) out += `${del.open}${open}${rPr}${asDeleted(content)}</w:r></w:del>`;
      else if (content || i === 0) out += `${open}${rPr}${content}</w:r>`;
    });
    out += at(run.text.length);
    replacements.push({ start: run.xmlStart, end: run.xmlEnd, text: out });
  }
  replacements.sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  for (const rep of replacements) {
    result += xml.slice(cursor, rep.start) + rep.text;
    cursor = rep.end;
  }
  return result + xml.slice(cursor);
}
