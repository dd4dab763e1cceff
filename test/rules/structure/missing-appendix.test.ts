import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/structure/missing-appendix.js';
import { emptyDoc, ref, run } from '../_helpers.js';

describe('structure/missing-appendix', () => {
  it('reports "(có phụ lục kèm theo)" without an appendix (seed003)', () => {
    const text = '8. Một số nhiệm vụ trọng tâm năm 2026 (có phụ lục kèm theo)\nIII. TỔ CHỨC THỰC HIỆN\n';
    expect(run(rule, { text }).map((r) => [r.messageId, r.text])).toEqual([['missing', '(có phụ lục kèm theo)']]);
  });
  it('reports the seed000 wording once even when mentioned twice', () => {
    const text = '(Có phụ lục các nhiệm vụ trọng tâm về cải cách hành chính năm 2025 kèm theo).\nXem (có phụ lục kèm theo).\n';
    expect(run(rule, { text }).map((r) => r.text)).toEqual(['(Có phụ lục các nhiệm vụ trọng tâm về cải cách hành chính năm 2025 kèm theo)']);
  });
  it('accepts the mention when an appendix is parsed or a "Phụ lục" heading follows', () => {
    const text = '(Có Phụ lục chi tiết các mục tiêu, nhiệm vụ kèm theo)\nNơi nhận:\nPhụ lục\nKẾ HOẠCH CCHC\n';
    expect(run(rule, { text })).toEqual([]);
    const doc = emptyDoc();
    doc.appendices.push({ title: ref(text, 'KẾ HOẠCH CCHC'), reference: null, span: ref(text, 'Phụ lục').span, tables: [] });
    expect(run(rule, { text, doc })).toEqual([]);
  });
  it('ignores appendices of other documents', () => {
    expect(run(rule, { text: 'theo Phụ lục ban hành kèm theo Quyết định số 1495/QĐ-UBND ngày 28/7/2021.\n' })).toEqual([]);
  });
});
