// A pool of worker processes that check files in parallel under a heap limit and a per-file timeout:
// a file that hangs, needs too much memory or crashes the reader natively fails alone, and its worker is replaced.
import { loadErrorResult, type CheckOptions } from '../check.js';
import { exitError, spawnIsolate, type Isolate, type IsolateExit } from '../load/spawn.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { rawPathOf } from '../load/raw-path.js';
import { LoadError } from '../load/types.js';
import type { FileResult } from '../model/finding.js';
import { adoptPrewarmed } from '../load/prewarm.js';
import { poolWorkerUrl } from './prewarm.js';
import type { WorkerReply, WorkerTask } from './worker.js';

export { poolWorkerUrl };

export interface PoolTask {
  path: string;
  options: CheckOptions;
}

export interface PoolOptions {
  jobs: number;
  /** Called when a file is handed to a worker. */
  onStart?: (index: number, path: string) => void;
  /** Called exactly once per task, in completion order. */
  onResult: (index: number, result: FileResult) => void;
  /** Worker entry; defaults to poolWorkerUrl(). */
  workerUrl?: URL;
}

/** Heap limit (MB) of the worker that checks a file with these options. */
function memoryLimitOf(options: CheckOptions): number {
  return options.maxMemoryMb ?? DEFAULT_LIMITS.maxMemoryMb;
}

interface Slot {
  worker: Isolate;
  memoryMb: number;
  ready: boolean;
  /** The task this worker owns: reserved at spawn (timer null) or running (timer set). */
  task: { index: number; timer: NodeJS.Timeout | null } | null;
  dead: boolean;
}

/**
 * Checks `tasks` with up to `jobs` worker processes. Resolves when every task has had exactly one onResult call.
 * Each worker is started with the heap limit of the file it is started for; the per-file timeout runs
 * from the moment the file is posted to a ready worker (start-up is not charged to the file).
 * Rejects only when no worker entry exists (the package is not built).
 */
export function runPool(tasks: readonly PoolTask[], options: PoolOptions): Promise<void> {
  const url = options.workerUrl ?? poolWorkerUrl();
  if (!url) return Promise.reject(new Error('batch worker not built (run `npm run build`)'));
  if (tasks.length === 0) return Promise.resolve();
  const jobs = Math.max(1, Math.min(options.jobs, tasks.length));
  let next = 0;
  let remaining = tasks.length;

  return new Promise((resolveAll) => {
    const slots: Slot[] = [];

    const settle = (slot: Slot, result: FileResult): void => {
      const task = slot.task;
      if (!task) return;
      if (task.timer) clearTimeout(task.timer);
      slot.task = null;
      options.onResult(task.index, result);
      if (--remaining === 0) {
        for (const s of slots) {
          s.dead = true;
          s.worker.kill();
        }
        resolveAll();
      }
    };

    /** The task's timer: the file's time limit, from now. */
    const arm = (slot: Slot, index: number): NodeJS.Timeout => {
      const timeoutMs = (tasks[index] as PoolTask).options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
      return setTimeout(() => fail(slot, new LoadError('timeout', `> ${timeoutMs / 1000} s`)), timeoutMs);
    };

    const start = (slot: Slot, index: number): void => {
      const task = tasks[index] as PoolTask;
      const timer = arm(slot, index);
      slot.task = { index, timer };
      options.onStart?.(index, task.path);
      const raw = rawPathOf(task.path);
      const message: WorkerTask = { id: index, path: task.path, ...(raw ? { raw: raw.toString('base64') } : {}), options: task.options };
      if (!slot.worker.send(message)) {
        fail(slot, new LoadError('internal', 'the checking process is gone'));
      }
    };

    /** Replaces `slot` (already ended) by a worker for the next task, if any is left. */
    const replace = (slot: Slot): void => {
      if (next >= tasks.length) return;
      const index = next++;
      slots[slots.indexOf(slot)] = spawn(index);
    };

    /** Gives an idle, ready worker the next task. */
    const assign = (slot: Slot): void => {
      if (slot.dead || slot.task || !slot.ready) return;
      if (next >= tasks.length) {
        slot.dead = true;
        slot.worker.kill();
        return;
      }
      // A file whose configuration sets another heap limit gets a worker started with that limit.
      if (memoryLimitOf((tasks[next] as PoolTask).options) !== slot.memoryMb) {
        slot.dead = true;
        slot.worker.kill();
        replace(slot);
        return;
      }
      start(slot, next++);
    };

    /** Ends a worker after a timeout, out-of-memory or crash, failing the task it owned, and starts a fresh one. */
    const fail = (slot: Slot, err: LoadError): void => {
      if (slot.dead) return;
      slot.dead = true;
      slot.worker.kill();
      const owned = slot.task;
      if (owned) {
        const task = tasks[owned.index] as PoolTask;
        settle(slot, loadErrorResult(task.path, err, task.options.lang, task.options.debug));
      }
      replace(slot);
    };

    const spawn = (index: number): Slot => {
      const memoryMb = memoryLimitOf((tasks[index] as PoolTask).options);
      // The slot exists before its process can speak: handlers refer to it.
      const slot: Slot = { worker: { send: () => false, kill: () => undefined, keepAlive: () => undefined }, memoryMb, ready: false, task: { index, timer: null }, dead: false };
      const handlers = {
        onMessage: (m: unknown) => {
          const reply = m as WorkerReply;
          if (slot.dead) return;
          if (reply.kind === 'ready') {
            slot.ready = true;
            if (slot.task && !slot.task.timer) start(slot, slot.task.index);
            else assign(slot);
            return;
          }
          if (reply.kind === 'page') {
            // A scanned page was recognised (--ocr): the time limit counts again from here.
            if (slot.task?.index === reply.id && slot.task.timer) {
              clearTimeout(slot.task.timer);
              slot.task.timer = arm(slot, reply.id);
            }
            return;
          }
          if (slot.task?.index === reply.id) settle(slot, reply.result);
          assign(slot);
        },
        // A native abort, an out-of-memory or any other end of the process fails the file it was checking.
        onExit: (exit: IsolateExit) => fail(slot, exitError(exit, `> ${memoryMb} MB`)),
      };
      slot.worker = adoptPrewarmed(url, memoryMb, handlers) ?? spawnIsolate(url, memoryMb, handlers);
      return slot;
    };

    for (let i = 0; i < jobs; i++) slots.push(spawn(next++));
  });
}
