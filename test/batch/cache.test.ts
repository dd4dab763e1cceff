import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cacheKey, isCacheable, optionsHash, ResultCache } from '../../src/batch/cache.js';
import type { CheckOptions } from '../../src/check.js';
import type { FileResult } from '../../src/model/finding.js';
import { copyInto, memoryIo, options, tempDir } from './_helpers.js';

const checkSpy = vi.fn();
// Test files share a worker's modules (vitest isolate: false): the batch runner is loaded afresh with the spy on
// checkFile, and the mock is removed for the files that follow.
let checkFiles: typeof import('../../src/batch/run.js').checkFiles;
beforeAll(async () => {
  vi.resetModules();
  vi.doMock('../../src/check.js', async (importOriginal) => {
    const real = await importOriginal<typeof import('../../src/check.js')>();
    return {
      ...real,
      checkFile: (...args: Parameters<typeof real.checkFile>) => {
        checkSpy(...args);
        return real.checkFile(...args);
      },
    };
  });
  ({ checkFiles } = await import('../../src/batch/run.js'));
});
afterAll(() => {
  vi.doUnmock('../../src/check.js');
  vi.resetModules();
});

let dir: string;
// Plain text only: --jobs 1 checks .txt in this thread, where the spy sees it (other formats go to a worker).
const FILES = ['kế hoạch 1.txt', 'kế hoạch 2.txt', 'hỏng.txt'];

beforeAll(() => {
  dir = tempDir('cache');
  copyInto(dir, [
    ['fixtures/plans/seed000.txt', FILES[0] as string],
    ['fixtures/plans/seed003.txt', FILES[1] as string],
  ]);
  // Binary junk named .txt: a load error that is not transient, so it is cached too.
  writeFileSync(join(dir, FILES[2] as string), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x50, 0x4b, 0x00, 0x10, 0x00, 0x00, 0x07]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs in-process (--jobs 1); `checked` lists the files a cache miss sent to checkFile. */
async function run(cache: string | null, optionsFor: (f: string) => CheckOptions = () => options()): Promise<{ results: FileResult[]; checked: string[] }> {
  checkSpy.mockClear();
  const results = await checkFiles(FILES, { lang: 'en', io: memoryIo(dir), jobs: 1, debug: false, progress: false, cache, optionsFor });
  const checked = checkSpy.mock.calls.map((c) => String(c[0]).slice(dir.length + 1));
  return { results, checked };
}

describe('result cache', () => {
  it('returns identical results on a second run, without checking again', async () => {
    const location = join(dir, '.kehoachcache');
    const first = await run(location);
    expect(first.checked).toEqual(FILES);
    const cached = ResultCache.open(location);
    const again = await run(location);
    expect(again.checked).toEqual([]);
    expect(again.results).toEqual(first.results);
    // Every successfully loaded file is in the cache, keyed by its absolute path; the corrupt one too (it is not transient).
    const onDisk = JSON.parse(readFileSync(location, 'utf8')) as { entries: Record<string, { key: string }> };
    expect(Object.keys(onDisk.entries).sort()).toEqual(FILES.map((f) => join(dir, f)).sort());
    const content = readFileSync(join(dir, FILES[0] as string));
    expect(cached.get(join(dir, FILES[0] as string), cacheKey(content, options()), 'shown.txt')).toEqual({ ...first.results[0], path: 'shown.txt' });
  });

  it('is invalidated by a change of content', async () => {
    const location = join(dir, 'content.cache');
    await run(location);
    const path = join(dir, FILES[1] as string);
    const before = readFileSync(path);
    try {
      appendFileSync(path, '\nNơi nhận:\n- Lưu: VT.\n');
      const cache = ResultCache.open(location);
      expect(cache.get(path, cacheKey(readFileSync(path), options()), FILES[1] as string)).toBeNull();
      const fresh = await run(null);
      const viaCache = await run(location);
      expect(viaCache.checked).toEqual([FILES[1]]);
      expect(viaCache.results).toEqual(fresh.results);
    } finally {
      writeFileSync(path, before);
    }
  });

  it('is invalidated by a change of configuration, but not of the password itself', () => {
    const base = options();
    expect(optionsHash(base)).toBe(optionsHash(options()));
    expect(optionsHash(base)).not.toBe(optionsHash(options({ engine: { ...base.engine, stage: 'draft' } })));
    expect(optionsHash(base)).not.toBe(optionsHash(options({ engine: { ...base.engine, rules: { 'deadline/vague': 'off' } } })));
    expect(optionsHash(base)).not.toBe(optionsHash(options({ lang: 'vi' })));
    expect(optionsHash(base)).not.toBe(optionsHash(options({ timeoutMs: 5000 })));
    expect(optionsHash(base)).not.toBe(optionsHash(options({ password: 'a' })));
    expect(optionsHash(options({ password: 'a' }))).toBe(optionsHash(options({ password: 'b' })));
    // Key order in the configuration does not matter.
    const rulesAB = { 'a/x': 'off', 'b/y': 'warning' } as const;
    const rulesBA = { 'b/y': 'warning', 'a/x': 'off' } as const;
    expect(optionsHash(options({ engine: { ...base.engine, rules: rulesAB } }))).toBe(optionsHash(options({ engine: { ...base.engine, rules: rulesBA } })));
  });

  it('re-checks under a changed configuration and stores the new result', async () => {
    const location = join(dir, 'config.cache');
    const final = await run(location);
    const draftOptions = (): CheckOptions => {
      const o = options();
      return { ...o, engine: { ...o.engine, stage: 'draft' } };
    };
    const draft = await run(location, draftOptions);
    expect(draft.checked).toEqual(FILES);
    expect((await run(location, draftOptions)).checked).toEqual([]);
    const draftFresh = await run(null, draftOptions);
    expect(draft.results).toEqual(draftFresh.results);
    expect(final.results).not.toEqual(draft.results);
  });

  it('never stores transient load errors (timeout, out of memory, password)', () => {
    const result = (code: string): FileResult => ({
      path: 'x.pdf',
      format: null,
      encoding: null,
      agency: null,
      pageCount: null,
      findings: [],
      error: { code, message: 'm' },
      errorCount: 0,
      warningCount: 0,
      infoCount: 0,
    });
    for (const code of ['timeout', 'out-of-memory', 'internal', 'encrypted-pdf', 'wrong-password']) expect(isCacheable(result(code))).toBe(false);
    expect(isCacheable(result('corrupt-docx'))).toBe(true);
    const location = join(dir, 'transient.cache');
    const cache = ResultCache.open(location);
    cache.set('/abs/x.pdf', 'k', result('timeout'));
    cache.set('/abs/y.pdf', 'k', result('corrupt-pdf'));
    cache.save();
    const reopened = ResultCache.open(location);
    expect(reopened.get('/abs/x.pdf', 'k', 'x.pdf')).toBeNull();
    expect(reopened.get('/abs/y.pdf', 'k', 'y.pdf')?.error?.code).toBe('corrupt-pdf');
  });

  it('starts afresh from a corrupt cache file', async () => {
    const location = join(dir, 'corrupt.cache');
    writeFileSync(location, '{"format":1,"tool":');
    const fresh = await run(null);
    const viaCache = await run(location);
    expect(viaCache.results).toEqual(fresh.results);
    expect(() => JSON.parse(readFileSync(location, 'utf8')) as unknown).not.toThrow();
  });
});

describe('streamed batch (keepFindings: false)', () => {
  it('hands each full result to onResult in input order, keeps only counts, and still caches full findings', async () => {
    const location = join(dir, '.kehoachcache-stream');
    const streamed: FileResult[] = [];
    const kept = await checkFiles(FILES, {
      lang: 'en',
      io: memoryIo(dir),
      jobs: 1,
      debug: false,
      progress: false,
      cache: location,
      optionsFor: () => options(),
      onResult: (r) => streamed.push(r),
      keepFindings: false,
    });
    const full = await run(null);
    expect(streamed).toEqual(full.results);
    expect(streamed[0]?.findings.length).toBeGreaterThan(0);
    expect(kept).toEqual(full.results.map((r) => ({ ...r, findings: [] })));
    // The cache written during the streamed run holds the findings: a cached run gives the full results.
    const again = await run(location);
    expect(again.checked).toEqual([]);
    expect(again.results).toEqual(full.results);
  });
});
