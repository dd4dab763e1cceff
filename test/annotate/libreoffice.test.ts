// Issue 18 acceptance: LibreOffice opens the annotated copies. Each seed's and each real plan's annotated .docx is
// converted to PDF headless (a private profile, comments exported), and every comment kehoach-lint wrote is in the
// PDF: as a note annotation (LibreOffice 7.4, Debian bookworm) or as margin text (newer versions with
// ExportNotesInMargin). Skipped, saying why, when soffice is not installed (.ci/run installs libreoffice-writer-nogui).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { analyse, annotateDocx, commentText, wordDate } from '../../src/annotate/index.js';
import { createChecker } from '../../src/checker.js';

const ROOT = join(import.meta.dirname, '../..');
const SOFFICE = ['soffice', 'libreoffice'].find((bin) => !spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 60_000 }).error);
if (!SOFFICE) console.warn('test/annotate/libreoffice.test.ts skipped: soffice not found (install libreoffice-writer-nogui)');

const FILES = [
  ...readdirSync(join(ROOT, 'fixtures/docx')).filter((f) => /^seed\d+\.docx$/u.test(f)).map((f) => join(ROOT, 'fixtures/docx', f)),
  ...readdirSync(join(ROOT, 'fixtures/real')).filter((f) => f.endsWith('.docx')).sort().map((f) => join(ROOT, 'fixtures/real', f)),
];
const FILTER = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},"ExportNotesInMargin":{"type":"boolean","value":"true"}}';
const squash = (s: string): string => s.normalize('NFC').replace(/\s+/gu, '');
const text = (v: unknown): string => (v instanceof PDFHexString || v instanceof PDFString ? v.decodeText() : '');

/** The Contents of every annotation in a PDF. */
async function annotationTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { ignoreEncryption: true });
  const out: string[] = [];
  for (const page of doc.getPages()) {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    for (let k = 0; k < annots.size(); k++) {
      const a = annots.lookup(k);
      if (a instanceof PDFDict) out.push(text(a.get(PDFName.of('Contents'))));
    }
  }
  return out;
}

describe.skipIf(!SOFFICE)('LibreOffice opens the annotated copies (headless conversion to PDF)', () => {
  it('converts the annotated seeds and every real .docx plan, each comment present in the PDF', async () => {
    const made = createChecker({ today: '2026-06-01', config: {}, isolate: false });
    if (!made.ok) throw new Error('config');
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-lo-'));
    const outDir = join(dir, 'pdf');
    mkdirSync(outDir);
    const expected = new Map<string, string[]>();
    for (const file of FILES) {
      const { bytes, parsed, result } = await analyse(file, made.checker.options);
      const out = await annotateDocx({ bytes, loaded: parsed.loaded, doc: parsed.doc, findings: result.findings, lang: 'vi', date: wordDate('2026-06-01') });
      const name = `${basename(file, '.docx')}.kehoach.docx`;
      writeFileSync(join(dir, name), out.bytes);
      expected.set(name, result.findings.filter((_f, i) => out.comments[i]?.id !== null).map((f) => commentText(f, 'vi')));
    }
    const names = [...expected.keys()];
    const r = spawnSync(
      SOFFICE as string,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', FILTER, '--outdir', outDir, ...names],
      { cwd: dir, encoding: 'utf8', timeout: 600_000 },
    );
    expect(r.error, r.stderr).toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
    for (const [name, comments] of expected) {
      const pdf = join(outDir, name.replace(/\.docx$/u, '.pdf'));
      expect(existsSync(pdf), `${name}: no PDF (${r.stdout} ${r.stderr})`).toBe(true);
      const bytes = new Uint8Array(readFileSync(pdf));
      expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const notes = (await annotationTexts(bytes)).map(squash);
      const { PDFParse } = await import('pdf-parse');
      const parser = new PDFParse({ data: bytes, verbosity: 0 });
      const pageText = squash((await parser.getText()).text);
      await parser.destroy();
      const missing = comments.filter((c) => {
        const s = squash(c);
        return !notes.some((n) => n.includes(s)) && !pageText.includes(s);
      });
      expect(comments.length, name).toBeGreaterThan(0);
      expect(missing, name).toEqual([]);
    }
  }, 900_000);
});
