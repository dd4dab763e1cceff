// The format/ rules on PDFs exported by LibreOffice from .docx files (fixtures/pdf/presentation/, made by make.mjs):
// the PDF gives the .docx's findings for the checks a PDF can support, and no other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../../src/check.js';
import { runRules } from '../../../src/engine/index.js';
import type { Finding } from '../../../src/model/finding.js';
import { RULES } from '../../../src/rules/index.js';
import { ENGINE_DEFAULTS } from '../../_pipeline.js';

const DIR = join(__dirname, '..', '..', '..', 'fixtures', 'pdf', 'presentation');
const REAL = join(__dirname, '..', '..', '..', 'fixtures', 'real');
const FORMAT_RULES = RULES.filter((r) => r.id.startsWith('format/'));

async function findings(path: string): Promise<Finding[]> {
  const { loaded, doc, facts } = await parseBytes(new Uint8Array(readFileSync(path)), path, { lang: 'vi', isolate: false });
  return runRules(FORMAT_RULES, loaded, doc, facts, ENGINE_DEFAULTS);
}

/**
 * What both files can show: the font check is left out (this machine has no Times New Roman, so LibreOffice sets
 * the PDFs in its metric twin Liberation Serif: checked on its own below), so are the paragraph indents, spacing
 * and line spacing (a PDF does not hold them), the PDF-only coverage note, and Word's revision marks and comments
 * (a PDF has annotations instead: checked below).
 */
const comparable = (fs: readonly Finding[]): string[] =>
  fs
    .filter((f) => f.ruleId !== 'format/font' && f.ruleId !== 'format/pdf-coverage' && f.ruleId !== 'format/final-version')
    .filter((f) => !(f.ruleId === 'format/body-text' && ['indent', 'gap', 'line'].includes(f.messageId)))
    .map((f) => `${f.ruleId} ${f.messageId} ${f.severity}`)
    .sort();

const CASES: [name: string, expected: string[]][] = [
  ['conforming', []],
  ['body-12pt', ['format/body-text size warning']],
  ['motto-12pt', ['format/header-elements size info']],
  ['left-20mm', ['format/margins margin info']],
  ['letter', ['format/page-setup notA4 warning']],
  ['footer-number', ['format/page-number inFooter warning']],
  ['arial', []],
];

describe('format/ rules on a PDF exported from the .docx', () => {
  it.each(CASES)('%s: the PDF gives the .docx findings a PDF can show', async (name, expected) => {
    const word = await findings(join(DIR, `${name}.docx`));
    const pdf = await findings(join(DIR, `${name}.pdf`));
    expect(comparable(word)).toEqual(expected);
    expect(comparable(pdf)).toEqual(expected);
    // One coverage note per PDF, none for the Word file.
    expect(pdf.filter((f) => f.ruleId === 'format/pdf-coverage').length).toBe(1);
    expect(word.filter((f) => f.ruleId === 'format/pdf-coverage')).toEqual([]);
  });

  it('the same measured values in the messages (size, margin, paper), pointing at pages', async () => {
    const margin = (await findings(join(DIR, 'left-20mm.pdf'))).find((f) => f.ruleId === 'format/margins');
    expect(margin?.message).toBe('Lề trang (trang 1–2, đo theo vị trí chữ): lề trái 20 mm — quy định lề trái 30–35 mm.');
    const paper = (await findings(join(DIR, 'letter.pdf'))).find((f) => f.ruleId === 'format/page-setup');
    expect(paper?.message).toBe('Khổ giấy 215,9 × 279,4 mm (trang 1–2) — quy định A4 (210 × 297 mm).');
    const motto = (await findings(join(DIR, 'motto-12pt.pdf'))).find((f) => f.ruleId === 'format/header-elements');
    expect(motto?.message).toBe('Tiêu ngữ: cỡ chữ 12 — quy định 13–14.');
    const body = (await findings(join(DIR, 'body-12pt.pdf'))).find((f) => f.ruleId === 'format/body-text');
    expect(body?.message).toMatch(/^Nội dung: 18 đoạn có cỡ chữ khác 13–14 \(trang 1: cỡ 12; trang 2: cỡ 12\)/u);
  });

  it('fonts: the PDF names the fonts it embeds (Arial became Liberation Sans here; the rest Liberation Serif)', async () => {
    const font = (fs: Finding[]): string | undefined => fs.find((f) => f.ruleId === 'format/font')?.message;
    expect(font(await findings(join(DIR, 'arial.docx')))).toMatch(/^Phông chữ "Arial": \d+ chữ cái/u);
    expect(font(await findings(join(DIR, 'arial.pdf')))).toMatch(/^Phông chữ "Liberation Sans", "Liberation Serif": \d+ chữ cái/u);
    expect(font(await findings(join(DIR, 'conforming.pdf')))).toMatch(/^Phông chữ "Liberation Serif": \d+ chữ cái — quy định Times New Roman\.$/u);
    expect(font(await findings(join(DIR, 'conforming.docx')))).toBeUndefined();
  });

  it('Word comments exported as PDF annotations: one final-version warning with the kinds, counts and pages', async () => {
    const word = (await findings(join(DIR, 'comments.docx'))).filter((f) => f.ruleId === 'format/final-version');
    expect(word.map((f) => f.messageId)).toEqual(['comments']);
    const pdf = (await findings(join(DIR, 'comments.pdf'))).filter((f) => f.ruleId === 'format/final-version');
    expect(pdf.map((f) => [f.messageId, f.severity])).toEqual([['annotations', 'warning']]);
    expect(pdf[0]?.message).toMatch(/^Tệp PDF còn 2 chú thích, đánh dấu: 2 ghi chú \(Text\), trang 1, 2\./u);
    // The same plan without comments has none.
    expect((await findings(join(DIR, 'conforming.pdf'))).filter((f) => f.ruleId === 'format/final-version')).toEqual([]);
  });

  it.each([
    ['11_lao-cai-so-cong-thuong-kiem-tra-vlncn-28-don-vi-2026', ['format/header-elements notItalic info', 'format/header-elements size warning', 'format/margins margin info', 'format/signature-block size info']],
    ['01_lam-dong-cchc-2026', ['format/header-elements notItalic info']],
  ])('real plan %s: its PDF gives the .docx findings a PDF can show', async (name, expected) => {
    const word = await findings(join(REAL, `${name}.docx`));
    const pdf = await findings(join(DIR, `${name}.pdf`));
    expect(comparable(word)).toEqual(expected);
    expect(comparable(pdf)).toEqual(expected);
    // Same messages (measured values) for those.
    const msgs = (fs: Finding[]): string[] => fs.filter((f) => expected.some((e) => e.startsWith(`${f.ruleId} ${f.messageId} `)) && f.ruleId !== 'format/margins').map((f) => f.message).sort();
    expect(msgs(pdf)).toEqual(msgs(word));
  });
});
