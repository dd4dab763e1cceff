// Runs a loader in a worker thread with a heap limit and a timeout, so a hostile file cannot take the process down.
import { Worker } from 'node:worker_threads';
import type { DispatchOptions } from './dispatch.js';
import type { SniffResult } from './sniff.js';
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

/** Loads in a worker. LoadError('timeout' | 'out-of-memory' | 'internal') for what the worker could not finish. */
export function loadIsolated(bytes: Uint8Array, sniff: SniffResult, options: DispatchOptions, url: URL): Promise<LoadedDocument> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(url, {
      workerData: { bytes, sniff, options },
      resourceLimits: { maxOldGenerationSizeMb: options.limits.maxMemoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, options.limits.maxMemoryMb / 8)) },
      stdout: true,
      stderr: true,
    });
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new LoadError('timeout', `> ${options.limits.timeoutMs} ms`))), options.limits.timeoutMs);
    worker.on('message', (reply: Reply) => {
      finish(() => (reply.ok ? resolve(reply.doc) : reject(new LoadError(reply.code, reply.detail))));
    });
    worker.on('error', (err: Error & { code?: string }) => {
      finish(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new LoadError('out-of-memory', `heap limit ${options.limits.maxMemoryMb} MB`)
            : new LoadError('internal', err.message.split('\n')[0]),
        ),
      );
    });
    worker.on('exit', (code) => {
      finish(() => reject(new LoadError(code === 134 ? 'out-of-memory' : 'internal', `worker exited with code ${code}`)));
    });
  });
}
