// `--ocr`: scanned PDF pages read with Tesseract. The TSV reading, the notes and the marking of findings are tested
// without Tesseract (fixtures/ocr holds Tesseract 5.3 output for two pages of seed003-scanned.pdf); the end-to-end
// tests run Tesseract and are skipped, saying why, only where it is not installed (.ci/run installs it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasTesseract } from '../_ocr.js';
import { markRecognized, parseBytes, resultOf, type Parsed } from '../../src/check.js';
import { checkOptionsOf } from '../../src/checker.js';
import { recognitionNotes } from '../../src/load/ocr-document.js';
import { fixRomanMarker, paragraphsOfTsv, recognizePdf } from '../../src/load/ocr.js';
import { LoadError, type LoadedDocument } from '../../src/load/types.js';
import type { Finding } from '../../src/model/finding.js';
import type { Section } from '../../src/model/plan.js';
import { ensureBuilt } from '../_build.js';
import { fixture, ROOT } from './helpers.js';

const tsv = (page: number): string => readFileSync(join(ROOT, 'fixtures/ocr', `seed003-scanned-p${page}.tsv`), 'utf8');

const TESSERACT = hasTesseract();
if (!TESSERACT) console.warn('OCR tests skipped: tesseract, tesseract-ocr-vie or pdftoppm not installed (apt-get install poppler-utils tesseract-ocr tesseract-ocr-vie)');

describe('reading Tesseract TSV', () => {
  it('drops the page number, splits the two footer columns, joins wrapped lines, keeps list items apart', () => {
    const { paragraphs, confidence, words } = paragraphsOfTsv(tsv(5));
    const texts = paragraphs.map((p) => p.text);
    expect(texts).not.toContain('5');
    expect(texts.slice(-9)).toEqual([
      expect.stringMatching(/^Trên đây là Kế hoạch .* giải quyết\.\/\.$/u),
      'Nơi nhận:',
      '- Sở Nội vụ;',
      '- Lãnh đạo Sở;',
      '- Các phòng thuộc Sở;',
      '- Lưu: VT, VP,',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Đức Thuận',
    ]);
    expect(confidence).toBeGreaterThan(90);
    expect(words).toBeGreaterThan(100);
  });

  it('starts a new paragraph at each list item and heading, and repairs a Roman marker read as "H"', () => {
    const texts = paragraphsOfTsv(tsv(2)).paragraphs.map((p) => p.text);
    expect(texts).toContain('II. MỘT SỐ CHỈ TIÊU CHỦ YẾU TRONG NĂM 2026');
    expect(texts).toContain('1. Công tác chỉ đạo điều hành');
    expect(texts.filter((t) => t.startsWith('- ')).length).toBeGreaterThanOrEqual(8);
    expect(texts.every((t) => !t.includes('\n'))).toBe(true);
  });

  it('fixRomanMarker: only a misread marker before a heading in capitals', () => {
    expect(fixRomanMarker('H. MỘT SỐ CHỈ TIÊU')).toBe('II. MỘT SỐ CHỈ TIÊU');
    expect(fixRomanMarker('Il. NHIỆM VỤ')).toBe('II. NHIỆM VỤ');
    expect(fixRomanMarker('lV. KINH PHÍ')).toBe('IV. KINH PHÍ');
    expect(fixRomanMarker('III. TỔ CHỨC')).toBe('III. TỔ CHỨC');
    expect(fixRomanMarker('1. MỤC ĐÍCH')).toBe('1. MỤC ĐÍCH');
    expect(fixRomanMarker('H. Nguyễn Văn An')).toBe('H. Nguyễn Văn An');
    expect(fixRomanMarker('HHH. MỤC')).toBe('HHH. MỤC');
  });

  it('empty or foreign output gives no paragraph', () => {
    expect(paragraphsOfTsv('')).toEqual({ paragraphs: [], confidence: null, words: 0 });
    expect(paragraphsOfTsv('level\tpage_num\n5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t-1\t \n').paragraphs).toEqual([]);
  });
});

describe('notes and marking', () => {
  it('names the recognised pages, and those below the confidence threshold', () => {
    expect(recognitionNotes([{ page: 2, confidence: 95 }, { page: 3, confidence: 61.6 }])).toEqual([
      { code: 'pdf-ocr', pages: [2, 3] },
      { code: 'pdf-ocr-low-confidence', pages: [3], confidence: [62] },
    ]);
    expect(recognitionNotes([{ page: 1, confidence: 90 }])).toEqual([{ code: 'pdf-ocr', pages: [1] }]);
    expect(recognitionNotes([])).toEqual([]);
  });

  const finding = (ruleId: string, span: { start: number; end: number } | null): Finding => ({
    ruleId, severity: 'warning', messageId: 'x', message: 'Thông điệp', span, line: 1, column: 1, endLine: 1, endColumn: 1,
    sectionPath: null, page: null, paragraph: null, excerpt: null, suggestion: null,
  });
  const loaded = { ocr: { engine: 'tesseract', pages: [], ranges: [{ start: 100, end: 200 }] } } as unknown as LoadedDocument;

  it('marks findings on recognised text, drops spelling there, leaves the rest', () => {
    const out = markRecognized(
      [finding('header/number', { start: 150, end: 160 }), finding('text/misspelling', { start: 120, end: 125 }), finding('text/misspelling', { start: 10, end: 15 }), finding('structure/numbering', { start: 20, end: 30 }), finding('signature/missing', null)],
      loaded,
      'vi',
    );
    expect(out.map((f) => [f.ruleId, f.message])).toEqual([
      ['header/number', 'Thông điệp (văn bản nhận dạng từ ảnh quét)'],
      ['text/misspelling', 'Thông điệp'],
      ['structure/numbering', 'Thông điệp'],
      ['signature/missing', 'Thông điệp (văn bản nhận dạng từ ảnh quét)'],
    ]);
    expect(markRecognized([finding('header/number', { start: 200, end: 200 })], loaded, 'en')[0]?.message).toBe('Thông điệp');
    expect(markRecognized([finding('header/number', { start: 199, end: 199 })], loaded, 'en')[0]?.message).toBe('Thông điệp (text recognised from a scan)');
    expect(markRecognized([finding('header/number', { start: 150, end: 160 })], { } as LoadedDocument, 'vi')[0]?.message).toBe('Thông điệp');
  });
});

const BIN = join(ROOT, 'bin', 'kehoach.js');
const cli = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('without Tesseract', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('a scanned PDF checked with --ocr says exactly what to install', () => {
    const r = cli(['check', 'fixtures/pdf/seed003-scanned.pdf', '--ocr'], { PATH: '/nonexistent' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('apt-get install poppler-utils tesseract-ocr tesseract-ocr-vie');
    // A file that cannot be read at all is a finding of load/unreadable; its cause is the message id.
    expect(r.stdout).toContain('load/unreadable');
    expect(r.stdout).toContain('Không nhận dạng được chữ (--ocr)');
  });

  it('a partly scanned PDF keeps its text and gets a note naming what to install', async () => {
    const bytes = await mixedPdf();
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-ocr-test-'));
    try {
      writeFileSync(join(dir, 'mixed.pdf'), bytes);
      const r = cli(['check', join(dir, 'mixed.pdf'), '--ocr', '--lang', 'en', '-f', 'compact'], { PATH: '/nonexistent' });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/warning load\/ocr-unavailable The scanned pages could not be recognised \(--ocr\), missing: pdftoppm \(poppler-utils\), tesseract \(tesseract-ocr, tesseract-ocr-vie\)\. Install: sudo apt-get install poppler-utils tesseract-ocr tesseract-ocr-vie/u);
      expect(r.stdout).toMatch(/warning load\/pdf-pages-without-text Page\(s\) 5 /u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without --ocr the scan is still "no text layer", and the message points to --ocr', () => {
    const r = cli(['check', 'fixtures/pdf/seed003-scanned.pdf', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/The PDF has no text layer .*--ocr.* load\/unreadable/u);
  });
});

/** seed003.pdf's first four pages (text) and the scan of its fifth. */
async function mixedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const textPdf = await PDFDocument.load(fixture('pdf', 'seed003.pdf'));
  const scanPdf = await PDFDocument.load(fixture('pdf', 'seed003-scanned.pdf'));
  for (const p of await pdf.copyPages(textPdf, [0, 1, 2, 3])) pdf.addPage(p);
  const [last] = await pdf.copyPages(scanPdf, [4]);
  if (last) pdf.addPage(last);
  return pdf.save();
}

/** The outline of a plan: marker, title and level of every numbered section. */
const outline = (ss: readonly Section[]): { marker: string | null; title: string; level: number }[] =>
  ss.flatMap((s) => (s.kind === 'dash' || s.kind === 'plus' ? [] : [{ marker: s.marker, title: s.title, level: s.level }, ...outline(s.children)]));

describe.skipIf(!TESSERACT)('OCR with Tesseract (seed003-scanned.pdf: 5 pages)', () => {
  const options = checkOptionsOf({}, { lang: 'vi', isolate: false, ocr: true, today: '2025-12-20' });
  let scanned: Parsed;
  let text: Parsed;

  beforeAll(async () => {
    scanned = await parseBytes(fixture('pdf', 'seed003-scanned.pdf'), 'seed003-scanned.pdf', options);
    text = await parseBytes(fixture('pdf', 'seed003.pdf'), 'seed003.pdf', { ...options, ocr: false });
  }, 600_000);

  it('finds the same header fields, signature and recipients as the PDF with a text layer', () => {
    const fields = (p: Parsed) => {
      const h = p.doc.header;
      return [h.documentNumber?.raw, h.place?.text, h.issueDate?.raw, h.documentType?.text, h.subject?.text, p.doc.period, p.doc.legalBases.length, p.doc.signature?.titleLines.map((t) => t.text), p.doc.signature?.signer?.text, p.doc.recipients?.items.length];
    };
    expect(fields(scanned)).toEqual(fields(text));
  });

  it('finds the same sections: every title and level; markers as read (Tesseract may misread a Roman numeral)', () => {
    const a = outline(text.doc.sections);
    const b = outline(scanned.doc.sections);
    expect(b.map((s) => [s.title, s.level])).toEqual(a.map((s) => [s.title, s.level]));
    const sameMarker = b.filter((s, i) => s.marker === a[i]?.marker).length;
    expect(sameMarker / a.length).toBeGreaterThanOrEqual(0.8);
  });

  it('marks the text as recognised: pages, ranges, notes; findings marked, no spelling finding', () => {
    expect(scanned.doc.source.ocrPages).toEqual([1, 2, 3, 4, 5]);
    expect(scanned.loaded.ocr?.ranges).toEqual([{ start: 0, end: scanned.loaded.text.length }]);
    expect(scanned.loaded.ocr?.pages.every((p) => (p.confidence ?? 0) > 75)).toBe(true);
    const result = resultOf('seed003-scanned.pdf', scanned, options);
    expect(result.ocrPages).toEqual([1, 2, 3, 4, 5]);
    const rules = result.findings.filter((f) => !f.ruleId.startsWith('load/'));
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((f) => f.message.endsWith('(văn bản nhận dạng từ ảnh quét)'))).toBe(true);
    expect(result.findings.some((f) => f.ruleId === 'text/misspelling')).toBe(false);
    expect(result.findings.find((f) => f.ruleId === 'load/pdf-ocr')?.message).toMatch(/^Trang 1, 2, 3, 4, 5 của tệp PDF là ảnh quét/u);
  });

  it('a PDF whose last page is scanned: that page is recognised and put in its place', async () => {
    const bytes = await mixedPdf();
    const mixed = await parseBytes(bytes, 'mixed.pdf', options);
    expect(mixed.doc.source.ocrPages).toEqual([5]);
    expect(mixed.loaded.warnings.map((w) => w.code)).toContain('pdf-ocr');
    expect(mixed.loaded.warnings.map((w) => w.code)).not.toContain('pdf-pages-without-text');
    expect(mixed.doc.signature?.signer?.text).toBe('Nguyễn Đức Thuận');
    expect(mixed.doc.recipients?.items.length).toBe(text.doc.recipients?.items.length);
    expect(outline(mixed.doc.sections).map((s) => s.title)).toEqual(outline(text.doc.sections).map((s) => s.title));
    // The recognised page stands last, after the text of page 4.
    const [range] = mixed.loaded.ocr?.ranges ?? [];
    expect(range?.end).toBe(mixed.loaded.text.length);
    expect(mixed.loaded.text.slice(range?.start ?? 0)).toMatch(/^Phòng Chính sách Dân tộc/u);
    // The CLI: parse --ocr names the page; without --ocr the page is reported as not checked.
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-ocr-test-'));
    try {
      writeFileSync(join(dir, 'mixed.pdf'), bytes);
      const tree = cli(['parse', join(dir, 'mixed.pdf'), '--ocr']);
      expect(tree.code).toBe(0);
      expect(tree.stdout).toContain('Nhận dạng từ ảnh quét (OCR), trang: 5');
      const plain = cli(['check', join(dir, 'mixed.pdf'), '-f', 'json']);
      expect(plain.stdout).toContain('load/pdf-pages-without-text');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);

  it('each program runs under the time limit, and the temporary folder is removed', async () => {
    const before = new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('kehoach-ocr-')));
    const error = await recognizePdf(fixture('pdf', 'seed003-scanned.pdf'), [1], { timeoutMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).code).toBe('timeout');
    const after = readdirSync(tmpdir()).filter((n) => n.startsWith('kehoach-ocr-') && !before.has(n));
    expect(after).toEqual([]);
  });
});
