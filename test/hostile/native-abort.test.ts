// A file that makes a reader abort natively (a V8 fatal error, which no try/catch or worker heap limit stops) ends
// only the child process reading it: the batch goes on and that file gets one load error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCompoundFile, loadDoc } from '../../src/load/doc.js';
import { loadDocument } from '../../src/load/index.js';
import { LoadError } from '../../src/load/types.js';
import { ensureBuilt, ROOT } from './_build.js';
import { runCli, STACK_RE } from './_run.js';

interface JsonReport {
  results: { path: string; error: { code: string; message: string } | null; findings: unknown[] }[];
}

beforeAll(ensureBuilt, 180_000);

const fixture = (...p: string[]): Buffer => readFileSync(join(ROOT, 'fixtures', ...p));

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    if (err instanceof LoadError) return `${err.code}: ${err.detail ?? ''}`;
    throw err;
  }
}

/** seed001.doc with its sector allocation table entry for sector `from` pointing at `to`. */
function relinked(edits: [number, number][]): Buffer {
  const doc = Buffer.from(fixture('legacy', 'seed001.doc'));
  const secSize = 1 << doc.readUInt16LE(30);
  const per = secSize / 4;
  for (const [from, to] of edits) {
    const satSector = doc.readInt32LE(76 + 4 * Math.floor(from / per));
    doc.writeInt32LE(to, 512 + satSector * secSize + 4 * (from % per));
  }
  return doc;
}

describe('.doc sector chains are bounded before word-extractor follows them', () => {
  it('the committed looping .doc is one corrupt-doc error naming the loop', async () => {
    const err = await codeOf(loadDoc(fixture('broken', 'looping-chain.doc')));
    expect(err).toMatch(/^corrupt-doc: the sector chain of stream entry \d+ loops/u);
  });

  it('a chain pointing back two steps, a self-pointing one and a loop in the directory chain are refused; the sound file is read', async () => {
    // seed001.doc: WordDocument starts at sector 50 and runs 50 → 51 → 52 …; the directory is at sector 170.
    expect(await codeOf(loadDoc(relinked([[51, 50]])))).toMatch(/^corrupt-doc: .*loops/u);
    expect(await codeOf(loadDoc(relinked([[52, 52]])))).toMatch(/^corrupt-doc: .*loops/u);
    expect(await codeOf(loadDoc(relinked([[170, 170]])))).toMatch(/^corrupt-doc: the sector chain of the directory loops/u);
    expect(() => checkCompoundFile(fixture('legacy', 'seed001.doc'))).not.toThrow();
    expect(() => checkCompoundFile(fixture('legacy', 'seed003.doc'))).not.toThrow();
  });

  it('a directory tree whose entries point at each other is refused', async () => {
    const doc = Buffer.from(fixture('legacy', 'seed001.doc'));
    const secSize = 1 << doc.readUInt16LE(30);
    const dir = 512 + doc.readInt32LE(48) * secSize;
    // Entry 1 gets entry 0 (the root) as its left sibling: a cycle through the tree.
    doc.writeInt32LE(0, dir + 128 + 68);
    expect(await codeOf(loadDoc(doc))).toMatch(/^corrupt-doc: the directory tree loops/u);
  });

  it('a batch with the looping .doc goes on: that file has one load error, the others are checked', async () => {
    const run = await runCli(['check', 'fixtures/broken/looping-chain.doc', 'fixtures/plans/seed003.txt', 'fixtures/docx/seed001.docx', '-f', 'json', '--lang', 'en']);
    expect(run.stderr).not.toMatch(STACK_RE);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.results.map((r) => [r.path, r.error?.code ?? 'ok'])).toEqual([
      ['fixtures/broken/looping-chain.doc', 'corrupt-doc'],
      ['fixtures/plans/seed003.txt', 'ok'],
      ['fixtures/docx/seed001.docx', 'ok'],
    ]);
    expect(report.results[0]?.error?.message).toMatch(/^The legacy Word file \(\.doc\) is corrupt or unreadable \(.*loops/u);
  }, 120_000);
});

describe('a native abort in a reader ends only that file', () => {
  it('in a batch (the pool): the aborting file gets one internal error, every other file is checked', async () => {
    const files = ['fixtures/docx/seed000.docx', 'fixtures/docx/seed001.docx', 'fixtures/docx/seed003.docx', 'fixtures/plans/seed004.txt'];
    for (const jobs of ['1', '2']) {
      const run = await runCli(['check', ...files, '-f', 'json', '--lang', 'en', '--jobs', jobs], ROOT, 170_000, { KEHOACH_TEST_ABORT_FILE: 'seed001.docx' });
      expect(run.stderr).not.toMatch(STACK_RE);
      const report = JSON.parse(run.stdout) as JsonReport;
      expect(report.results.map((r) => r.path)).toEqual(files);
      const [a, crashed, c, d] = report.results;
      expect(crashed?.error?.code).toBe('internal');
      expect(crashed?.error?.message).toMatch(/the reading process crashed \(signal SIGABRT\)/u);
      for (const r of [a, c, d]) expect(r?.error).toBeNull();
    }
  }, 170_000);

  it('in the library (isolated load): the abort is a LoadError and the next load works', async () => {
    const bytes = fixture('docx', 'seed001.docx');
    process.env['KEHOACH_TEST_ABORT_FILE'] = 'abort-me.docx';
    // A reader kept by an earlier load in this worker (test files share it) was started without the hook's
    // variable: a heap limit of their own gives these loads readers started after it was set.
    const limits = { maxMemoryMb: 1000 };
    try {
      expect(await codeOf(loadDocument(bytes, { path: 'in/abort-me.docx', isolate: true, limits }))).toMatch(/^internal: the reading process crashed/u);
      const after = await loadDocument(bytes, { path: 'in/fine.docx', isolate: true, limits });
      expect(after.blocks.length).toBeGreaterThan(10);
    } finally {
      delete process.env['KEHOACH_TEST_ABORT_FILE'];
    }
  }, 60_000);
});
