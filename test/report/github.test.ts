import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/report/github.js';
import { input } from './fixtures.js';

describe('github', () => {
  const lines = github(input()).trimEnd().split('\n');

  it('escapes data and properties like the Actions toolkit', () => {
    expect(escapeData('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('emits one command per finding, mapping info to notice', () => {
    expect(lines).toHaveLength(7);
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual([
      '::notice', '::error', '::warning', '::error', '::error', '::warning', '::error',
    ]);
    for (const l of lines) expect(l).not.toMatch(/[\r\n]/u);
  });

  it('writes all properties with the escaped path, and escaped multi-line messages', () => {
    expect(lines[3]).toBe(
      '::error file=Báo cáo%2C tổng hợp/KH 12%3A CCHC.docx,line=120,col=5,endLine=121,title=citation/superseded (mục II.1.a%2C đoạn 12)::' +
        'Căn cứ đã hết hiệu lực, mất 50%25 giá trị%0Adòng thứ hai%0ATrích: Dòng một%0D%0ADòng hai <img src=x onerror="window.__pwned2=1"> | *đậm* & "trích" \'đơn\'',
    );
    expect(lines[2]).toBe(
      '::warning file=kế hoạch/Kế hoạch 09 năm 2025.txt,line=45,col=12,endLine=45,endColumn=26,title=deadline/vague (mục III.2%2C dòng 45)::' +
        'Thời hạn "thường xuyên" không cụ thể; 100%25 đơn vị, hạn: quý III%0ATrích: thường xuyên, 100%25: quý III%0AGợi ý: Ghi rõ ngày, tháng hoàn thành.',
    );
    expect(lines[6]).toBe('::error file=hỏng/tệp lỗi.pdf,title=load/pdf-encrypted::Không đọc được tệp: Tệp PDF được mã hóa, không đọc được <nội dung>');
  });

  it('round-trips: unescaping a property gives the original path back', () => {
    const m = /file=([^,]*),/u.exec(lines[3]!);
    const unescape = (s: string) => s.replace(/%2C/gu, ',').replace(/%3A/gu, ':').replace(/%0A/gu, '\n').replace(/%0D/gu, '\r').replace(/%25/gu, '%');
    expect(unescape(m![1]!)).toBe('Báo cáo, tổng hợp/KH 12: CCHC.docx');
  });
});
