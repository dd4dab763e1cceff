import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';
import { runRules } from '../src/engine/index.js';
import { emptyHeader } from '../src/parse/header.js';
import { FILE_LEVEL_RULES } from '../src/rules/index.js';
import type { PlanDocument } from '../src/model/plan.js';
import type { Facts } from '../src/model/facts.js';
import { identityMap } from '../src/text/normalize.js';
import type { LoadedDocument, LoadWarning } from '../src/load/types.js';

const loaded = (warnings: LoadWarning[]): LoadedDocument =>
  ({ format: 'pdf', encoding: 'pdf', source: '', text: '', map: identityMap(), blocks: [], warnings }) as unknown as LoadedDocument;

const doc = { header: emptyHeader(), sections: [], tables: [], tasks: [] } as unknown as PlanDocument;
const facts = { citations: [], deadlines: [], targets: [], referenceDate: null } as unknown as Facts;

/** The findings of the load/* rules over a file with these loader notes. */
function loadWarningFindings(l: LoadedDocument, lang: 'vi' | 'en') {
  return runRules(FILE_LEVEL_RULES, l, doc, facts, { lang, stage: 'final', rules: {}, registryExtra: [] });
}

describe('extraction warnings the reader needs, reported as load/<code> findings', () => {
  it('names the scanned pages of a PDF, in Vietnamese and English', () => {
    const [vi] = loadWarningFindings(loaded([{ code: 'pdf-pages-without-text', pages: [3, 5] }]), 'vi');
    expect(vi).toMatchObject({ ruleId: 'load/pdf-pages-without-text', severity: 'warning', line: 1, span: null });
    expect(vi?.message).toContain('Trang 3, 5 của tệp PDF không có lớp văn bản');
    const [en] = loadWarningFindings(loaded([{ code: 'pdf-pages-without-text', pages: [3, 5] }]), 'en');
    expect(en?.message).toContain('Page(s) 3, 5 of the PDF have no text layer');
  });

  it('warns when a PDF draws letters from a fallback font (its text may be scrambled)', () => {
    const [f] = loadWarningFindings(loaded([{ code: 'pdf-overlaid-glyphs', pages: [1, 2] }]), 'vi');
    expect(f).toMatchObject({ ruleId: 'load/pdf-overlaid-glyphs', severity: 'warning' });
    expect(f?.message).toContain('Trang 1, 2 của tệp PDF vẽ một số chữ có dấu bằng phông thay thế');
  });

  it('reports legacy fonts (converted: info citing ND 30; unconverted: warning) and ignores internal notes', () => {
    const out = loadWarningFindings(
      loaded([
        { code: 'legacy-font-converted', font: '.VnTime', count: 2 },
        { code: 'legacy-font-unconverted', font: 'VPS Times', count: 1 },
        { code: 'docx-auto-numbering' },
        { code: 'pdf-footnote-body-not-found' },
      ]),
      'vi',
    );
    // The engine's order: file-level findings by severity.
    expect(out.map((f) => [f.ruleId, f.severity])).toEqual([
      ['load/legacy-font-unconverted', 'warning'],
      ['load/legacy-font-converted', 'info'],
    ]);
    expect(out[1]?.message).toContain('Văn bản dùng phông chữ cũ không phải Unicode (.VnTime);');
    expect(out[0]?.message).toContain('(VPS Times) mà không chuyển được');
    expect(out[1]?.message).toContain('TCVN 6909:2001');
  });

  it('a .docx typed in .VnTime gets the info finding from checkFile, first, beside the rules’ findings', async () => {
    const tcvn = (s: string): string => iconv.encode(s, 'tcvn').toString('latin1');
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun({ text: tcvn('Kế hoạch cải cách hành chính năm 2025'), font: '.VnTime' })] })] }],
    });
    const path = join(tmpdir(), `kehoach-legacy-${process.pid}.docx`);
    writeFileSync(path, await Packer.toBuffer(doc));
    const result = await checkFile(path, { lang: 'vi', isolate: false, engine: { lang: 'vi', stage: 'final', rules: {}, registryExtra: [] } });
    expect(result.error).toBeNull();
    expect(result.findings[0]).toMatchObject({ ruleId: 'load/legacy-font-converted', severity: 'info' });
    expect(result.findings.length).toBeGreaterThan(1);
    expect(result.findings.filter((f) => f.ruleId.startsWith('load/'))).toHaveLength(1);
  });
});
