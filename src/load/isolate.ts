// Runs untrusted parsing in a child process with a heap limit and a timeout: a native abort (V8 fatal error),
// an out-of-memory or a hang there ends that process only, and becomes one LoadError for the file being read.
import type { DispatchOptions } from './dispatch.js';
import type { SniffResult } from './sniff.js';
import { adoptPrewarmed } from './prewarm.js';
import { exitError, spawnIsolate, type Isolate, type IsolateExit } from './spawn.js';
import { LoadError, type LoadErrorCode, type LoadedDocument } from './types.js';
import { compiledWorkerUrl } from './worker-url.js';

let workerUrl: URL | null | undefined;

/**
 * The compiled worker entry. Next to this module when running from dist/; when running the TypeScript
 * sources (tests), the package's dist/load/isolate-worker.js if it has been built. Null when neither exists.
 */
export function isolateWorkerUrl(): URL | null {
  if (workerUrl === undefined) workerUrl = compiledWorkerUrl(import.meta.url, 'load', 'isolate-worker.js');
  return workerUrl;
}

type Reply = { id: number; ok: true; doc: LoadedDocument } | { id: number; ok: false; code: LoadErrorCode; detail?: string };
type Handlers = { onMessage: (message: unknown) => void; onExit: (exit: IsolateExit) => void };

/** A reader process and the load it reports to now (none while it waits idle). */
interface Reader {
  url: string;
  memoryMb: number;
  isolate: Isolate;
  current: Handlers | null;
  ended: boolean;
}

/**
 * The reader kept after a load it finished cleanly, for the next load in this process (a library's loop over
 * files, `annotate` of a folder): starting a reader and loading mammoth or pdf.js is most of a one-file read. One
 * is kept at most; it never keeps this process alive. A reader that failed, timed out or ended is not kept.
 */
let idle: Reader | null = null;

function readerFor(url: URL, memoryMb: number): Reader {
  const kept = idle;
  idle = null;
  if (kept && !kept.ended && kept.url === url.href && kept.memoryMb === memoryMb) {
    kept.isolate.keepAlive(true);
    return kept;
  }
  kept?.isolate.kill();
  const reader: Reader = { url: url.href, memoryMb, isolate: null as unknown as Isolate, current: null, ended: false };
  const handlers: Handlers = {
    onMessage: (m) => reader.current?.onMessage(m),
    onExit: (e) => {
      reader.ended = true;
      if (idle === reader) idle = null;
      reader.current?.onExit(e);
    },
  };
  // The reader the CLI started at its start (a one-file check), else a new one.
  reader.isolate = adoptPrewarmed(url, memoryMb, handlers) ?? spawnIsolate(url, memoryMb, handlers);
  return reader;
}

function release(reader: Reader, reusable: boolean): void {
  reader.current = null;
  if (reusable && !reader.ended && idle === null) {
    reader.isolate.keepAlive(false);
    idle = reader;
  } else {
    reader.isolate.kill();
  }
}

let nextJob = 0;

/** Loads in a child process. LoadError('timeout' | 'out-of-memory' | 'internal') for what it could not finish. */
export function loadIsolated(bytes: Uint8Array, sniff: SniffResult, options: DispatchOptions, url: URL, path = ''): Promise<LoadedDocument> {
  return new Promise((resolve, reject) => {
    const id = ++nextJob;
    const job = { id, bytes, sniff, options, path };
    let reader = readerFor(url, options.limits.maxMemoryMb);
    let settled = false;
    const finish = (reusable: boolean, fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      release(reader, reusable);
      fn();
    };
    const handlers: Handlers = {
      onMessage: (m: unknown) => {
        const reply = m as Reply;
        if (reply.id !== id) return;
        // Only a clean read leaves the reader for the next file: after an error its state is not trusted.
        finish(reply.ok, () => (reply.ok ? resolve(reply.doc) : reject(new LoadError(reply.code, reply.detail))));
      },
      onExit: (exit: IsolateExit) => finish(false, () => reject(exitError(exit, `heap limit ${options.limits.maxMemoryMb} MB`))),
    };
    const timer = setTimeout(() => finish(false, () => reject(new LoadError('timeout', `> ${options.limits.timeoutMs} ms`))), options.limits.timeoutMs);
    reader.current = handlers;
    if (reader.isolate.send(job)) return;
    // A kept reader that ended unseen: a fresh one reads this file.
    reader.current = null;
    reader.isolate.kill();
    reader = readerFor(url, options.limits.maxMemoryMb);
    reader.current = handlers;
    if (!reader.isolate.send(job)) finish(false, () => reject(exitError({ code: null, signal: null, outOfMemory: false }, '')));
  });
}
