import { describe, expect, it } from 'vitest';
import { formatFindings, planDocx, summary } from './_docx.js';

describe('format/page-number', () => {
  it('page numbers in the footer: one warning', async () => {
    const f = await formatFindings(await planDocx({ pageNumberIn: 'footer' }));
    expect(summary(f)).toEqual(['format/page-number warning: Số trang đặt ở lề dưới (chân trang) — quy định ở lề trên (đầu trang).']);
  });
  it('no page number on a short plan: nothing (one page needs none)', async () => {
    expect(await formatFindings(await planDocx({ pageNumberIn: 'none' }), 'format/page-number')).toEqual([]);
  });
  it('a page number in 12 pt: one warning with the measured size (DOMAIN §1.4: 13–14, certain); 13 pt gives none', async () => {
    expect(summary(await formatFindings(await planDocx({ pageNumberSize: 24 }), 'format/page-number'))).toEqual(['format/page-number warning: Số trang: cỡ chữ 12 — quy định 13–14.']);
    expect(await formatFindings(await planDocx({ pageNumberSize: 26 }), 'format/page-number')).toEqual([]);
  });
});
