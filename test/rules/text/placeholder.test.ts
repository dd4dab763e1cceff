import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/text/placeholder.js';
import { at, emptyDoc, run } from '../_helpers.js';

describe('text/placeholder', () => {
  it('accepts "..." as "etc." and footnote markers', () => {
    expect(run(rule, { text: 'phí, lệ phí... nâng cao tỷ lệ; chỉ số hành chính công của tỉnh... công tác; theo quy định[1].' })).toEqual([]);
  });
  it('reports blank number and day in an appendix reference (seed001): error final, info draft', () => {
    const text = '(Kèm theo Kế hoạch số /KH-SDT&TG ngày /7/2025 của Sở Dân tộc và Tôn giáo)';
    expect(run(rule, { text }).map((r) => [r.text, r.severity])).toEqual([
      ['số /KH-SDT&TG', undefined],
      ['ngày /7/2025', undefined],
    ]);
    expect(run(rule, { text, settings: { stage: 'draft' } }).map((r) => r.severity)).toEqual(['info', 'info']);
  });
  it('reports template markers, xxx and dotted leaders', () => {
    expect(run(rule, { text: 'Giao [tên cơ quan] chủ trì; số xxx; ngày ……… tháng ' }).map((r) => r.text)).toEqual(['[tên cơ quan]', 'xxx', '………']);
  });
  it('leaves the header number and date to the header rules', () => {
    const text = 'Số: /KH-SDTTG\nLai Châu, ngày tháng 12 năm 2025\n';
    const doc = emptyDoc();
    doc.header.documentNumber = { raw: 'Số: /KH-SDTTG', number: null, year: null, typeCode: 'KH', issuerCode: 'SDTTG', placeholder: true, span: at(text, 'Số: /KH-SDTTG') };
    doc.header.issueDate = { raw: 'ngày tháng 12 năm 2025', day: null, month: 12, year: 2025, iso: null, placeholder: true, dayText: null, monthText: '12', span: at(text, 'ngày tháng 12 năm 2025') };
    expect(run(rule, { text, doc })).toEqual([]);
  });
});

// Issue 13 item 11 (real plans): what a dotted leader means depends on where it stands.
describe('text/placeholder: dotted leaders in context', () => {
  const found = (text: string) => run(rule, { text }).map((r) => [r.text, r.severity ?? 'error']);
  it('four dots right after a word are an ellipsis and a full stop', () => {
    expect(found('trí tuệ nhân tạo, chuỗi khối, điện toán đám mây....\n- Xây dựng chính sách.')).toEqual([]);
  });
  it('leaders after a label are fields of a form to fill in', () => {
    expect(found('c/. Điện thoại: ……………………; Fax: ……………….; Email:\nHọ và tên: ..........................')).toEqual([]);
  });
  it('a cell holding only a leader is info; a leader inside prose and a blank reference stay errors', () => {
    expect(found('Quyết định\n|\n….................................\n|\n2')).toEqual([['….................................', 'info']]);
    expect(found('Giao ………………… chủ trì thực hiện.')).toEqual([['…………………', 'error']]);
    expect(found('(Kèm theo Kế hoạch số: /KH-UBND ngày / /2025 của UBND thành phố)')).toEqual([
      ['số: /KH-UBND', 'error'],
      ['ngày / /2025', 'error'],
    ]);
  });
});
