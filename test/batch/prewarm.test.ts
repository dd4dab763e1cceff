// The worker started at CLI start (the pool's first worker, or the reader of a single file): adopted when entry and
// heap limit match, killed otherwise, and never keeping the process alive on its own. Stand-in worker processes
// record their pid and what they are told.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runPool } from '../../src/batch/pool.js';
import { CHECK_VALUE_OPTIONS, checksHere, prewarmTarget } from '../../src/batch/prewarm.js';
import { main } from '../../src/cli/main.js';
import { loadIsolated } from '../../src/load/isolate.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { adoptPrewarmed, prewarmWorker } from '../../src/load/prewarm.js';
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
    `import { renameSync, writeFileSync } from 'node:fs';
// Written whole or not at all (the test may end this process at any moment): a pid file is never empty.
writeFileSync(${JSON.stringify(join(dir, `${name}.pid.tmp`))}, String(process.pid));
renameSync(${JSON.stringify(join(dir, `${name}.pid.tmp`))}, ${JSON.stringify(join(dir, `${name}.pid`))});
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
// The children write their pid file whole (a temporary file, then rename); 0 would make alive() signal this
// process group and always answer true.
const pidOf = async (name: string): Promise<number> => {
  const file = join(dir, `${name}.pid`);
  for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
  const pid = Number(readFileSync(file, 'utf8'));
  expect(pid).toBeGreaterThan(0);
  return pid;
};

describe('prewarmTarget', () => {
  it('one Word, PDF, .doc, Markdown or HTML file: its reader, with the format to load ahead', () => {
    expect(prewarmTarget(['check', 'plan.md'])).toEqual({ worker: 'reader', format: 'md' });
    expect(prewarmTarget(['check', 'saved.htm'])).toEqual({ worker: 'reader', format: 'html' });
    expect(prewarmTarget(['check', 'a.docx'])).toEqual({ worker: 'reader', format: 'docx' });
    expect(prewarmTarget(['check', '--stage', 'draft', 'plans/B.PDF', '-f', 'json'])).toEqual({ worker: 'reader', format: 'pdf' });
    expect(prewarmTarget(['check', '-o', 'report.md', '--cache-location', 'c', 'a.docx'])).toEqual({ worker: 'reader', format: 'docx' });
  });
  it('several files, plain text or a folder beside them, or --ocr: the pool', () => {
    expect(prewarmTarget(['check', 'a.docx', 'b.pdf'])).toEqual({ worker: 'pool' });
    expect(prewarmTarget(['check', 'plans', 'extra/a.docx', '--cache'])).toEqual({ worker: 'pool' });
    expect(prewarmTarget(['check', '-o', 'out.json', 'a.docx', '-j', '2', 'more'])).toEqual({ worker: 'pool' });
    expect(prewarmTarget(['check', 'x.txt', 'y.doc'])).toEqual({ worker: 'pool' });
    expect(prewarmTarget(['check', 'scan.pdf', '--ocr'])).toEqual({ worker: 'pool' });
  });
  it('not text files, folders, other commands or help', () => {
    expect(prewarmTarget(['check', 'a.txt', 'b.TXT'])).toBeNull();
    expect(prewarmTarget(['check', 'plans'])).toBeNull();
    expect(prewarmTarget(['parse', 'a.docx'])).toBeNull();
    expect(prewarmTarget(['check', 'a.docx', '--help'])).toBeNull();
    expect(prewarmTarget([])).toBeNull();
  });
});

describe('CHECK_VALUE_OPTIONS', () => {
  it('holds exactly the options of `check` that take a value', async () => {
    let help = '';
    const io = { stdout: (s: string) => void (help += s), stderr: () => undefined } as unknown as Parameters<typeof main>[1];
    await main(['check', '--help'], io);
    const taking = [...help.matchAll(/^ {2}(?:(-\w), )?(--[\w-]+) <[^>]+>/gmu)].flatMap((m) => (m[1] ? [m[1], m[2]] : [m[2]]));
    expect(taking.length).toBeGreaterThan(10);
    expect(new Set(taking)).toEqual(CHECK_VALUE_OPTIONS);
  });
});

describe('checksHere', () => {
  it('plain text, and a single file without --ocr, are checked in the CLI process', () => {
    expect(checksHere(['a.txt', 'b.TXT'], false)).toBe(true);
    expect(checksHere(['a.docx'], false)).toBe(true);
    expect(checksHere(['a.pdf'], true)).toBe(false);
    expect(checksHere(['a.docx', 'b.docx'], false)).toBe(false);
    expect(checksHere(['a.txt', 'b.docx'], false)).toBe(false);
  });
});

describe('adoption by the isolated reader', () => {
  it('reads the file in the prewarmed reader when entry and heap limit match', async () => {
    const file = join(dir, 'reader.mjs');
    writeFileSync(
      file,
      `import { renameSync, writeFileSync } from 'node:fs';
writeFileSync(${JSON.stringify(join(dir, 'reader.pid.tmp'))}, String(process.pid));
renameSync(${JSON.stringify(join(dir, 'reader.pid.tmp'))}, ${JSON.stringify(join(dir, 'reader.pid'))});
process.on('disconnect', () => process.exit(0));
process.on('message', (job) => process.send({ id: job.id, ok: job.path !== 'bad.docx', code: 'corrupt-docx', doc: { text: 'pid ' + process.pid + ' ' + job.path, blocks: [], warnings: [], format: 'docx', encoding: null } }));
`,
    );
    const url = pathToFileURL(file);
    const limits = { ...DEFAULT_LIMITS };
    prewarmWorker(url, limits.maxMemoryMb, ['--prepare', 'docx']);
    const pid = await pidOf('reader');
    const load = (name: string) => loadIsolated(new Uint8Array([1, 2, 3]), { format: 'docx' } as never, { limits }, url, name);
    const doc = await load('a.docx');
    expect(doc.text).toBe(`pid ${pid} a.docx`);
    // Kept after a clean read: the next file is read by the same process.
    expect((await load('b.docx')).text).toBe(`pid ${pid} b.docx`);
    // After a failed read it is ended, and a fresh reader reads the next file.
    await expect(load('bad.docx')).rejects.toMatchObject({ code: 'corrupt-docx' });
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive(pid)).toBe(false);
    const next = await load('c.docx');
    expect(next.text).toMatch(/^pid \d+ c\.docx$/u);
    expect(next.text).not.toBe(`pid ${pid} c.docx`);
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
      `import { prewarmWorker } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'load', 'prewarm.js')).href)};
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
