import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/structure/required-section.js';
import { emptyDoc, ref, run, section } from '../_helpers.js';

function plan(titles: [string, string][], extra = '') {
  const text = `KẾ HOẠCH\nCải cách hành chính năm 2025\n${titles.map(([m, t]) => `${m} ${t}`).join('\n')}\n${extra}`;
  const doc = emptyDoc();
  doc.header.subject = ref(text, 'Cải cách hành chính năm 2025');
  doc.sections = titles.map(([m, t]) => section(text, m, 'roman', t));
  if (extra) doc.closing.push({ text: extra, span: { start: text.indexOf(extra), end: text.length } });
  return { text, doc };
}

describe('structure/required-section', () => {
  it('accepts the usual four parts, funding as its own section', () => {
    expect(run(rule, plan([['I.', 'MỤC ĐÍCH, YÊU CẦU'], ['II.', 'NHIỆM VỤ, GIẢI PHÁP'], ['III.', 'KINH PHÍ THỰC HIỆN'], ['IV.', 'TỔ CHỨC THỰC HIỆN']]))).toEqual([]);
  });
  it('accepts other phrasings and funding stated in prose (seed000 style)', () => {
    const input = plan([['I.', 'MỤC TIÊU'], ['II.', 'NỘI DUNG, MỤC TIÊU, NHIỆM VỤ'], ['III.', 'TỔ CHỨC THỰC HIỆN']], 'Kế toán sở tham mưu cho lãnh đạo sở bố trí kinh phí thực hiện các nội dung về CCHC.');
    expect(run(rule, input)).toEqual([]);
  });
  it('reports each missing part once; funding only as info and only for CCHC plans', () => {
    const input = plan([['I.', 'MỤC ĐÍCH, YÊU CẦU'], ['II.', 'NHIỆM VỤ, GIẢI PHÁP']]);
    expect(run(rule, input).map((r) => [r.messageId, r.text, r.severity])).toEqual([
      ['organisation', 'Cải cách hành chính năm 2025', undefined],
      ['funding', 'Cải cách hành chính năm 2025', 'info'],
    ]);
    expect(run(rule, { ...input, settings: { profile: 'generic' } }).map((r) => r.messageId)).toEqual(['organisation']);
  });
});

describe('structure/required-section: "Phân công nhiệm vụ" is the implementation part', () => {
  it('accepts a section "PHÂN CÔNG NHIỆM VỤ" as who does what', () => {
    expect(run(rule, plan([['1.', 'Mục đích, yêu cầu'], ['2.', 'Nội dung kiểm tra'], ['3.', 'Phân công nhiệm vụ']])).map((r) => r.messageId)).not.toContain('organisation');
  });
  it('still reports a plan whose only "phân công" is not about tasks', () => {
    expect(run(rule, plan([['1.', 'Mục đích, yêu cầu'], ['2.', 'Nhiệm vụ, giải pháp'], ['3.', 'Phân công lao động trong doanh nghiệp']])).map((r) => r.messageId)).toContain('organisation');
  });
});
