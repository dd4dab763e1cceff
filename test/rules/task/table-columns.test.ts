// Issue 13 item 2: a task is checked against the columns its table has; prose tasks where the plan uses the labels.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../_pipeline.js';
import { planText } from '../_plan.js';

const RULES = ['task/missing-lead', 'task/missing-output', 'deadline/missing'];
const BODY = 'I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Triển khai nhiệm vụ.\nII. NHIỆM VỤ\nNhiệm vụ cụ thể tại Phụ lục.\nIII. TỔ CHỨC THỰC HIỆN\nCác phòng triển khai.';

function findings(appendix: string, o: { subject?: string; body?: string; profile?: 'cchc' | 'generic' } = {}): [string, string, string][] {
  const text = planText({ body: o.body ?? BODY, appendix, ...(o.subject ? { subject: o.subject } : {}) });
  return checkText(text, o.profile ? { profile: o.profile } : {})
    .filter((f) => RULES.includes(f.ruleId))
    .map((f) => [f.ruleId, f.messageId, f.excerpt ?? '']);
}

const NO_OUTPUT = 'TT\tNhiệm vụ\tChủ trì\tThời gian hoàn thành\n1\tRà soát thủ tục\tVăn phòng\tQuý II/2026\n2\tSố hóa hồ sơ\tVăn phòng\tQuý III/2026\n3\tKiểm tra nội bộ\tThanh tra\tQuý IV/2026';

describe('task completeness against the table\'s own columns', () => {
  it('a table without an output column: no per-row warning; a CCHC plan hears it once for the table', () => {
    const f = findings(NO_OUTPUT);
    expect(f.map(([r, m]) => [r, m])).toEqual([['task/missing-output', 'noColumn']]);
  });
  it('a plan outside CCHC: a missing column is not reported at all', () => {
    expect(findings(NO_OUTPUT, { subject: 'Tuyên truyền pháp luật về khoáng sản năm 2026', profile: 'generic' })).toEqual([]);
  });
  it('a table with the column: each empty cell is reported on its row', () => {
    const t = 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian hoàn thành\n1\tRà soát thủ tục\tVăn phòng\tBáo cáo\tQuý II/2026\n2\tSố hóa hồ sơ\t\tKho dữ liệu\t\n3\tKiểm tra nội bộ\tThanh tra\t\tQuý IV/2026';
    expect(findings(t).map(([r, m]) => [r, m]).sort()).toEqual([
      ['deadline/missing', 'missing'],
      ['task/missing-lead', 'missing'],
      ['task/missing-output', 'missing'],
    ]);
  });
  it('lead and deadline columns missing: once per table each, for a CCHC plan', () => {
    const t = 'TT\tNhiệm vụ\tSản phẩm\tGhi chú\n1\tRà soát thủ tục\tBáo cáo\t\n2\tSố hóa hồ sơ\tKho dữ liệu\t';
    // Not a task table (one task column only): nothing to judge.
    expect(findings(t)).toEqual([]);
    const t2 = 'TT\tNhiệm vụ\tSản phẩm\tThời gian\n1\tRà soát thủ tục\tBáo cáo\tQuý II/2026\n2\tSố hóa hồ sơ\tKho dữ liệu\tQuý III/2026';
    expect(findings(t2).map(([r, m]) => [r, m])).toEqual([['task/missing-lead', 'noColumn']]);
  });
  it('a column-number row with a blank first cell ("| (1) | (2) | …") is no task', () => {
    const t = 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian hoàn thành\n\t(1)\t(2)\t(3)\t(4)\n1\tRà soát thủ tục\tVăn phòng\tBáo cáo\tQuý II/2026';
    expect(findings(t)).toEqual([]);
  });
});

describe('prose tasks: judged only where the plan uses the label', () => {
  const prose = (withOutput: boolean): string =>
    'I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Triển khai nhiệm vụ.\nII. NHIỆM VỤ\n1. Rà soát thủ tục hành chính\n- Cơ quan thực hiện: Văn phòng.\n- Thời gian thực hiện: Quý II/2026.\n' +
    `2. Số hóa hồ sơ\n- Cơ quan thực hiện: Văn phòng.\n- Thời gian thực hiện: Quý III/2026.\n${withOutput ? '- Sản phẩm: Kho dữ liệu số.\n' : ''}III. TỔ CHỨC THỰC HIỆN\nCác phòng triển khai.`;
  it('no "Sản phẩm:" anywhere: no output warning', () => {
    expect(findings('', { body: prose(false) })).toEqual([]);
  });
  it('"Sản phẩm:" used for one task: the task without it is reported', () => {
    expect(findings('', { body: prose(true) }).map(([r, m, e]) => [r, m, e.slice(0, 29)])).toEqual([['task/missing-output', 'missing', '1. Rà soát thủ tục hành chính']]);
  });
  it('lettered parts ("b) Cơ quan thực hiện:" with "- Đơn vị chủ trì:" below) belong to their item', () => {
    const b =
      'I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Triển khai nhiệm vụ.\nII. NHIỆM VỤ\n1. Xây dựng kho dữ liệu\na) Nhiệm vụ: Rà soát, chuẩn hóa dữ liệu.\nb) Cơ quan thực hiện:\n- Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n- Đơn vị phối hợp: Các sở, ngành.\nc) Thời gian thực hiện: Hoàn thành trong năm 2026.\n' +
      '2. Kết nối dữ liệu\na) Nhiệm vụ: Kết nối hệ thống.\nb) Cơ quan thực hiện:\n- Đơn vị chủ trì: Văn phòng.\nIII. TỔ CHỨC THỰC HIỆN\nCác phòng triển khai.';
    expect(findings('', { body: b }).map(([r, m, e]) => [r, m, e.slice(0, 18)])).toEqual([['deadline/missing', 'missing', '2. Kết nối dữ liệu']]);
  });
});
