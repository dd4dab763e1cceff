// (b) Throughput on the generated corpus: the real CLI (`check <corpus> --format json -o …`) with --jobs 1 and
// --jobs 2, and the machine's ceiling for any two-way split (two independent --jobs 1 processes, each on half
// of the corpus, at the same time). Each configuration runs `repeat` times, round-robin, so a slow spell of a
// shared machine falls on all of them alike; the table shows medians (peak RSS: the largest seen).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './gen-corpus.mjs';
import { dist, hasGnuTime, median, printTable, ROOT, runConcurrently } from './lib.mjs';

function countFiles(dir) {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'scaling') continue;
    n += statSync(p).isDirectory() ? countFiles(p) : 1;
  }
  return n;
}

const CLI = join(ROOT, 'bin', 'kehoach.js');
const ENV = { ...process.env, CI: 'true' };

export async function benchCorpus({ count = 1000, jobs = [1, 2], repeat = 3, speedup = 1.7, rssLimitMb = 400, extra = [] } = {}) {
  const corpus = join(ROOT, 'bench', 'corpus');
  if (!existsSync(corpus) || countFiles(corpus) < count) {
    const made = generateCorpus(count, corpus);
    console.log(`\ngenerated ${count} plans in bench/corpus (${made.txt} .txt, ${made.docx} .docx, ${made.pdf} .pdf; .pdf are copies of the seeds)`);
  }
  // The scaling plans live in bench/corpus/scaling; they are not part of the throughput corpus.
  const ignore = join(corpus, '.kehoachignore');
  if (!existsSync(ignore) || !readFileSync(ignore, 'utf8').includes('scaling/')) writeFileSync(ignore, 'scaling/\n');
  const { discover } = await dist('batch/discover.js');
  const all = discover(['bench/corpus'], ROOT).files;
  const halves = [all.filter((_, i) => i % 2 === 0), all.filter((_, i) => i % 2 === 1)];
  const out = (name) => join(tmpdir(), `kehoach-bench-${process.pid}-${name}.json`);

  // Each configuration: a list of commands run at the same time.
  const configs = [
    ...jobs.map((j) => ({ name: `--jobs ${j}`, jobs: j, commands: [[process.execPath, [CLI, 'check', 'bench/corpus', '--format', 'json', '-o', out(`j${j}`), '--jobs', String(j), ...extra]]] })),
    {
      name: '2 processes × half, --jobs 1',
      jobs: null,
      commands: halves.map((files, k) => [process.execPath, [CLI, 'check', ...files, '--format', 'json', '-o', out(`half${k}`), '--jobs', '1', ...extra]]),
    },
  ];
  const samples = new Map(configs.map((c) => [c.name, []]));
  for (let r = 0; r < repeat; r++) {
    for (const c of configs) samples.get(c.name).push(await runConcurrently(c.commands, { env: ENV }));
  }

  const rows = [];
  const wall = new Map();
  for (const c of configs) {
    const s = samples.get(c.name);
    const reports = c.commands.map((cmd) => JSON.parse(readFileSync(cmd[1][cmd[1].indexOf('-o') + 1], 'utf8')));
    const results = reports.flatMap((rep) => rep.results);
    const w = median(s.map((x) => x.wall));
    wall.set(c.name, w);
    rows.push([
      c.name,
      results.length,
      results.filter((x) => x.error).length,
      w / 1000,
      (results.length * 1000) / w,
      median(s.map((x) => x.results.reduce((sum, p) => sum + p.cpu, 0))) / 1000,
      Math.max(...s.flatMap((x) => x.results.map((p) => p.rssMb))),
      [...new Set(s.flatMap((x) => x.results.map((p) => p.status)))].join('/'),
      s.map((x) => (x.wall / 1000).toFixed(1)).join(' '),
    ]);
  }
  printTable(
    `(b) corpus of ${all.length} plans: \`node bin/kehoach.js check bench/corpus --format json -o <tmp> --jobs N\`, median of ${repeat} round-robin runs; peak RSS via ${hasGnuTime ? '/usr/bin/time -v' : '(unavailable)'}`,
    ['run', 'files', 'failed', 'wall s', 'files/s', 'cpu s', 'peak RSS MB', 'exit', 'each run (s)'],
    rows,
  );
  const base = wall.get(`--jobs ${jobs[0]}`);
  const verdicts = jobs.slice(1).map((j) => {
    const s = base / wall.get(`--jobs ${j}`);
    return `--jobs ${j} is ${s.toFixed(2)}× faster than --jobs ${jobs[0]} (acceptance for --jobs 2: ≥ ${speedup}×): ${j === 2 ? (s >= speedup ? 'ok' : 'OVER') : '-'}`;
  });
  verdicts.push(`ceiling of this machine: two independent --jobs 1 processes on the halves are ${(base / wall.get(configs.at(-1).name)).toFixed(2)}× faster than one on the whole`);
  const maxRss = Math.max(...rows.filter((r) => r[0].startsWith('--jobs')).map((r) => r[6]));
  verdicts.push(`peak RSS ${maxRss.toFixed(0)} MB (acceptance < ${rssLimitMb} MB): ${maxRss < rssLimitMb ? 'ok' : 'OVER'}`);
  for (const v of verdicts) console.log(v);
  return { rows, verdicts };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const jobs = (process.argv[2] ?? '1,2').split(',').map(Number);
  await benchCorpus({ jobs, repeat: Number(process.env.BENCH_REPEAT ?? 3), extra: process.argv.slice(3) });
}
