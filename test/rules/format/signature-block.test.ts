import { describe, expect, it } from 'vitest';
import { formatFindings, planDocx, summary } from './_docx.js';

describe('format/signature-block', () => {
  it('"Nơi nhận" not italic: one warning', async () => {
    const f = await formatFindings(await planDocx({ recipientsHeading: { italics: false } }));
    expect(summary(f)).toEqual(['format/signature-block warning: Từ "Nơi nhận": chữ không nghiêng — quy định chữ in nghiêng.']);
  });
  it('"Nơi nhận" at 14 pt: one warning with the sizes', async () => {
    const f = await formatFindings(await planDocx({ recipientsHeading: { size: 28 } }), 'format/signature-block');
    expect(summary(f)).toEqual(['format/signature-block warning: Từ "Nơi nhận": cỡ chữ 14 — quy định 12.']);
  });
});
