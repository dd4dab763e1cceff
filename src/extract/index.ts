// extractFacts(): walks a PlanDocument and runs every extractor over its text, each fact with its span.
import type { AbbreviationDefinition, AbbreviationUse, Citation, DateFact, Deadline, FactRole, Facts, Target } from '../model/facts.js';
import type { PlanDocument, Section } from '../model/plan.js';
import { areaOfTitle } from '../data/reform-areas.js';
import { findAbbreviations } from './abbreviations.js';
import { findCitations } from './citations.js';
import { findDates } from './dates.js';
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

const key = (s: { span: { start: number; end: number } }): string => `${s.span.start}:${s.span.end}`;

function uniqueBy<T extends { span: { start: number; end: number } }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}

/**
 * Every fact of a parsed plan. `text` is the normalized full text the model's spans index.
 * Walks: legal bases (role 'basis'); subject, replaces, preamble, sections (titles and paragraphs,
 * recursively), closing and footnotes (role 'body'); table origin cells (role 'table'); and each task's
 * deadline cell (Deadline.task = index into doc.tasks). Fills `period` from the parser and
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
    if (t.deadline) deadlines.push(...parseDeadline(t.deadline.text, t.deadline.span.start, { task: i, role: t.source === 'table' ? 'table' : 'body' }));
  });
  for (const p of pieces) {
    citations.push(...findCitations(p.text, p.start, p.role));
    dates.push(...findDates(p.text, p.start, p.role));
    if (!p.noDeadlines) deadlines.push(...findDeadlines(p.text, p.start, p.role));
    targets.push(...findTargets(p.text, p.start, p.role, p.area, { past: p.past }));
    const ab = findAbbreviations(p.text, p.start);
    definitions.push(...ab.definitions);
    uses.push(...ab.uses);
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
