// The parser on the five bundled plans: what the foundation issue's acceptance names, asserted.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTxt } from '../../src/load/txt.js';
import { parsePlan } from '../../src/parse/index.js';
import { PlanDocumentSchema } from '../../src/model/plan.js';
import { readFileSync } from 'node:fs';

const PLANS = join(import.meta.dirname, '..', '..', 'fixtures', 'plans');
function parse(seed: string) {
  const bytes = readFileSync(join(PLANS, `${seed}.txt`));
  const loaded = loadTxt(bytes);
  return { doc: parsePlan(loaded, { path: `${seed}.txt`, bytes: bytes.length }), text: loaded.text };
}

describe('seed001: appendix tasks', () => {
  const { doc, text } = parse('seed001');
  it('validates against the model schema', () => {
    expect(PlanDocumentSchema.safeParse(doc).success).toBe(true);
  });
  it('turns the appendix into 32 activity rows under the seven areas I … VII', () => {
    const byArea = new Map<string, number>();
    for (const t of doc.tasks) {
      const area = /^([IVX]+)\./u.exec(t.area?.text ?? '')?.[1] ?? '?';
      byArea.set(area, (byArea.get(area) ?? 0) + 1);
    }
    expect(Object.fromEntries(byArea)).toEqual({ I: 7, II: 15, III: 2, IV: 1, V: 4, VI: 1, VII: 2 });
  });
  it('merges rows continued across page breaks and drops the repeated headers', () => {
    const table = doc.tables[0];
    expect(table?.droppedHeaderRows).toBe(19);
    expect(table?.mergedRows).toBe(17);
    const first = doc.tasks[0];
    expect(first?.mission?.text).toMatch(/^1\. Tham mưu sửa đổi Nghị quyết số 71\/2024\/NQHĐND .* DTTS&MN tỉnh Bắc Giang, giai đoạn 2026-2030\.$/u);
  });
  it('puts lead, partners, deadline and output in the right fields', () => {
    const first = doc.tasks[0];
    expect(first?.lead?.text).toBe('Phòng Chính sách');
    expect(first?.partners?.text).toBe('Các phòng liên quan');
    expect(first?.deadline?.text).toBe('Xong trước 31/10/2025');
    expect(first?.output?.text).toBe('Nghị quyết/Kế hoạch');
    // A sub-row inherits TT and objective from the row above.
    const second = doc.tasks[1];
    expect(second?.number).toBe('1');
    expect(second?.objective?.text).toBe(first?.objective?.text);
    expect(second?.lead?.text).toBe('Phòng Tôn giáo');
    expect(second?.deadline?.text).toBe('Xong trước 31/8/2025');
    const last = doc.tasks[doc.tasks.length - 1];
    expect(last?.deadline?.text).toBe('Sau khi có Kế hoạch của tỉnh');
    expect(last?.area?.text).toBe('VII. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH');
  });
  it('keeps every task span inside the text', () => {
    for (const t of doc.tasks) {
      expect(t.span.start).toBeLessThan(t.span.end);
      if (t.lead) expect(text.slice(t.lead.span.start, t.lead.span.end).replace(/\s+/gu, ' ')).toContain(t.lead.text.slice(0, 10));
    }
  });
  it('reads header, recipients, signature, footnote and appendix reference', () => {
    expect(doc.header.documentNumber).toMatchObject({ number: null, typeCode: 'KH', issuerCode: 'SDT&TG', placeholder: true });
    expect(doc.header.issueDate).toMatchObject({ day: null, month: 7, year: 2025, placeholder: true });
    expect(doc.header.place?.text).toBe('Bắc Ninh');
    expect(doc.period).toMatchObject({ start: '2025-07-01', end: '2025-12-31', kind: 'half' });
    expect(doc.recipients?.items.map((i) => i.text)).toHaveLength(4);
    expect(doc.recipients?.archive?.text).toBe('- Lưu: VT, VP.');
    expect(doc.signature).toMatchObject({ authority: null, signer: { text: 'Đào Duy Trọng' } });
    expect(doc.footnotes).toHaveLength(1);
    expect(doc.footnotes[0]?.marker).toBe('1');
    expect(doc.appendices[0]?.reference?.text).toMatch(/^\(Kèm theo Kế hoạch số/u);
  });
});

describe('seed002: prose tasks', () => {
  const { doc } = parse('seed002');
  it('yields the tasks of "2. Nhiệm vụ" a) … e) with lead, time and output', () => {
    expect(doc.tasks.map((t) => t.number)).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)']);
    for (const t of doc.tasks) {
      expect(t.source).toBe('prose');
      expect(t.lead?.text).toBeTruthy();
      expect(t.deadline?.text).toBeTruthy();
      expect(t.output?.text).toBeTruthy();
      expect(t.area?.text).toBe('Nhiệm vụ');
    }
    expect(doc.tasks[2]?.lead?.text).toBe('Thanh tra, Phòng Nghiệp vụ');
    expect(doc.tasks[2]?.deadline?.text).toBe('Hằng năm');
  });
  it('reads the "- a)" item as point a)', () => {
    const iv = doc.sections.find((s) => s.marker === 'IV.');
    expect(iv?.children[0]?.children[0]?.marker).toBe('a)');
  });
  it('takes the period from the subject', () => {
    expect(doc.period).toMatchObject({ kind: 'range', start: '2021-01-01', end: '2025-12-31', outlookYear: 2030 });
  });
});

describe('seed003: two "III." headings as written', () => {
  const { doc } = parse('seed003');
  it('keeps both', () => {
    expect(doc.sections.map((s) => s.marker)).toEqual(['I.', 'II.', 'III.', 'III.']);
    expect(doc.sections[3]?.title).toBe('TỔ CHỨC THỰC HIỆN');
  });
  it('reads the bold title line and the KT. signature', () => {
    expect(doc.header.subject?.text).toBe('Cải cách hành chính năm 2026');
    expect(doc.signature?.authority).toBe('KT');
    expect(doc.signature?.titleLines.map((l) => l.text)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
  });
  it('splits the preamble into its legal bases', () => {
    expect(doc.legalBases.map((b) => b.text.slice(0, 30))).toEqual([
      'Căn cứ Nghị quyết số 08-NQ/TU ',
      'Kế hoạch số 2943/KH-UBND ngày ',
      'Căn cứ Công văn số 3994/SNV-CC',
      'Căn cứ chức năng, nhiệm vụ cơ ',
    ]);
  });
});

describe('seed000 and seed004: no header block, web boilerplate', () => {
  it('seed000 has no number or date but a replaces clause and one legal basis', () => {
    const { doc } = parse('seed000');
    expect(doc.header.documentNumber).toBeNull();
    expect(doc.header.issueDate).toBeNull();
    expect(doc.header.replaces?.text).toMatch(/^\(Thay thế Kế hoạch số 09\/KH-SDTTG/u);
    expect(doc.legalBases).toHaveLength(1);
    expect(doc.legalBases[0]?.text).toMatch(/năm 2025$/u);
    expect(doc.closing[0]?.text).toMatch(/\.\/\.$/u);
  });
  it('seed004 tolerates the web page around the article', () => {
    const { doc } = parse('seed004');
    expect(doc.header.subject?.text).toBe('cải cách hành chính tỉnh Lai Châu năm 2025');
    expect(doc.sections.map((s) => s.title)).toEqual(['MỤC TIÊU', 'NHIỆM VỤ VÀ GIẢI PHÁP']);
    const last = doc.sections[1]?.children.map((c) => c.marker);
    expect(last).toEqual(['1.', '2.', '3.', '4.', '6.', '7.']);
    const allText = JSON.stringify(doc.sections);
    expect(allText).not.toContain('Tin liên quan');
    expect(allText).not.toContain('noData');
  });
});
