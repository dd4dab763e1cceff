// Worker-thread entry: loads one document and posts back the LoadedDocument or the LoadError code.
import { parentPort, workerData } from 'node:worker_threads';
import { loadSniffed, type DispatchOptions } from './dispatch.js';
import type { SniffResult } from './sniff.js';
import { LoadError } from './types.js';

interface Job {
  bytes: Uint8Array;
  sniff: SniffResult;
  options: DispatchOptions;
}

const job = workerData as Job;
loadSniffed(job.bytes, job.sniff, job.options).then(
  (doc) => parentPort?.postMessage({ ok: true, doc }),
  (err: unknown) => {
    const e = err instanceof LoadError ? err : new LoadError('internal', err instanceof Error ? err.message : String(err));
    parentPort?.postMessage({ ok: false, code: e.code, detail: e.detail });
  },
);
