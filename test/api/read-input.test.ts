// Only regular files are read, never past the size limit: FIFOs, devices and kernel pseudo-files are refused
// before they are opened (a FIFO would block for ever, /dev/zero and /proc files never end).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/check.js';
import { LoadError } from '../../src/load/types.js';

async function codeOf(path: string, maxBytes?: number): Promise<string> {
  try {
    await readInput(path, maxBytes === undefined ? {} : { maxBytes });
    return 'ok';
  } catch (err) {
    return err instanceof LoadError ? `${err.code}${err.detail ? `: ${err.detail}` : ''}` : String(err);
  }
}

describe('readInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-read-'));

  it('refuses a FIFO without opening it', async () => {
    execFileSync('mkfifo', [join(dir, 'plan.txt')]);
    expect(await codeOf(join(dir, 'plan.txt'))).toBe('not-regular: FIFO');
  });

  it('refuses a symlink to a device', async () => {
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    expect(await codeOf(join(dir, 'zero.txt'))).toBe('not-regular: device');
  });

  it('refuses kernel pseudo-files, which claim a size of 0', async () => {
    symlinkSync('/proc/self/status', join(dir, 'status.txt'));
    expect(await codeOf(join(dir, 'status.txt'))).toBe('not-regular: kernel pseudo-file');
  });

  it('reads a regular file, and stops at the limit', async () => {
    writeFileSync(join(dir, 'a.txt'), 'KẾ HOẠCH');
    expect(await codeOf(join(dir, 'a.txt'))).toBe('ok');
    expect((await codeOf(join(dir, 'a.txt'), 4)).startsWith('too-large')).toBe(true);
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(await codeOf(join(dir, 'empty.txt'))).toBe('empty');
  });
});
