import { describe, expect, it } from 'vitest';
import { quotedText, stylish } from '../../src/report/stylish.js';
import { EMPTY, input, TXT } from './fixtures.js';

describe('stylish', () => {
  const vi = stylish(input());
  const en = stylish(input({ lang: 'en' }));

  it('leads each location with what a reader of the format can find', () => {
    expect(vi).toMatch(/cảnh báo\s+trang 3, mục III\.2\s+Thời hạn "năm 2025" quá rộng\.\s+deadline\/vague/u);
    expect(vi).toMatch(/cảnh báo\s+mục III\.2, dòng 45\s+/u);
    expect(vi).toMatch(/lỗi\s+mục II\.1\.a, đoạn 12\s+/u);
    expect(en).toMatch(/warning\s+page 3, section III\.2\s+/u);
    expect(en).toMatch(/error\s+section II\.1\.a, paragraph 12\s+/u);
  });

  it('groups by file with the agency, and shows load errors', () => {
    expect(vi).toContain('kế hoạch/Kế hoạch 09 năm 2025.txt — SỞ DÂN TỘC VÀ TÔN GIÁO');
    expect(vi).toContain('Không đọc được tệp: Tệp PDF được mã hóa, không đọc được <nội dung>');
    expect(vi).toContain('load/pdf-encrypted');
    expect(vi).toContain('→ Gợi ý: Ghi rõ ngày, tháng hoàn thành.');
  });

  it('prints a summary table for several files and a final count', () => {
    expect(vi).toMatch(/│ Tệp\s+│ Cơ quan\s+│ Lỗi │ Cảnh báo │ Thông tin │/u);
    expect(vi).toMatch(/│ Báo cáo, tổng hợp\/KH 12: CCHC\.docx │ UBND HUYỆN CAO LỘC\s+│\s+2 │\s+0 │\s+0 │/u);
    expect(vi).toMatch(/│ Tổng cộng\s+│\s+│\s+3 │\s+2 │\s+1 │/u);
    expect(vi.trimEnd().split('\n').at(-1)).toBe('Đã kiểm tra 5 tệp (1 không đọc được): 3 lỗi, 2 cảnh báo, 1 thông tin.');
    expect(en.trimEnd().split('\n').at(-1)).toBe('Checked 5 file(s) (1 failed to parse): 3 error(s), 2 warning(s), 1 info(s).');
    expect(en).toMatch(/│ File\s+│ Agency\s+│ Errors │ Warnings │ Infos │/u);
  });

  it('has no table for a single file and says when all is well', () => {
    const one = stylish(input({ results: [TXT] }));
    expect(one).not.toContain('┌');
    const clean = stylish(EMPTY);
    expect(clean).toContain('Không phát hiện vấn đề nào.');
    expect(clean).toContain('Đã kiểm tra 1 tệp (0 không đọc được): 0 lỗi, 0 cảnh báo, 0 thông tin.');
  });

  it('adds totals per agency when the batch holds several agencies, unknown agency last', () => {
    expect(vi).toMatch(/Theo cơ quan\n┌/u);
    expect(vi).toMatch(/│ Cơ quan\s+│ Số tệp │ Không đọc được │ Lỗi │ Cảnh báo │ Thông tin │/u);
    expect(vi).toMatch(/│ SỞ DÂN TỘC VÀ TÔN GIÁO │\s+2 │\s+0 │\s+1 │\s+2 │\s+1 │/u);
    expect(vi).toMatch(/│ UBND HUYỆN CAO LỘC\s+│\s+1 │\s+0 │\s+2 │\s+0 │\s+0 │/u);
    expect(vi).toMatch(/│ \(không rõ cơ quan\)\s+│\s+2 │\s+1 │\s+0 │\s+0 │\s+0 │\n└/u);
    expect(en).toMatch(/By agency\n┌/u);
  });

  it('has no agency table when every file is from one agency', () => {
    const { results } = input();
    const one = stylish(input({ results: results.filter((r) => r.agency === 'SỞ DÂN TỘC VÀ TÔN GIÁO') }));
    expect(one).toContain('Tổng cộng');
    expect(one).not.toContain('Theo cơ quan');
  });

  it('quotes the text each finding is about, for the officer to search for in the document', () => {
    expect(vi).toContain('«thường xuyên, 100%: quý III»');
    // Control characters of a hostile excerpt never reach the terminal.
    expect(vi).not.toMatch(/«[^»]*[\r\u001b][^»]*»/u);
  });
});

describe('quotedText', () => {
  const base = { message: 'Thời hạn quá rộng.', excerpt: 'năm 2025' } as Parameters<typeof quotedText>[0];
  it('quotes the excerpt', () => expect(quotedText(base)).toBe('«năm 2025»'));
  it('says nothing when there is no excerpt or the message already quotes it', () => {
    expect(quotedText({ ...base, excerpt: null })).toBeNull();
    expect(quotedText({ ...base, excerpt: '  ' })).toBeNull();
    expect(quotedText({ ...base, message: 'Chữ "năm 2025" quá rộng.' })).toBeNull();
    expect(quotedText({ ...base, message: 'Chữ "năm   2025" quá rộng.' })).toBeNull();
  });
  it('shortens a long excerpt to 80 characters', () => {
    const q = quotedText({ ...base, excerpt: 'ả'.repeat(200) }) ?? '';
    expect([...q]).toHaveLength(82);
    expect(q.endsWith('…»')).toBe(true);
  });
});
