// Helpers for task rules: which table a task comes from, and whether a task has substance to judge.
import type { PlanDocument, Task, Table, ColumnRole } from '../model/plan.js';

/** The table a table task was read from ("table 2 row 5" → tables[2]; 1-based "table 3" tolerated when out of range). */
export function tableOf(doc: PlanDocument, task: Task): { index: number; table: Table } | null {
  if (task.source !== 'table') return null;
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
