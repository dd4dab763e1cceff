// A child process for untrusted work, with a heap limit: a native abort (V8 fatal error), an out-of-memory or a
// hang there ends that process only. (A worker thread shares the process: a V8 fatal error in it aborts
// everything, exit 133/134.) Used by the isolated reader (isolate.ts) and the batch pool.
import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LoadError } from './types.js';

/** How an isolated process ended without answering. */
export interface IsolateExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** V8 reported that the heap limit was reached. */
  outOfMemory: boolean;
}

export interface Isolate {
  /** Posts a message (structured clone: typed arrays survive). False when the process is gone. */
  send(message: unknown): boolean;
  /** Ends the process at once. */
  kill(): void;
  /** Whether the process keeps this one alive (a prewarmed worker does not until it is used). */
  keepAlive(on: boolean): void;
}

/** Child processes alive now: killed when this process exits, so no reader outlives an interrupted run. */
const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function track(child: ChildProcess): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const c of live) c.kill('SIGKILL');
    });
  }
  live.add(child);
  child.on('exit', () => live.delete(child));
}

const OOM_RE = /heap out of memory|Reached heap limit|Allocation failed|Fatal process out of memory/iu;

/**
 * The V8 flags of an isolated process with a heap of `memoryMb`. They are part of the key of a V8 code cache, so
 * scripts/bundle.mjs writes the workers' caches under the same flags.
 */
export function isolateExecArgv(memoryMb: number): string[] {
  const semi = Math.min(64, Math.max(4, Math.round(memoryMb / 16)));
  // The stack a worker thread had (4 MB; V8's default is under 1 MB): mammoth and its XML parser recurse once per
  // nesting level, and tables nested 1,000 deep are still read. Linux and macOS give the main thread 8 MB.
  const stack = process.platform === 'win32' ? [] : ['--stack-size=3900'];
  return [`--max-old-space-size=${memoryMb}`, `--max-semi-space-size=${semi}`, ...stack];
}

/**
 * Starts `entry` (a compiled worker module) in a child process whose V8 heap is capped at `memoryMb`, with the
 * command-line arguments `args`. `onMessage` gets each message; `onExit` is called once if the process ends or
 * cannot be started (not after kill()).
 */
export function spawnIsolate(
  entry: URL,
  memoryMb: number,
  handlers: { onMessage: (message: unknown) => void; onExit: (exit: IsolateExit) => void },
  args: readonly string[] = [],
): Isolate {
  // Required here, not at the top: a plain-text check in the CLI's own process never starts a child.
  const { fork } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
  const child: ChildProcess = fork(fileURLToPath(entry), [...args], {
    execArgv: isolateExecArgv(memoryMb),
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  track(child);
  let killed = false;
  let ended = false;
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (s: string) => {
    // Only the tail matters (V8's fatal error banner); a chatty dependency cannot grow this.
    stderr = (stderr + s).slice(-8192);
  });
  const end = (exit: IsolateExit): void => {
    if (ended || killed) return;
    ended = true;
    handlers.onExit(exit);
  };
  child.on('message', (m: unknown) => {
    if (!killed) handlers.onMessage(m);
  });
  child.on('error', () => end({ code: null, signal: null, outOfMemory: false }));
  // 'close' comes after stderr has been read to its end, so the OOM banner is seen.
  child.on('close', (code, signal) => end({ code, signal, outOfMemory: OOM_RE.test(stderr) }));
  return {
    send: (message) => {
      if (killed || ended || !child.connected) return false;
      try {
        child.send(message as never);
        return true;
      } catch {
        return false;
      }
    },
    kill: () => {
      if (killed) return;
      killed = true;
      child.kill('SIGKILL');
    },
    keepAlive: (on) => {
      const handles = [child, child.channel, child.stderr as { ref?: () => void; unref?: () => void } | null];
      for (const h of handles) (on ? h?.ref : h?.unref)?.call(h);
    },
  };
}

/** What an isolated process that ended early means for the file it was reading. */
export function exitError(exit: IsolateExit, memoryDetail: string): LoadError {
  if (exit.outOfMemory) return new LoadError('out-of-memory', memoryDetail);
  const how = exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code ?? '?'}`;
  return new LoadError('internal', `the reading process crashed (${how})`);
}

/**
 * Test hook, for proving that a native abort is contained: when KEHOACH_TEST_ABORT_FILE names this file
 * (its base name), the isolated process aborts as V8 does on a fatal error. Never set outside tests.
 */
export function abortHook(path: string): void {
  const name = process.env['KEHOACH_TEST_ABORT_FILE'];
  if (name && basename(path) === name) process.abort();
}

/** Ends a child process when its parent goes away (the IPC channel closes), so no reader outlives the run. */
export function exitWithParent(): void {
  process.on('disconnect', () => process.exit(0));
}
