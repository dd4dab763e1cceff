// `npm run eval`: precision and recall of every extractor on the hand-annotated gold set.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { EXTRACTORS, evaluate, type CounterExamples, type GoldFile } from './score.js';

/** The repository root: dist/eval/run.js (or src/eval/run.ts) → two levels up. */
export function repoRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** Loads the seeds, their gold files and the counter-examples from the repository. */
export function loadGoldSet(root = repoRoot()): { seeds: { name: string; text: string; gold: GoldFile }[]; counter: CounterExamples } {
  const seeds: { name: string; text: string; gold: GoldFile }[] = [];
  for (let i = 0; i < 100; i++) {
    const name = `seed${String(i).padStart(3, '0')}`;
    const goldPath = join(root, 'fixtures', 'gold', `${name}.json`);
    if (!existsSync(goldPath)) break;
    const text = readFileSync(join(root, 'fixtures', 'plans', `${name}.txt`), 'utf8').replace(/\r\n?/gu, '\n').normalize('NFC');
    seeds.push({ name, text, gold: JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile });
  }
  // Named seeds ("seed-deadlines"): a topic's gold kept in its own files, after the numbered ones.
  const goldDir = join(root, 'fixtures', 'gold');
  for (const f of readdirSync(goldDir).filter((n) => /^seed-[a-z0-9-]+\.json$/u.test(n)).sort()) {
    const name = f.slice(0, -'.json'.length);
    const text = readFileSync(join(goldDir, `${name}.txt`), 'utf8').replace(/\r\n?/gu, '\n').normalize('NFC');
    seeds.push({ name, text, gold: JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile });
  }
  // Gold files with their text inline ("forms-*.json"): hand-written cases of one form each, one line per case.
  for (const f of readdirSync(goldDir).filter((x) => /^forms-.*\.json$/u.test(x)).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile & { text: string };
    seeds.push({ name: f.replace(/\.json$/u, ''), text: gold.text.normalize('NFC'), gold });
  }
  const counter = JSON.parse(readFileSync(join(goldDir, 'counter-examples.json'), 'utf8')) as CounterExamples;
  // Topic files "counter-examples-<topic>.json" add their cases.
  for (const f of readdirSync(goldDir).filter((n) => /^counter-examples-[a-z0-9-]+\.json$/u.test(n)).sort()) {
    counter.cases.push(...(JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as CounterExamples).cases);
  }
  return { seeds, counter };
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const { seeds, counter } = loadGoldSet();
  const scores = evaluate(seeds, counter);
  const thresholds = JSON.parse(readFileSync(join(repoRoot(), 'fixtures', 'gold', 'thresholds.json'), 'utf8')) as Record<string, { precision: number; recall: number }>;
  const pad = (s: string, n: number): string => s.padEnd(n);
  console.log(`Gold set: ${seeds.map((s) => s.name).join(', ')} + ${counter.cases.length} counter-examples`);
  console.log(`${pad('extractor', 15)}${pad('gold', 7)}${pad('found', 7)}${pad('correct', 9)}${pad('precision', 11)}recall`);
  let ok = true;
  for (const e of EXTRACTORS) {
    const s = scores[e];
    console.log(`${pad(e, 15)}${pad(String(s.gold), 7)}${pad(String(s.predicted), 7)}${pad(String(s.truePositives), 9)}${pad(s.precision.toFixed(3), 11)}${s.recall.toFixed(3)}`);
    const t = thresholds[e];
    if (t && (s.precision + 1e-9 < t.precision || s.recall + 1e-9 < t.recall)) {
      ok = false;
      console.log(`  below the recorded level (precision ${t.precision}, recall ${t.recall})`);
    }
    if (verbose) for (const m of [...s.misses, ...s.spurious]) console.log(`  ${m}`);
  }
  return ok ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
