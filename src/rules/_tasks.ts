// Helpers for task rules: which table a task comes from, and whether a task has substance to judge.
import type { PlanDocument, Task, Table, ColumnRole } from '../model/plan.js';

/**
 * The table a table task was read from: the table whose span holds the task's row (else, for hand-built
 * models, "table 2 row 5" → tables[2]; 1-based "table 3" tolerated when out of range).
 */
export function tableOf(doc: PlanDocument, task: Task): { index: number; table: Table } | null {
  if (task.source !== 'table') return null;
  const at = doc.tables.findIndex((t) => task.span.start >= t.span.start && task.span.end <= t.span.end);
  if (at >= 0) return { index: at, table: doc.tables[at] as Table };
  const m = /table\s*(\d+)/iu.exec(task.at);
  if (!m) return null;
  const n = Number(m[1]);
  for (const i of [n, n - 1]) {
    const t = doc.tables[i];
    if (t && task.span.start >= t.span.start && task.span.end <= t.span.end) return { index: i, table: t };
  }
  const t = doc.tables[n];
  return t ? { index: n, table: t } : null;
}

const t = (r: Task['mission']): string => r?.text.trim() ?? '';

/**
 * A group row ("I | CẢI CÁCH THỂ CHẾ | | |"): a Roman number or an all-capitals title and nothing else.
 * The parser marks most of them as area rows; this guard keeps the task rules quiet where it does not.
 */
export function isAreaRow(task: Task): boolean {
  const others = [task.lead, task.output, task.deadline, task.partners, task.budget, task.activity].every((r) => t(r) === '');
  if (!others) return false;
  const title = t(task.mission) || t(task.objective);
  return /^[IVXL]+\.?$/u.test(task.number?.trim() ?? '') || (title.length > 0 && title === title.toUpperCase());
}

/** A task worth judging: it says what is to be done. Rows that only continue a cell carry no mission or activity. */
export function hasSubstance(task: Task): boolean {
  return (t(task.mission).length > 0 || t(task.activity).length > 0) && !isAreaRow(task);
}

/** Whether the task's own table has a column with this role. */
export function tableHasColumn(doc: PlanDocument, task: Task, role: ColumnRole): boolean | null {
  const t = tableOf(doc, task);
  return t ? t.table.columns.includes(role) : null;
}

/** Short label of a task for messages. */
export function taskLabel(task: Task): string {
  const s = (task.activity?.text || task.mission?.text || task.objective?.text || '').replace(/<[^>]+>/gu, '').replace(/\s+/gu, ' ').trim();
  return s.length > 70 ? `${s.slice(0, 67)}…` : s;
}

/** Where a task field is missing: one task row or prose task, or a whole table that has no column for it. */
export type MissingField = { kind: 'task'; task: Task; index: number } | { kind: 'table'; table: Table; index: number };

/** The header row of a table (where a missing column is reported). */
export function tableHeaderSpan(table: Table): { start: number; end: number } {
  const head = table.rows.find((r) => r.kind === 'header');
  return head ? head.span : { start: table.span.start, end: table.span.start + (table.header.join('\t').length || 1) };
}

/**
 * The tasks that lack a field, judged against what the plan actually has:
 * - a table task only when its table has a column for the field (an empty cell is a gap);
 * - a table without the column: once for the table, and only when `columnRequired` (the profile asks for it);
 * - a prose task only when the plan writes that field as a labelled line elsewhere ("+ Sản phẩm: …"),
 *   i.e. when the plan itself uses the label pattern.
 * `has(task, i)` says whether task i has the field (its own text or, for deadlines, an extracted fact).
 */
export function* missingFields(
  doc: PlanDocument,
  role: 'lead' | 'output' | 'deadline',
  has: (task: Task, index: number) => boolean,
  columnRequired: boolean,
): Generator<MissingField> {
  const proseUsesLabel = doc.tasks.some((t) => t.source === 'prose' && (t[role]?.text.trim() ?? '') !== '');
  const tablesSeen = new Set<number>();
  for (const [i, task] of doc.tasks.entries()) {
    if (has(task, i) || !hasSubstance(task)) continue;
    if (task.source === 'prose') {
      if (proseUsesLabel) yield { kind: 'task', task, index: i };
      continue;
    }
    const t = tableOf(doc, task);
    if (!t || t.table.columns.includes(role)) {
      yield { kind: 'task', task, index: i };
      continue;
    }
    if (columnRequired && !tablesSeen.has(t.index)) yield { kind: 'table', table: t.table, index: t.index };
    tablesSeen.add(t.index);
  }
}
