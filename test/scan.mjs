// An image-only copy of a PDF, as a scanner would give it: each page rendered by pdftoppm (150 dpi, greyscale JPEG)
// and drawn over the whole page of a new PDF. Plain JavaScript so the .mjs benchmarks can use it too (bench/ocr.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';

/** The scanned copy of `bytes` (needs poppler's pdftoppm). */
export async function scanOf(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-scan-'));
  try {
    const src = join(dir, 'in.pdf');
    writeFileSync(src, bytes);
    execFileSync('pdftoppm', ['-r', '150', '-gray', '-jpeg', src, join(dir, 'p')]);
    const orig = await PDFDocument.load(bytes);
    const pdf = await PDFDocument.create();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.jpg')).sort()) {
      const n = Number(/(\d+)\.jpg$/u.exec(f)?.[1]);
      const { width, height } = orig.getPage(n - 1).getSize();
      const img = await pdf.embedJpg(readFileSync(join(dir, f)));
      pdf.addPage([width, height]).drawImage(img, { x: 0, y: 0, width, height });
    }
    return await pdf.save();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
