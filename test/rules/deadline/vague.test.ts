import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/deadline/vague.js';
import { deadline, emptyFacts, run } from '../_helpers.js';
import { checkText } from '../../_pipeline.js';

describe('deadline/vague', () => {
  it('accepts calendar deadlines and vague words outside tasks', () => {
    const text = 'Quý II/2025 … thường xuyên đăng tải';
    const facts = emptyFacts();
    facts.deadlines.push(deadline(text, 'Quý II/2025', { kind: 'by-quarter', task: 0 }), deadline(text, 'thường xuyên', { kind: 'continuous', task: null, role: 'body' }));
    expect(run(rule, { text, facts })).toEqual([]);
  });
  it('reports "Thường xuyên" and "Khi có phát sinh" task deadlines', () => {
    const text = 'Thường xuyên\tKhi có phát sinh';
    const facts = emptyFacts();
    facts.deadlines.push(deadline(text, 'Thường xuyên', { kind: 'continuous', task: 0 }), deadline(text, 'Khi có phát sinh', { kind: 'conditional', task: 1 }));
    expect(run(rule, { text, facts }).map((r) => [r.messageId, r.text])).toEqual([
      ['vague', 'Thường xuyên'],
      ['vague', 'Khi có phát sinh'],
    ]);
  });
});

// Reviewed on real plans: "Thường xuyên" is the right time for a standing duty worded as one, and a recurrence
// ("hằng tháng", "trong tháng") is a checkpoint; one-off work with "Thường xuyên" still lacks one.
describe('deadline/vague: standing duties and recurrences (through the whole pipeline)', () => {
  const vague = (mission: string, time: string): string[] =>
    checkText(`TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian\n1\t${mission}\tVăn phòng\tBáo cáo\t${time}`, { stage: 'draft' })
      .filter((f) => f.ruleId === 'deadline/vague')
      .map((f) => f.excerpt ?? '');
  it.each([
    'Thường xuyên kiểm tra, rà soát văn bản quy phạm pháp luật',
    'Tổ chức tốt việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính',
    'Thực hiện nghiêm các quy định về bổ nhiệm',
    'Tăng cường công tác thanh tra, kiểm tra',
    'Duy trì hệ thống quản lý chất lượng',
  ])('no finding for a standing duty: %s', (mission) => {
    expect(vague(mission, 'Thường xuyên')).toEqual([]);
  });
  it('no finding for a recurrence', () => {
    expect(vague('Xây dựng báo cáo tiến độ', 'Thường xuyên, hằng tháng')).toEqual([]);
    expect(vague('Cập nhật kết quả lên phần mềm', 'Thường xuyên trong tháng')).toEqual([]);
    expect(vague('Biểu dương, khen thưởng doanh nghiệp', 'Thường xuyên, hằng năm')).toEqual([]);
  });
  it.each(['Xây dựng Đề án vị trí việc làm', 'Ban hành quy chế phối hợp', 'Rà soát, sửa đổi quy định về phân cấp'])(
    'reports one-off work with "Thường xuyên": %s',
    (mission) => {
      expect(vague(mission, 'Thường xuyên trong năm')).toEqual(['Thường xuyên trong năm']);
    },
  );
});
