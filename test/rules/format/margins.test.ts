import { describe, expect, it } from 'vitest';
import { formatFindings, planDocx, summary } from './_docx.js';

describe('format/margins', () => {
  it('a 10 mm bottom margin: one info (margins are "likely")', async () => {
    const f = await formatFindings(await planDocx({ margins: { bottom: 567 } }));
    expect(summary(f)).toEqual(['format/margins info: Lề trang (phần 1): lề dưới 10 mm — quy định lề dưới 20–25 mm.']);
  });
  it('in English', async () => {
    const f = await formatFindings(await planDocx({ margins: { left: 1134 } }), 'format/margins', { lang: 'en' });
    expect(summary(f)).toEqual(['format/margins info: Page margins (section 1): left 20 mm — Decree 30 asks for left 30–35 mm.']);
  });
});
