// PDF stream bombs are refused before pdfjs inflates them (issue 17: a 2 MB PDF with a 2 GB stream peaked at 4.3 GB).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveLimits } from '../../src/load/limits.js';
import { loadPdf } from '../../src/load/pdf.js';
import { checkPdfStreams } from '../../src/load/pdf/streams.js';
import { ensureBuilt, ROOT } from '../hostile/_build.js';
import { code, fixture, SEEDS } from './helpers.js';
import { writePdf } from './_pdf-writer.js';

/** A one-page PDF whose page content is `stream` (already Flate-compressed) followed by the text of a plan line. */
function pdfWithStream(stream: Buffer): Buffer {
  const base = writePdf([{ texts: [{ x: 72, y: 100, text: 'Plan', font: 'F' }] }], [{ id: 'F', baseFont: 'Helvetica', kind: 'simple', encoding: 'WinAnsiEncoding' }]).toString('latin1');
  // An extra object holding the stream, placed before the xref (the xref is then wrong; pdfjs rebuilds it).
  const obj = `99 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n${stream.toString('latin1')}\nendstream\nendobj\n`;
  const at = base.indexOf('xref\n');
  return Buffer.from(base.slice(0, at) + obj + base.slice(at), 'latin1');
}

/** Zlib data inflating to `chunks` × 64 MB of zeros, made without compressing that much: one full-flushed deflate block repeated. */
function zeroBomb(chunks: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...new Array<Buffer>(chunks).fill(block), Buffer.from([0x03, 0x00]), Buffer.alloc(4)]);
}

const dir = mkdtempSync(join(tmpdir(), 'kehoach-pdf-bomb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PDF stream limits', () => {
  it('a stream inflating past maxPdfStreamBytes → pdf-too-large, before pdfjs reads it', async () => {
    const bytes = pdfWithStream(deflateSync(Buffer.alloc(8 * 1024 * 1024)));
    const limits = resolveLimits({ maxPdfStreamBytes: 1024 * 1024 });
    expect(await code(loadPdf(bytes, { limits }))).toBe('pdf-too-large');
    expect(() => checkPdfStreams(bytes, limits)).toThrow(/inflates to more than 1,048,576 bytes/u);
    // Within the limits the same file is read.
    expect(() => checkPdfStreams(bytes, resolveLimits())).not.toThrow();
  });

  it('streams inflating past maxPdfDecodedBytes together → pdf-too-large', () => {
    const one = deflateSync(Buffer.alloc(600 * 1024));
    const base = pdfWithStream(one).toString('latin1');
    const twice = Buffer.from(base.replace('99 0 obj', `98 0 obj\n<< /Length ${one.length} /Filter /FlateDecode >>\nstream\n${one.toString('latin1')}\nendstream\nendobj\n99 0 obj`), 'latin1');
    const limits = resolveLimits({ maxPdfStreamBytes: 1024 * 1024, maxPdfDecodedBytes: 1024 * 1024 });
    expect(() => checkPdfStreams(pdfWithStream(one), limits)).not.toThrow();
    expect(() => checkPdfStreams(twice, limits)).toThrow(/together/u);
  });

  it('the seeds, damaged and uncompressed streams pass (negative)', () => {
    const limits = resolveLimits();
    for (const seed of SEEDS) expect(() => checkPdfStreams(fixture('pdf', `${seed}.pdf`), limits)).not.toThrow();
    expect(() => checkPdfStreams(pdfWithStream(Buffer.from('not zlib data at all')), limits)).not.toThrow();
    expect(() => checkPdfStreams(Buffer.from('<< /Filter /FlateDecode >>\nstream\n'), limits)).not.toThrow();
  });

  it('a 2 MB PDF with a 2 GB stream: refused with the default limits, peak RSS of the child under 1 GB', () => {
    ensureBuilt();
    const file = join(dir, 'bomb.pdf');
    const bomb = zeroBomb(32);
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    writeFileSync(file, pdfWithStream(bomb));
    const script = `
      const { readFileSync } = await import('node:fs');
      const { loadDocument } = await import(${JSON.stringify(join(ROOT, 'dist', 'load', 'index.js'))});
      let code = 'loaded';
      try { await loadDocument(new Uint8Array(readFileSync(${JSON.stringify(file)})), { path: 'bomb.pdf' }); } catch (e) { code = e.code; }
      console.log(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }));`;
    // A script file, not `--input-type=module -e`: the loader's worker thread inherits the flags.
    writeFileSync(join(dir, 'load.mjs'), script);
    const out = JSON.parse(execFileSync(process.execPath, [join(dir, 'load.mjs')], { encoding: 'utf8' }).trim()) as { code: string; maxRssKb: number };
    expect(out.code).toBe('pdf-too-large');
    expect(out.maxRssKb).toBeLessThan(1024 * 1024);
  }, 240_000); // ensureBuilt may run tsc first
});
