// Pool worker thread: checks the files the pool posts, one at a time, and posts back their FileResults.
import { parentPort } from 'node:worker_threads';
import { checkFile, loadErrorResult, type CheckOptions } from '../check.js';
import type { FileResult } from '../model/finding.js';

/** A file to check, as posted by the pool. */
export interface WorkerTask {
  id: number;
  path: string;
  options: CheckOptions;
}

/** What the worker posts: once `ready` after its imports, then one `result` per task. */
export type WorkerReply = { kind: 'ready' } | { kind: 'result'; id: number; result: FileResult };

const port = parentPort;
if (port) {
  port.on('message', (task: WorkerTask) => {
    // The pool already bounds this thread's heap and time, so the loader need not start a worker of its own.
    void checkFile(task.path, { ...task.options, isolate: false })
      .catch((err: unknown) => loadErrorResult(task.path, err, task.options.lang, task.options.debug))
      .then((result) => port.postMessage({ kind: 'result', id: task.id, result } satisfies WorkerReply));
  });
  port.postMessage({ kind: 'ready' } satisfies WorkerReply);
}
