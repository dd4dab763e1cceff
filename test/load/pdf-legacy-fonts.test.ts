// Legacy Vietnamese font encodings in PDF: TCVN3 (".Vn…" fonts, or TCVN3 codes under another name) and VNI fonts
// converted with the Word path's tables; 8-bit codes pdfjs read as Mac Roman put back to Windows-1252.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { resolveLimits } from '../../src/load/limits.js';
import { loadPdf } from '../../src/load/pdf.js';
import { suspicious, vietnameseScore } from '../../src/load/pdf/fonts.js';
import { encodeVni } from '../../src/load/vni.js';
import { writePdf, type PdfFontSpec, type PdfTextRun } from './_pdf-writer.js';

const limits = resolveLimits();
const tcvn = (s: string): string => iconv.encode(s, 'tcvn').toString('latin1');
const mac = (s: string): string => iconv.encode(s, 'windows-1252').toString('latin1');

const LINES = ['Kế hoạch cải cách hành chính năm 2026', 'Ủy ban nhân dân tỉnh Lào Cai ban hành kế hoạch', 'Tăng cường kỷ luật, kỷ cương hành chính'];

async function load(font: PdfFontSpec, lines: string[], encode: (s: string) => string): Promise<Awaited<ReturnType<typeof loadPdf>>> {
  const uni: PdfFontSpec = { id: 'U', baseFont: 'TimesNewRomanPSMT', kind: 'unicode' };
  const texts: PdfTextRun[] = [{ x: 72, y: 60, text: 'Trang thử', font: 'U' }];
  lines.forEach((l, i) => texts.push({ x: 72, y: 100 + 30 * i, text: encode(l), font: 'F' }));
  return loadPdf(writePdf([{ texts }], [uni, { ...font, id: 'F' }]), { limits });
}

const text = (doc: Awaited<ReturnType<typeof loadPdf>>): string => doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');

describe('legacy fonts in PDF', () => {
  it('a .VnTime font with WinAnsi codes: TCVN3 converted, one info naming the font', async () => {
    const doc = await load({ id: 'F', baseFont: '.VnTime', kind: 'simple', encoding: 'WinAnsiEncoding' }, LINES, tcvn);
    for (const l of LINES) expect(text(doc)).toContain(l);
    expect(doc.warnings).toContainEqual({ code: 'legacy-font-converted', font: '.VnTime', count: 3 });
  });

  it('a symbolic .VnTimeH font without /Encoding (read through Mac Roman by pdfjs): converted to capitals', async () => {
    const doc = await load({ id: 'F', baseFont: 'ABCDEF+.VnTimeH', kind: 'simple', symbolic: true }, ['Kế hoạch'], tcvn);
    expect(text(doc)).toContain('KẾ HOẠCH');
    expect(doc.warnings.map((w) => w.code)).toContain('legacy-font-converted');
  });

  it('a VNI-Times font: VNI sequences converted', async () => {
    const doc = await load({ id: 'F', baseFont: 'VNI-Times', kind: 'simple', encoding: 'WinAnsiEncoding' }, LINES, encodeVni);
    for (const l of LINES) expect(text(doc)).toContain(l);
    expect(doc.warnings).toContainEqual({ code: 'legacy-font-converted', font: 'VNI-Times', count: 3 });
  });

  it('TCVN3 codes in a font named Times New Roman, without /ToUnicode: recognised by their letters and converted', async () => {
    const doc = await load({ id: 'F', baseFont: 'TimesNewRomanPSMT', kind: 'simple', encoding: 'WinAnsiEncoding' }, LINES, tcvn);
    for (const l of LINES) expect(text(doc)).toContain(l);
    expect(doc.warnings.map((w) => w.code)).toContain('legacy-font-converted');
  });

  it('Windows-1252 codes in a symbolic font without /Encoding (Word subset fonts): read as Windows-1252, no note', async () => {
    const lines = ['Lào Cai, ngày 10 tháng 3', 'CỘNG HÒA XÃ HỘI'.replace(/[ỘỢ]/gu, 'O')];
    const doc = await load({ id: 'F', baseFont: 'BKGTFV+TimesNewRomanPSMT', kind: 'simple', symbolic: true }, lines, mac);
    for (const l of lines) expect(text(doc)).toContain(l);
    expect(doc.warnings).toEqual([]);
  });

  it('a VPS font has no table: one warning that it could not be converted', async () => {
    const doc = await load({ id: 'F', baseFont: 'VPS-Times', kind: 'simple', encoding: 'WinAnsiEncoding' }, ['Ho¹ch ®Þnh'], (s) => s);
    expect(doc.warnings).toContainEqual({ code: 'legacy-font-unconverted', font: 'VPS-Times', count: 1 });
  });

  it('Unicode text is left alone, with no note (negative)', async () => {
    const doc = await load({ id: 'F', baseFont: 'TimesNewRomanPSMT', kind: 'unicode' }, LINES, (s) => s);
    for (const l of LINES) expect(text(doc)).toContain(l);
    expect(doc.warnings).toEqual([]);
  });

  it('a Western European text in an 8-bit font is not taken for TCVN3 (negative)', async () => {
    const lines = ['Société générale, Übersicht für Straße', 'Ação de formação profissional'];
    const doc = await load({ id: 'F', baseFont: 'Arial', kind: 'simple', encoding: 'WinAnsiEncoding' }, lines, mac);
    for (const l of lines) expect(text(doc)).toContain(l);
    expect(doc.warnings).toEqual([]);
  });

  it('suspicious / vietnameseScore', () => {
    expect(suspicious('Lào Cai, ngày “10” – tháng 3…')).toBe(false);
    expect(suspicious('L‡o Cai')).toBe(true);
    expect(vietnameseScore('Lào Cai ngày')).toBe(2);
    expect(vietnameseScore('L‡o Cai ng‡y')).toBe(-2);
  });
});
