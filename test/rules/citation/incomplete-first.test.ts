import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/citation/incomplete-first.js';
import { findCitations } from '../../../src/extract/citations.js';
import { emptyDoc, emptyFacts, run } from '../_helpers.js';

/** Each line is a legal basis (role basis) unless it starts with "-" (body). */
function check(text: string, o: { subject?: string } = {}) {
  const facts = emptyFacts();
  let at = 0;
  for (const line of text.split('\n')) {
    facts.citations.push(...findCitations(line, at, /^-/u.test(line) ? 'body' : 'basis'));
    at += line.length + 1;
  }
  const doc = emptyDoc();
  if (o.subject) {
    const i = text.indexOf(o.subject);
    doc.header.subject = { text: o.subject, span: { start: i, end: i + o.subject.length } };
  }
  return run(rule, { text, facts, doc }).map((r) => [r.messageId, r.text]);
}

describe('citation/incomplete-first (issue 13 item 9)', () => {
  it.each([
    ['Căn cứ Quyết định số 2044/QĐ-TTg về chuyển đổi số;', 'noDateNoIssuer'],
    ['Căn cứ Quyết định số 2044/QĐ-TTg của Thủ tướng Chính phủ về chuyển đổi số;', 'noDate'],
    ['Căn cứ Kế hoạch số 35/KH-UBND ngày 12/02/2025 về cải cách hành chính;', 'noIssuer'],
    ['Căn cứ Nghị quyết số 12-NQ/TU về phát triển kinh tế số;', 'noDateNoIssuer'],
  ])('%s', (text, id) => {
    expect(check(text).map((r) => r[0])).toEqual([id]);
  });
  it('a later complete citation does not rescue an incomplete first one', () => {
    const text = 'Căn cứ Quyết định số 2044/QĐ-TTg về chuyển đổi số;\nCăn cứ Quyết định số 2044/QĐ-TTg ngày 09/12/2023 của Thủ tướng Chính phủ;';
    expect(check(text)).toEqual([['noDateNoIssuer', 'Quyết định số 2044/QĐ-TTg']]);
  });
  it.each([
    'Căn cứ Quyết định số 2044/QĐ-TTg ngày 09/12/2023 của Thủ tướng Chính phủ về chuyển đổi số;',
    // The date and issuer given later in the same sentence (wrapped line, or after the subject).
    'Căn cứ Quyết định số 2044/QĐ-TTg của Thủ tướng Chính\nphủ ngày 09/12/2023 về chuyển đổi số;',
    'Thực hiện Kế hoạch số 14-KH/TU\nngày 29/7/2025 của Ban Thường vụ Tỉnh ủy;',
    // Laws are cited by name; short forms and later citations need only type and number.
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
    'Căn cứ Luật số 72/2025/QH15;',
    'Căn cứ Quyết định số 2044/QĐ-TTg ngày 09/12/2023 của Thủ tướng Chính phủ;\nCăn cứ Quyết định số 2044/QĐ-TTg về chuyển đổi số;',
    // Body text and the plan's own subject line are not checked.
    '- Triển khai Quyết định số 2044/QĐ-TTg trên địa bàn.',
  ])('no finding: %s', (text) => {
    expect(check(text)).toEqual([]);
  });
  it('skips the subject line', () => {
    const text = 'Triển khai Nghị quyết số 57-NQ/TW\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;';
    expect(check(text, { subject: 'Triển khai Nghị quyết số 57-NQ/TW' })).toEqual([]);
  });
});

describe('citation/incomplete-first: an issuer named once in a list lead-in', () => {
  it('the lead-in "… của <cơ quan> …:" gives the issuer of every item of the list', () => {
    const text =
      'Căn cứ các Quyết định của Thủ tướng Chính phủ về phê duyệt quy hoạch: Quyết định số 1629/QĐ-TTg ngày 16/12/2023 phê duyệt Quy hoạch vùng; Quyết định số 790/QĐ-TTg ngày 03/8/2024 phê duyệt Quy hoạch tỉnh;';
    expect(check(text)).toEqual([]);
  });
  it('a lead-in without an issuer does not help, nor does one before a full stop', () => {
    expect(check('Căn cứ các quyết định sau: Quyết định số 1629/QĐ-TTg ngày 16/12/2023 phê duyệt Quy hoạch vùng;').map((r) => r[0])).toEqual(['noIssuer']);
    expect(
      check('Thực hiện chỉ đạo của Thủ tướng Chính phủ. Căn cứ Quyết định số 790/QĐ-TTg ngày 03/8/2024 phê duyệt Quy hoạch tỉnh;').map((r) => r[0]),
    ).toEqual(['noIssuer']);
  });
});
