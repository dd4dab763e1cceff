import { describe, expect, it } from 'vitest';
import { csv, csvCell } from '../../src/report/csv.js';
import { CSV_INJECTION, HOSTILE_SCRIPT, input } from './fixtures.js';

/** A small RFC 4180 parser for the test (quotes, doubled quotes, CRLF inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

describe('csv', () => {
  const text = csv(input());

  it('starts with a BOM, uses CRLF only, ends with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/gu, '');
    expect(outsideQuotes).not.toMatch(/(?<!\r)\n/u);
  });

  it('has a localized header and one row per finding plus the load error', () => {
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['Tệp', 'Cơ quan', 'Quy tắc', 'Mức độ', 'Mục', 'Trang', 'Đoạn', 'Dòng', 'Trích đoạn', 'Nội dung', 'Gợi ý sửa']);
    expect(parseCsv(csv(input({ lang: 'en' })).slice(1))[0]).toEqual([
      'File', 'Agency', 'Rule', 'Severity', 'Section', 'Page', 'Paragraph', 'Line', 'Excerpt', 'Message', 'Suggestion',
    ]);
    expect(rows).toHaveLength(1 + 6 + 1);
    for (const r of rows) expect(r).toHaveLength(11);
    expect(rows[3]).toEqual([
      'kế hoạch/Kế hoạch 09 năm 2025.txt', 'SỞ DÂN TỘC VÀ TÔN GIÁO', 'deadline/vague', 'cảnh báo', 'III.2', '', '', '45',
      'thường xuyên, 100%: quý III', 'Thời hạn "thường xuyên" không cụ thể; 100% đơn vị, hạn: quý III', 'Ghi rõ ngày, tháng hoàn thành.',
    ]);
    expect(rows[2]![8]).toContain(HOSTILE_SCRIPT);
    expect(rows[5]![8]).toBe(`Dòng một\r\nDòng hai <img src=x onerror="window.__pwned2=1"> | *đậm* & "trích" 'đơn'`);
    expect(rows[7]).toEqual(['hỏng/tệp lỗi.pdf', '', 'load/pdf-encrypted', 'lỗi', '', '', '', '', '', 'Không đọc được tệp: Tệp PDF được mã hóa, không đọc được <nội dung>', '']);
  });

  it('groups rows by agency (by name, unknown last), files in input order within an agency', () => {
    const rows = parseCsv(text.slice(1)).slice(1);
    expect(rows.map((r) => r[1])).toEqual(['SỞ DÂN TỘC VÀ TÔN GIÁO', 'SỞ DÂN TỘC VÀ TÔN GIÁO', 'SỞ DÂN TỘC VÀ TÔN GIÁO', 'SỞ DÂN TỘC VÀ TÔN GIÁO', 'UBND HUYỆN CAO LỘC', 'UBND HUYỆN CAO LỘC', '']);
    expect(rows.map((r) => r[0])).toEqual([
      'kế hoạch/Kế hoạch 09 năm 2025.txt', 'kế hoạch/Kế hoạch 09 năm 2025.txt', 'kế hoạch/Kế hoạch 09 năm 2025.txt', 'pdf/Kế hoạch số 3.pdf',
      'Báo cáo, tổng hợp/KH 12: CCHC.docx', 'Báo cáo, tổng hợp/KH 12: CCHC.docx', 'hỏng/tệp lỗi.pdf',
    ]);
  });

  it('neutralizes formula injection in every cell', () => {
    const rows = parseCsv(text.slice(1));
    expect(rows[1]![8]).toBe(`'${CSV_INJECTION}`);
    expect(rows[6]![8]).toBe("'+SUM(A1:A2)");
    expect(rows[4]![8]).toBe("'@năm 2025");
    for (const r of rows) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/u);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
  });
});
