import { describe, expect, it } from 'vitest';
import { compact } from '../../src/report/compact.js';
import { CWD, finding, input } from './fixtures.js';

describe('compact', () => {
  it('matches the golden output', () => {
    expect(compact(input())).toBe(
      [
        'kế hoạch/Kế hoạch 09 năm 2025.txt:4:30: info format/date-padding Ngày "5" nên viết "05".',
        'kế hoạch/Kế hoạch 09 năm 2025.txt:8:1: error citation/superseded Căn cứ Nghị định 110/2004/NĐ-CP đã được thay thế bởi Nghị định 30/2020/NĐ-CP.',
        'kế hoạch/Kế hoạch 09 năm 2025.txt:45:12: warning deadline/vague Thời hạn "thường xuyên" không cụ thể; 100% đơn vị, hạn: quý III',
        'Báo cáo, tổng hợp/KH 12: CCHC.docx:120:5: error citation/superseded Căn cứ đã hết hiệu lực, mất 50% giá trị dòng thứ hai',
        'Báo cáo, tổng hợp/KH 12: CCHC.docx:130:1: error citation/superseded Căn cứ Quyết định 225/QĐ-TTg đã hết hiệu lực.',
        'pdf/Kế hoạch số 3.pdf:210:3: warning deadline/vague Thời hạn "năm 2025" quá rộng.',
        'hỏng/tệp lỗi.pdf:1:1: error load/pdf-encrypted Tệp PDF được mã hóa, không đọc được <nội dung>',
        '',
      ].join('\n'),
    );
  });

  it('keeps one finding per line whatever the message holds', () => {
    const out = compact(
      input({
        results: [
          {
            path: 'a.txt', format: 'txt', encoding: 'utf-8', agency: null, pageCount: null, error: null,
            errorCount: 1, warningCount: 0, infoCount: 0,
            findings: [finding({ ruleId: 'x/y', severity: 'error', message: 'một\r\nhai\u001b[31m\u2028ba' })],
          },
        ],
      }),
    );
    expect(out.split('\n')).toHaveLength(2);
    expect(out).not.toContain('\u001b');
  });

  it('keeps paths outside cwd as given', () => {
    const r = input().results[0]!;
    expect(compact(input({ results: [r], cwd: `${CWD}/khác` }))).toContain(`${r.path}:4:30:`);
  });
});
