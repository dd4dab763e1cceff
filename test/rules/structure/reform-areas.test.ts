import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/structure/reform-areas.js';
import { emptyDoc, ref, run, section } from '../_helpers.js';

const AREAS = [
  'Công tác chỉ đạo, điều hành',
  'Cải cách thể chế',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy',
  'Cải cách chế độ công vụ',
  'Cải cách tài chính công',
  'Xây dựng chính quyền điện tử, chính quyền số',
];

function plan(subject: string, areas: string[]) {
  const text = `KẾ HOẠCH\n${subject}\nIII. NHIỆM VỤ, GIẢI PHÁP\n${areas.map((a, i) => `${i + 1}. ${a}\n- Nội dung.`).join('\n')}\n`;
  const doc = emptyDoc();
  doc.header.subject = ref(text, subject);
  const children = areas.map((a, i) => {
    const s = section(text, `${i + 1}.`, 'arabic', a);
    s.paragraphs.push({ text: '- Nội dung.', span: s.span });
    return s;
  });
  doc.sections = [section(text, 'III.', 'roman', 'NHIỆM VỤ, GIẢI PHÁP', children)];
  return { text, doc };
}

describe('structure/reform-areas', () => {
  it('accepts a CCHC plan covering all seven areas', () => {
    expect(run(rule, plan('Cải cách hành chính năm 2026', AREAS))).toEqual([]);
  });
  it('reports each missing area once, at the tasks section', () => {
    const r = run(rule, plan('Cải cách hành chính năm 2026', AREAS.filter((a) => !a.includes('tài chính'))));
    expect(r.map((x) => [x.messageId, x.text, x.data?.area])).toEqual([['missing', 'III. NHIỆM VỤ, GIẢI PHÁP', 'Cải cách tài chính công']]);
  });
  it('does not apply to a plan for one area (TTHC reform)', () => {
    expect(run(rule, plan('Triển khai Đề án cải cách thủ tục hành chính giai đoạn 2021-2025', ['Cải cách thủ tục hành chính']))).toEqual([]);
  });
  it('counts targets tagged with an area', () => {
    const input = plan('Cải cách hành chính năm 2026', AREAS.filter((a) => !a.includes('tài chính')));
    const facts = { citations: [], dates: [], deadlines: [], abbreviations: { definitions: [], uses: [] }, period: null, referenceDate: null,
      targets: [{ text: '100%', span: { start: 0, end: 1 }, value: 100, comparator: 'eq' as const, indicator: 'x', kind: 'share' as const, area: 'tai-chinh-cong', year: null, role: 'body' as const }] };
    expect(run(rule, { ...input, facts })).toEqual([]);
  });
});
