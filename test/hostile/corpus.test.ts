// The hostile corpus in-process: each file gives its one expected cause (or is read), quickly, and never throws.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile, type CheckOptions } from '../../src/check.js';
import { loadDocument } from '../../src/load/index.js';
import { LoadError } from '../../src/load/types.js';
import { LOAD_ERROR_MESSAGES } from '../../src/load/messages.js';
import { BROKEN, COMMITTED, committedBytes, PREEXISTING, ROOT, makeZip } from './_generate.js';
import { ensureBuilt } from './_build.js';

const OPTIONS: CheckOptions = { lang: 'vi', engine: { lang: 'vi', stage: 'final', rules: {}, registryExtra: [] } };
const ALL = [...PREEXISTING, ...COMMITTED];

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    if (err instanceof LoadError) return err.code;
    throw err;
  }
}

beforeAll(ensureBuilt, 180_000);

describe('the committed corpus (fixtures/broken)', () => {
  it('holds exactly the listed files', () => {
    expect(readdirSync(BROKEN).sort()).toEqual(ALL.map((f) => f.name).sort());
  });

  it.each(COMMITTED.map((f) => [f.name]))('%s is small and rebuilt byte for byte by _generate.ts', (name) => {
    const bytes = readFileSync(join(BROKEN, name));
    expect(bytes.length).toBeLessThan(200 * 1024);
    expect(bytes.equals(committedBytes(name) ?? Buffer.alloc(1))).toBe(true);
  });

  it.each(ALL.map((f) => [f.name, f.expected, f.why]))('%s → %s (%s)', async (name, expected) => {
    // A hang is caught by the test's time limit (vitest testTimeout), not by a wall-clock bound here.
    const result = await checkFile(join(BROKEN, name), OPTIONS);
    expect(result.error?.code ?? 'ok').toBe(expected);
    if (result.error) {
      // The one finding of an unreadable file: rule load/unreadable, its message id the cause.
      expect(result.findings.map((f) => [f.ruleId, f.severity, f.messageId])).toEqual([['load/unreadable', 'error', expected]]);
      expect(result.error.message).not.toMatch(/\n\s+at |Error:|\bBug\b/u);
    } else {
      expect(result.findings.length).toBeGreaterThan(0);
    }
  });
});

describe('loader fixes found with the corpus', () => {
  it('UTF-16 without a byte order mark is read as text, identical to the UTF-8 plan', async () => {
    const utf8 = await loadDocument(readFileSync(join(ROOT, 'fixtures', 'plans', 'seed003.txt')), { path: 'a.txt' });
    for (const [name, enc] of [['utf16le-no-bom.txt', 'utf-16le'], ['utf16be-no-bom.txt', 'utf-16be']] as const) {
      const doc = await loadDocument(readFileSync(join(BROKEN, name)), { path: name });
      expect(doc.encoding).toBe(enc);
      expect(doc.text).toBe(utf8.text);
    }
  });

  it('a few bytes with one NUL are still binary, not UTF-16', async () => {
    expect(await codeOf(loadDocument(new Uint8Array([0x41, 0x00, 0x42, 0x43]), { path: 'a.txt' }))).toBe('binary');
  });

  it('UTF-16-looking bytes full of control characters are binary', async () => {
    const junk = new Uint8Array(4000);
    for (let i = 0; i < junk.length; i += 2) junk[i] = (i * 7) % 0x1f || 1;
    expect(await codeOf(loadDocument(junk, { path: 'a.txt' }))).toBe('binary');
  });

  it('a Word package without word/document.xml is a damaged .docx, not "a zip archive"', async () => {
    expect(await codeOf(loadDocument(readFileSync(join(BROKEN, 'no-document-xml.docx')), { path: 'a.docx', isolate: false }))).toBe('corrupt-docx');
    // A zip with no Word parts stays an unsupported format.
    expect(await codeOf(loadDocument(makeZip([{ name: 'a.txt', data: 'x' }]), { path: 'a.docx' }))).toBe('unsupported-format');
  });

  it('a zip entry that inflates beyond its declared size is refused before mammoth, after inflating only that much', async () => {
    const bombOf = (paragraphs: number): Uint8Array => {
      const doc = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p><w:r><w:t>aaaaaaaaaaaaaaaa</w:t></w:r></w:p>'.repeat(paragraphs)}</w:body></w:document>`;
      return makeZip([{ name: 'word/document.xml', data: doc, declaredSize: 1000 }]);
    };
    const refuse = async (bomb: Uint8Array): Promise<number> => {
      const started = performance.now();
      const err = await loadDocument(bomb, { path: 'a.docx', isolate: false }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LoadError);
      expect((err as LoadError).code).toBe('docx-too-large');
      expect((err as LoadError).detail).toContain('inflates to more than the 1000 bytes');
      return performance.now() - started;
    };
    // Refusing costs the same whatever the entry would inflate to: 4x the bomb, not 4x the time (best of rounds).
    const small = bombOf(50_000);
    const large = bombOf(200_000);
    let a = Infinity;
    let b = Infinity;
    for (let round = 0; round < 6 && !(round >= 2 && b < 2 * a + 20); round++) {
      a = Math.min(a, await refuse(small));
      b = Math.min(b, await refuse(large));
    }
    expect(b, `refusing a 4x larger bomb took ${b.toFixed(1)} ms vs ${a.toFixed(1)} ms`).toBeLessThan(2 * a + 20);
  });

  it('damaged deflate data is named as such (not mammoth\u2019s "Bug : uncompressed data size mismatch")', async () => {
    const err = await loadDocument(readFileSync(join(BROKEN, 'corrupt-deflate.docx')), { path: 'a.docx', isolate: false }).catch((e: unknown) => e);
    expect((err as LoadError).code).toBe('corrupt-docx');
    expect((err as LoadError).detail).toBe('damaged compressed data in word/document.xml');
  });

  it('an XML part that is shorter than declared is corrupt', async () => {
    const short = makeZip([{ name: 'word/document.xml', data: '<w:document/>', declaredSize: 500 }]);
    expect(await codeOf(loadDocument(short, { path: 'a.docx', isolate: false }))).toBe('corrupt-docx');
  });

  it('a DTD in any XML part is refused (no entity expansion is ever attempted)', async () => {
    const err = await loadDocument(readFileSync(join(BROKEN, 'billion-laughs.docx')), { path: 'a.docx', isolate: false }).catch((e: unknown) => e);
    expect((err as LoadError).code).toBe('corrupt-docx');
    expect((err as LoadError).detail).toMatch(/DTD/u);
  });

  it('tables nested 20,000 deep: a clear "nested too deeply", not a stack overflow message', async () => {
    const err = await loadDocument(readFileSync(join(BROKEN, 'nested-tables-deep.docx')), { path: 'a.docx', isolate: false }).catch((e: unknown) => e);
    expect((err as LoadError).code).toBe('corrupt-docx');
    expect((err as LoadError).detail).toMatch(/nested too deeply/u);
  });

  it('every load error code has a Vietnamese and an English message', () => {
    for (const [code, m] of Object.entries(LOAD_ERROR_MESSAGES)) {
      expect(m.vi.length, code).toBeGreaterThan(5);
      expect(m.en.length, code).toBeGreaterThan(5);
      expect(m.vi).not.toBe(m.en);
    }
  });
});

it('the corpus files are regular files (the file-system cases are made at test time)', () => {
  for (const f of ALL) expect(statSync(join(BROKEN, f.name)).isFile()).toBe(true);
});

describe('text length limit (parse, extract and rules need heap in proportion to the text)', () => {
  it('defaults to 10,240,000 characters and follows maxMemoryMb unless set', async () => {
    const { resolveLimits, DEFAULT_LIMITS } = await import('../../src/load/limits.js');
    expect(DEFAULT_LIMITS.maxTextChars).toBe(10_240_000);
    expect(resolveLimits({ maxMemoryMb: 2048 }).maxTextChars).toBe(20_480_000);
    expect(resolveLimits({ maxMemoryMb: 1024, maxTextChars: 5 }).maxTextChars).toBe(5);
  });

  it('a longer .txt is refused before it is normalized; the message names the length and the limit', async () => {
    const text = new TextEncoder().encode('Kế hoạch cải cách hành chính. '.repeat(1000));
    const err = await loadDocument(text, { path: 'a.txt', limits: { maxTextChars: 20_000 } }).catch((e: unknown) => e);
    expect((err as LoadError).code).toBe('text-too-long');
    expect((err as LoadError).detail).toBe('30,000 characters > limit 20,000');
    expect((await loadDocument(text, { path: 'a.txt', limits: { maxTextChars: 30_000 } })).text.length).toBe(30_000);
  });

  it('applies to every format (checked on the loaded text)', async () => {
    const docx = readFileSync(join(ROOT, 'fixtures', 'docx', 'seed003.docx'));
    expect(await codeOf(loadDocument(docx, { path: 'a.docx', isolate: false, limits: { maxTextChars: 1000 } }))).toBe('text-too-long');
  });
});

describe('huge arrays are never spread into a call (stack overflow → "internal error")', () => {
  it('a table row of 150,000 cells and a table of 150,000 rows parse', async () => {
    const { loadTxt } = await import('../../src/load/txt.js');
    const { parsePlan } = await import('../../src/parse/index.js');
    for (const text of ['KẾ HOẠCH\n' + 'x\t'.repeat(150_000), 'KẾ HOẠCH\n' + 'TT\tNhiệm vụ\n' + '1\ta\n'.repeat(150_000)]) {
      const loaded = loadTxt(new TextEncoder().encode(text));
      const doc = parsePlan(loaded, { path: 'a.txt', bytes: text.length });
      expect(doc.tables.length).toBeGreaterThan(0);
    }
  }, 30_000);

  it('a paragraph holding 150,000 dates gives them all', async () => {
    const { parseText } = await import('../_pipeline.js');
    const { facts } = parseText(`KẾ HOẠCH\n${'ngày 1/2/2026; '.repeat(150_000)}`);
    expect(facts.dates.length).toBe(150_000);
  }, 30_000);
});
