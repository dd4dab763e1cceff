import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/model/finding.js';
import { LOAD_ERROR_MESSAGES } from '../../src/load/messages.js';
import { copyInto, ensureBuilt, memoryIo, options, ROOT, tempDir } from './_helpers.js';

// The pool's workers run the compiled code, so these tests drive the compiled build end to end.
type RunModule = typeof import('../../src/batch/run.js');
let run: RunModule;
let dir: string;

// The slow formats first and the quick .txt last, so that with two workers files finish out of order.
const FILES = ['a/kế hoạch 1.pdf', 'a/kế hoạch 2.docx', 'b/3.txt', 'b/4.txt', 'b/5.txt', 'c/6.docx'];

beforeAll(async () => {
  ensureBuilt();
  run = (await import(join(ROOT, 'dist', 'batch', 'run.js'))) as RunModule;
  dir = tempDir('pool');
  copyInto(dir, [
    ['fixtures/pdf/seed002.pdf', FILES[0] as string],
    ['fixtures/docx/seed001.docx', FILES[1] as string],
    ['fixtures/plans/seed000.txt', FILES[2] as string],
    ['fixtures/plans/seed003.txt', FILES[3] as string],
    ['fixtures/plans/seed004.txt', FILES[4] as string],
    ['fixtures/docx/seed003.docx', FILES[5] as string],
  ]);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(jobs: number, optionsFor = (_f: string) => options()): Promise<{ results: FileResult[]; order: number[] }> {
  const order: number[] = [];
  const results = await run.checkFiles(FILES, {
    lang: 'en',
    io: memoryIo(dir),
    jobs,
    debug: false,
    progress: false,
    cache: null,
    optionsFor,
    onResult: (_r, i) => void order.push(i),
  });
  return { results, order };
}

describe('worker pool', () => {
  it('returns the same results in input order with --jobs 2 as with --jobs 1', async () => {
    const one = await check(1);
    const two = await check(2);
    expect(two.results.map((r) => r.path)).toEqual(FILES);
    expect(two.order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(two.results).toEqual(one.results);
    expect(two.results.every((r) => r.error === null && r.findings.length > 0)).toBe(true);
  }, 120_000);

  it('fails a file that exceeds its time limit alone, with its message, and checks the rest', async () => {
    const { results } = await check(2, (f) => (f === FILES[1] ? options({ timeoutMs: 1 }) : options()));
    expect(results.map((r) => r.path)).toEqual(FILES);
    expect(results[1]?.error).toEqual({ code: 'timeout', message: LOAD_ERROR_MESSAGES.timeout.en.replace('{detail}', '> 0.001 s') });
    expect(results.filter((r) => r.error)).toHaveLength(1);
  }, 120_000);

  it('fails a file that exceeds its memory limit alone, and checks the rest', async () => {
    const { results } = await check(2, (f) => (f === FILES[0] ? options({ maxMemoryMb: 16 }) : options()));
    expect(results.map((r) => r.path)).toEqual(FILES);
    expect(results[0]?.error?.code).toBe('out-of-memory');
    expect(results[0]?.error?.message).toBe(LOAD_ERROR_MESSAGES['out-of-memory'].en.replace('{detail}', '> 16 MB'));
    expect(results.slice(1).every((r) => r.error === null)).toBe(true);
  }, 120_000);
});

describe('effectiveJobs', () => {
  it('never exceeds the cores the process may use, nor the files', async () => {
    const { effectiveJobs } = await import('../../src/batch/run.js');
    expect(effectiveJobs(100, 100, 2)).toBe(2);
    expect(effectiveJobs(undefined, 100, 4)).toBe(4);
    expect(effectiveJobs(0, 3, 8)).toBe(3);
    expect(effectiveJobs(1, 100, 8)).toBe(1);
    expect(effectiveJobs(8, 0, 8)).toBe(1);
  });
});
