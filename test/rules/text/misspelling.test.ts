import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/text/misspelling.js';
import { DEFAULT_SETTINGS, emptyDoc, emptyFacts, run } from '../_helpers.js';

const found = (text: string) => run(rule, { text }).map((r) => [r.messageId, r.text]);

describe('text/misspelling', () => {
  it('accepts correct spellings and look-alikes inside longer words', () => {
    expect(found('kịp thời cập nhật thông tin; sáp nhập đơn vị; giám sát nhập khẩu; nhũng nhiễu.')).toEqual([]);
  });
  it('reports "cập nhập" (seed000), "Sát nhập" and "nhũng nhịu" (seed003)', () => {
    expect(found('thường xuyên, kịp thời cập nhập thông tin. Sát nhập đơn vị. gây nhũng nhịu, tiêu cực')).toEqual([
      ['misspelling', 'cập nhập'],
      ['misspelling', 'Sát nhập'],
      ['misspelling', 'nhũng nhịu'],
    ]);
  });
  it('reports "tinh giảm biên chế" as info only', () => {
    expect(run(rule, { text: 'lộ trình tinh giảm biên chế' }).map((r) => [r.text, r.severity])).toEqual([['tinh giảm biên chế', 'info']]);
  });
  it('reports "muu" split across a table page break (seed001), not Roman numerals or URLs', () => {
    expect(found('Rà soát, tham\n\tmuu cơ quan có thẩm quyền')).toEqual([['syllable', 'muu']]);
    expect(found('II. III. VII. ii) xem http://vacuum.vn/muu và a.muu@x.vn')).toEqual([]);
  });
});

// Issue 13 item 10: syllables checked against a real Vietnamese dictionary (dictionary-vi via nspell).
describe('text/misspelling: dictionary check', () => {
  const fixes = (text: string) =>
    [...rule.check({ doc: emptyDoc(), facts: emptyFacts(), text, options: {}, settings: DEFAULT_SETTINGS, notes: [] })].map((r) => [
      r.messageId,
      text.slice(r.span!.start, r.span!.end),
      r.fix ? text.slice(0, r.fix.span.start) + r.fix.text + text.slice(r.fix.span.end) : null,
    ]);
  it.each([
    ['Các cơ quan thựchiện nghiêm kế hoạch.', 'thựchiện', 'Các cơ quan thực hiện nghiêm kế hoạch.'],
    ['Giao Thựchiện kế hoạch.', 'Thựchiện', 'Giao Thực hiện kế hoạch.'],
    ['Đề nghị củaSở Nội vụ.', 'củaSở', 'Đề nghị của Sở Nội vụ.'],
    ['Báo cáo kếtquả thựchiệnnhiệm vụ.', 'kếtquả', 'Báo cáo kết quả thựchiệnnhiệm vụ.'],
  ])('reports glued syllables with the space as the fix: %s', (text, found, fixed) => {
    expect(fixes(text)[0]).toEqual(['glued', found, fixed]);
  });
  it('reports a syllable with its diacritics lost or mistyped, the likeliest syllable first', () => {
    expect(run(rule, { text: 'Rà soát, tham muu cơ quan có thẩm quyền.' }).map((r) => [r.messageId, r.text])).toEqual([['syllable', 'muu']]);
    const r = run(rule, { text: 'nêu gương nguời tốt việc tốt; tổ chức quán triểt, triển khai; tuyên truyên pháp luật.' });
    expect(r.map((x) => x.text)).toEqual(['nguời', 'triểt', 'truyên']);
    expect(String(r[0]?.data?.hint)).toContain('"người"');
  });
  it.each([
    'Hướng dẫn cài đặt VNeID, iHanoi, eKYC; ứng dụng PowerPoint, ChatGPT.',
    'Cổng https://dichvucong.gov.vn/p/home, www.laocai.gov.vn, thư vanthu@laocai.gov.vn; tệp bao_cao.docx.',
    'Triển khai hệ thống online trên website, email, camera, internet, big data, smart city.',
    'Ứng dụng chat bot; top 10 doanh nghiệp; đường dây hot line.',
    'Hoàng Văn Thuân; huyện Krông Pắc, Đắk Nông, Đạ Tẻh; Viettel, Zalo; ông Nguyễn Văn A.',
    'Dân tộc Ê-đê, Ba-na; ra-đi-ô; mô-đun 3; số 15a; điểm a) khoản 2; mục ii) và iv).',
    'Hòa Bình, hoà giải; thủy lợi, thuỷ lợi; quý, quí; sĩ quan, sỹ quan; kỹ thuật, kĩ thuật; nòng cốt.',
    'TỔ CHỨC THỰCHIỆN; UBND, HĐND, TTHC, QĐ-UBND.',
  ])('no finding: %s', (text) => {
    expect(run(rule, { text })).toEqual([]);
  });
  it('skips the syllable check on text in a legacy font (many words outside the alphabet), keeps known mistakes', () => {
    const garbage = Array.from({ length: 30 }, () => 'ÿѭӡng WKҭP ngo‡i c·c').join(' ');
    expect(run(rule, { text: `${garbage} tham muu; cập nhập.` }).map((r) => r.messageId)).toEqual(['misspelling']);
  });
  it('reports place names spelled unlike the official list, with the official form as the fix', () => {
    expect(fixes('Hỗ trợ tỉnh Đăk Nông (cũ) và tỉnh Đắc Lắc.')).toEqual([
      ['misspelling', 'Đăk Nông', 'Hỗ trợ tỉnh Đắk Nông (cũ) và tỉnh Đắc Lắc.'],
      ['misspelling', 'Đắc Lắc', 'Hỗ trợ tỉnh Đăk Nông (cũ) và tỉnh Đắk Lắk.'],
    ]);
    expect(run(rule, { text: 'tỉnh Đắk Nông (cũ), tỉnh Đắk Lắk, tỉnh Bắc Kạn (cũ), tỉnh Kon Tum (cũ); daklak.gov.vn' })).toEqual([]);
  });
  it('keeps the case of the text in the fix of a known misspelling', () => {
    expect(fixes('Sát nhập đơn vị.')[0]).toEqual(['misspelling', 'Sát nhập', 'Sáp nhập đơn vị.']);
  });
});
