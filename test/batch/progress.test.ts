import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgressLine } from '../../src/batch/progress.js';
import { checkFiles } from '../../src/batch/run.js';
import type { FileResult } from '../../src/model/finding.js';
import { copyInto, memoryIo, options, tempDir } from './_helpers.js';

const ok = (errorCount: number): FileResult => ({
  path: 'x',
  format: 'txt',
  encoding: 'utf-8',
  agency: null,
  pageCount: null,
  findings: [],
  error: null,
  errorCount,
  warningCount: 0,
  infoCount: 0,
});

let dir: string;
beforeAll(() => {
  dir = tempDir('progress');
  copyInto(dir, [
    ['fixtures/plans/seed000.txt', 'a.txt'],
    ['fixtures/plans/seed003.txt', 'b.txt'],
  ]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('progress line', () => {
  it('shows files done / total, failures, errors and the current file, shortened from the left', () => {
    const io = memoryIo('/');
    let now = 0;
    const p = new ProgressLine(io, 4, 'vi', () => (now += 1000));
    p.start('hồ sơ/Phòng Nội vụ/kế hoạch số 12 năm 2025 về cải cách hành chính.docx');
    p.finish(ok(3));
    p.finish({ ...ok(0), error: { code: 'corrupt-docx', message: 'm' } });
    const text = p.text(90);
    expect(text).toMatch(/^\[█{10}░{10}\] 2\/4 · 1 không đọc được · 3 lỗi · …/u);
    expect(Array.from(text).length).toBeLessThanOrEqual(90);
    expect(text.endsWith('hành chính.docx')).toBe(true);
    expect(io.err.every((s) => s.startsWith('\r\x1b[K'))).toBe(true);
    p.clear();
    expect(io.err.at(-1)).toBe('\r\x1b[K');
  });

  it('is drawn on stderr only when asked (a TTY outside CI), and cleared before the report', async () => {
    const quiet = memoryIo(dir);
    await checkFiles(['a.txt', 'b.txt'], { lang: 'en', io: quiet, jobs: 1, debug: false, progress: false, cache: null, optionsFor: () => options() });
    expect(quiet.err).toEqual([]);
    const tty = memoryIo(dir);
    await checkFiles(['a.txt', 'b.txt'], { lang: 'en', io: tty, jobs: 1, debug: false, progress: true, cache: null, optionsFor: () => options() });
    expect(tty.err.join('')).toContain('2/2 · 0 failed');
    expect(tty.err.at(-1)).toBe('\r\x1b[K');
  });
});
