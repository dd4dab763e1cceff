// A one-file check of a file that is not text warms the rules only after its format is known; the sniffing error
// (binary bytes) must come back once, as the file's result, not also as an unhandled rejection of the read that was
// already under way (CI caught that in the suite's batch cache test).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { ENGINE_DEFAULTS } from '../_pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'kehoach-binary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkFile on binary bytes', () => {
  it('returns the binary error and leaves no rejection unhandled', async () => {
    const file = join(dir, 'noise.docx');
    writeFileSync(file, Buffer.from([0, 1, 2, 3, 0, 0, 7, 8, 0, 255, 0, 1]));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const r = await checkFile(file, { lang: 'vi', engine: ENGINE_DEFAULTS });
      expect(r.error?.code).toBe('binary');
      // Unhandled rejections are reported after the microtask queue drains.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
