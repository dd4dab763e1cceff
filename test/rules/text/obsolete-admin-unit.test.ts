import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/text/obsolete-admin-unit.js';
import { citation, DEFAULT_SETTINGS, emptyDoc, emptyFacts, run } from '../_helpers.js';

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

// Issue 13 item 4: "cũ" after the unit's proper name marks a former unit; the message's own advice passes.
describe('text/obsolete-admin-unit: former units named with "cũ"', () => {
  it.each([
    'Trụ sở thị trấn Yên Lạc cũ được bàn giao cho xã.',
    'Giao UBND huyện Mường Tè (cũ) bàn giao hồ sơ lưu trữ.',
    'Dữ liệu của tỉnh Bà Rịa - Vũng Tàu (cũ) được chuyển đổi.',
    'Hồ sơ của UBND thị xã Phú Mỹ (Cũ) được chuyển giao.',
    'Địa bàn tỉnh Bình Dương cũ.',
  ])('no finding: %s', (text) => {
    expect(run(rule, { text, settings: AFTER })).toEqual([]);
  });
  it.each([
    ['thị trấn và các xã cũ được sắp xếp lại.', 'thị trấn'],
    ['UBND huyện Mường Tè chủ trì; trụ sở cũ giao lại.', 'UBND huyện'],
    ['Thị trấn Yên Lạc tổ chức tuyên truyền về xã cũ.', 'Thị trấn'],
  ])('still reported when "cũ" does not follow the name: %s', (text, found) => {
    expect(run(rule, { text, settings: AFTER }).map((r) => r.text)).toEqual([found]);
  });
  it('every form the messages recommend passes the rule: the suggestion, or the term followed by "(cũ)"', () => {
    const check = (text: string) => [...rule.check({ doc: emptyDoc(), facts: emptyFacts(), text, options: {}, settings: { ...DEFAULT_SETTINGS, ...AFTER }, notes: [] })];
    const text = '100% UBND cấp huyện; UBND các huyện, thị xã, thành phố; cấp quận; các xã, phường, thị trấn; tỉnh Bắc Giang; tỉnh Bà Rịa - Vũng Tàu; tỉnh Hòa Bình.';
    const found = check(text);
    expect(found.length).toBe(7);
    for (const f of found) {
      const span = f.span!;
      const was = text.slice(span.start, span.end);
      const suggestion = String(f.messageId === 'term' ? f.data?.suggestion : f.data?.mergedInto);
      for (const replacement of [suggestion, `${was} (cũ)`]) {
        const fixed = text.slice(0, span.start) + replacement + text.slice(span.end);
        const again = check(fixed).filter((g) => g.span!.start >= span.start && g.span!.start < span.start + replacement.length);
        expect(again.map((g) => fixed.slice(g.span!.start, g.span!.end)), `${was} → ${replacement}`).toEqual([]);
      }
    }
  });
});

describe('text/obsolete-admin-unit: hard-wrapped citations', () => {
  it('keeps the subject of an old decision in its clause across a hard wrap', () => {
    const text = 'Căn cứ Quyết định số 1629/QĐ-TTg ngày 16 tháng 12 năm 2023 phê duyệt Quy hoạch\ntỉnh Bà Rịa - Vũng Tàu; Quyết định số 790/QĐ-TTg ngày 03 tháng 8 năm 2024 phê\nduyệt Quy hoạch tỉnh Bình Dương;';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: 'Quyết định số 1629/QĐ-TTg ngày 16 tháng 12 năm 2023', number: '1629/QĐ-TTg', date: '16/12/2023' }));
    facts.citations.push(citation(text, { whole: 'Quyết định số 790/QĐ-TTg ngày 03 tháng 8 năm 2024', number: '790/QĐ-TTg', date: '03/8/2024' }));
    expect(run(rule, { text, facts, settings: AFTER })).toEqual([]);
  });
  it('a line ending with punctuation still ends the clause', () => {
    const text = 'Căn cứ Quyết định số 790/QĐ-TTg ngày 03 tháng 8 năm 2024 phê duyệt quy hoạch.\nHỗ trợ người dân tỉnh Bình Dương.';
    const facts = emptyFacts();
    facts.citations.push(citation(text, { whole: 'Quyết định số 790/QĐ-TTg ngày 03 tháng 8 năm 2024', number: '790/QĐ-TTg', date: '03/8/2024' }));
    expect(run(rule, { text, facts, settings: AFTER }).map((r) => r.text)).toEqual(['tỉnh Bình Dương']);
  });
});
