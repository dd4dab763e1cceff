import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/task/missing-lead.js';
import { emptyDoc, run, task } from '../_helpers.js';
import type { Table } from '../../../src/model/plan.js';

const table = (text: string, columns: Table['columns']): Table => ({ span: { start: 0, end: text.length }, columns, header: columns, rows: [], mergedRows: 0, droppedHeaderRows: 0 });

describe('task/missing-lead', () => {
  it('accepts a task with a lead', () => {
    const text = 'TT\tNhiệm vụ\tChủ trì\n1\tRà soát TTHC\tVăn phòng\n';
    const doc = emptyDoc();
    doc.tables.push(table(text, ['number', 'mission', 'lead']));
    doc.tasks.push(task(text, { row: '1\tRà soát TTHC\tVăn phòng', mission: 'Rà soát TTHC', lead: 'Văn phòng' }));
    expect(run(rule, { text, doc })).toEqual([]);
  });
  it('reports an empty lead cell', () => {
    const text = 'TT\tNhiệm vụ\tChủ trì\n1\tRà soát TTHC\t\n';
    const doc = emptyDoc();
    doc.tables.push(table(text, ['number', 'mission', 'lead']));
    doc.tasks.push(task(text, { row: '1\tRà soát TTHC\t', mission: 'Rà soát TTHC' }));
    expect(run(rule, { text, doc }).map((r) => [r.messageId, r.data?.task])).toEqual([['missing', 'Rà soát TTHC']]);
  });
  it('reports a table without a lead column once, and ignores prose bullets', () => {
    const text = 'TT\tNhiệm vụ\n1\tRà soát TTHC\n2\tKiểm tra\n- Tăng cường tuyên truyền.\n';
    const doc = emptyDoc();
    doc.tables.push(table(text, ['number', 'mission']));
    doc.tasks.push(task(text, { row: '1\tRà soát TTHC', mission: 'Rà soát TTHC' }), task(text, { row: '2\tKiểm tra', mission: 'Kiểm tra' }));
    doc.tasks.push({ ...task(text, { row: '- Tăng cường tuyên truyền.', mission: 'Tăng cường tuyên truyền.' }), source: 'prose', at: 'III.1' });
    expect(run(rule, { text, doc }).map((r) => r.messageId)).toEqual(['noColumn']);
  });
});
