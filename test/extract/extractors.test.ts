// Table tests for the extractors: positive rows with expected fields, counter-examples that must yield nothing.
import { describe, expect, it } from 'vitest';
import {
  citationKey,
  findAbbreviations,
  findCitations,
  findDates,
  findDeadlines,
  findTargets,
  inferReferenceDate,
  parseDeadline,
} from '../../src/extract/index.js';
import type { Citation } from '../../src/model/facts.js';
import type { IssueDate } from '../../src/model/plan.js';

const one = (s: string): Citation => {
  const cs = findCitations(s, 0, 'body');
  expect(cs).toHaveLength(1);
  return cs[0] as Citation;
};

describe('findCitations', () => {
  it.each([
    ['Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa', 'nd:61/2018/nđ-cp', 'normative', '2018-04-23', 'Chính phủ', 'thực hiện cơ chế một cửa', []],
    ['Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ', 'nd:118/2025/nđ-cp', 'normative', '2025-06-09', 'Chính phủ', null, []],
    ['Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ', 'qd:468/qđ-ttg', 'administrative', '2021-03-27', 'Thủ tướng Chính phủ', null, []],
    ['Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương', 'nq:60-nq/tw', 'party', '2025-04-12', 'Ban Chấp hành Trung ương', null, []],
    ['Quyết định số 31-QĐ/TW, ngày 01-10-1997', 'qd:31-qđ/tw', 'party', '1997-10-01', null, null, []],
    ['Luật số 64/2025/QH15', 'luat:64/2025/qh15', 'law', null, null, null, []],
    ['Công văn số 4836/SNV-TCBC của Sở Nội vụ', 'cv:4836/snv-tcbc', 'official-letter', null, 'Sở Nội vụ', null, []],
    ['Kế hoạch 184/KH-UBND', 'kh:184/kh-ubnd', 'administrative', null, null, null, []],
    ['Thông tư số 26/2019/TT-BTC ngày 10/5/2019 của Bộ Tài chính hướng dẫn việc lập dự toán', 'tt:26/2019/tt-btc', 'normative', '2019-05-10', 'Bộ Tài chính', 'hướng dẫn việc lập dự toán', []],
    ['Nghị định số 63/2010/NĐCP ngày 08/6/2010', 'nd:63/2010/nđ-cp', 'normative', '2010-06-08', null, null, ['missing-hyphen']],
    ['Quyết định số 46/2022/QĐ UBND ngày 28/10/2022', 'qd:46/2022/qđ-ubnd', 'normative', '2022-10-28', null, null, ['space-in-code']],
    ['Nghị quyết số 71/2024/NQHĐND', 'nq:71/2024/nq-hđnd', 'normative', null, null, null, ['missing-hyphen']],
    ['Nghị quyết 57- NQ/TW', 'nq:57-nq/tw', 'party', null, null, null, ['space-in-code']],
    ['Quyết định số 942/QĐ-TT', 'qd:942/qđ-ttg', 'administrative', null, null, null, ['issuer-misspelt']],
    ['Nghị định 61/2018/ND-CP', 'nd:61/2018/nđ-cp', 'normative', null, null, null, ['missing-d-stroke']],
    ['Nghị định số 61/NĐ-CP', 'nd:61/nđ-cp', 'administrative', null, null, null, ['missing-year']],
    ['Nghị quyết số 60/NQ-TW', 'nq:60-nq/tw', 'administrative', null, null, null, ['party-with-slash']],
    // Issue 13 item 5: spaces beside a hyphen or slash, a doubled symbol, a Party number without its type.
    ['Tờ trình số 17/TTr- STP ngày 02/4/2025 của Sở Tư pháp', 'ttr:17/ttr-stp', 'administrative', '2025-04-02', 'Sở Tư pháp', null, ['space-in-code']],
    ['Chỉ thị số 05/CT -TTg ngày 10/2/2024', 'ct:5/ct-ttg', 'administrative', '2024-02-10', null, null, ['space-in-code']],
    ['Nghị quyết số 21-NQ /TW ngày 16/6/2022', 'nq:21-nq/tw', 'party', '2022-06-16', null, null, ['space-in-code']],
    ['Kết luận số 14-KL/TW KL/TW ngày 22/9/2021', 'kl:14-kl/tw', 'party', '2021-09-22', null, null, ['doubled-symbol']],
    ['Nghị quyết 07/TU ngày 03/3/2021', 'nq:7-nq/tu', 'party', '2021-03-03', null, null, ['party-missing-type']],
    ['Thông tư số 15/2021/TT- BTC', 'tt:15/2021/tt-btc', 'normative', null, null, null, ['space-in-code']],
  ])('%s', (text, key, form, date, issuer, subject, malformed) => {
    const c = one(text);
    expect(c.key).toBe(key);
    expect(c.number?.form).toBe(form);
    expect(c.date?.iso ?? null).toBe(date);
    expect(c.issuer?.text ?? null).toBe(issuer);
    if (subject !== null) expect(c.subject).toBe(subject);
    expect(c.malformed).toEqual(malformed);
    expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it('keeps prose dashes and bare Party codes out of citations', () => {
    expect(findCitations('Kế hoạch số 184/KH-UBND - Ban hành', 0, 'body').map((c) => c.number?.raw)).toEqual(['184/KH-UBND']);
    expect(findCitations('chỉ tiêu 12/TU giao; số 03/HU', 0, 'body')).toEqual([]);
    expect(findCitations('Kết luận số 14-KL/TW, KL/TW khác', 0, 'body').map((c) => c.number?.raw)).toEqual(['14-KL/TW']);
  });

  it('keeps a code broken across a line as one malformed citation', () => {
    const c = one('thay thế Quyết định số 46/2022/QĐ\nUBND ngày 28/10/2022 của UBND tỉnh');
    expect(c.key).toBe('qd:46/2022/qđ-ubnd');
    expect(c.malformed).toEqual(['line-break-in-code']);
  });

  it('reads laws cited by name and year, and merges "Luật … số …"', () => {
    const a = one('theo Luật Ban hành văn bản quy phạm pháp luật năm 2015;');
    expect(a.lawName).toBe('Ban hành văn bản quy phạm pháp luật');
    expect(a.key).toBe('luat:ban hành văn bản quy phạm pháp luật@2015');
    expect(one('Luật ban hành VBQPPL năm 2015 được sửa đổi').key).toBe(a.key);
    const b = one('Luật Tổ chức Chính phủ số 63/2025/QH15 ngày 18/02/2025');
    expect(b.typeWord).toBe('Luật');
    expect(b.lawName).toBe('Tổ chức Chính phủ');
    expect(b.key).toBe('luat:63/2025/qh15');
  });

  it('reads short forms and aliases without a second citation for the alias', () => {
    expect(one('theo Nghị định 61 và').key).toBe('nd:61');
    expect(one('tuyên truyền Đề án 06 và').key).toBe('da:6');
    const c = one('Chỉ thị số 09/CT-TTg ngày 01/4/2024 của Thủ tướng Chính phủ về tiếp tục (sau đây viết tắt là Chỉ thị số 09/CT-TTg).');
    expect(c.alias).toBe('Chỉ thị số 09/CT-TTg');
  });

  it('offsets spans by the base', () => {
    const [c] = findCitations('xx Kế hoạch số 02/KH-UBND', 100, 'basis');
    expect(c?.span).toEqual({ start: 103, end: 125 });
    expect(c?.role).toBe('basis');
  });

  it.each([
    'xếp hạng 20/20', '7,0/10 điểm', 'Tinh - Gọn - Mạnh', '0205.3812.345', 'giai đoạn 2021-2025', '02 TTHC', 'CB,CC,VC',
    'Số: /KH-SDTTG', 'ngày 12/4/2025', 'Kế hoạch năm 2025', 'Kế hoạch 2025', 'trong Luật)', 'Luật này', 'mức độ 3, 4', '(b/c)',
  ])('yields nothing on %s', (text) => {
    expect(findCitations(text, 0, 'body')).toEqual([]);
  });
});

describe('citationKey', () => {
  it('folds case, spacing and Ð/Đ', () => {
    const k = citationKey('Nghị định số 61/2018/NĐ-CP');
    expect(k).toBe('nd:61/2018/nđ-cp');
    expect(citationKey('nghị định số 61/2018/nđ-cp')).toBe(k);
    expect(citationKey('Nghị định số 61/2018/\u00d0-CP'.replace('\u00d0', 'N\u00d0'))).toBe(k);
    expect(citationKey('61/2018/NĐCP')).toBe(k);
    expect(citationKey('Nghị định số 061/2018/NĐ - CP'.replace(' - ', '-'))).toBe(k);
  });
});

describe('findDates', () => {
  it.each([
    ['ngày 07/7/2025', 'date', '2025-07-07', '2025-07-07', true],
    ['ngày 05 tháng 7 năm 2025', 'date', '2025-07-05', '2025-07-05', true],
    ['ngày 01-10-1997', 'date', '1997-10-01', '1997-10-01', true],
    ['tháng 9/2025', 'month', '2025-09-01', '2025-09-30', true],
    ['tháng 12 năm 2025', 'month', '2025-12-01', '2025-12-31', true],
    ['Quý III/2025', 'quarter', '2025-07-01', '2025-09-30', true],
    ['quý 1 năm 2026', 'quarter', '2026-01-01', '2026-03-31', true],
    ['6 tháng đầu năm 2026', 'half', '2026-01-01', '2026-06-30', true],
    ['6 tháng cuối năm 2025', 'half', '2025-07-01', '2025-12-31', true],
    ['Năm 2025', 'year', '2025-01-01', '2025-12-31', true],
    ['từ ngày 01/6/2022 đến ngày 31/8/2022', 'range', '2022-06-01', '2022-08-31', true],
    ['từ năm 2021 đến năm 2025', 'range', '2021-01-01', '2025-12-31', true],
    ['31/4/2025', 'date', null, null, false],
    ['31/9/2025', 'date', null, null, false],
    ['29/02/2023', 'date', null, null, false],
    ['29/02/2024', 'date', '2024-02-29', '2024-02-29', true],
  ])('%s', (text, kind, start, end, valid) => {
    const ds = findDates(text, 0, 'body');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ kind, start, end, valid });
  });

  it.each([
    'giai đoạn 2021-2025', 'năm 2017 - 2020', 'từ năm 2018-2020', 'xếp hạng 20/20', '7,0/10 điểm', 'ngày tháng 7 năm 2025',
    'ngày /7/2025', '0205.3812.345', '02 TTHC', 'Nhiệm kỳ 2025 - 2030', '20/20/2020', 'sau 6 tháng',
  ])('yields nothing on %s', (text) => {
    expect(findDates(text, 0, 'body')).toEqual([]);
  });
});

describe('parseDeadline (task cells)', () => {
  it.each([
    ['Xong trước 31/10/2025', 'by-date', '2025-10-31'],
    ['Trước ngày 10/8/2025', 'by-date', '2025-08-10'],
    ['Chậm nhất 10/8/2025', 'by-date', '2025-08-10'],
    ['Hoàn thành trong tháng 9/2025', 'by-month', '2025-09-30'],
    ['Quý III/2025', 'by-quarter', '2025-09-30'],
    ['6 tháng đầu năm 2026', 'by-half', '2026-06-30'],
    ['Năm 2025', 'by-year', '2025-12-31'],
    ['Từ ngày 01/6/2022 đến ngày 31/8/2022', 'range', '2022-08-31'],
    ['Hằng quý', 'recurring', null],
    ['Định kỳ 6 tháng', 'recurring', null],
    ['Trước ngày 15 của tháng cuối quý', 'recurring', null],
    ['Thường xuyên', 'continuous', null],
    ['Khi có phát sinh', 'conditional', null],
    ['Sau khi có Kế hoạch của tỉnh', 'conditional', null],
    ['31/4/2025', 'by-date', null],
  ])('%s', (cell, kind, end) => {
    const [d, ...rest] = parseDeadline(cell, 10, { task: 3 });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ kind, end, task: 3, role: 'table' });
    expect(d?.span.start).toBe(10);
  });

  it('marks an invalid date invalid instead of rolling it over', () => {
    expect(parseDeadline('31/9/2025', 0)[0]).toMatchObject({ valid: false, start: null, end: null });
  });

  it.each(['', 'Phòng Chính sách', '2021-2025', '02 TTHC'])('yields nothing on %j', (cell) => {
    expect(parseDeadline(cell, 0)).toEqual([]);
  });
});

describe('findDeadlines (prose)', () => {
  it.each([
    ['Báo cáo kết quả về Sở Nội vụ trước ngày 15 của tháng cuối quý.', 'recurring'],
    ['Các phòng hoàn thành trong Quý III/2025.', 'by-quarter'],
    ['gửi báo cáo chậm nhất ngày 15/8/2025.', 'by-date'],
    ['+ Thời gian thực hiện: Thường xuyên.', 'continuous'],
    ['+ Thời gian thực hiện: Khi được giao cụ thể.', 'conditional'],
    ['báo cáo định kỳ (quý, 6 tháng, năm) theo quy định', 'recurring'],
    ['Hằng năm, rà soát, xây dựng nhiệm vụ cụ thể', 'recurring'],
  ])('%s', (text, kind) => {
    const ds = findDeadlines(text, 0, 'body');
    expect(ds.map((d) => d.kind)).toEqual([kind]);
  });

  it.each([
    'Rà soát các văn bản ban hành trước ngày 01/7/2025.',
    'Trong năm 2018 và năm 2019, Ban đã hoàn thành việc trình công bố.',
    'thường xuyên đăng tải, cập nhật nội dung',
    'đánh giá xếp loại cán bộ hàng năm',
    'xác định chỉ số CCHC theo định kỳ.',
    'Kết quả giai đoạn 2017-2020 đạt 16,0/18 điểm.',
  ])('yields nothing on %s', (text) => {
    expect(findDeadlines(text, 0, 'body')).toEqual([]);
  });
});

describe('findTargets', () => {
  it.each([
    ['Tỷ lệ hồ sơ giải quyết đạt 33,3%.', 33.3, 'eq', 'share'],
    ['tối thiểu 80% hồ sơ', 80, 'gte', 'share'],
    ['ít nhất 50% hoạt động kiểm tra', 50, 'gte', 'share'],
    ['Trên 99% hồ sơ TTHC', 99, 'gt', 'share'],
    ['Tỷ lệ dịch vụ công trực tuyến đạt 95% trở lên', 95, 'gte', 'share'],
    ['chi phí không quá 5% tổng kinh phí', 5, 'lte', 'share'],
    ['tỷ lệ hồ sơ trễ hạn dưới 2%', 2, 'lt', 'share'],
    ['tăng 150% so với năm 2025', 150, 'eq', 'change'],
    ['giảm 5% biên chế so với năm 2021', 5, 'eq', 'change'],
    ['cắt giảm tối thiểu 30% thời gian thực hiện', 30, 'gte', 'change'],
  ])('%s', (text, value, comparator, kind) => {
    const ts = findTargets(text, 0, 'body', 'thu-tuc-hanh-chinh');
    expect(ts).toHaveLength(1);
    expect(ts[0]).toMatchObject({ value, comparator, kind, area: 'thu-tuc-hanh-chinh' });
  });

  it('reads the year and the indicator', () => {
    const [a, b] = findTargets('Đến năm 2030, mức độ hài lòng của người dân đạt tối thiểu 95%; 100% hồ sơ công việc được xử lý.', 0, 'body', null);
    expect(a).toMatchObject({ year: 2030, comparator: 'gte' });
    expect(a?.indicator).toContain('hài lòng');
    expect(b?.indicator).toBe('hồ sơ công việc');
    expect(findTargets('tăng tối thiểu 20% so với năm 2024', 0, 'body', null)[0]?.year).toBeNull();
  });

  it('marks results of the past', () => {
    expect(findTargets('Giai đoạn trước đã đạt được kết quả. Tỷ lệ cắt giảm đạt 33,3%.', 0, 'body', null)[0]?.kind).toBe('past');
    expect(findTargets('100% TTHC được công khai', 0, 'body', null, { past: true })[0]?.kind).toBe('past');
  });

  it.each(['xếp hạng 20/20', 'đạt 7,0/10 điểm', 'giai đoạn 2021-2025', '02 TTHC', 'CB,CC,VC', 'Tinh - Gọn'])('yields nothing on %s', (t) => {
    expect(findTargets(t, 0, 'body', null)).toEqual([]);
  });
});

describe('findAbbreviations', () => {
  it('finds definitions by initials, lists and aliases', () => {
    const r = findAbbreviations(
      'Kế hoạch cải cách hành chính (CCHC); cán bộ, công chức, người lao động (CBCC, NLĐ); Ủy ban nhân dân tỉnh (sau đây gọi tắt là Ủy ban).',
      0,
    );
    expect(r.definitions.map((d) => [d.abbr, d.expansion])).toEqual([
      ['CCHC', 'cải cách hành chính'],
      ['CBCC', 'cán bộ, công chức'],
      ['NLĐ', 'người lao động'],
      ['Ủy ban', 'Ủy ban nhân dân tỉnh'],
    ]);
  });

  it('reports uses outside headings, numbers and Roman numerals', () => {
    const r = findAbbreviations('I. MỤC ĐÍCH, YÊU CẦU\nTheo Kế hoạch số 184/KH-UBND, UBND tỉnh giao TTHC; quý IV; CB,CC,VC', 0);
    expect(r.uses.map((u) => u.abbr)).toEqual(['UBND', 'TTHC', 'CB', 'CC', 'VC']);
  });
});

describe('inferReferenceDate', () => {
  const issue = (p: Partial<IssueDate>): IssueDate => ({
    raw: 'x', day: null, month: null, year: null, iso: null, placeholder: true, dayText: null, monthText: null, span: { start: 0, end: 1 }, ...p,
  });
  const cites = findCitations('Kế hoạch số 02/KH-UBND ngày 15/7/2025; Công văn số 82/SNV-CCHC ngày 10/7/2025; Quyết định số 1/QĐ-UBND ngày 03/01/2026', 0, 'basis');

  it('uses the issue date when complete', () => {
    expect(inferReferenceDate(issue({ iso: '2025-07-20', placeholder: false }), cites)).toEqual({ iso: '2025-07-20', source: 'issue-date', basis: null });
  });
  it('infers the earliest possible date of a draft from its citations', () => {
    const r = inferReferenceDate(issue({ month: 7, year: 2025 }), cites);
    expect(r).toMatchObject({ iso: '2025-07-15', source: 'citations' });
    expect(r?.basis).toContain('02/KH-UBND');
  });
  it('falls back to the partial date line, then today', () => {
    expect(inferReferenceDate(issue({ month: 12, year: 2025 }), cites.slice(0, 1))).toMatchObject({ iso: '2025-12-01', source: 'issue-date' });
    expect(inferReferenceDate(null, [], '2026-01-02')).toEqual({ iso: '2026-01-02', source: 'today', basis: null });
    expect(inferReferenceDate(null, [])).toBeNull();
  });
});
