import { describe, expect, it } from 'vitest';
import { formatFindings, planDocx, summary } from './_docx.js';

describe('format/font', () => {
  it('body in Arial: one warning naming the font and counting its letters', async () => {
    const f = await formatFindings(await planDocx({ body: { font: 'Arial' } }));
    expect(summary(f)).toEqual([expect.stringMatching(/^format\/font warning: Phông chữ "Arial": \d+ chữ cái — quy định Times New Roman\.$/u)]);
  });
});
