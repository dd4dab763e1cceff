// Pair-by-pair PDF parse cost: loadDocument (in process) of each seed .pdf (and two other PDFs), the runs of a
// baseline build and of this checkout's build alternating, medians per page.
// Usage: (build the baseline: git archive <commit> | tar -x -C /tmp/base; ln -s $PWD/node_modules /tmp/base/;
//        (cd /tmp/base && npx tsc -p .)); npm run build && node bench/pdf-pair.mjs /tmp/base $PWD [runs=9]
import { readFileSync } from 'node:fs';
const [baseDir, newDir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 9);
const base = await import(`${baseDir}/dist/load/index.js`);
const next = await import(`${newDir}/dist/load/index.js`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const files = ['seed000', 'seed001', 'seed002', 'seed003', 'seed004'].map((s) => `${newDir}/fixtures/pdf/${s}.pdf`);
files.push(`${newDir}/fixtures/pdf/borderless-tasks.pdf`, `${newDir}/fixtures/real/15_lao-cai-doan-kiem-tra-vlncn-1105-2026.pdf`);
console.log('file                          pages   base ms/page   new ms/page   ratio');
for (const f of files) {
  const bytes = new Uint8Array(readFileSync(f));
  const tb = [], tn = [];
  let pages = 0;
  for (const m of [base, next]) await m.loadDocument(bytes, { path: 'x.pdf', isolate: false }).catch(() => {});
  for (let i = 0; i < runs; i++) {
    for (const [m, ts] of i % 2 ? [[base, tb], [next, tn]] : [[next, tn], [base, tb]]) {
      const t = performance.now();
      const d = await m.loadDocument(bytes, { path: 'x.pdf', isolate: false }).catch(() => undefined);
      ts.push(performance.now() - t);
      if (d) pages = d.pageCount ?? pages;
    }
  }
  const b = median(tb) / Math.max(1, pages), n = median(tn) / Math.max(1, pages);
  console.log(`${f.split('/').pop().padEnd(30)}${String(pages).padStart(5)}${b.toFixed(1).padStart(15)}${n.toFixed(1).padStart(14)}${(n / b).toFixed(2).padStart(8)}`);
}
