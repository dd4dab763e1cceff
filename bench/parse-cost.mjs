// Parse cost per format: median of N loadDocument runs on each seed's .txt/.docx/.pdf (uses the built dist/).
// Usage: npm run build && node bench/parse-cost.mjs [runs=7] [--isolate]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const { loadDocument } = await import(join(root, 'dist', 'load', 'index.js'));
const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 7);
const isolate = process.argv.includes('--isolate');
const seeds = ['seed000', 'seed001', 'seed002', 'seed003', 'seed004'];
const formats = [['txt', 'plans'], ['docx', 'docx'], ['pdf', 'pdf']];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows = [];
for (const seed of seeds) {
  const row = { seed };
  for (const [ext, dir] of formats) {
    const bytes = new Uint8Array(readFileSync(join(root, 'fixtures', dir, `${seed}.${ext}`)));
    const first = performance.now();
    await loadDocument(bytes, { path: `${seed}.${ext}`, isolate });
    row[`${ext} first`] = performance.now() - first;
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await loadDocument(bytes, { path: `${seed}.${ext}`, isolate });
      times.push(performance.now() - t);
    }
    row[ext] = median(times);
    row[`${ext} KB`] = bytes.length / 1024;
  }
  rows.push(row);
}
const fmt = (x) => x.toFixed(1).padStart(8);
console.log(`loadDocument, median of ${runs} warm runs (ms), ${isolate ? 'isolated in a worker' : 'in-process'}; first run in brackets`);
console.log(`${'seed'.padEnd(8)} ${'txt'.padStart(18)} ${'docx'.padStart(18)} ${'pdf'.padStart(18)}   sizes KB (txt/docx/pdf)`);
for (const r of rows) {
  const cell = (ext) => `${fmt(r[ext])} (${r[`${ext} first`].toFixed(0).padStart(5)})`;
  console.log(`${r.seed.padEnd(8)} ${cell('txt')} ${cell('docx')} ${cell('pdf')}   ${r['txt KB'].toFixed(0)}/${r['docx KB'].toFixed(0)}/${r['pdf KB'].toFixed(0)}`);
}
for (const [ext] of formats) console.log(`median over seeds, ${ext}: ${median(rows.map((r) => r[ext])).toFixed(1)} ms`);
