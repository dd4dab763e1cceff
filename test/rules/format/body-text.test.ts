import { describe, expect, it } from 'vitest';
import { formatFindings, planDocx, summary } from './_docx.js';

describe('format/body-text', () => {
  it('body at 12 pt: one warning with the count and places', async () => {
    const f = await formatFindings(await planDocx({ body: { size: 24 } }));
    expect(summary(f)).toEqual([
      'format/body-text warning: Nội dung: 4 đoạn có cỡ chữ khác 13–14 (đoạn 11: cỡ 12; đoạn 13: cỡ 12; đoạn 14: cỡ 12; …) — quy định cỡ chữ 13–14.',
    ]);
  });
  it('no first-line indent', async () => {
    const f = await formatFindings(await planDocx({ bodyIndent: 0 }));
    expect(summary(f)).toEqual([expect.stringMatching(/^format\/body-text warning: Nội dung: 4 đoạn thụt đầu dòng khác 1–1,27 cm \(đoạn 11: 0 cm;/u)]);
  });
  it('left-aligned body', async () => {
    const f = await formatFindings(await planDocx({ bodyAlign: 'left' }));
    expect(summary(f)).toEqual([expect.stringMatching(/^format\/body-text warning: Nội dung: 4 đoạn không căn đều hai lề \(đoạn 11: căn trái;/u)]);
  });
  it('no space between paragraphs', async () => {
    const f = await formatFindings(await planDocx({ bodyAfter: 0 }));
    expect(summary(f)).toEqual([expect.stringMatching(/^format\/body-text warning: Nội dung: 3 chỗ cách đoạn dưới 6 pt \(sau đoạn 11: 0 pt; sau đoạn 13: 0 pt; sau đoạn 14: 0 pt\)/u)]);
  });
});
