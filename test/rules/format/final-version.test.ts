import { describe, expect, it } from 'vitest';
import { formatFindings, planDocx, summary } from './_docx.js';

describe('format/final-version', () => {
  it('a tracked insertion, a deletion, a comment and hidden text: four findings, stating the version checked', async () => {
    const f = await formatFindings(await planDocx({ revisions: true }));
    expect(summary(f).sort()).toEqual([
      'format/final-version warning: Tệp còn 1 chỗ chèn chưa chấp nhận (theo dõi thay đổi), đoạn 16. Đã kiểm tra phiên bản coi như đã chấp nhận mọi thay đổi (phần chèn được giữ, phần xóa bỏ đi). Chấp nhận hoặc từ chối các thay đổi trước khi ban hành.',
      'format/final-version warning: Tệp còn 1 chỗ xóa chưa chấp nhận (theo dõi thay đổi), đoạn 16; phần chữ bị xóa không được kiểm tra. Chấp nhận hoặc từ chối các thay đổi trước khi ban hành.',
      'format/final-version warning: Tệp còn 1 chú thích (comment), đoạn 16. Xử lý và xóa chú thích trước khi ban hành.',
      'format/final-version warning: Tệp có 1 chỗ chữ ẩn (hidden), đoạn 16: chữ ẩn không in ra nhưng vẫn nằm trong tệp; phần kiểm tra đọc văn bản không có chữ ẩn. Xóa hoặc hiện chữ ẩn trước khi ban hành.',
    ].sort());
  });
  it('the text checked: insertion kept, deletion dropped, hidden text dropped (as printed)', async () => {
    const { parseBytes } = await import('../../../src/check.js');
    const { loaded } = await parseBytes(await planDocx({ revisions: true }), 'plan.docx', { lang: 'vi', isolate: false });
    expect(loaded.text).toContain('Kiểm tra việc thực hiện kế hoạch định kỳ hằng quý và báo cáo kết quả cho Giám đốc Sở');
    expect(loaded.text).not.toContain('ghi chú nội bộ');
    expect(loaded.text).not.toContain('khi cần thiết');
  });
  it('the presentation group can be turned off', async () => {
    expect(await formatFindings(await planDocx({ revisions: true }), undefined, { presentation: false })).toEqual([]);
  });
});
