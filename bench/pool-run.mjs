// Checks a folder through the worker pool directly (dist/batch/pool.js) with N workers, even N = 1, and writes
// the results as JSON: isolates the pool's parallel speed-up from the in-process path that `--jobs 1` takes.
// Usage: node bench/pool-run.mjs <folder> <workers> <out.json>
import { writeFileSync } from 'node:fs';
import { dist } from './lib.mjs';

const [folder, workers, out] = process.argv.slice(2);
const { discover } = await dist('batch/discover.js');
const { runPool } = await dist('batch/pool.js');
const files = discover([folder], process.cwd()).files;
const engine = { lang: 'vi', stage: 'final', rules: {}, registryExtra: [] };
const results = new Array(files.length);
await runPool(
  files.map((path) => ({ path, options: { lang: 'vi', maxBytes: 50 * 1048576, engine } })),
  { jobs: Number(workers), onResult: (i, r) => (results[i] = r) },
);
writeFileSync(out, JSON.stringify({ results }));
