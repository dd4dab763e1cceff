// Bounded memory for Word files: pictures are never inflated (the check reads text), and no zip entry is inflated
// beyond what its directory entry declares. Peak memory is measured in a child process that loads the file
// in-process (no isolation), so the figure is the loader's own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './_build.js';
import { lyingImageDocx } from './_generate.js';

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'kehoach-images-'));
}, 180_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Loads `file` in a fresh Node process (the compiled loader, in-process) and returns its peak RSS in MB and the outcome. */
function loadMeasured(file: string): { peakMb: number; outcome: string; blocks: number } {
  const loader = pathToFileURL(join(ROOT, 'dist', 'load', 'index.js')).href;
  const script = `
    import { readFileSync } from 'node:fs';
    const { loadDocument } = await import(${JSON.stringify(loader)});
    let outcome = 'ok', blocks = 0;
    try { blocks = (await loadDocument(readFileSync(process.argv[1]), { path: process.argv[1], isolate: false })).blocks.length; }
    catch (e) { outcome = e.code ?? String(e); }
    console.log(JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024, outcome, blocks }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as { peakMb: number; outcome: string; blocks: number };
}

describe('a picture that lies about its size', () => {
  it('is never inflated: memory does not grow with the picture, and the text is read', async () => {
    const small = join(tmp, 'small.docx');
    const large = join(tmp, 'large.docx');
    writeFileSync(small, await lyingImageDocx(16 * 1024 * 1024));
    writeFileSync(large, await lyingImageDocx(1024 * 1024 * 1024));
    const a = loadMeasured(small);
    const b = loadMeasured(large);
    expect(a.outcome).toBe('ok');
    expect(b.outcome).toBe('ok');
    expect(b.blocks).toBe(a.blocks);
    expect(b.blocks).toBeGreaterThan(20);
    // 64× the picture: the peak stays that of the text (it was 2.1 GB for a 2 MB file when mammoth inlined it).
    expect(b.peakMb).toBeLessThan(a.peakMb * 1.5);
    expect(b.peakMb).toBeLessThan(1024);
  }, 170_000);
});

describe('a part mammoth reads that holds more than its entry declares', () => {
  it('is refused as docx-too-large, not inflated to the end', async () => {
    const { loadDocument } = await import('../../src/load/index.js');
    const { makeZip, deflateRepeated } = await import('./_generate.js');
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const main = await deflateRepeated(Buffer.from(`<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>`), Buffer.alloc(1 << 20, 0x61), 64 << 20);
    const zip = makeZip([
      { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>' },
      {
        name: '_rels/.rels',
        data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/main.dat"/></Relationships>',
      },
      { name: 'word/document.xml', data: `<?xml version="1.0"?><w:document ${W}><w:body/></w:document>` },
      // The main document part, named so that the XML pre-check does not see it, declares 1 KB.
      { name: 'word/main.dat', data: main, declaredSize: 1000 },
    ]);
    let code = 'ok';
    try {
      await loadDocument(zip, { path: 'x.docx', isolate: false });
    } catch (err) {
      code = (err as { code?: string }).code ?? String(err);
    }
    expect(code).toBe('docx-too-large');
  }, 60_000);
});
