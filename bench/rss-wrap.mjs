// Fallback peak-RSS meter when /usr/bin/time is absent: runs a command, samples /proc/<pid>/status VmHWM.
// Prints "RSSWRAP <peak KB> <exit status>" on stderr.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [cmd, ...args] = process.argv.slice(2);
const child = spawn(cmd, args, { stdio: 'inherit' });
let peak = 0;
const sample = () => {
  try {
    const m = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    if (m) peak = Math.max(peak, Number(m[1]));
  } catch {
    // The process has ended.
  }
};
const timer = setInterval(sample, 20);
child.on('exit', (code) => {
  clearInterval(timer);
  process.stderr.write(`RSSWRAP ${peak} ${code ?? 1}\n`);
  process.exitCode = code ?? 1;
});
