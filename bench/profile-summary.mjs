// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per source file and per function.
// Usage: node bench/profile-summary.mjs <file.cpuprofile> [top=15]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ROOT } from './lib.mjs';

export function summarise(profilePath, top = 15) {
  const p = JSON.parse(readFileSync(profilePath, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = p.timeDeltas;
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (dt[i] ?? 0) / 1000);
  const byFile = new Map();
  const byFn = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const n = byId.get(id);
    const url = n.callFrame.url || `(${(n.callFrame.functionName || 'native').slice(0, 60)}…)`;
    const file = url.startsWith('file://') ? relative(ROOT, new URL(url).pathname) : url;
    const fn = `${(n.callFrame.functionName || '(anonymous)').slice(0, 60)}  ${n.callFrame.url ? `${file}:${n.callFrame.lineNumber + 1}` : ''}`;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
    total += ms;
  }
  const show = (title, m) => {
    console.log(`\n${title} (total ${total.toFixed(0)} ms sampled)`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(9)} ms  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  };
  show('self time by file', byFile);
  show('self time by function', byFn);
}

if (import.meta.url === `file://${process.argv[1]}`) summarise(process.argv[2], Number(process.argv[3] ?? 15));
