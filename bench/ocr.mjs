// `--ocr` on seed003-scanned.pdf: time and confidence per page, and which of seed003.pdf's findings survive OCR.
// Usage: npm run build && node bench/ocr.mjs   (needs poppler-utils, tesseract-ocr, tesseract-ocr-vie)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const { parseBytes, resultOf } = await import(join(root, 'dist', 'check.js'));
const { checkOptionsOf } = await import(join(root, 'dist', 'checker.js'));

const options = checkOptionsOf({}, { lang: 'vi', isolate: false, today: '2025-12-20' });
const read = (name) => new Uint8Array(readFileSync(join(root, 'fixtures', 'pdf', name)));
const MARK = ' (văn bản nhận dạng từ ảnh quét)';

const t0 = performance.now();
const scanned = await parseBytes(read('seed003-scanned.pdf'), 'seed003-scanned.pdf', { ...options, ocr: true });
const total = performance.now() - t0;
const text = await parseBytes(read('seed003.pdf'), 'seed003.pdf', options);

console.log(`engine: ${scanned.loaded.ocr.engine}`);
console.log('page  ms      confidence  words');
for (const p of scanned.loaded.ocr.pages) console.log(`${String(p.page).padEnd(5)} ${String(p.ms).padEnd(7)} ${String(p.confidence).padEnd(11)} ${p.words}`);
const ms = scanned.loaded.ocr.pages.map((p) => p.ms).sort((a, b) => a - b);
console.log(`total ${Math.round(total)} ms for ${ms.length} pages; per page median ${ms[ms.length >> 1]} ms, range ${ms[0]}–${ms[ms.length - 1]} ms`);

const key = (f) => `${f.ruleId} | ${f.message.replace(MARK, '')}`;
const before = resultOf('seed003.pdf', text, options).findings.filter((f) => !f.ruleId.startsWith('load/'));
const after = resultOf('seed003-scanned.pdf', scanned, options).findings.filter((f) => !f.ruleId.startsWith('load/'));
const afterKeys = new Set(after.map(key));
const beforeKeys = new Set(before.map(key));
const survived = before.filter((f) => afterKeys.has(key(f)));
console.log(`\nfindings of seed003.pdf: ${before.length}; the same under OCR: ${survived.length}`);
for (const f of before.filter((x) => !afterKeys.has(key(x)))) console.log(`  lost: ${key(f).slice(0, 160)}`);
for (const f of after.filter((x) => !beforeKeys.has(key(x)))) console.log(`  new:  ${key(f).slice(0, 160)}`);

// Scanned task tables: image-only copies (pdftoppm 150 dpi greyscale JPEG over each page, as a scanner would give)
// of PDFs with an appendix task table, read with --ocr, against the PDF's own text layer.
// `node bench/ocr.mjs --tables` adds seed001.pdf (13 pages, ruled table; about a minute of CPU).
const { scanOf } = await import('../test/scan.mjs');
const tableFiles = ['borderless-tasks.pdf', ...(process.argv.includes('--tables') ? ['seed001.pdf'] : [])];
for (const name of tableFiles) {
  const own = await parseBytes(read(name), name, options);
  const t1 = performance.now();
  const scan = await parseBytes(await scanOf(read(name)), `scan-of-${name}`, { ...options, ocr: true });
  const rows = (p) => p.loaded.blocks.filter((b) => b.kind === 'table').map((b) => b.rows.length);
  const tasks = (p) => p.doc.tasks.map((t) => JSON.stringify([t.number, t.area?.text ?? null]));
  const a = tasks(own);
  const b = tasks(scan);
  const same = b.filter((k, i) => k === a[i]).length;
  const field = (f) => (p) => p.doc.tasks.map((t) => t[f]?.text ?? null);
  const agree = (f) => field(f)(scan).filter((v, i) => v !== null && v === field(f)(own)[i]).length;
  const lost = resultOf(name, own, options).findings.filter((f) => !f.ruleId.startsWith('load/'));
  const kept = new Set(resultOf(name, scan, options).findings.map(key));
  console.log(`\n${name} scanned (${scan.loaded.ocr?.pages.length} pages, ${Math.round(performance.now() - t1)} ms): table rows ${JSON.stringify(rows(scan))} vs ${JSON.stringify(rows(own))}; tasks ${b.length} vs ${a.length}, ${same} with the same number and area; deadline equal in ${agree('deadline')}, lead in ${agree('lead')}; findings surviving ${lost.filter((f) => kept.has(key(f))).length} of ${lost.length}`);
}
