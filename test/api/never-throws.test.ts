// checkFile/checkText never throw: an extractor that throws becomes an 'internal' error result for that file.
import { afterAll, describe, expect, it, vi } from 'vitest';

// Test files share a worker's modules (vitest isolate: false): the mock is set for this file only, and the
// pipeline is loaded afresh with it, then the mock is removed for the files that follow.
afterAll(() => {
  vi.doUnmock('../../src/extract/index.js');
  vi.resetModules();
});

describe('a throwing extractor', () => {
  it('gives an internal error result, not an exception', async () => {
    vi.resetModules();
    vi.doMock('../../src/extract/index.js', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../src/extract/index.js')>();
      return {
        ...original,
        extractFacts: () => {
          throw new Error('extractor exploded');
        },
      };
    });
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
