import { describe, expect, it } from 'vitest';
import { formatFindings, planDocx, summary } from './_docx.js';

describe('format/page-setup', () => {
  it('Letter paper: one warning', async () => {
    const f = await formatFindings(await planDocx({ page: { width: 12240, height: 15840 } }));
    expect(summary(f)).toEqual(['format/page-setup warning: Khổ giấy 215,9 × 279,4 mm (phần 1) — quy định A4 (210 × 297 mm).']);
  });
  it('A4 landscape for the text: one warning', async () => {
    const f = await formatFindings(await planDocx({ page: { width: 16838, height: 11906 } }), 'format/page-setup');
    expect(summary(f)).toEqual(['format/page-setup warning: Trang đầu của văn bản đặt nằm ngang — quy định trang đứng (trang nằm ngang chỉ cho bảng, biểu).']);
  });
});
