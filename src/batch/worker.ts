// Pool worker process: checks the files the pool posts, one at a time, and posts back their FileResults.
import { checkFile, loadErrorResult, type CheckOptions } from '../check.js';
import { abortHook, exitWithParent } from '../load/spawn.js';
import { onOcrPage } from '../load/ocr.js';
import { registerRawPath } from '../load/raw-path.js';
import type { FileResult } from '../model/finding.js';
import { compileRegexpsOnce } from '../text/regexp-compile.js';

compileRegexpsOnce();

/** A file to check, as posted by the pool. */
export interface WorkerTask {
  id: number;
  path: string;
  /** The raw bytes of `path` (base64) when it was found under a name that is not UTF-8. */
  raw?: string;
  options: CheckOptions;
}

/**
 * What the worker posts: once `ready` after its imports, then one `result` per task, and `page` each time a
 * scanned page of the task has been recognised (`--ocr`: the pool's time limit then counts from that page).
 */
export type WorkerReply = { kind: 'ready' } | { kind: 'result'; id: number; result: FileResult } | { kind: 'page'; id: number };

const send = (reply: WorkerReply): void => void process.send?.(reply);

if (process.send) {
  exitWithParent();
  let current = -1;
  onOcrPage(() => send({ kind: 'page', id: current }));
  process.on('message', (task: WorkerTask) => {
    current = task.id;
    if (task.raw !== undefined) registerRawPath(task.path, Buffer.from(task.raw, 'base64'));
    abortHook(task.path);
    // The pool already bounds this process's heap and time, so the loader need not start a process of its own.
    void checkFile(task.path, { ...task.options, isolate: false })
      .catch((err: unknown) => loadErrorResult(task.path, err, task.options.lang, task.options.debug))
      .then((result) => send({ kind: 'result', id: task.id, result }));
  });
  send({ kind: 'ready' });
}
