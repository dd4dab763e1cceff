import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { analyse, annotatePdf, commentText, isSignedPdf } from '../../src/annotate/index.js';
import { checkBytes } from '../../src/check.js';
import { createChecker } from '../../src/checker.js';

const ROOT = join(import.meta.dirname, '../..');
const made = createChecker({ today: '2026-06-01', config: {}, isolate: false });
if (!made.ok) throw new Error('config');
const options = made.checker.options;

const text = (v: unknown): string => (v instanceof PDFHexString || v instanceof PDFString ? v.decodeText() : '');

/** Annotations by kehoach-lint, page by page (1-based): subtype and contents. */
async function notesOf(bytes: Uint8Array): Promise<{ page: number; subtype: string; contents: string; rect: number[] }[]> {
  const doc = await PDFDocument.load(bytes);
  const out: { page: number; subtype: string; contents: string; rect: number[] }[] = [];
  doc.getPages().forEach((page, i) => {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) return;
    for (let k = 0; k < annots.size(); k++) {
      const a = annots.lookup(k, PDFDict);
      if (text(a.get(PDFName.of('T'))) !== 'kehoach-lint') continue;
      const rect = a.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => Number(n.toString()));
      out.push({ page: i + 1, subtype: a.get(PDFName.of('Subtype'))?.toString() ?? '', contents: text(a.get(PDFName.of('Contents'))), rect });
    }
  });
  return out;
}

describe('annotate .pdf', () => {
  it('seed001.pdf: one annotation per finding on the finding\u2019s page, most of them highlights over the text', async () => {
    const file = join(ROOT, 'fixtures/pdf/seed001.pdf');
    const { bytes, parsed, result } = await analyse(file, options);
    expect(result.findings.length).toBeGreaterThan(5);
    const out = await annotatePdf(bytes, result.findings, 'vi', { loaded: parsed.loaded });
    const notes = (await notesOf(out.bytes)).filter((n) => n.subtype !== '/FreeText');
    expect(notes).toHaveLength(result.findings.length);
    // Each finding's note (in document order per page) is on its page and carries its text.
    for (const f of result.findings) {
      const note = notes.find((n) => n.contents === commentText(f, 'vi') && n.page === (f.page ?? 1));
      expect(note, `${f.ruleId} p.${f.page}`).toBeDefined();
    }
    expect(out.notes.filter((n) => n.highlighted).length).toBeGreaterThan(result.findings.length / 2);
    expect(out.signed).toBe(false);
    // The copy still reads as the same document.
    const again = await checkBytes(out.bytes, 'copy.pdf', options);
    expect(again.findings.map((f) => f.ruleId)).toEqual(result.findings.map((f) => f.ruleId));
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(bytes))).toBe(true);
  }, 60_000);

  it('a signed PDF\u2019s copy says it is no longer the signed original', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawText('KE HOACH', { x: 50, y: 780 });
    const sig = doc.context.obj({ Type: 'Sig', Filter: 'Adobe.PPKLite', ByteRange: [0, 0, 0, 0] });
    doc.catalog.set(PDFName.of('KehoachTestSig'), doc.context.register(sig));
    const bytes = await doc.save({ useObjectStreams: false });
    expect(isSignedPdf(bytes)).toBe(true);
    const f = { ruleId: 'header/motto', severity: 'error' as const, messageId: 'missing', message: 'Thiếu Quốc hiệu', span: null, line: 1, column: 1, endLine: 1, endColumn: 1, sectionPath: null, page: 1, paragraph: null, excerpt: null, suggestion: null };
    const out = await annotatePdf(bytes, [f], 'vi');
    expect(out.signed).toBe(true);
    const notes = await notesOf(out.bytes);
    expect(notes.map((n) => n.subtype).sort()).toEqual(['/FreeText', '/Text']);
    expect(notes.find((n) => n.subtype === '/FreeText')?.contents).toMatch(/KHÔNG còn là bản gốc đã ký/u);
    expect(isSignedPdf(readFileSync(join(ROOT, 'fixtures/pdf/seed001.pdf')))).toBe(false);
  });
});
