// Ctrl-C / SIGTERM during a run: exit 130 / 143, no report written, no temporary file left, no reader left running.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, ROOT } from '../hostile/_build.js';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kehoach-signal-'));
  mkdirSync(join(dir, 'plans'));
  // A slow input: 60 Word plans take far longer to check than the wait before the signal.
  for (let i = 0; i < 60; i++) copyFileSync(join(ROOT, 'fixtures', 'docx', 'seed003.docx'), join(dir, 'plans', `kế hoạch ${i}.docx`));
}, 180_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Direct children of `pid` still alive (Linux /proc), or null where that cannot be read. */
function childrenOf(pid: number): number[] | null {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8').split(/\s+/u).filter(Boolean).map(Number);
}

function interrupt(signal: 'SIGINT' | 'SIGTERM', out: string): Promise<{ code: number | null; children: number[] | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'check', 'plans', '-f', 'json', '-o', out], { cwd: dir, env: { ...process.env, CI: 'true' } });
    let children: number[] | null = null;
    child.on('error', reject);
    // Signal once the run has started its checking processes (or after 1.5 s where /proc cannot tell).
    const started = Date.now();
    const poll = setInterval(() => {
      const kids = child.pid !== undefined ? childrenOf(child.pid) : null;
      if ((kids && kids.length > 0) || Date.now() - started > 1500) {
        clearInterval(poll);
        children = kids;
        child.kill(signal);
      }
    }, 50);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, children });
    });
  });
}

const alive = (pid: number): boolean => existsSync(`/proc/${pid}`) && !/^State:\s+Z/mu.test(readFileSync(`/proc/${pid}/status`, 'utf8'));

describe('interrupting a run', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s → exit %d, no report, no temporary file, no reader left', async (signal, code) => {
    const out = join(dir, 'out', `${signal}.json`);
    const r = await interrupt(signal, out);
    expect(r.code).toBe(code);
    expect(existsSync(out)).toBe(false);
    for (const d of [dir, join(dir, 'plans'), ...(existsSync(join(dir, 'out')) ? [join(dir, 'out')] : [])]) {
      expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
    // The checking processes end with their parent (they exit when the IPC channel closes).
    await new Promise((res) => setTimeout(res, 1000));
    for (const pid of r.children ?? []) expect(alive(pid), `reader ${pid}`).toBe(false);
  }, 60_000);
});
