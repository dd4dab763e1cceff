// (b) Throughput on the generated corpus: the real CLI (`check <corpus> --format json -o …`) with --jobs 1 and
// --jobs 2: wall time, files per second, CPU time and peak RSS of the whole process (worker threads included).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './gen-corpus.mjs';
import { dist, hasGnuTime, printTable, ROOT, runConcurrently, runMeasured } from './lib.mjs';

function countFiles(dir) {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'scaling') continue;
    n += statSync(p).isDirectory() ? countFiles(p) : 1;
  }
  return n;
}

export async function benchCorpus({ count = 1000, jobs = [1, 2], pool = [1, 2], speedup = 1.7, rssLimitMb = 400, extra = [] } = {}) {
  const corpus = join(ROOT, 'bench', 'corpus');
  if (!existsSync(corpus) || countFiles(corpus) < count) {
    const made = generateCorpus(count, corpus);
    console.log(`\ngenerated ${count} plans in bench/corpus (${made.txt} .txt, ${made.docx} .docx, ${made.pdf} .pdf; .pdf are copies of the seeds)`);
  }
  const files = countFiles(corpus);
  // The scaling plans live in bench/corpus/scaling; they are not part of the throughput corpus.
  const ignore = join(corpus, '.kehoachignore');
  if (!existsSync(ignore) || !readFileSync(ignore, 'utf8').includes('scaling/')) {
    (await import('node:fs')).writeFileSync(ignore, 'scaling/\n');
  }
  const rows = [];
  const measured = new Map();
  for (const j of jobs) {
    const out = join(tmpdir(), `kehoach-bench-${process.pid}-${j}.json`);
    const m = runMeasured(process.execPath, [join(ROOT, 'bin', 'kehoach.js'), 'check', 'bench/corpus', '--format', 'json', '-o', out, '--jobs', String(j), ...extra], {
      env: { ...process.env, CI: 'true' },
    });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const failed = report.results.filter((r) => r.error).length;
    measured.set(j, m);
    rows.push([`--jobs ${j}`, report.results.length, failed, m.wall / 1000, (report.results.length * 1000) / m.wall, m.cpu / 1000, m.rssMb, m.status]);
  }
  // The pool alone with 1 and 2 workers: the parallel speed-up without the in-process path of --jobs 1.
  const poolWall = new Map();
  for (const w of pool) {
    const out = join(tmpdir(), `kehoach-bench-pool-${process.pid}-${w}.json`);
    const m = runMeasured(process.execPath, [join(ROOT, 'bench', 'pool-run.mjs'), 'bench/corpus', String(w), out]);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    poolWall.set(w, m.wall);
    rows.push([`pool, ${w} worker(s)`, report.results.length, report.results.filter((r) => r.error).length, m.wall / 1000, (report.results.length * 1000) / m.wall, m.cpu / 1000, m.rssMb, m.status]);
  }
  // The machine's own ceiling: two independent `--jobs 1` processes, each on half of the corpus, at the same
  // time. What they gain over one process on the whole corpus is what any two-way split can gain here
  // (V8's background compiler and GC already use the second core in a --jobs 1 run, and two busy heaps
  // share caches and memory bandwidth).
  const { discover } = await dist('batch/discover.js');
  const all = discover(['bench/corpus'], ROOT).files;
  const halves = [all.filter((_, i) => i % 2 === 0), all.filter((_, i) => i % 2 === 1)];
  const pair = await runConcurrently(
    halves.map((files, k) => [process.execPath, [join(ROOT, 'bin', 'kehoach.js'), 'check', ...files, '--format', 'json', '-o', join(tmpdir(), `kehoach-bench-half-${process.pid}-${k}.json`), '--jobs', '1']]),
    { env: { ...process.env, CI: 'true' } },
  );
  rows.push([
    '2 processes × half, --jobs 1',
    all.length,
    '',
    pair.wall / 1000,
    (all.length * 1000) / pair.wall,
    pair.results.reduce((s, r) => s + r.cpu, 0) / 1000,
    Math.max(...pair.results.map((r) => r.rssMb)),
    pair.results.map((r) => r.status).join('/'),
  ]);
  const base = measured.get(jobs[0]);
  printTable(
    `(b) corpus of ${files} plans: \`node bin/kehoach.js check bench/corpus --format json -o <tmp> --jobs N\`; peak RSS via ${hasGnuTime ? '/usr/bin/time -v' : '/proc VmHWM sampling'}`,
    ['run', 'files', 'failed', 'wall s', 'files/s', 'cpu s', 'peak RSS MB', 'exit'],
    rows,
  );
  const verdicts = jobs.slice(1).map((j) => {
    const s = base.wall / measured.get(j).wall;
    return `--jobs ${j} is ${s.toFixed(2)}× faster than --jobs ${jobs[0]} (acceptance for --jobs 2: ≥ ${speedup}×): ${j === 2 ? (s >= speedup ? 'ok' : 'OVER') : '-'}`;
  });
  if (poolWall.has(1) && poolWall.has(2)) console.log(`pool: 2 workers are ${(poolWall.get(1) / poolWall.get(2)).toFixed(2)}× faster than 1 worker`);
  console.log(`ceiling: two independent --jobs 1 processes on the two halves finish ${(base.wall / pair.wall).toFixed(2)}× faster than one --jobs 1 process on the whole`);
  const maxRss = Math.max(...[...measured.values()].map((m) => m.rssMb));
  verdicts.push(`peak RSS ${maxRss.toFixed(0)} MB (acceptance < ${rssLimitMb} MB): ${maxRss < rssLimitMb ? 'ok' : 'OVER'}`);
  for (const v of verdicts) console.log(v);
  return { rows, verdicts };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const jobs = (process.argv[2] ?? '1,2').split(',').map(Number);
  await benchCorpus({ jobs, extra: process.argv.slice(3) });
}
