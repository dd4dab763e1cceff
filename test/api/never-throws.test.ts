// checkFile/checkText never throw: an extractor that throws becomes an 'internal' error result for that file.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/extract/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/extract/index.js')>();
  return {
    ...original,
    extractFacts: () => {
      throw new Error('extractor exploded');
    },
  };
});

describe('a throwing extractor', () => {
  it('gives an internal error result, not an exception', async () => {
    const { createChecker } = await import('../../src/index.js');
    const result = createChecker({ config: {} });
    if (!result.ok) throw new Error('config');
    const r = result.checker.checkText('KẾ HOẠCH\nKiểm tra năm 2026\n', 'a.txt');
    expect(r.error?.code).toBe('internal');
    expect(r.error?.message).toMatch(/extractor exploded/u);
    const b = await result.checker.checkBytes(new TextEncoder().encode('KẾ HOẠCH\n'), 'b.txt');
    expect(b.error?.code).toBe('internal');
  });
});
