// Runs untrusted parsing in a child process with a heap limit and a timeout: a native abort (V8 fatal error),
// an out-of-memory or a hang there ends that process only, and becomes one LoadError for the file being read.
import type { DispatchOptions } from './dispatch.js';
import type { SniffResult } from './sniff.js';
import { adoptPrewarmed } from './prewarm.js';
import { exitError, spawnIsolate, type IsolateExit } from './spawn.js';
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

type Reply = { ok: true; doc: LoadedDocument } | { ok: false; code: LoadErrorCode; detail?: string };

/** Loads in a child process. LoadError('timeout' | 'out-of-memory' | 'internal') for what it could not finish. */
export function loadIsolated(bytes: Uint8Array, sniff: SniffResult, options: DispatchOptions, url: URL, path = ''): Promise<LoadedDocument> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      isolate.kill();
      fn();
    };
    const handlers = {
      onMessage: (m: unknown) => {
        const reply = m as Reply;
        finish(() => (reply.ok ? resolve(reply.doc) : reject(new LoadError(reply.code, reply.detail))));
      },
      onExit: (exit: IsolateExit) => finish(() => reject(exitError(exit, `heap limit ${options.limits.maxMemoryMb} MB`))),
    };
    // The reader the CLI started at its start (a one-file check), else a new one.
    const isolate = adoptPrewarmed(url, options.limits.maxMemoryMb, handlers) ?? spawnIsolate(url, options.limits.maxMemoryMb, handlers);
    const timer = setTimeout(() => finish(() => reject(new LoadError('timeout', `> ${options.limits.timeoutMs} ms`))), options.limits.timeoutMs);
    isolate.send({ bytes, sniff, options, path });
  });
}
