// Runs the benchmarks and prints their tables (not timed tests; figures depend on the machine and its load).
// Usage: npm run build && node bench/run.mjs [extraction] [corpus] [scaling] [startup]   (default: all)
//   env BENCH_RUNS (runs per measurement, default 9), BENCH_CORPUS (plans, default 1000), BENCH_JOBS (default "1,2"),
//   BENCH_REPEAT (round-robin runs of each corpus configuration, default 3)
import { benchCorpus } from './corpus.mjs';
import { benchExtraction } from './extraction.mjs';
import { machineLine } from './lib.mjs';
import { benchScaling } from './scaling.mjs';
import { benchStartup } from './startup.mjs';

const wanted = new Set(process.argv.slice(2));
const all = wanted.size === 0;
const runs = Number(process.env.BENCH_RUNS ?? 9);
console.log(`kehoach-lint benchmarks: ${machineLine()}`);
if (all || wanted.has('startup')) benchStartup();
if (all || wanted.has('extraction')) await benchExtraction({ runs });
if (all || wanted.has('scaling')) await benchScaling({ runs: Math.max(3, Math.round(runs / 2)) });
if (all || wanted.has('corpus')) {
  await benchCorpus({
    count: Number(process.env.BENCH_CORPUS ?? 1000),
    jobs: (process.env.BENCH_JOBS ?? '1,2').split(',').map(Number),
    repeat: Number(process.env.BENCH_REPEAT ?? 3),
  });
}
console.log(`\ndone: ${machineLine()}`);
