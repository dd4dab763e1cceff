import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/text/obsolete-admin-unit.js';
import { citation, emptyFacts, run } from '../_helpers.js';

const AFTER = { referenceDate: '2025-08-05' };

describe('text/obsolete-admin-unit', () => {
  it('accepts district words before 01/7/2025 (seed004 is dated 24/12/2024)', () => {
    expect(run(rule, { text: '100% UBND cấp huyện; UBND các xã, phường, thị trấn.', settings: { referenceDate: '2024-12-24' } })).toEqual([]);
  });
  it('reports cấp huyện, UBND các huyện and thị trấn after 01/7/2025, overlapping terms once', () => {
    const text = '100% UBND cấp huyện được đánh giá. UBND các huyện, thị xã, thành phố báo cáo. Các xã, phường, thị trấn.';
    expect(run(rule, { text, settings: AFTER }).map((r) => [r.messageId, r.text])).toEqual([
      ['term', 'cấp huyện'],
      ['term', 'UBND các huyện'],
      ['term', 'thị trấn'],
    ]);
  });
  it('reports a merged province named as a current unit, in both tone styles', () => {
    expect(run(rule, { text: 'Hỗ trợ người dân trên địa bàn tỉnh Bắc Giang và tỉnh Hoà Bình.', settings: AFTER }).map((r) => r.text)).toEqual(['tỉnh Bắc Giang', 'tỉnh Hoà Bình']);
  });
  it('accepts historical phrases: "(cũ)", "trước ngày 01/7/2025", titles of documents issued before the merger', () => {
    expect(run(rule, { text: 'tại tỉnh Bắc Giang (cũ); trước ngày 01/7/2025 UBND cấp huyện đã thực hiện.', settings: AFTER })).toEqual([]);
    const text = 'Tham mưu sửa đổi Nghị quyết số 71/2024/NQHĐND ngày 08/10/2024 của HĐND tỉnh quy định chính sách trên địa bàn tỉnh Bắc Giang, giai đoạn 2024-2030; thay thế Quyết định số 46/2022/QĐ UBND ngày 28/10/2022 của UBND tỉnh Bắc Giang';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: 'Nghị quyết số 71/2024/NQHĐND ngày 08/10/2024', number: '71/2024/NQHĐND', date: '08/10/2024' }));
    // The second document is not in facts (the extractor may miss "QĐ UBND"): the dated number still counts.
    expect(run(rule, { text, facts, settings: AFTER })).toEqual([]);
  });
  it('keeps a table cell continued across a page break in the clause of its citation (seed001 line 80)', () => {
    const text = 'Kế hoạch số 18/KH-UBND ngày 04/4/2025 về hỗ trợ vùng đồng bào\tPhòng Chính sách\tXong trước 31/10/2025\t\n\nTT\tMục tiêu\tNhiệm vụ\n\t\tDTTS&MN tỉnh Bắc Giang, giai đoạn 2026-2030.\t\n';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: 'Kế hoạch số 18/KH-UBND ngày 04/4/2025', number: '18/KH-UBND', date: '04/4/2025' }));
    expect(run(rule, { text, facts, settings: AFTER })).toEqual([]);
  });
});
