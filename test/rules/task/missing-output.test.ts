import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/task/missing-output.js';
import { emptyDoc, run, task } from '../_helpers.js';
import type { Table } from '../../../src/model/plan.js';

const table = (text: string, columns: Table['columns']): Table => ({ span: { start: 0, end: text.length }, columns, header: columns, rows: [], mergedRows: 0, droppedHeaderRows: 0 });

describe('task/missing-output', () => {
  it('accepts a task with an output', () => {
    const text = 'TT\tNhiệm vụ\tSản phẩm\n1\tRà soát TTHC\tBáo cáo\n';
    const doc = emptyDoc();
    doc.tables.push(table(text, ['number', 'mission', 'output']));
    doc.tasks.push(task(text, { row: '1\tRà soát TTHC\tBáo cáo', mission: 'Rà soát TTHC', output: 'Báo cáo' }));
    expect(run(rule, { text, doc })).toEqual([]);
  });
  it('reports an empty output cell', () => {
    const text = 'TT\tNhiệm vụ\tSản phẩm\n1\tRà soát TTHC\t\n';
    const doc = emptyDoc();
    doc.tables.push(table(text, ['number', 'mission', 'output']));
    doc.tasks.push(task(text, { row: '1\tRà soát TTHC\t', mission: 'Rà soát TTHC' }));
    expect(run(rule, { text, doc }).map((r) => [r.messageId, r.data?.task])).toEqual([['missing', 'Rà soát TTHC']]);
  });
  it('reports a prose task without an output when the plan writes outputs as "+ Sản phẩm:" elsewhere', () => {
    const text = 'a) Rà soát TTHC\n+ Cơ quan thực hiện: Văn phòng.\n+ Thời gian thực hiện: Quý II/2025.\nb) Số hóa hồ sơ\n+ Cơ quan thực hiện: Văn phòng.\n+ Sản phẩm: Báo cáo.\n';
    const doc = emptyDoc();
    doc.tasks.push({ ...task(text, { row: 'a) Rà soát TTHC', mission: 'Rà soát TTHC', lead: 'Văn phòng', deadline: 'Quý II/2025' }), source: 'prose', at: 'II.1.a' });
    doc.tasks.push({ ...task(text, { row: 'b) Số hóa hồ sơ', mission: 'Số hóa hồ sơ', lead: 'Văn phòng', output: 'Báo cáo' }), source: 'prose', at: 'II.1.b' });
    expect(run(rule, { text, doc }).map((r) => [r.messageId, r.data?.task])).toEqual([['missing', 'Rà soát TTHC']]);
  });
  it('does not judge prose tasks for outputs when the plan never uses the "Sản phẩm/Kết quả" label', () => {
    const text = 'a) Rà soát TTHC\n+ Cơ quan thực hiện: Văn phòng.\n+ Thời gian thực hiện: Quý II/2025.\n';
    const doc = emptyDoc();
    doc.tasks.push({ ...task(text, { row: 'a) Rà soát TTHC', mission: 'Rà soát TTHC', lead: 'Văn phòng', deadline: 'Quý II/2025' }), source: 'prose', at: 'II.1.a' });
    expect(run(rule, { text, doc })).toEqual([]);
  });
});
