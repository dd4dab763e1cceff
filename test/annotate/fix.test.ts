import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { analyse, fixDocx, fixText, isMechanical, mechanicalFixes } from '../../src/annotate/index.js';
import { createChecker } from '../../src/checker.js';
import { readDocxXml } from '../../src/load/docx-xml/index.js';
import { resolveLimits } from '../../src/load/limits.js';
import { EXPECTED_FIXES, fixPlanDocx, fixPlanText } from './_plan.js';
import { canonical } from './_readback.js';

const made = createChecker({ today: '2026-06-01', config: {}, isolate: false });
if (!made.ok) throw new Error('config');
const checker = made.checker;
const dir = mkdtempSync(join(tmpdir(), 'kehoach-fix-'));

const OURS = 'w:author="kehoach-lint"';
/** Accepting every change by kehoach-lint: its insertions kept (unwrapped), its deletions dropped. */
const accept = (xml: string): string =>
  xml.replace(new RegExp(`<w:del [^>]*${OURS}[^>]*>[\\s\\S]*?</w:del>`, 'gu'), '').replace(new RegExp(`<w:ins [^>]*${OURS}[^>]*>([\\s\\S]*?)</w:ins>`, 'gu'), '$1');
/** Rejecting them: insertions dropped, deleted text restored. */
const reject = (xml: string): string =>
  xml
    .replace(new RegExp(`<w:ins [^>]*${OURS}[^>]*>[\\s\\S]*?</w:ins>`, 'gu'), '')
    .replace(new RegExp(`<w:del [^>]*${OURS}[^>]*>([\\s\\S]*?)</w:del>`, 'gu'), (_m, inner: string) => inner.replace(/<w:delText/gu, '<w:t').replace(/<\/w:delText>/gu, '</w:t>'));

async function withDocumentXml(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('word/document.xml', edit((await zip.file('word/document.xml')?.async('string')) ?? ''));
  return zip.generateAsync({ type: 'uint8array' });
}
const documentXml = async (bytes: Uint8Array): Promise<string> => (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';

describe('fix .docx: mechanical fixes as tracked changes', async () => {
  const input = await fixPlanDocx();
  const path = join(dir, 'plan.docx');
  writeFileSync(path, input);
  const { parsed, result } = await analyse(path, checker.options);
  const fixed = await fixDocx(input, parsed.loaded, result.findings);

  it('the plan holds one case of each fixable class, and all are applied', () => {
    expect(mechanicalFixes(result.findings).map((f) => f.ruleId).sort()).toEqual([...EXPECTED_FIXES].sort());
    expect(fixed.applied.map((f) => f.ruleId).sort()).toEqual([...EXPECTED_FIXES].sort());
    expect(fixed.skipped).toEqual([]);
  });

  it('accepted, the check no longer reports them and reports everything else as before', async () => {
    const accepted = await withDocumentXml(fixed.bytes as Uint8Array, accept);
    const after = await checker.checkBytes(accepted, 'accepted.docx');
    expect(mechanicalFixes(after.findings)).toEqual([]);
    const others = (r: typeof result): string[] => r.findings.filter((f) => !isMechanical(f)).map((f) => `${f.ruleId}:${f.messageId}`).sort();
    expect(others(after)).toEqual(others(result));
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(accepted) })).value;
    expect(text).toContain('63/2010/NĐ-CP');
    expect(text).toContain('cập nhật thường xuyên');
    expect(text).toContain('nhũng nhiễu');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(text).toContain('Lai Châu, ngày 05 tháng 01 năm 2026');
    expect(text).toContain('người dân tỉnh Lai Châu.');
  });

  it('rejected, the document is the input: same text, same formatting of every character, nothing else changed', async () => {
    const rejected = await withDocumentXml(fixed.bytes as Uint8Array, reject);
    expect((await mammoth.extractRawText({ buffer: Buffer.from(rejected) })).value).toBe((await mammoth.extractRawText({ buffer: Buffer.from(input) })).value);
    expect(canonical(await documentXml(rejected))).toBe(canonical(await documentXml(input)));
    const chars = (bytes: Uint8Array) =>
      readDocxXml(bytes, { limits: resolveLimits() }).paragraphs.map((p) => p.runs.flatMap((r) => [...r.text].map((c) => `${c}${JSON.stringify(r.props)}`)).join(''));
    expect(chars(rejected)).toEqual(chars(input));
  });

  it('every other part of the package is unchanged', async () => {
    const a = await JSZip.loadAsync(input);
    const b = await JSZip.loadAsync(fixed.bytes as Uint8Array);
    expect(Object.keys(b.files).sort()).toEqual(Object.keys(a.files).sort());
    for (const name of Object.keys(a.files)) {
      if (name === 'word/document.xml' || a.files[name]?.dir) continue;
      expect(await b.file(name)?.async('string'), name).toBe(await a.file(name)?.async('string'));
    }
  });

  it('changes are by kehoach-lint, each deletion followed by its insertion', async () => {
    const xml = await documentXml(fixed.bytes as Uint8Array);
    expect(xml.match(/<w:ins /gu)).toHaveLength(EXPECTED_FIXES.length);
    expect((xml.match(/<w:del /gu) ?? []).length).toBeGreaterThanOrEqual(EXPECTED_FIXES.length);
    expect(xml).toMatch(/<w:delText[^>]*>5<\/w:delText>[\s\S]*?<w:t[^>]*>05<\/w:t>/u);
    expect(xml).toMatch(/<w:del [^>]*w:author="kehoach-lint"[^>]*>.*?<w:delText[^>]*>NĐCP|<w:delText[^>]*>63\/2010\/NĐCP</u);
  });
});

describe('fix .txt: a fixed copy', () => {
  it('replaces exactly the fixed spans; the check then reports none of them', async () => {
    const text = fixPlanText();
    const path = join(dir, 'plan.txt');
    writeFileSync(path, text);
    const { bytes, parsed, result } = await analyse(path, checker.options);
    const out = fixText(bytes, parsed.loaded, result.findings);
    expect(out.applied.map((f) => f.ruleId).sort()).toEqual([...EXPECTED_FIXES].sort());
    const fixedText = new TextDecoder().decode(out.bytes as Uint8Array);
    expect(fixedText).toBe(text.replace('NĐCP', 'NĐ-CP').replace('cập nhập', 'cập nhật').replace('nhũng nhịu', 'nhũng nhiễu').replace('T/M.', 'TM.').replace('ngày 5 tháng 1 năm', 'ngày 05 tháng 01 năm').replace('tỉnh Lai Chau', 'tỉnh Lai Châu'));
    expect(mechanicalFixes(checker.checkText(fixedText, 'fixed.txt').findings)).toEqual([]);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('a padded March ("tháng 03", only likely wrong) keeps its fix on the info finding but is not applied', async () => {
    const text = fixPlanText().replace('ngày 5 tháng 1 năm 2026', 'ngày 05 tháng 03 năm 2026');
    const path = join(dir, 'march.txt');
    writeFileSync(path, text);
    const { bytes, parsed, result } = await analyse(path, checker.options);
    const padded = result.findings.find((f) => f.messageId === 'monthPadded');
    expect(padded?.severity).toBe('info');
    expect(padded?.fix?.text).toBe('3');
    const out = fixText(bytes, parsed.loaded, result.findings);
    expect(out.applied.map((f) => f.ruleId)).not.toContain('header/date');
    expect(new TextDecoder().decode(out.bytes as Uint8Array)).toContain('ngày 05 tháng 03 năm 2026');
  });

  it('a file that is not UTF-8 is left alone (a copy would change its encoding)', async () => {
    const path = join(dir, 'utf16.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixPlanText(), 'utf16le')]));
    const { bytes, parsed, result } = await analyse(path, checker.options);
    const out = fixText(bytes, parsed.loaded, result.findings);
    expect(out.bytes).toBeNull();
    expect(out.skipped.length).toBe(EXPECTED_FIXES.length);
  });
});
