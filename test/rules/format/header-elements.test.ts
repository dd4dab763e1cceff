import { describe, expect, it } from 'vitest';
import { formatFindings, planDocx, summary } from './_docx.js';

describe('format/header-elements', () => {
  it('a Tiêu ngữ at 12 pt: one info (sizes of the Tiêu ngữ are "likely")', async () => {
    const f = await formatFindings(await planDocx({ motto: { size: 24 } }));
    expect(summary(f)).toEqual(['format/header-elements info: Tiêu ngữ: cỡ chữ 12 — quy định 13–14.']);
  });
  it('a number line at 14 pt: one warning naming the element', async () => {
    const f = await formatFindings(await planDocx({ number: { size: 28 } }));
    expect(summary(f)).toEqual(['format/header-elements warning: Số, ký hiệu: cỡ chữ 14 — quy định 13.']);
  });
  it('a Tiêu ngữ not bold', async () => {
    const f = await formatFindings(await planDocx({ motto: { bold: false } }), 'format/header-elements');
    expect(summary(f)).toEqual(['format/header-elements info: Tiêu ngữ: chữ không đậm — quy định chữ in đậm.']);
  });
  it('does not run on a text file', async () => {
    const { checkText } = await import('../../_pipeline.js');
    expect(checkText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH\nCải cách hành chính').filter((x) => x.ruleId.startsWith('format/'))).toEqual([]);
  });
});
