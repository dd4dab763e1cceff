import { describe, expect, it } from 'vitest';
import { json } from '../../src/report/json.js';
import { JsonReportSchema } from '../../src/report/json-schema.js';
import { CLEAN, HOSTILE_SCRIPT, input } from './fixtures.js';
import { checkText } from '../_pipeline.js';

describe('json', () => {
  const text = json(input());
  const parsed: unknown = JSON.parse(text);

  it('validates against the documented schema', () => {
    const report = JsonReportSchema.parse(parsed);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'kehoach-lint', version: '0.1.0' });
    expect(report.results.map((r) => r.path)).toEqual([
      'kế hoạch/Kế hoạch 09 năm 2025.txt',
      'Báo cáo, tổng hợp/KH 12: CCHC.docx',
      'pdf/Kế hoạch số 3.pdf',
      'hỏng/tệp lỗi.pdf',
      'sạch.txt',
    ]);
    expect(report.summary).toMatchObject({ files: 5, failed: 1, errors: 3, warnings: 2, infos: 1 });
    expect(report.summary.byRule).toEqual({ 'citation/superseded': 3, 'deadline/vague': 2, 'format/date-padding': 1 });
    expect(report.summary.byAgency[0]).toEqual({ agency: 'SỞ DÂN TỘC VÀ TÔN GIÁO', files: 2, failed: 0, errors: 1, warnings: 2, infos: 1 });
    expect(report.summary.byAgency.at(-1)?.agency).toBeNull();
  });

  it('carries every finding field and the load error, text verbatim', () => {
    const report = JsonReportSchema.parse(parsed);
    const txt = report.results[0]!;
    expect(txt.findings.map((f) => f.line)).toEqual([4, 8, 45]);
    expect(txt.findings[1]).toMatchObject({ ruleId: 'citation/superseded', severity: 'error', sectionPath: null, page: null });
    expect(txt.findings[1]?.excerpt).toContain(HOSTILE_SCRIPT);
    expect(report.results[2]?.findings[0]).toMatchObject({ page: 3, sectionPath: 'III.2' });
    expect(report.results[3]?.error).toEqual({ code: 'pdf-encrypted', message: 'Tệp PDF được mã hóa, không đọc được <nội dung>' });
    expect(text.endsWith('}\n')).toBe(true);
  });
});

// Issue 13 item 11: a finding's mechanical fix is printed in the JSON report (replacement text and location).
describe('json (fix)', () => {
  it('prints the fix of a finding found by the real pipeline, null for a finding without one', () => {
    const text = 'KẾ HOẠCH\nKịp thời cập nhập thông tin.\n';
    const findings = checkText(text).filter((f) => f.ruleId === 'text/misspelling');
    const report = JsonReportSchema.parse(JSON.parse(json(input({ results: [{ ...CLEAN, findings, warningCount: findings.length }] }))));
    expect(report.results[0]?.findings.map((f) => [f.excerpt, f.fix])).toEqual([['cập nhập', { text: 'cập nhật', line: 2, column: 10, endLine: 2, endColumn: 18 }]]);
    const plain = JsonReportSchema.parse(JSON.parse(json(input())));
    expect(plain.results[0]?.findings.every((f) => f.fix === null)).toBe(true);
  });
});
