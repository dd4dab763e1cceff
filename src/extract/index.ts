// extractFacts(): walks a PlanDocument and runs every extractor over its text, each fact with its span.
import type { AbbreviationDefinition, AbbreviationUse, Citation, DateFact, Deadline, FactRole, Facts, Target } from '../model/facts.js';
import type { PlanDocument, Section } from '../model/plan.js';
import { areaOfTitle } from '../data/reform-areas.js';
import { findAbbreviations } from './abbreviations.js';
import { findCitations } from './citations.js';
import { findDates, scanTimes } from './dates.js';
import { findDeadlines, parseDeadline } from './deadlines.js';
import { inferReferenceDate } from './reference-date.js';
import { findTargets, isResultsTitle } from './targets.js';

export { citationKey, findCitations } from './citations.js';
export { findDates, parseCalendarDate, scanTimes } from './dates.js';
export { findDeadlines, parseDeadline } from './deadlines.js';
export { findTargets, isResultsTitle, normalizeIndicator } from './targets.js';
export { findAbbreviations } from './abbreviations.js';
export { inferReferenceDate } from './reference-date.js';

interface Piece {
  text: string;
  start: number;
  role: FactRole;
  area: string | null;
  past: boolean;
  /** Skip prose deadline search (a task's time cell: its deadline comes from the task). */
  noDeadlines?: boolean;
}

/**
 * Maps offsets inside a piece to offsets in the full text. A piece's text is usually a verbatim slice
 * starting at its span.start, but the parser may join lines ("\n" → " ") or cells continued across a
 * page break (with a repeated header in between): then each whitespace-separated token is located in
 * the full text from a moving cursor and offsets are carried over token by token.
 */
function offsetMapper(piece: string, start: number, full: string): (offset: number) => number {
  // Compared as a slice: V8's startsWith at an offset goes character by character, ten times slower here.
  if (full.slice(start, start + piece.length) === piece) return (o) => start + o;
  const tokens: { at: number; doc: number }[] = [];
  let cursor = start;
  for (const m of piece.matchAll(/\S+/gu)) {
    const found = full.indexOf(m[0], cursor);
    if (found < 0 || found - cursor > 4000) continue;
    tokens.push({ at: m.index, doc: found });
    cursor = found + m[0].length;
  }
  return (o) => {
    let lo = 0;
    let hi = tokens.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.at ?? 0) <= o) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const t = tokens[best];
    return t ? t.doc + (o - t.at) : start + o;
  };
}

function remap<T extends { span: { start: number; end: number } }>(items: T[], base: number, map: (o: number) => number): T[] {
  for (const x of items) {
    const s = map(x.span.start - base);
    // An end offset maps with the character before it, so a fact ending a token stays inside it.
    const e = x.span.end > x.span.start ? map(x.span.end - 1 - base) + 1 : s;
    x.span = { start: s, end: Math.max(s, e) };
  }
  return items;
}

/** Appends in a loop: push(...xs) overflows the stack beyond ~100,000 items (one huge paragraph full of facts). */
function append<T>(to: T[], xs: readonly T[]): void {
  for (const x of xs) to.push(x);
}

const key = (s: { span: { start: number; end: number } }): string => `${s.span.start}:${s.span.end}`;

function uniqueBy<T extends { span: { start: number; end: number } }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}

/**
 * Every fact of a parsed plan. `text` is the normalized full text the model's spans index.
 * Walks: legal bases (role 'basis'); subject, replaces, preamble, sections (titles and paragraphs,
 * recursively), closing and footnotes (role 'body'); table origin cells (role 'table'); and each task's
 * deadline cell (Deadline.task = index into doc.tasks). Spans index `text` even when the parser joined
 * a piece from several lines (each token is located in `text`); a fact's `text` is then the joined form. Fills `period` from the parser and
 * `referenceDate` (issue date, else inferred from citations, else `options.today`).
 */
export function extractFacts(doc: PlanDocument, text: string, options: { today?: string } = {}): Facts {
  const pieces: Piece[] = [];
  const add = (t: { text: string; span: { start: number } } | null | undefined, role: FactRole, area: string | null = null, past = false): void => {
    if (t && t.text.trim() !== '') pieces.push({ text: t.text, start: t.span.start, role, area, past });
  };
  for (const b of doc.legalBases) add(b, 'basis');
  add(doc.header.subject, 'body');
  add(doc.header.replaces, 'body');
  for (const p of doc.preamble) add(p, 'body');
  const walk = (s: Section, area: string | null, past: boolean): void => {
    const a = areaOfTitle(s.title) ?? area;
    const pa = past || isResultsTitle(s.title);
    add({ text: s.title, span: s.titleSpan }, 'body', a, pa);
    for (const p of s.paragraphs) add(p, 'body', a, pa);
    for (const c of s.children) walk(c, a, pa);
  };
  for (const s of doc.sections) walk(s, null, false);
  for (const p of doc.closing) add(p, 'body');
  for (const f of doc.footnotes) add(f, 'body');

  const deadlineCells = new Set<number>();
  for (const t of doc.tasks) if (t.deadline) deadlineCells.add(t.deadline.span.start);
  for (const table of doc.tables) {
    let area: string | null = null;
    for (const row of table.rows) {
      if (row.kind === 'area') {
        const first = row.cells.find((c) => c.text.trim() !== '');
        area = (first && areaOfTitle(first.text)) ?? area;
      }
      if (row.kind === 'header') continue;
      row.cells.forEach((cell, i) => {
        if (!cell.origin || cell.text.trim() === '') return;
        const isDeadline = table.columns[i] === 'deadline' || deadlineCells.has(cell.span.start);
        pieces.push({ text: cell.text, start: cell.span.start, role: 'table', area, past: false, noDeadlines: isDeadline });
      });
    }
  }

  const citations: Citation[] = [];
  const dates: DateFact[] = [];
  const deadlines: Deadline[] = [];
  const targets: Target[] = [];
  const definitions: AbbreviationDefinition[] = [];
  const uses: AbbreviationUse[] = [];

  doc.tasks.forEach((t, i) => {
    if (!t.deadline) return;
    const map = offsetMapper(t.deadline.text, t.deadline.span.start, text);
    const ds = parseDeadline(t.deadline.text, t.deadline.span.start, { task: i, role: t.source === 'table' ? 'table' : 'body' });
    append(deadlines, remap(ds, t.deadline.span.start, map));
  });
  for (const p of pieces) {
    const map = offsetMapper(p.text, p.start, text);
    const cs = remap(findCitations(p.text, p.start, p.role), p.start, map);
    for (const c of cs) {
      if (c.issuer) c.issuer.span = remap([{ span: c.issuer.span }], p.start, map)[0]?.span ?? c.issuer.span;
      if (c.date) c.date.span = remap([{ span: c.date.span }], p.start, map)[0]?.span ?? c.date.span;
    }
    append(citations, cs);
    const times = scanTimes(p.text);
    append(dates, remap(findDates(p.text, p.start, p.role, times), p.start, map));
    if (!p.noDeadlines) append(deadlines, remap(findDeadlines(p.text, p.start, p.role, { times }), p.start, map));
    append(targets, remap(findTargets(p.text, p.start, p.role, p.area, { past: p.past }), p.start, map));
    const ab = findAbbreviations(p.text, p.start);
    append(definitions, remap(ab.definitions, p.start, map));
    append(uses, remap(ab.uses, p.start, map));
  }

  // A prose task's "Thời gian thực hiện: …" is found twice (task and paragraph): keep the task's.
  const taskSpans = deadlines.filter((d) => d.task !== null);
  const dl = deadlines.filter((d) => d.task !== null || !taskSpans.some((t) => d.span.start < t.span.end && d.span.end > t.span.start));
  const byStart = <T extends { span: { start: number } }>(xs: T[]): T[] => xs.sort((a, b) => a.span.start - b.span.start);

  const allCitations = byStart(uniqueBy(citations));
  return {
    citations: allCitations,
    dates: byStart(uniqueBy(dates)),
    deadlines: byStart(uniqueBy(dl)),
    targets: byStart(uniqueBy(targets)),
    abbreviations: { definitions: byStart(uniqueBy(definitions)), uses: byStart(uniqueBy(uses)) },
    period: doc.period,
    referenceDate: inferReferenceDate(doc.header.issueDate, allCitations, options.today),
  };
}
