// The pool's per-file time limit counts again from each recognised page (--ocr): a long scan whose every page
// keeps within the limit is not cut; a worker that goes silent is. A stand-in worker process sends the pages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runPool } from '../../src/batch/pool.js';
import type { FileResult } from '../../src/model/finding.js';
import { options } from './_helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'kehoach-pool-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker that takes `pages` × 200 ms for a task, posting a page message after each when `beats`. */
function fakeWorker(beats: boolean): URL {
  const file = join(dir, `worker-${beats}.mjs`);
  writeFileSync(
    file,
    `process.on('message', async (task) => {
  for (let i = 0; i < 10; i++) {
    await new Promise((r) => setTimeout(r, 200));
    ${beats ? "process.send({ kind: 'page', id: task.id });" : ''}
  }
  process.send({ kind: 'result', id: task.id, result: { path: task.path, format: 'pdf', encoding: 'pdf', agency: null, pageCount: 10, findings: [], error: null, errorCount: 0, warningCount: 0, infoCount: 0 } });
});
process.send({ kind: 'ready' });
`,
  );
  return pathToFileURL(file);
}

async function runOne(beats: boolean): Promise<FileResult | undefined> {
  let out: FileResult | undefined;
  await runPool([{ path: 'scan.pdf', options: options({ timeoutMs: 1500 }) }], { jobs: 1, workerUrl: fakeWorker(beats), onResult: (_i, r) => (out = r) });
  return out;
}

describe('pool time limit and recognised pages', () => {
  it('10 pages of 200 ms each under a 1.5 s limit: finished, since each page restarts the limit', async () => {
    expect((await runOne(true))?.error).toBeNull();
  }, 30_000);

  it('the same 2 s without page messages: cut at the limit', async () => {
    expect((await runOne(false))?.error?.code).toBe('timeout');
  }, 30_000);
});
