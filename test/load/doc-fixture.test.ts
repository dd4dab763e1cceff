// Legacy Word 97-2003 files (made from the seed .docx by LibreOffice): what the .doc route recovers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { loadTxt } from '../../src/load/txt.js';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures');

async function both(seed: string) {
  const bytes = readFileSync(join(FIX, 'legacy', `${seed}.doc`));
  const loaded = await loadDocument(bytes, { path: `${seed}.doc`, isolate: false });
  const doc = parsePlan(loaded, { path: `${seed}.doc`, bytes: bytes.length });
  const txtBytes = readFileSync(join(FIX, 'plans', `${seed}.txt`));
  const txt = parsePlan(loadTxt(txtBytes), { path: `${seed}.txt`, bytes: txtBytes.length });
  return { loaded, doc, txt };
}

const outline = (ss: { marker: string; title: string; children: unknown[] }[]): string[] =>
  ss.map((s) => `${s.marker} ${s.title.slice(0, 40)}`);

describe('legacy .doc', () => {
  it.each(['seed001', 'seed003'])('%s: sniffed as .doc; header, subject, top-level sections and recipients as in the .txt', async (seed) => {
    const { loaded, doc, txt } = await both(seed);
    expect(loaded.format).toBe('doc');
    expect(doc.header.documentNumber?.raw).toBe(txt.header.documentNumber?.raw);
    expect(doc.header.issueDate?.raw).toBe(txt.header.issueDate?.raw);
    expect(doc.header.subject?.text).toBe(txt.header.subject?.text);
    expect(outline(doc.sections as never)).toEqual(outline(txt.sections as never));
    expect(doc.recipients?.items.map((i) => i.text)).toEqual(txt.recipients?.items.map((i) => i.text));
  });
  it('does not invent tasks from an appendix whose merged cells it cannot rebuild', async () => {
    const { doc } = await both('seed001');
    // word-extractor gives merged cells as unmarked gaps: no table is better than shifted columns.
    expect(doc.tasks).toEqual([]);
  });
});
