import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { analyse, annotateDocx, wordDate } from '../../src/annotate/index.js';
import { createChecker } from '../../src/checker.js';
import { canonical, norm, readComments } from './_readback.js';

const ROOT = join(import.meta.dirname, '../..');
const FILES = [
  ...readdirSync(join(ROOT, 'fixtures/docx')).filter((f) => /^seed\d+\.docx$/u.test(f)).map((f) => join(ROOT, 'fixtures/docx', f)),
  ...readdirSync(join(ROOT, 'fixtures/real')).filter((f) => f.endsWith('.docx')).map((f) => join(ROOT, 'fixtures/real', f)),
];
const made = createChecker({ today: '2026-06-01', config: {}, isolate: false });
if (!made.ok) throw new Error('config');
const options = made.checker.options;

describe('annotate .docx: seeds and the real corpus', () => {
  it.each(FILES.map((f) => [f.slice(ROOT.length + 1), f]))('%s: same text, one comment per finding on its excerpt', async (_name, file) => {
    const { bytes, parsed, result } = await analyse(file, options);
    expect(result.findings.length).toBeGreaterThan(0);
    const out = await annotateDocx({ bytes, loaded: parsed.loaded, doc: parsed.doc, findings: result.findings, lang: 'vi' });
    const before = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    const after = (await mammoth.extractRawText({ buffer: Buffer.from(out.bytes) })).value;
    expect(after).toBe(before);
    const comments = (await readComments(out.bytes)).filter((c) => c.author === 'kehoach-lint');
    expect(comments).toHaveLength(result.findings.length);
    const zip = await JSZip.loadAsync(out.bytes);
    for (const part of ['word/document.xml', 'word/comments.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels']) {
      expect(XMLValidator.validate((await zip.file(part)?.async('string')) ?? '<missing/>'), part).toBe(true);
    }
    expect(out.comments.filter((c) => c.placement === 'own').length).toBeGreaterThan(0);
    // Every part the comments do not need keeps its content byte for byte (styles, numbering, headers, images …).
    const original = await JSZip.loadAsync(bytes);
    const CHANGED = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);
    for (const [name, entry] of Object.entries(original.files)) {
      if (entry.dir || CHANGED.has(name)) continue;
      expect(Buffer.from((await zip.file(name)?.async('uint8array')) ?? []).equals(Buffer.from(await entry.async('uint8array'))), name).toBe(true);
    }
    // document.xml without the comment marks, split runs merged again, is the input's document.xml.
    const ids = new Set(out.comments.map((c) => c.id));
    const stripped = ((await zip.file('word/document.xml')?.async('string')) ?? '')
      .replace(/<w:commentRangeStart w:id="(\d+)"\/>/gu, (m, id: string) => (ids.has(Number(id)) ? '' : m))
      .replace(/<w:commentRangeEnd w:id="(\d+)"\/><w:r><w:commentReference w:id="\d+"\/><\/w:r>/gu, (m, id: string) => (ids.has(Number(id)) ? '' : m));
    expect(canonical(stripped)).toBe(canonical((await original.file('word/document.xml')?.async('string')) ?? ''));
    let compared = 0;
    const mismatched: string[] = [];
    result.findings.forEach((f, i) => {
      const c = comments[i];
      expect(c?.text).toContain(f.message);
      expect(c?.text).toContain(`(${f.ruleId})`);
      if (!f.excerpt || !f.span) return;
      compared++;
      const ex = norm(f.excerpt);
      const anchored = norm(c?.anchored ?? '');
      if (ex.endsWith('…') ? !anchored.startsWith(ex.slice(0, -1)) : anchored !== ex) mismatched.push(`${f.ruleId}: «${ex}» ≠ «${anchored}»`);
    });
    expect(mismatched).toEqual([]);
    expect(compared).toBeGreaterThan(0);
  });
});

describe('annotate .docx: comment dates', () => {
  const file = join(ROOT, 'fixtures/docx/seed001.docx');
  const commentOpens = async (bytes: Uint8Array): Promise<string[]> =>
    [...((await (await JSZip.loadAsync(bytes)).file('word/comments.xml')?.async('string')) ?? '').matchAll(/<w:comment [^>]*>/gu)].map((m) => m[0]);

  it('wordDate is --today at midnight UTC, else the current time to the second', () => {
    expect(wordDate('2026-06-01')).toBe('2026-06-01T00:00:00Z');
    expect(wordDate(undefined, () => new Date(Date.UTC(2026, 10, 30, 7, 8, 9, 456)))).toBe('2026-11-30T07:08:09Z');
    expect(wordDate()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/u);
  });

  it('every comment carries the date given; none when no date is given', async () => {
    const { bytes, parsed, result } = await analyse(file, options);
    const src = { bytes, loaded: parsed.loaded, doc: parsed.doc, findings: result.findings, lang: 'vi' as const };
    const dated = await commentOpens((await annotateDocx({ ...src, date: '2026-06-01T00:00:00Z' })).bytes);
    expect(dated).toHaveLength(result.findings.length);
    for (const open of dated) expect(open).toMatch(/ w:date="2026-06-01T00:00:00Z"/u);
    const undated = await commentOpens((await annotateDocx(src)).bytes);
    for (const open of undated) expect(open).not.toContain('w:date');
  });
});
