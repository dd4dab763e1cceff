// Shared helpers of the benchmarks: paths, medians, tables, timing a command with its peak RSS.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = ['seed000', 'seed001', 'seed002', 'seed003', 'seed004'];
/** [extension, fixture folder] per format. */
export const FORMATS = [
  ['txt', 'plans'],
  ['docx', 'docx'],
  ['pdf', 'pdf'],
];

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** Imports a module of the built package (dist/), or exits with a clear message. */
export async function dist(rel) {
  const path = join(ROOT, 'dist', rel);
  if (!existsSync(path)) {
    console.error(`bench: ${path} is missing; run \`npm run build\` first.`);
    process.exit(2);
  }
  return import(path);
}

/** The built pipeline, stage by stage: checkFile, loadDocument, parsePlan, extractFacts, runRules, RULES. */
export async function pipeline() {
  const [{ checkFile }, { loadDocument }, { parsePlan }, { extractFacts }, { runRules }, { RULES }] = await Promise.all(
    ['check.js', 'load/index.js', 'parse/index.js', 'extract/index.js', 'engine/index.js', 'rules/index.js'].map(dist),
  );
  return { checkFile, loadDocument, parsePlan, extractFacts, runRules, RULES };
}

/** Runs `fn` `warm` times unmeasured, then `runs` times; returns the median and the least ms, and every sample. */
export async function timeIt(fn, { runs = 9, warm = 2 } = {}) {
  for (let i = 0; i < warm; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return { median: median(samples), min: Math.min(...samples), samples };
}

/**
 * Times several functions interleaved (a, b, a, b, …) so that a slow spell of a shared machine falls on all of
 * them alike; returns one { median, samples } per function.
 */
export async function timeInterleaved(fns, { runs = 9, warm = 2 } = {}) {
  for (let i = 0; i < warm; i++) for (const fn of fns) await fn();
  const samples = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < fns.length; k++) {
      const t = performance.now();
      await fns[k]();
      samples[k].push(performance.now() - t);
    }
  }
  return samples.map((s) => ({ median: median(s), samples: s }));
}

/** Prints rows (arrays of cells) as an aligned plain-text table; numbers align right. */
export function printTable(title, head, rows) {
  const cells = [head, ...rows].map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : String(c ?? ''))));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => Array.from(r[i] ?? '').length)));
  const line = (r) =>
    r
      .map((c, i) => {
        const pad = widths[i] - Array.from(c).length;
        return i === 0 ? c + ' '.repeat(pad) : ' '.repeat(pad) + c;
      })
      .join('  ');
  console.log(`\n${title}`);
  console.log(line(cells[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

export function fmt(x) {
  if (!Number.isFinite(x)) return '–';
  if (Number.isInteger(x)) return String(x);
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export const hasGnuTime = existsSync('/usr/bin/time');

/**
 * Runs several commands at the same time (each under /usr/bin/time -v when present); resolves when all have
 * ended with the wall time of the whole group and each command's CPU ms and peak RSS MB.
 */
export async function runConcurrently(commands, { cwd = ROOT, env = process.env } = {}) {
  const t = performance.now();
  const runs = commands.map(
    ([cmd, args]) =>
      new Promise((resolveRun) => {
        const p = hasGnuTime ? spawn('/usr/bin/time', ['-v', cmd, ...args], { cwd, env }) : spawn(cmd, args, { cwd, env });
        let stderr = '';
        p.stdout.resume();
        p.stderr.on('data', (d) => (stderr += d));
        p.on('close', (status) => {
          const num = (re) => Number(re.exec(stderr)?.[1] ?? NaN);
          const cpu = (num(/User time \(seconds\): ([\d.]+)/u) + num(/System time \(seconds\): ([\d.]+)/u)) * 1000;
          resolveRun({ status, cpu, rssMb: num(/Maximum resident set size \(kbytes\): (\d+)/u) / 1024 });
        });
      }),
  );
  const results = await Promise.all(runs);
  return { wall: performance.now() - t, results };
}

/** One line on the machine, since every figure depends on it (the benchmark machine may be shared). */
export function machineLine() {
  const cpus = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gmu)?.length ?? '?';
    } catch {
      return '?';
    }
  })();
  return `node ${process.version}, ${cpus} CPU(s), load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`;
}
