// Test helper: runs the compiled CLI as a user does, measuring wall time and (on Linux) the peak resident memory.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { BIN, ROOT } from './_build.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident set of the CLI process in MB (VmHWM, sampled every 25 ms), or null without /proc. */
  peakMb: number | null;
}

function peakOf(pid: number | undefined): number | null {
  if (pid === undefined || !existsSync(`/proc/${pid}/status`)) return null;
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs `node bin/kehoach.js ...args` in `cwd` with colour off and CI set (no progress bar). */
export function runCli(args: string[], cwd = ROOT, timeoutMs = 170_000, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let peakMb: number | null = null;
    const sample = (): void => {
      const p = peakOf(child.pid);
      if (p !== null) peakMb = Math.max(peakMb ?? 0, p);
    };
    const poll = setInterval(sample, 25);
    const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', () => sample());
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(kill);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - started, peakMb });
    });
  });
}

/** A stack trace line ("    at fn (file:…)") or an uncaught error banner. */
export const STACK_RE = /^\s+at .+[(:]|\bat (?:async )?\S+ \((?:file|node):|Uncaught|UnhandledPromiseRejection|FATAL ERROR/mu;
