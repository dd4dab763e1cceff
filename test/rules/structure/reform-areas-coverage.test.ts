// Issue 13 item 1: what covers a reform area, through the whole pipeline (inline plan fragments).
import { describe, expect, it } from 'vitest';
import { checkText } from '../../_pipeline.js';
import { planText, type PlanParts } from '../_plan.js';

const missing = (p: PlanParts): string[] =>
  checkText(planText(p))
    .filter((f) => f.ruleId === 'structure/reform-areas')
    .map((f) => String(f.message).replace(/^.*lĩnh vực "([^"]+)".*$/u, '$1'));

/** Every area but public finance, each a titled section with a sub-item. */
const FIVE = [
  'Công tác chỉ đạo, điều hành\n- Ban hành kế hoạch kiểm tra.',
  'Cải cách thủ tục hành chính\n- Rà soát, đơn giản hóa thủ tục.',
  'Cải cách tổ chức bộ máy\n- Kiện toàn chức năng các phòng.',
  'Cải cách chế độ công vụ\n- Đánh giá công chức.',
  'Xây dựng và phát triển chính quyền điện tử, chính quyền số\n- Số hóa hồ sơ.',
];
const body = (extra: string[]): string =>
  `I. NHIỆM VỤ, GIẢI PHÁP\n${[...FIVE, ...extra].map((a, i) => `${i + 1}. ${a}`).join('\n')}\nII. TỔ CHỨC THỰC HIỆN\nCác phòng triển khai Kế hoạch.`;

describe('structure/reform-areas: what covers an area', () => {
  it('an item naming the area with its task on the same line ("N. <area>: <task>")', () => {
    expect(missing({ body: body(['Cải cách thể chế: rà soát văn bản quy phạm pháp luật.', 'Cải cách tài chính công: quản lý tài sản công đúng quy định.']) })).toEqual([]);
  });
  it('a sub-item inside the area\'s section', () => {
    expect(missing({ body: body(['Cải cách thể chế\n+ Rà soát văn bản.', 'Cải cách tài chính công\na) Quản lý tài sản công.']) })).toEqual([]);
  });
  it('an area heading kept as a plain paragraph (lost list number) followed by its targets', () => {
    const b = `I. MỤC TIÊU, NHIỆM VỤ\nCải cách thể chế\na) Mục tiêu\n- 100% văn bản được kiểm tra.\nCải cách tài chính công\na) Mục tiêu\n- 100% đơn vị công khai dự toán.\n${FIVE.map((a, i) => `${i + 1}. ${a}`).join('\n')}`;
    expect(missing({ body: b })).toEqual([]);
  });
  it('a group row of the task appendix in sentence case ("II | Cải cách tài chính công")', () => {
    const appendix = 'TT\tNhiệm vụ\tChủ trì\tSản phẩm\tThời gian hoàn thành\nI\tCải cách thể chế\t\t\t\n1\tRà soát văn bản\tPhòng Pháp chế\tBáo cáo\tQuý II/2026\nII\tCải cách tài chính công\t\t\t\n2\tCông khai dự toán\tVăn phòng\tBáo cáo\tQuý I/2026';
    expect(missing({ body: body([]), appendix })).toEqual([]);
  });
  it('reports an area with nothing at all, once, at the tasks section', () => {
    const findings = checkText(planText({ body: body(['Cải cách thể chế: rà soát văn bản.']) })).filter((f) => f.ruleId === 'structure/reform-areas');
    expect(findings.map((f) => [f.excerpt, /tài chính công/u.test(String(f.message))])).toEqual([['NHIỆM VỤ, GIẢI PHÁP', true]]);
  });
  it('a bare heading with nothing under it before the next area covers nothing', () => {
    expect(missing({ body: body(['Cải cách thể chế: rà soát văn bản.', 'Cải cách tài chính công']) })).toEqual(['Cải cách tài chính công']);
  });
  it('a paragraph that only mentions an area in a sentence is no area heading', () => {
    const b = body(['Cải cách thể chế: rà soát văn bản.']).replace('II. TỔ CHỨC', 'Phối hợp với Sở Tài chính về cải cách tài chính công khi cần.\nII. TỔ CHỨC');
    expect(missing({ body: b })).toEqual(['Cải cách tài chính công']);
  });
  it('does not apply to a plan for one activity about CCHC (kiểm tra, thi đua)', () => {
    expect(missing({ subject: 'Kiểm tra công tác cải cách hành chính năm 2026', body: body([]) })).toEqual([]);
    expect(missing({ subject: 'Phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2026', body: body([]) })).toEqual([]);
  });
});
