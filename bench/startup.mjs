// Cold start of the CLI: `node bin/kehoach.js --help`, median of 10 whole-process runs (one warm-up).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median, printTable, ROOT } from './lib.mjs';

export function benchStartup({ runs = 10, targetMs = 150 } = {}) {
  const cases = [
    ['node -e 0 (baseline)', ['-e', '0']],
    ['kehoach --help', [join(ROOT, 'bin', 'kehoach.js'), '--help']],
    ['kehoach --version', [join(ROOT, 'bin', 'kehoach.js'), '--version']],
  ];
  const rows = [];
  let help = NaN;
  for (const [name, args] of cases) {
    spawnSync(process.execPath, args, { cwd: ROOT });
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      spawnSync(process.execPath, args, { cwd: ROOT });
      samples.push(performance.now() - t);
    }
    const m = median(samples);
    if (name === 'kehoach --help') help = m;
    rows.push([name, m, Math.min(...samples), Math.max(...samples)]);
  }
  printTable(`cold start, median of ${runs} runs (ms); target for --help < ${targetMs} ms`, ['command', 'median', 'min', 'max'], rows);
  console.log(`kehoach --help: ${help.toFixed(0)} ms: ${help < targetMs ? 'ok' : 'OVER'}`);
  return help;
}

if (import.meta.url === `file://${process.argv[1]}`) benchStartup();
