// Pool worker process: checks the files the pool posts, one at a time, and posts back their FileResults.
import { checkFile, loadErrorResult, type CheckOptions } from '../check.js';
import { abortHook, exitWithParent } from '../load/isolate.js';
import type { FileResult } from '../model/finding.js';

/** A file to check, as posted by the pool. */
export interface WorkerTask {
  id: number;
  path: string;
  options: CheckOptions;
}

/** What the worker posts: once `ready` after its imports, then one `result` per task. */
export type WorkerReply = { kind: 'ready' } | { kind: 'result'; id: number; result: FileResult };

const send = (reply: WorkerReply): void => void process.send?.(reply);

if (process.send) {
  exitWithParent();
  process.on('message', (task: WorkerTask) => {
    abortHook(task.path);
    // The pool already bounds this process's heap and time, so the loader need not start a process of its own.
    checkFile(task.path, { ...task.options, isolate: false })
      .catch((err: unknown) => loadErrorResult(task.path, err, task.options.lang, task.options.debug))
      .then((result) => send({ kind: 'result', id: task.id, result }));
  });
  send({ kind: 'ready' });
}
