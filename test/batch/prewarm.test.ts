// The pool's first worker started at CLI start: adopted when entry and heap limit match, killed otherwise, and
// never keeping the process alive on its own. Stand-in worker processes record their pid and what they are told.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runPool } from '../../src/batch/pool.js';
import { adoptPrewarmed, prewarmWorker, wantsPrewarm } from '../../src/batch/prewarm.js';
import type { FileResult } from '../../src/model/finding.js';
import { ROOT } from '../_build.js';
import { options } from './_helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'kehoach-prewarm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker that writes its pid to `<name>.pid` at start and answers every task with an empty result. */
function fakeWorker(name: string): URL {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(
    file,
    `import { writeFileSync } from 'node:fs';
writeFileSync(${JSON.stringify(join(dir, `${name}.pid`))}, String(process.pid));
process.on('disconnect', () => process.exit(0));
process.on('message', (task) => {
  process.send({ kind: 'result', id: task.id, result: { path: task.path, format: 'txt', encoding: 'utf-8', agency: null, pageCount: null, findings: [], error: null, errorCount: 0, warningCount: 0, infoCount: 0, worker: process.pid } });
});
process.send({ kind: 'ready' });
`,
  );
  return pathToFileURL(file);
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const pidOf = async (name: string): Promise<number> => {
  const file = join(dir, `${name}.pid`);
  for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
  return Number(readFileSync(file, 'utf8'));
};

describe('wantsPrewarm', () => {
  it('a check naming a file the pool reads: Word, PDF, .doc, Markdown, HTML', () => {
    expect(wantsPrewarm(['check', 'plan.md'])).toBe(true);
    expect(wantsPrewarm(['check', 'saved.htm'])).toBe(true);
    expect(wantsPrewarm(['check', 'a.docx'])).toBe(true);
    expect(wantsPrewarm(['check', '--stage', 'draft', 'plans/B.PDF', '-f', 'json'])).toBe(true);
    expect(wantsPrewarm(['check', 'x.txt', 'y.doc'])).toBe(true);
  });
  it('not text files, folders, other commands or help', () => {
    expect(wantsPrewarm(['check', 'a.txt', 'b.TXT'])).toBe(false);
    expect(wantsPrewarm(['check', 'plans'])).toBe(false);
    expect(wantsPrewarm(['parse', 'a.docx'])).toBe(false);
    expect(wantsPrewarm(['check', 'a.docx', '--help'])).toBe(false);
    expect(wantsPrewarm([])).toBe(false);
  });
});

describe('adoption by the pool', () => {
  /** Prewarms a fake worker with heap `prewarmMb`, checks one file with a 1,024 MB pool: the prewarmed pid and the pid that checked. */
  async function checkAfterPrewarm(tag: string, prewarmMb: number): Promise<{ pid: number; used: number | undefined }> {
    const url = fakeWorker(tag);
    prewarmWorker(url, prewarmMb);
    const pid = await pidOf(tag);
    const results: FileResult[] = [];
    await runPool([{ path: 'a.docx', options: options({ maxMemoryMb: 1024 }) }], { jobs: 1, workerUrl: url, onResult: (_i, r) => results.push(r) });
    return { pid, used: (results[0] as FileResult & { worker?: number }).worker };
  }

  it('the pool uses the prewarmed worker for the first file when entry and heap limit match', async () => {
    const { pid, used } = await checkAfterPrewarm('match', 1024);
    expect(used).toBe(pid);
  });

  it('another heap limit: the prewarmed worker is killed and a fresh one checks the file', async () => {
    const { pid, used } = await checkAfterPrewarm('mismatch', 512);
    expect(used).toBeTypeOf('number');
    expect(used).not.toBe(pid);
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive(pid)).toBe(false);
  });

  it('is adopted once only', () => {
    const url = fakeWorker('once');
    prewarmWorker(url, 256);
    const handlers = { onMessage: () => undefined, onExit: () => undefined };
    const first = adoptPrewarmed(url, 256, handlers);
    expect(first).not.toBeNull();
    expect(adoptPrewarmed(url, 256, handlers)).toBeNull();
    first?.kill();
  });
});

describe('a prewarmed worker nobody adopts', () => {
  it('does not keep the process alive, and ends with it', async () => {
    const url = fakeWorker('orphan');
    const script = join(dir, 'run.mjs');
    writeFileSync(
      script,
      `import { prewarmWorker } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'batch', 'prewarm.js')).href)};
import { existsSync } from 'node:fs';
prewarmWorker(new URL(${JSON.stringify(url.href)}), 256);
// Returns once the worker has started: then only the worker could keep this process alive.
const started = () => existsSync(${JSON.stringify(join(dir, 'orphan.pid'))}) ? undefined : setTimeout(started, 20);
started();
`,
    );
    // The parent must end by itself (the timeout only guards the test run against a hang).
    const r = spawnSync(process.execPath, [script], { timeout: 60_000, encoding: 'utf8' });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    const pid = await pidOf('orphan');
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive(pid)).toBe(false);
  });
});
