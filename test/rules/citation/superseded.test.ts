import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/citation/superseded.js';
import { citation, emptyFacts, run } from '../_helpers.js';
import { findCitations } from '../../../src/extract/citations.js';

const TEXT = 'theo đúng quy định tại Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về một cửa.';
function one(referenceDate: string, text = TEXT, extra: Parameters<typeof run>[1]['settings'] = {}) {
  const facts = emptyFacts();
  facts.citations.push(citation(text, { whole: 'Nghị định số 61/2018/NĐ-CP', typeWord: 'Nghị định', number: '61/2018/NĐ-CP' }));
  return run(rule, { text, facts, settings: { referenceDate, ...extra } });
}

describe('citation/superseded', () => {
  it('accepts NĐ 61/2018 before 01/7/2025', () => {
    expect(one('2025-06-30')).toEqual([]);
    expect(one('2021-08-15')).toEqual([]);
  });
  it('reports NĐ 61/2018 cited after 01/7/2025 (seed000)', () => {
    expect(one('2025-07-07').map((r) => [r.messageId, r.text, r.data?.effective])).toEqual([['superseded', 'Nghị định số 61/2018/NĐ-CP', '01/7/2025']]);
  });
  it('accepts a citation that says it was replaced', () => {
    expect(one('2025-08-01', 'Nghị định số 118/2025/NĐ-CP thay thế Nghị định số 61/2018/NĐ-CP.')).toEqual([]);
  });
  it('reports a law cited by name after 01/4/2025', () => {
    const text = 'theo Luật Ban hành văn bản quy phạm pháp luật năm 2015.';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: 'Luật Ban hành văn bản quy phạm pháp luật năm 2015', typeWord: 'Luật', lawName: 'Luật Ban hành văn bản quy phạm pháp luật năm 2015' }));
    expect(run(rule, { text, facts, settings: { referenceDate: '2025-05-01' } }).map((r) => r.messageId)).toEqual(['superseded']);
    expect(run(rule, { text, facts, settings: { referenceDate: '2021-08-01' } })).toEqual([]);
  });
  it('reports each replaced document once, and uses config entries', () => {
    const text = 'Thông tư số 26/2019/TT-BTC; Thông tư số 26/2019/TT-BTC.';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: 'Thông tư số 26/2019/TT-BTC', number: '26/2019/TT-BTC' }));
    facts.citations.push(citation(text, { whole: 'Thông tư số 26/2019/TT-BTC', number: '26/2019/TT-BTC', nth: 1 }));
    const registryExtra = [{ key: '26/2019/TT-BTC', replacedBy: 'Thông tư mới', effective: '2025-01-01', source: 'config' }];
    expect(run(rule, { text, facts, settings: { referenceDate: '2025-07-07', registryExtra } }).length).toBe(1);
    expect(run(rule, { text, facts, settings: { referenceDate: '2025-07-07' } })).toEqual([]);
  });
  it('never reports an unsure entry', () => {
    const text = 'Thông tư số 01/2018/TT-VPCP';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: text, number: '01/2018/TT-VPCP' }));
    expect(run(rule, { text, facts, settings: { referenceDate: '2026-01-01' } })).toEqual([]);
  });
});

/** Extracted for real (role basis for "Căn cứ" lines), with a reference date and a period start year. */
function real(text: string, referenceDate: string, periodYear?: number) {
  const facts = emptyFacts();
  const role = /^Căn cứ/u.test(text) ? 'basis' : 'body';
  facts.citations.push(...findCitations(text, 0, role));
  if (periodYear) facts.period = { text: `năm ${periodYear}`, start: `${periodYear}-01-01`, end: `${periodYear}-12-31`, kind: 'year', outlookYear: null, span: { start: 0, end: 0 } };
  return run(rule, { text, facts, settings: { referenceDate } }).map((r) => [r.messageId, r.severity ?? 'warning']);
}

describe('citation/superseded with the REGISTRY.md entries (issue 13 item 8)', () => {
  it.each([
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', '2025-03-01', 'superseded'],
    ['Căn cứ Luật Tổ chức chính quyền địa phương năm 2015 (sửa đổi, bổ sung năm 2017, 2019);', '2025-05-20', 'superseded'],
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', '2025-06-16', 'superseded'],
    ['Căn cứ Luật Giao dịch điện tử ngày 29 tháng 11 năm 2005;', '2024-07-01', 'superseded'],
    ['Căn cứ Nghị định số 59/2022/NĐ-CP ngày 05/9/2022 của Chính phủ;', '2024-09-01', 'superseded'],
    ['Căn cứ Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ;', '2026-01-01', 'superseded'],
    ['Căn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;', '2026-07-01', 'superseded'],
  ])('%s on %s', (text, ref, id) => {
    expect(real(text, ref)).toEqual([[id, 'warning']]);
  });
  it.each([
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', '2025-02-28'],
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', '2025-06-15'],
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', '2026-01-10'],
    ['Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;', '2026-01-10'],
    ['Căn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;', '2025-12-24'],
    ['Căn cứ Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015;', '2025-12-24'],
    ['Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ;', '2026-01-10'],
    ['Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;', '2026-01-10'],
    ['Căn cứ Thông tư số 01/2018/TT-VPCP của Văn phòng Chính phủ;', '2026-01-10'],
    ['Căn cứ Nghị định số 73/2019/NĐ-CP ngày 05/9/2019 của Chính phủ;', '2026-06-10'],
    ['Thực hiện Hướng dẫn số 11-HD/VPTW của Văn phòng Trung ương Đảng;', '2026-01-10'],
  ])('no finding: %s on %s', (text, ref) => {
    expect(real(text, ref)).toEqual([]);
  });
  it('reports a partial replacement as info, and the later whole replacement as a warning', () => {
    expect(real('Căn cứ Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ;', '2025-09-01')).toEqual([['supersededPart', 'info']]);
    expect(real('Căn cứ Luật số 52/2019/QH14 của Quốc hội;', '2025-09-01')).toEqual([['supersededPart', 'info']]);
    expect(real('Căn cứ Luật số 52/2019/QH14 của Quốc hội;', '2026-07-02')).toEqual([['superseded', 'warning']]);
  });
  it('reports a programme cited as a basis whose horizon passed before the period (info)', () => {
    const ended = 'Căn cứ Quyết định số 100/QĐ-UBND ngày 10/01/2021 của UBND tỉnh phê duyệt Đề án phát triển du lịch đến năm 2025;';
    expect(real(ended, '2025-12-20', 2026)).toEqual([['programmeEnded', 'info']]);
    expect(real(ended, '2025-01-20', 2025)).toEqual([]);
    const outlook = 'Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;';
    expect(real(outlook, '2025-12-20', 2026)).toEqual([]);
    expect(real('Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2021 của UBND tỉnh thực hiện Chương trình giai đoạn 2021 - 2025;', '2025-12-20', 2026)).toEqual([['programmeEnded', 'info']]);
    // Cited in the body while reviewing it: no finding.
    expect(real('Tổng kết Kế hoạch số 12/KH-UBND ngày 10/01/2021 của UBND tỉnh thực hiện Chương trình giai đoạn 2021 - 2025.', '2025-12-20', 2026)).toEqual([]);
  });
  it('reports a document dated from 01/3/2025 with the code of a merged ministry', () => {
    expect(real('Thực hiện Quyết định số 512/QĐ-BTTTT ngày 10/4/2025 của Bộ Thông tin và Truyền thông;', '2025-06-01')).toEqual([['mergedIssuer', 'warning']]);
    expect(real('Thực hiện Công văn số 88/BLĐTBXH-VP ngày 05/3/2025;', '2025-06-01')).toEqual([['mergedIssuer', 'warning']]);
    expect(real('Thực hiện Quyết định số 512/QĐ-BTTTT ngày 10/4/2024 của Bộ Thông tin và Truyền thông;', '2025-06-01')).toEqual([]);
    expect(real('Thực hiện Thông tư số 21/2023/TT-BTTTT của Bộ Thông tin và Truyền thông;', '2026-06-01')).toEqual([]);
    expect(real('Thực hiện Quyết định số 2306/QĐ-BKHCN ngày 10/4/2025;', '2025-06-01')).toEqual([]);
  });
});
