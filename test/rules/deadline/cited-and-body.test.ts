// Issue 13 item 3: cited documents' dates are no deadlines; body deadlines are checked against the period;
// a plan issued in December may set work due before its period starts.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../_pipeline.js';
import { planText, type PlanParts } from '../_plan.js';

const BODY = 'I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Triển khai nhiệm vụ.\nII. NHIỆM VỤ\nNhiệm vụ cụ thể tại Phụ lục.\nIII. TỔ CHỨC THỰC HIỆN\nCác phòng triển khai.';
const HEAD = 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian hoàn thành\n';

function deadlines(p: Partial<PlanParts>): [string, string, string][] {
  return checkText(planText({ body: BODY, ...p }))
    .filter((f) => f.ruleId.startsWith('deadline/'))
    .map((f) => [f.ruleId, f.messageId, f.excerpt ?? '']);
}

describe('dates of cited documents', () => {
  it('"Theo Điều 17 Nghị định số … ngày 28/5/2015" is a reference to another schedule, not a deadline in 2015', () => {
    const f = deadlines({ appendix: `${HEAD}1\tCập nhật văn bản lên cơ sở dữ liệu\tPhòng Pháp chế\tVăn bản được cập nhật\tTheo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 28/5/2015 của Chính phủ` });
    expect(f.map(([r, m]) => [r, m])).toEqual([['deadline/vague', 'vague']]);
  });
  it('"Theo các mốc thời gian tại Quyết định số … ngày …" is vague (info), not a date', () => {
    const f = checkText(planText({ body: BODY, appendix: `${HEAD}1\tTriển khai phương án\tVăn phòng\tKết quả\tTheo các mốc thời gian tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh` }))
      .filter((x) => x.ruleId.startsWith('deadline/'));
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([['deadline/vague', 'info']]);
  });
  it('a real deadline next to a cited document is still read', () => {
    const f = deadlines({ appendix: `${HEAD}1\tTriển khai Quyết định số 12/QĐ-UBND ngày 03/01/2025\tVăn phòng\tBáo cáo\tTriển khai Quyết định số 12/QĐ-UBND ngày 03/01/2025, xong trước 30/6/2027` });
    expect(f.map(([r, m]) => [r, m])).toEqual([['deadline/outside-period', 'after']]);
  });
  it('a citation in the body text gives no deadline', () => {
    const body = BODY.replace('Nhiệm vụ cụ thể tại Phụ lục.', '- Tiếp tục thực hiện Quyết định số 1737/QĐ-UBND ngày 17/10/2025 của Chủ tịch UBND tỉnh.');
    expect(deadlines({ body })).toEqual([]);
  });
});

describe('a deadline before the period, after the issue date', () => {
  const cell = 'Ban hành kế hoạch chậm nhất là ngày 31/12/2025';
  it('is normal for a 2026 plan signed in December 2025', () => {
    expect(deadlines({ date: 'Lạng Sơn, ngày 15 tháng 12 năm 2025', appendix: `${HEAD}1\tBan hành kế hoạch đào tạo\tVăn phòng\tKế hoạch\t${cell}` })).toEqual([]);
  });
  it('is normal in a draft dated only "tháng 12 năm 2025"', () => {
    expect(deadlines({ date: 'Lạng Sơn, ngày      tháng 12 năm 2025', appendix: `${HEAD}1\tBan hành kế hoạch đào tạo\tVăn phòng\tKế hoạch\t${cell}` })).toEqual([]);
  });
  it('is reported when the plan was issued after it (January 2026)', () => {
    const f = deadlines({ date: 'Lạng Sơn, ngày 06 tháng 01 năm 2026', appendix: `${HEAD}1\tBan hành kế hoạch đào tạo\tVăn phòng\tKế hoạch\t${cell}` });
    expect(f.map(([r, m]) => [r, m])).toEqual([['deadline/outside-period', 'before']]);
  });
});

describe('deadlines in the body text', () => {
  const body = (line: string): string => BODY.replace('Nhiệm vụ cụ thể tại Phụ lục.', line);
  it.each([
    ['- Các phòng hoàn thành trong tháng 4/2027.', 'hoàn thành trong tháng 4/2027'],
    ['- Tổ chức hội nghị sơ kết công tác trong Quý II/2027.', 'trong Quý II/2027'],
    ['- Văn phòng gửi dự thảo quy chế trước ngày 30/11/2027.', 'trước ngày 30/11/2027'],
    ['- Số hóa toàn bộ hồ sơ chậm nhất ngày 15/01/2027.', 'chậm nhất ngày 15/01/2027'],
  ])('"%s" after a 2026 period is reported', (line, excerpt) => {
    expect(deadlines({ body: body(line) })).toEqual([['deadline/outside-period', 'after', excerpt]]);
  });
  it.each([
    '- Các phòng hoàn thành trong tháng 4/2026.',
    '- Văn phòng gửi dự thảo quy chế trước ngày 30/11/2026.',
    '- Các phòng báo cáo kết quả thực hiện năm 2026 trước ngày 15/01/2027.',
    '- Lập hồ sơ đề nghị khen thưởng gửi về Sở Nội vụ trước ngày 15/02/2027.',
  ])('"%s" is inside the period, or a wrap-up due within a quarter after it: nothing', (line) => {
    expect(deadlines({ body: body(line) })).toEqual([]);
  });
  it('a past date in a results section is no deadline to check', () => {
    const b = `I. KẾT QUẢ THỰC HIỆN NĂM 2025\n- Đã hoàn thành trong tháng 4/2025 việc số hóa hồ sơ.\n${BODY}`;
    expect(deadlines({ body: b })).toEqual([]);
  });
});
