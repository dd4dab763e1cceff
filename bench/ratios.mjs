// The speed table of issue 19: each figure a ratio of two whole-process runs measured pair by pair in the same
// run (A B A B …, medians), so a slow spell of a shared machine falls on both sides alike.
//   1. one .txt check vs `node -e 0`
//   2. one .docx check vs a bare mammoth conversion in its own process
//   3. one .pdf check vs a bare pdf-parse getText in its own process
//   4. `--jobs 1` over the Word set (40 copies of each seed .docx) vs a bare mammoth loop over it in one process
//   5. `--jobs 2` vs `--jobs 1`, next to the two-process ceiling (two --jobs 1 processes on the halves at once)
//   6. peak RSS of `--jobs 2` on the 1,000-plan corpus (bench/corpus, generated on first use)
// Usage: npm run build && node bench/ratios.mjs [single] [batch] [rss]   (default: all)
//   env BENCH_RUNS (pairs per single-file ratio, default 15), BENCH_BATCH_RUNS (pairs per batch ratio, default 3)
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './gen-corpus.mjs';
import { hasGnuTime, machineLine, median, printTable, ROOT, runConcurrently, SEEDS } from './lib.mjs';

const CLI = join(ROOT, 'bin', 'kehoach.js');
const ENV = { ...process.env, CI: 'true' };
const NODE = process.execPath;

/** Wall time of one process, ms. */
function timed([cmd, args]) {
  return new Promise((resolve) => {
    const t = performance.now();
    const p = spawn(cmd, args, { cwd: ROOT, env: ENV, stdio: ['ignore', 'ignore', 'ignore'] });
    p.on('close', (status) => resolve({ ms: performance.now() - t, status }));
  });
}

/** Runs a and b alternately `runs` times after one warm-up each; medians and the ratio of the medians. */
async function pair(a, b, runs) {
  await timed(a);
  await timed(b);
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    as.push((await timed(a)).ms);
    bs.push((await timed(b)).ms);
  }
  const ma = median(as);
  const mb = median(bs);
  return { a: ma, b: mb, ratio: ma / mb };
}

const bareMammoth = (path) => [
  NODE,
  ['--input-type=module', '-e', `import m from 'mammoth'; await m.convertToHtml({ path: ${JSON.stringify(path)} });`],
];
const barePdf = (path) => [
  NODE,
  [
    '--input-type=module',
    '-e',
    `import { PDFParse } from 'pdf-parse'; import { readFileSync } from 'node:fs';
     const p = new PDFParse({ data: new Uint8Array(readFileSync(${JSON.stringify(path)})) });
     await p.getText(); await p.destroy();`,
  ],
];
const check = (...args) => [NODE, [CLI, 'check', ...args, '--format', 'json', '-o', join(tmpdir(), `kehoach-ratio-${process.pid}.json`)]];

async function single(runs) {
  const txt = join(ROOT, 'fixtures', 'plans', 'seed001.txt');
  const docx = join(ROOT, 'fixtures', 'docx', 'seed001.docx');
  const pdf = join(ROOT, 'fixtures', 'pdf', 'seed001.pdf');
  const rows = [];
  const add = (name, r, limit) => rows.push([name, r.a, r.b, r.ratio, `≤ ${limit}×`, r.ratio <= limit ? 'ok' : 'OVER']);
  add('one .txt vs `node -e 0`', await pair(check(txt), [NODE, ['-e', '0']], runs), 2.5);
  add('one .docx vs bare mammoth process', await pair(check(docx), bareMammoth(docx), runs), 1.5);
  add('one .pdf vs bare pdf-parse process', await pair(check(pdf), barePdf(pdf), runs), 1.5);
  add('`--help` vs `node -e 0`', await pair([NODE, [CLI, '--help']], [NODE, ['-e', '0']], runs), 2);
  printTable(`single file, whole process, median of ${runs} pairs (ms)`, ['pair (A vs B)', 'A ms', 'B ms', 'A/B', 'target', ''], rows);
}

/** The Word set: 40 copies of each seed .docx (200 files), made once in the temp folder. */
function wordSet() {
  const dir = join(tmpdir(), 'kehoach-bench-wordset');
  if (!existsSync(dir) || readdirSync(dir).length !== SEEDS.length * 40) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const seed of SEEDS) {
      for (let i = 0; i < 40; i++) copyFileSync(join(ROOT, 'fixtures', 'docx', `${seed}.docx`), join(dir, `${seed}-${i}.docx`));
    }
  }
  return { dir, files: readdirSync(dir).sort().map((f) => join(dir, f)) };
}

async function batch(runs) {
  const { dir, files } = wordSet();
  const loop = [
    NODE,
    [
      '--input-type=module',
      '-e',
      `import m from 'mammoth'; import { readdirSync } from 'node:fs'; const d = ${JSON.stringify(dir)};
       for (const f of readdirSync(d).sort()) await m.convertToHtml({ path: d + '/' + f });`,
    ],
  ];
  const halves = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)];
  const out = (n) => join(tmpdir(), `kehoach-ratio-${process.pid}-${n}.json`);
  const configs = {
    loop: [loop],
    jobs1: [[NODE, [CLI, 'check', dir, '--format', 'json', '-o', out('j1'), '--jobs', '1']]],
    jobs2: [[NODE, [CLI, 'check', dir, '--format', 'json', '-o', out('j2'), '--jobs', '2']]],
    ceiling: halves.map((h, k) => [NODE, [CLI, 'check', ...h, '--format', 'json', '-o', out(`h${k}`), '--jobs', '1']]),
  };
  const wall = Object.fromEntries(Object.keys(configs).map((k) => [k, []]));
  for (let r = 0; r < runs; r++) {
    for (const [k, cmds] of Object.entries(configs)) wall[k].push((await runConcurrently(cmds, { env: ENV })).wall);
  }
  const m = Object.fromEntries(Object.entries(wall).map(([k, v]) => [k, median(v)]));
  const j1 = m.jobs1 / m.loop;
  const speed2 = m.jobs1 / m.jobs2;
  const ceiling = m.jobs1 / m.ceiling;
  printTable(
    `Word set (${files.length} .docx: 40 copies of each seed), whole process, median of ${runs} round-robin runs (s)`,
    ['run', 'wall s', 'ratio', 'target', ''],
    [
      ['bare mammoth loop, one process', m.loop / 1000, 1, '', ''],
      ['`--jobs 1` vs the bare loop', m.jobs1 / 1000, j1, '≤ 1.3×', j1 <= 1.3 ? 'ok' : 'OVER'],
      ['`--jobs 2`: speed-up over --jobs 1', m.jobs2 / 1000, speed2, `≥ 0.9 × ceiling (${(0.9 * ceiling).toFixed(2)})`, speed2 >= 0.9 * ceiling ? 'ok' : 'OVER'],
      ['ceiling: 2 × --jobs 1 on the halves', m.ceiling / 1000, ceiling, '', ''],
    ],
  );
}

async function rss() {
  const corpus = join(ROOT, 'bench', 'corpus');
  if (!existsSync(corpus)) generateCorpus(1000, corpus);
  const run = await runConcurrently([[NODE, [CLI, 'check', 'bench/corpus', '--format', 'json', '-o', join(tmpdir(), `kehoach-rss-${process.pid}.json`), '--jobs', '2']]], { env: ENV });
  const mb = run.results[0].rssMb;
  printTable(
    `peak RSS, \`check bench/corpus --jobs 2\` (1,000 plans) via ${hasGnuTime ? '/usr/bin/time -v' : '(unavailable)'}`,
    ['run', 'wall s', 'peak RSS MB', 'target', ''],
    [['--jobs 2', run.wall / 1000, mb, '< 400 MB', mb < 400 ? 'ok' : 'OVER']],
  );
}

const wanted = new Set(process.argv.slice(2));
const all = wanted.size === 0;
console.log(`kehoach-lint speed ratios: ${machineLine()}`);
if (all || wanted.has('single')) await single(Number(process.env.BENCH_RUNS ?? 15));
if (all || wanted.has('batch')) await batch(Number(process.env.BENCH_BATCH_RUNS ?? 3));
if (all || wanted.has('rss')) await rss();
console.log(`\ndone: ${machineLine()}`);
