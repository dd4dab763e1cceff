import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index.js';
import { isolateWorkerUrl } from '../../src/load/isolate.js';
import { fixture, minimalDocx, code } from './helpers.js';
import { ensureBuilt } from '../_build.js';

// The worker runs compiled JS: build dist/ when it is missing or older than the loader sources.
// The isolating worker runs compiled code: dist/ is built once for the suite (test/_build.ts), here only when stale.
beforeAll(() => ensureBuilt(), 120_000);

describe('isolation in a worker thread', () => {
  it('finds the compiled worker from the TypeScript sources', () => {
    expect(isolateWorkerUrl()?.href).toMatch(/dist\/load\/isolate-worker\.js$/u);
  });

  it('loads a docx and a pdf in the worker with the same result as in-process', async () => {
    for (const [dir, name] of [['docx', 'seed001.docx'], ['pdf', 'seed003.pdf']] as const) {
      const bytes = fixture(dir, name);
      const isolated = await loadDocument(bytes, { path: name, isolate: true });
      const inProcess = await loadDocument(bytes, { path: name, isolate: false });
      expect(isolated.text).toBe(inProcess.text);
      expect(isolated.blocks).toEqual(inProcess.blocks);
      expect(isolated.map.at).toBeInstanceOf(Int32Array);
    }
  });

  it('calls whileReading once the bytes are with the reader process, and not for a read in this process', async () => {
    const bytes = fixture('docx', 'seed001.docx');
    let calls = 0;
    const reading = loadDocument(bytes, { path: 'a.docx', isolate: true, whileReading: () => void calls++ });
    expect(calls).toBe(1);
    await reading;
    await loadDocument(bytes, { path: 'a.docx', isolate: false, whileReading: () => void calls++ });
    expect(calls).toBe(1);
  });

  it('LoadErrors from the worker keep their code', async () => {
    expect(await code(loadDocument(fixture('broken', 'seed000-encrypted.pdf'), { path: 'x.pdf', isolate: true }))).toBe('encrypted-pdf');
  });

  it('a load that takes too long → timeout', async () => {
    expect(await code(loadDocument(fixture('pdf', 'seed001.pdf'), { path: 'x.pdf', isolate: true, limits: { timeoutMs: 5 } }))).toBe('timeout');
  });

  it('a docx that blows the heap → out-of-memory, and the process lives on', async () => {
    const bomb = minimalDocx('<w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>'.repeat(400_000));
    const limits = { maxMemoryMb: 64, maxDocumentXmlBytes: 1e9, maxZipTotalBytes: 1e9, maxCompressionRatio: 1e9 };
    expect(await code(loadDocument(bomb, { path: 'bomb.docx', isolate: true, limits }))).toBe('out-of-memory');
    const after = await loadDocument(fixture('docx', 'seed000.docx'), { path: 'ok.docx', isolate: true });
    expect(after.blocks.length).toBeGreaterThan(10);
  }, 60_000);
});
