// Acceptance for issue 14 items 2 and 3: a task table drawn without ruling lines, and the "Nơi nhận | signature"
// block standing on shared lines, read from PDF as from the .docx they were exported from. The fixtures and their
// generator (fixtures/pdf/make-borderless.mjs, LibreOffice) are committed; the tests need neither.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import { runRules } from '../../src/engine/index.js';
import { loadDocument } from '../../src/load/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { RULES } from '../../src/rules/index.js';
import { ENGINE_DEFAULTS } from '../_pipeline.js';
import { fixture, projectModel } from './helpers.js';
import { writePdf, type PdfTextRun } from './_pdf-writer.js';

async function read(file: string, bytes: Uint8Array = fixture('pdf', file)) {
  const loaded = await loadDocument(bytes, { path: file, isolate: false });
  const doc = parsePlan(loaded, { path: file, bytes: bytes.length });
  const findings = runRules(RULES, loaded, doc, extractFacts(doc, loaded.text, {}), ENGINE_DEFAULTS);
  return { loaded, doc, findings };
}

const FONT = [{ id: 'U', baseFont: 'TimesNewRomanPSMT', kind: 'unicode' as const }];
const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();
const project = (v: unknown): unknown => projectModel(v, squash);
// Presentation findings (format/) come from the Word file's fonts and page setup, which the PDF path does not read.
const findingSet = (fs: { ruleId: string; excerpt?: string | null }[]): string[] =>
  fs.filter((f) => !f.ruleId.startsWith('format/')).map((f) => `${f.ruleId} ${(f.excerpt ?? '').replace(/\s+/gu, '')}`).sort();

describe('a task table without ruling lines (borderless-tasks.pdf, two pages of appendix)', () => {
  it('gives the same tasks, table rows, signature and findings as its .docx', async () => {
    const docx = await read('borderless-tasks.docx');
    const pdf = await read('borderless-tasks.pdf');
    expect(docx.doc.tasks.length).toBe(15);
    expect(project(pdf.doc.tasks)).toEqual(project(docx.doc.tasks));
    const cells = (d: typeof docx): string[][] => d.doc.tables.flatMap((t) => t.rows.map((r) => r.cells.map((c) => squash(c.text))));
    expect(cells(pdf)).toEqual(cells(docx));
    expect(project(pdf.doc.signature)).toEqual(project(docx.doc.signature));
    expect(project(pdf.doc.recipients)).toEqual(project(docx.doc.recipients));
    expect(findingSet(pdf.findings)).toEqual(findingSet(docx.findings));
  });
});

describe('"Nơi nhận" and the signature on shared lines', () => {
  it('KT. GIÁM ĐỐC stays the authority and "Nơi nhận:" its own list (borderless-tasks.pdf)', async () => {
    const { doc } = await read('borderless-tasks.pdf');
    expect(doc.signature?.authority).toBe('KT');
    expect(doc.signature?.titleLines.map((l) => l.text)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(doc.recipients?.items.map((i) => i.text)).toEqual(['- Sở Nội vụ (b/c);', '- Chủ tịch, các PCT UBND tỉnh (b/c);', '- Các phòng chuyên môn thuộc Sở;']);
  });

  it('a two-line authority ("TM. ỦY BAN NHÂN" / "DÂN") is joined; same model as the .docx (footer-shared-lines.pdf)', async () => {
    const docx = await read('footer-shared-lines.docx');
    const pdf = await read('footer-shared-lines.pdf');
    expect(pdf.doc.signature?.titleLines.map((l) => l.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(pdf.doc.signature?.signer?.text).toBe('Trần Thị Bình');
    expect(project(pdf.doc.signature)).toEqual(project(docx.doc.signature));
    expect(project(pdf.doc.recipients)).toEqual(project(docx.doc.recipients));
    expect(findingSet(pdf.findings)).toEqual(findingSet(docx.findings));
  });
});

describe('"Nơi nhận" beside the signature with a narrow gutter (written PDF)', () => {
  it('a recipient line running to within 1 em of the signature column does not merge the two columns', async () => {
    const u = (x: number, y: number, text: string, size: number): PdfTextRun => ({ x, y, text, font: 'U', size });
    const texts = [
      u(200, 60, 'KẾ HOẠCH', 13), u(60, 90, 'I. MỤC ĐÍCH', 13), u(60, 110, 'Nội dung kế hoạch.', 13),
      u(60, 300, 'Nơi nhận:', 12), u(312, 300, 'KT. GIÁM ĐỐC', 13),
      // 44 characters of 5.5 pt: ends at 302, 10 pt before the signature column.
      u(60, 318, '- Chủ tịch, các Phó Chủ tịch UBND tỉnh (b/c)', 11), u(312, 316, 'PHÓ GIÁM ĐỐC', 13),
      u(60, 330, '- Lưu: VT.', 11), u(312, 380, 'Nguyễn Văn An', 13),
    ];
    const bytes = writePdf([{ texts }], FONT);
    const { doc } = await read('mem.pdf', bytes);
    expect(doc.signature?.authority).toBe('KT');
    expect(doc.signature?.titleLines.map((l) => l.text)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(doc.recipients?.items.map((i) => i.text)).toEqual(['- Chủ tịch, các Phó Chủ tịch UBND tỉnh (b/c)']);
  });
});

// Small PDFs written here, to vary what the fixtures fix: column positions, cell wrapping, non-tables.
/** Text at (x, y) in 10 pt: each character advances 5 pt (the writer's /DW of 500). */
const t = (x: number, y: number, text: string): PdfTextRun => ({ x, y, text, font: 'U', size: 10 });

async function blocksOf(texts: PdfTextRun[]) {
  const loaded = await loadDocument(writePdf([{ texts }], FONT), { path: 'mem.pdf', isolate: false });
  return loaded.blocks;
}

describe('borderless tables from text positions (written PDFs)', () => {
  it('columns from the header and the rows below, wrapped cells joined, rows from the TT column', async () => {
    const texts = [
      t(60, 60, 'Phụ lục'),
      t(60, 100, 'TT'), t(100, 100, 'Nhiệm vụ'), t(330, 100, 'Chủ trì'), t(440, 100, 'Thời hạn'),
      t(62, 120, '1'), t(100, 120, 'Rà soát thủ tục hành chính'), t(330, 120, 'Văn phòng'), t(440, 120, 'Quý I'),
      t(100, 132, 'thuộc thẩm quyền'), t(330, 132, 'Sở'),
      t(62, 150, '2'), t(100, 150, 'Số hóa hồ sơ'), t(330, 150, 'Thanh tra'), t(440, 150, 'Tháng 6'),
      t(60, 200, 'Đoạn văn sau bảng, viết liền một dòng dài vượt qua mọi cột của bảng ở trên.'),
    ];
    const blocks = await blocksOf(texts);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn'],
      ['1', 'Rà soát thủ tục hành chính thuộc thẩm quyền', 'Văn phòng Sở', 'Quý I'],
      ['2', 'Số hóa hồ sơ', 'Thanh tra', 'Tháng 6'],
    ]);
    expect(blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('Đoạn văn sau bảng'))).toBe(true);
  });

  it('no table without a TT header, nor when no numbered row follows it (negative)', async () => {
    const twoColumns = [t(60, 100, 'Nơi nhận:'), t(330, 100, 'GIÁM ĐỐC'), t(60, 112, '- Sở Nội vụ;'), t(330, 150, 'Nguyễn Văn A')];
    expect((await blocksOf(twoColumns)).some((b) => b.kind === 'table')).toBe(false);
    const headerOnly = [t(60, 100, 'TT'), t(100, 100, 'Nhiệm vụ'), t(330, 100, 'Chủ trì'), t(440, 100, 'Thời hạn'), t(60, 130, 'Một đoạn văn thường, không phải hàng của bảng nào cả, chạy qua các cột.')];
    expect((await blocksOf(headerOnly)).some((b) => b.kind === 'table')).toBe(false);
  });
});
