// A worker process started before the CLI has loaded its own modules: a one-file check of a Word or PDF plan
// waits for a worker (its start-up, then the reading), and that start-up can run on the other core while this
// process loads. Its user (the pool, or the isolated reader of a single file) adopts it when it needs a worker with
// the same entry and heap limit; else it is killed. Unadopted, it never keeps this process alive, and it ends with it.
import { spawnIsolate, type Isolate, type IsolateExit } from './spawn.js';

type Handlers = { onMessage: (message: unknown) => void; onExit: (exit: IsolateExit) => void };

interface Warm {
  url: string;
  memoryMb: number;
  isolate: Isolate;
  /** What the worker said before it was adopted (its 'ready'). */
  early: unknown[];
  exit: IsolateExit | null;
  handlers: Handlers | null;
}

// Kept on the global object, not in this module: bin/kehoach.js starts the worker through the compiled module
// before the CLI's bundle (which holds its own copy of this module) is loaded, and the bundle adopts it.
const SLOT = Symbol.for('kehoach-lint.prewarmed-worker');
const store = globalThis as { [SLOT]?: Warm | null };

/** Starts one worker now (only one at a time); `args` are its command-line arguments. */
export function prewarmWorker(url: URL, memoryMb: number, args: readonly string[] = []): void {
  if (store[SLOT]) return;
  const w: Warm = { url: url.href, memoryMb, isolate: { send: () => false, kill: () => undefined, keepAlive: () => undefined }, early: [], exit: null, handlers: null };
  w.isolate = spawnIsolate(url, memoryMb, {
    onMessage: (m) => (w.handlers ? w.handlers.onMessage(m) : w.early.push(m)),
    onExit: (e) => (w.handlers ? w.handlers.onExit(e) : (w.exit = e)),
  }, args);
  w.isolate.keepAlive(false);
  store[SLOT] = w;
}

/**
 * The prewarmed worker, if one was started for `url` with `memoryMb` and is still alive, now reporting to
 * `handlers` (what it said meanwhile is replayed on the next microtask, after the caller has stored it); else null.
 * Either way the prewarmed worker is no longer available afterwards.
 */
export function adoptPrewarmed(url: URL, memoryMb: number, handlers: Handlers): Isolate | null {
  const w = store[SLOT];
  store[SLOT] = null;
  if (!w) return null;
  if (w.url !== url.href || w.memoryMb !== memoryMb || w.exit) {
    w.isolate.kill();
    return null;
  }
  w.handlers = handlers;
  w.isolate.keepAlive(true);
  const early = w.early.splice(0);
  queueMicrotask(() => {
    for (const m of early) handlers.onMessage(m);
  });
  return w.isolate;
}
