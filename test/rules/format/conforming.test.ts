import { describe, expect, it } from 'vitest';
import { formatFindings, planDocx, summary } from './_docx.js';

describe('format/: a conforming Word plan', () => {
  it('gives no presentation finding', async () => {
    expect(summary(await formatFindings(await planDocx()))).toEqual([]);
  });
});
