// Cost of the presentation pass on the Word seeds: the Word XML reader, the alignment with the model text, and
// the format/ rules, against the whole Word check (load → parse → extract → every rule) of the same file.
// Usage: npm run build && node bench/presentation.mjs   (env BENCH_RUNS, default 15; BENCH_CLOCK=cpu measures the
// process's CPU time (user + system) instead of wall time: steadier on a loaded machine)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, machineLine, median, ROOT, SEEDS } from './lib.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const cpu = process.env.BENCH_CLOCK === 'cpu';
/** Milliseconds: wall time, or CPU time of this process (user + system). */
const now = cpu
  ? () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    }
  : () => performance.now();
const [{ checkBytes }, { readWordParts }, { buildPresentation }, { checkXmlParts }, { readZipDirectory }, { loadDocx }, { resolveLimits }, { runRules }, { RULES }, { parseLoaded }] =
  await Promise.all(
    ['check.js', 'load/docx-xml/index.js', 'load/docx-presentation.js', 'load/limits.js', 'load/zip-guard.js', 'load/docx.js', 'load/limits.js', 'engine/index.js', 'rules/index.js', 'check.js'].map(dist),
  );
const limits = resolveLimits();
const FORMAT = RULES.filter((r) => r.meta.group === 'presentation');
const engine = { lang: 'vi', stage: 'final', rules: {}, registryExtra: [] };
const options = { lang: 'vi', isolate: false, engine };

console.log(`presentation pass vs Word check, median of ${runs} runs (${cpu ? 'CPU' : 'wall'} time): ${machineLine()}`);
console.log('seed     check ms  reader ms  build ms  rules ms  pass ms  share of the rest');
const shares = [];
for (const seed of SEEDS) {
  const bytes = new Uint8Array(readFileSync(join(ROOT, 'fixtures', 'docx', `${seed}.docx`)));
  const loaded = await loadDocx(bytes, { limits });
  const parsed = parseLoaded(loaded, `${seed}.docx`, bytes.length, {});
  const parts = checkXmlParts(bytes, readZipDirectory(bytes));
  const t = { check: [], reader: [], build: [], rules: [] };
  for (let i = 0; i < runs + 2; i++) {
    let s = now();
    await checkBytes(bytes, `${seed}.docx`, options);
    const check = now() - s;
    s = now();
    const word = readWordParts(parts);
    const reader = now() - s;
    s = now();
    buildPresentation(word, loaded.blocks);
    const build = now() - s;
    s = now();
    runRules(FORMAT, loaded, parsed.doc, parsed.facts, engine);
    const rules = now() - s;
    if (i < 2) continue; // warm-up
    t.check.push(check);
    t.reader.push(reader);
    t.build.push(build);
    t.rules.push(rules);
  }
  const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
  const pass = m.reader + m.build + m.rules;
  // The check includes the pass: its cost relative to the check without it.
  const share = pass / (m.check - pass);
  shares.push(share);
  const f = (v) => v.toFixed(1).padStart(8);
  console.log(`${seed}  ${f(m.check)}  ${f(m.reader)}  ${f(m.build)}  ${f(m.rules)} ${f(pass)}  ${(share * 100).toFixed(1).padStart(6)} %`);
}
console.log(`median share: ${(median(shares) * 100).toFixed(1)} % (budget: 25 %)`);
