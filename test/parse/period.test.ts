// The plan period from the subject line(s).
import { describe, expect, it } from 'vitest';
import { parsePeriod, periodOfLines } from '../../src/parse/period.js';
import { loadTxt } from '../../src/load/txt.js';
import { parsePlan } from '../../src/parse/index.js';

describe('parsePeriod', () => {
  it.each([
    ['Cải cách hành chính năm 2026', 'year', '2026-01-01', '2026-12-31', null],
    ['Cải cách hành chính 6 tháng cuối năm 2025', 'half', '2025-07-01', '2025-12-31', null],
    ['Cải cách hành chính 6 tháng đầu năm 2024', 'half', '2024-01-01', '2024-06-30', null],
    ['Kế hoạch kiểm tra Quý III/2025', 'quarter', '2025-07-01', '2025-09-30', null],
    ['Đề án giai đoạn 2021-2025 và định hướng đến năm 2030', 'range', '2021-01-01', '2025-12-31', 2030],
    ['Chuyển đổi số định hướng đến năm 2030 trong năm 2026', 'year', '2026-01-01', '2026-12-31', 2030],
  ])('%s', (subject, kind, start, end, outlookYear) => {
    expect(parsePeriod(subject, 0)).toMatchObject({ kind, start, end, outlookYear });
  });
  it.each(['Tuyên truyền về cải cách hành chính', 'Kế hoạch số 15/KH-SNV', 'năm 1850'])('no period in "%s"', (subject) => {
    expect(parsePeriod(subject, 0)).toBeNull();
  });
  it('maps the span of a subject written over lines that are not adjacent', () => {
    const text = 'KẾ HOẠCH\nCải cách hành chính của Sở\n\n\n6 tháng cuối năm 2025\nI. MỤC ĐÍCH\n';
    const loaded = loadTxt(new TextEncoder().encode(text));
    const period = parsePlan(loaded, { path: 'x', bytes: 0 }).period;
    expect(period && loaded.text.slice(period.span.start, period.span.end)).toBe('6 tháng cuối năm 2025');
    expect(periodOfLines([])).toBeNull();
  });
});

describe('parsePeriod: horizons and cited dates in the subject', () => {
  it('"… đến năm 2030" runs from the issue year to the horizon; unknown without an issue year', () => {
    expect(parsePeriod('Kế hoạch phát triển hạ tầng 5G đến năm 2030', 0, 2025)).toMatchObject({ start: '2025-01-01', end: '2030-12-31', kind: 'range' });
    expect(parsePeriod('Kế hoạch phát triển hạ tầng 5G đến năm 2030', 0)).toBeNull();
  });
  it('a plan year stated beside a horizon wins; an outlook stays an outlook', () => {
    expect(parsePeriod('Kế hoạch năm 2026, định hướng đến năm 2030', 0, 2025)).toMatchObject({ start: '2026-01-01', end: '2026-12-31', outlookYear: 2030 });
  });
  it('the date of a cited document in the subject is not the plan year', () => {
    expect(parsePeriod('Triển khai Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ', 0)).toBeNull();
    expect(parsePeriod('Triển khai Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 trong năm 2026', 0)).toMatchObject({ start: '2026-01-01' });
  });
});
