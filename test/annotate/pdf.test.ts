import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { analyse, annotatePdf, commentText, isSignedPdf } from '../../src/annotate/index.js';
import { readPageTexts } from '../../src/annotate/pdf-notes.js';
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
    // (plus the one warning that it carries notes: a reviewed copy is not a final version.)
    const again = await checkBytes(out.bytes, 'copy.pdf', options);
    expect(again.findings.filter((f) => f.ruleId !== 'format/final-version').map((f) => f.ruleId)).toEqual(result.findings.map((f) => f.ruleId));
    expect(again.findings.filter((f) => f.ruleId === 'format/final-version').map((f) => f.severity)).toEqual(['warning']);
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

/** poppler's word boxes of page 1 (pdftotext -bbox-layout), in PDF user space (origin bottom left). */
function popplerWords(file: string): { text: string; x1: number; x2: number; y1: number; y2: number }[] | null {
  const out = join(mkdtempSync(join(tmpdir(), 'kehoach-bbox-')), 'words.html');
  const r = spawnSync('pdftotext', ['-f', '1', '-l', '1', '-bbox-layout', file, out], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  const html = readFileSync(out, 'utf8');
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/u.exec(html)?.[1] ?? 0);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map((m) => ({
    text: (m[5] ?? '').replace(/&amp;/gu, '&'),
    x1: Number(m[1]),
    x2: Number(m[3]),
    y1: height - Number(m[4]),
    y2: height - Number(m[2]),
  }));
}

const hasPdftotext = !spawnSync('pdftotext', ['-v']).error;

describe.skipIf(!hasPdftotext)('annotate .pdf: highlight boxes from the glyph widths (poppler-utils pdftotext as the reference)', () => {
  const file = join(ROOT, 'fixtures/pdf/seed001.pdf');
  // Words of seed001's first page: in the middle of a line ("Dân tộc"), at a line's end ("2025"), capitals.
  const EXCERPTS = ['Dân tộc', 'HOẠCH', 'Bắc', '2025', 'Tôn giáo'];

  it('each highlight lies within its text item and covers exactly the words poppler finds there', async () => {
    const words = popplerWords(file);
    expect(words?.length).toBeGreaterThan(20);
    const bytes = new Uint8Array(readFileSync(file));
    const base = { severity: 'info' as const, messageId: 'm', span: null, line: 1, column: 1, endLine: 1, endColumn: 1, sectionPath: null, page: 1, paragraph: null, suggestion: null };
    const findings = EXCERPTS.map((excerpt, i) => ({ ...base, ruleId: `test/w${i}`, message: excerpt, excerpt }));
    const out = await annotatePdf(bytes, findings, 'vi');
    expect(out.notes.every((n) => n.highlighted)).toBe(true);
    const items = (await readPageTexts(bytes))[0]?.items ?? [];
    const doc = await PDFDocument.load(out.bytes);
    const annots = doc.getPages()[0]?.node.lookup(PDFName.of('Annots'), PDFArray);
    const quads = new Map<string, number[]>();
    for (let k = 0; k < (annots?.size() ?? 0); k++) {
      const a = annots?.lookup(k, PDFDict);
      const q = a?.lookup(PDFName.of('QuadPoints'), PDFArray).asArray().map((n) => Number(n.toString()));
      if (a && q) quads.set(text(a.get(PDFName.of('Contents'))), q);
    }
    for (const excerpt of EXCERPTS) {
      const q = [...quads].find(([contents]) => contents.includes(excerpt))?.[1] ?? [];
      expect(q, excerpt).toHaveLength(8);
      const [x1, y2, x2, , , y1] = q as [number, number, number, number, number, number, number, number];
      // poppler's boxes of the excerpt's words: the first run of consecutive words that spell it.
      const parts = excerpt.split(' ');
      const start = (words ?? []).findIndex((w, i) => parts.every((p, k) => words?.[i + k]?.text.normalize('NFC') === p));
      expect(start, excerpt).toBeGreaterThanOrEqual(0);
      const first = words?.[start];
      const last = words?.[start + parts.length - 1];
      if (!first || !last) continue;
      // Covers the words, and not more than half a point beyond them on either side.
      expect(Math.abs(x1 - first.x1), `${excerpt} left`).toBeLessThan(0.5);
      expect(Math.abs(x2 - last.x2), `${excerpt} right`).toBeLessThan(0.5);
      expect(y1).toBeLessThanOrEqual(first.y1 + 2);
      expect(y2).toBeGreaterThanOrEqual(first.y2 - 4);
      // Within the text item that holds it.
      const item = items.find((it) => x1 >= it.x - 0.01 && x2 <= it.x + it.width + 0.01 && Math.abs(it.y - (first.y1 + first.y2) / 2) < it.height);
      expect(item, excerpt).toBeDefined();
    }
  }, 60_000);
});
