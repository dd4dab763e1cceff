// The lead words of a legal basis in the preamble.
import { describe, expect, it } from 'vitest';
import { basesOfLine } from '../../src/parse/legal-bases.js';

const line = (text: string) => ({ text, start: 0, end: text.length, block: 0 });

describe('basesOfLine', () => {
  it.each([
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', 'Căn cứ'],
    ['Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;', 'Thực hiện'],
    ['Triển khai Kế hoạch hành động số 328-KH/TU ngày 10/6/2025 của Tỉnh ủy,', 'Triển khai'],
    ['Triển khai thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ,', 'Triển khai thực hiện'],
  ])('%s', (text, lead) => {
    expect(basesOfLine(line(text)).map((b) => b.lead)).toEqual([lead]);
  });
  it('"Triển khai" before anything but a document is no basis', () => {
    expect(basesOfLine(line('Triển khai đồng bộ các giải pháp chuyển đổi số trên địa bàn tỉnh.'))).toEqual([]);
  });
});
