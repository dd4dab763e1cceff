// Issue 13 item 3 at the extractor level: dates of cited documents, references to another schedule.
import { describe, expect, it } from 'vitest';
import { findDeadlines, parseDeadline } from '../../src/extract/deadlines.js';

const cell = (t: string): [string, string | null][] => parseDeadline(t, 0).map((d) => [d.kind, d.end]);
const prose = (t: string): [string, string, string | null][] => findDeadlines(t, 0, 'body').map((d) => [d.text, d.kind, d.end]);

describe('time cells', () => {
  it.each([
    'Theo Điều 17 Nghị định số 52/2015/NĐ-CP ngày 28/5/2015 của Chính phủ',
    'Theo các mốc thời gian tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh',
    'Theo các mốc thời gian tại Phương án số 7178/PA-UBND ngày 14/11/2025',
    'Theo quy định tại Thông tư số 01/2023/TT-VPCP ngày 05/4/2023',
    'Theo phân công tại Quyết định số 12/QĐ-UBND ngày 03/01/2026',
  ])('"%s" refers to another schedule: conditional, no date', (t) => {
    expect(cell(t)).toEqual([['conditional', null]]);
  });
  it('skips the cited document\'s date and takes the deadline after it', () => {
    expect(cell('Thực hiện Quyết định số 20/QĐ-UBND ngày 05/01/2026, hoàn thành tháng 9/2026')).toEqual([['by-month', '2026-09-30']]);
    expect(cell('Kế hoạch số 45-KH/TU ngày 14/11/2025; xong trước 30/6/2026')).toEqual([['by-date', '2026-06-30']]);
  });
  it('keeps plain dates and dates after words that are no document number', () => {
    expect(cell('Ban hành kế hoạch chậm nhất là ngày 31/12/2025')).toEqual([['by-date', '2025-12-31']]);
    expect(cell('Trước ngày 30/6/2026')).toEqual([['by-date', '2026-06-30']]);
    expect(cell('Quý II/2026 theo Quyết định số 20/QĐ-UBND ngày 05/01/2026')).toEqual([['by-quarter', '2026-06-30']]);
  });
});

describe('prose', () => {
  it('finds body deadlines', () => {
    expect(prose('Các phòng hoàn thành trong tháng 4/2027.')).toEqual([['hoàn thành trong tháng 4/2027', 'by-month', '2027-04-30']]);
    expect(prose('Tổ chức sơ kết trong Quý II/2027.')).toEqual([['trong Quý II/2027', 'by-quarter', '2027-06-30']]);
    expect(prose('Văn phòng gửi báo cáo trước ngày 30/11/2026.')).toEqual([['trước ngày 30/11/2026', 'by-date', '2026-11-30']]);
  });
  it('a cited document\'s date is no deadline, even after a deadline word', () => {
    expect(prose('Tiếp tục thực hiện Quyết định số 1737/QĐ-UBND ngày 17/10/2025 của Chủ tịch UBND tỉnh.')).toEqual([]);
    expect(prose('Hoàn thành trước ngày có hiệu lực của Nghị định số 12/2026/NĐ-CP ngày 03/01/2026.')).toEqual([]);
  });
});
