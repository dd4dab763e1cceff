import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/deadline/missing.js';
import { at, emptyDoc, run, task } from '../_helpers.js';
import type { Table } from '../../../src/model/plan.js';

function table(text: string, columns: Table['columns']): Table {
  return { span: { start: 0, end: text.length }, columns, header: columns, rows: [], mergedRows: 0, droppedHeaderRows: 0 };
}

describe('deadline/missing', () => {
  it('accepts a task with a deadline, and a row without a mission (continuation)', () => {
    const text = 'TT\tNhiệm vụ\tChủ trì\tThời gian\n1\tRà soát TTHC\tVăn phòng\tQuý II/2025\n\t\t\t\n';
    const doc = emptyDoc();
    doc.tables.push(table(text, ['number', 'mission', 'lead', 'deadline']));
    doc.tasks.push(task(text, { row: '1\tRà soát TTHC\tVăn phòng\tQuý II/2025', mission: 'Rà soát TTHC', lead: 'Văn phòng', deadline: 'Quý II/2025' }));
    doc.tasks.push({ ...task(text, { row: '\t\t\t' }), span: at(text, '\t\t\t\n') });
    expect(run(rule, { text, doc })).toEqual([]);
  });
  it('reports a task whose deadline cell is empty', () => {
    const text = 'TT\tNhiệm vụ\tChủ trì\tThời gian\n1\tRà soát TTHC\tVăn phòng\t\n';
    const doc = emptyDoc();
    doc.tables.push(table(text, ['number', 'mission', 'lead', 'deadline']));
    doc.tasks.push(task(text, { row: '1\tRà soát TTHC\tVăn phòng\t', mission: 'Rà soát TTHC', lead: 'Văn phòng' }));
    expect(run(rule, { text, doc }).map((r) => [r.messageId, r.data?.task])).toEqual([['missing', 'Rà soát TTHC']]);
  });
  it('reports a table without a deadline column once', () => {
    const text = 'TT\tNhiệm vụ\tChủ trì\n1\tRà soát TTHC\tVăn phòng\n2\tKiểm tra\tThanh tra\n';
    const doc = emptyDoc();
    doc.tables.push(table(text, ['number', 'mission', 'lead']));
    doc.tasks.push(task(text, { row: '1\tRà soát TTHC\tVăn phòng', mission: 'Rà soát TTHC', lead: 'Văn phòng' }));
    doc.tasks.push(task(text, { row: '2\tKiểm tra\tThanh tra', mission: 'Kiểm tra', lead: 'Thanh tra' }));
    expect(run(rule, { text, doc }).map((r) => r.messageId)).toEqual(['noColumn']);
  });
});
