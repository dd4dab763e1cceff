// Parses loaded blocks into a PlanDocument: header, preamble and legal bases, sections, tables and tasks,
// recipients, signature, footnotes and appendices. parsePlan is a list of stages, each in its own module:
// lines (items.ts) → header (header.ts, cover-decision.ts) → zones and footer (zones.ts) → body (body.ts)
// → legal bases (legal-bases.ts) → tables and appendices (appendices.ts) → tasks (tasks.ts) → the document.
import type { LoadedDocument } from '../load/types.js';
import type { CoverDecision, Header, LegalBasis, PlanDocument, Section, Table, Task } from '../model/plan.js';
import { readAppendices, readTables } from './appendices.js';
import { isFootnote, readBody, readFootnotes } from './body.js';
import { readDecisionBody } from './cover-decision.js';
import { parseHeader, type TitleBlock } from './header.js';
import { readLines } from './items.js';
import { basesOfLine } from './legal-bases.js';
import type { Line } from './lines.js';
import { periodOfLines } from './period.js';
import { isTaskTable, tasksFromSections, tasksFromTable } from './tasks.js';
import { isTruncated, locateZones, readFooter } from './zones.js';

export interface ParseInfo {
  path: string;
  bytes: number;
}

interface HeaderRead {
  header: Header;
  /** The title's subject lines ("Cải cách hành chính năm 2025"), where the period is read. */
  subjectLines: TitleBlock['subjectLines'];
  /** First line after the header (and after a cover decision's body). */
  preambleStart: number;
  coverDecision: CoverDecision | null;
}

/** Stage 2: the header zone, the title and subject, and a cover decision with its own bases and footer. */
function readHeader(lines: readonly Line[]): HeaderRead {
  const { header, subjectLines, next, coverDecision, decisionBody } = parseHeader(lines);
  if (coverDecision && decisionBody) readDecisionBody(lines, decisionBody, coverDecision);
  return { header, subjectLines, preambleStart: next, coverDecision };
}

/** The legal bases: a cover decision's first (a plan issued by a decision shares them), then the preamble's. */
function readLegalBases(coverDecision: CoverDecision | null, preambleLines: readonly Line[]): LegalBasis[] {
  return [...(coverDecision?.legalBases ?? []), ...preambleLines.flatMap(basesOfLine)];
}

/** The tasks: rows of task tables first, then tasks written as sections. */
function collectTasks(tables: readonly Table[], sections: readonly Section[]): Task[] {
  const tasks: Task[] = [];
  // Loops, not push(...): a table of 200,000 rows would overflow the stack.
  for (const table of tables) if (isTaskTable(table)) for (const t of tasksFromTable(table)) tasks.push(t);
  for (const t of tasksFromSections(sections)) tasks.push(t);
  return tasks;
}

export function parsePlan(loaded: LoadedDocument, info: ParseInfo): PlanDocument {
  const { lines, tablesAt } = readLines(loaded.blocks);
  const { header, subjectLines, preambleStart, coverDecision } = readHeader(lines);
  const zones = locateZones(lines, preambleStart);
  const footnotes = readFootnotes(lines, preambleStart);
  const body = readBody(lines, preambleStart, zones.bodyEnd);
  const legalBases = readLegalBases(coverDecision, body.preambleLines);
  const footer = readFooter(lines, zones, preambleStart);
  const truncated = isTruncated(lines, tablesAt, zones, footer, body.closingLines, isFootnote);
  const tablesRead = readTables(lines, tablesAt, zones);
  const appendices = readAppendices(lines, tablesRead, zones.end);
  const tasks = collectTasks(tablesRead.tables, body.sections);

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
    legalBases,
    period: periodOfLines(subjectLines, header.issueDate?.year ?? coverDecision?.header.issueDate?.year ?? null),
    sections: body.sections,
    tables: tablesRead.tables,
    tasks,
    recipients: footer.recipients ?? coverDecision?.recipients ?? null,
    signature: footer.signature ?? coverDecision?.signature ?? null,
    ...(truncated ? { truncated: true as const } : {}),
    footnotes,
    appendices,
    preamble: body.preamble,
    closing: body.closingLines.map((l) => ({ text: l.text, span: { start: l.start, end: l.end } })),
    ...(loaded.presentation ? { presentation: loaded.presentation } : {}),
  };
}
