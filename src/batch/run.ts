// Checks many files: cache lookup, then in-process (--jobs 1) or a worker pool, results in input order.
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { FileResult } from '../model/finding.js';
import type { Io } from '../io.js';
import type { CheckOptions } from '../check.js';
import { fsPath } from '../load/raw-path.js';
import { checksHere } from './prewarm.js';
import { ProgressLine } from './progress.js';

export interface BatchOptions {
  lang: 'vi' | 'en';
  io: Io;
  /** Worker processes; undefined or 0 for one per core; 1 checks plain text in this process, other formats in one worker. */
  jobs: number | undefined;
  debug: boolean;
  progress: boolean;
  /** Cache file path, or null for no cache. */
  cache: string | null;
  optionsFor: (file: string) => CheckOptions;
  /** Receives each result as soon as it and every earlier file are done, in input order. */
  onResult?: (result: FileResult, index: number) => void;
  /**
   * False: once a result has gone to onResult (and the cache), only its counts, agency and error are kept,
   * not its findings, so a streamed batch of any size holds little. Default true.
   */
  keepFindings?: boolean;
}

/**
 * The number of workers for `--jobs` (0 or unset: one per core), never more than the cores the process may use:
 * `--jobs 100` on a 2-core machine made 99 workers share two cores, so each file's time limit ran out and sound
 * Word files were reported as possibly malicious timeouts.
 */
export function effectiveJobs(jobs: number | undefined, files: number, cores = availableParallelism()): number {
  const wanted = jobs === undefined || jobs === 0 ? cores : Math.min(jobs, cores);
  return Math.max(1, Math.min(wanted, files));
}

/**
 * Checks `files` and returns one FileResult per file, in the order given, whatever order they finish in.
 * Never throws for a bad file: each failure is that file's FileResult.error.
 */
export async function checkFiles(files: readonly string[], options: BatchOptions): Promise<FileResult[]> {
  const { checkFile, loadErrorResult } = await import('../check.js');
  const results: (FileResult | undefined)[] = new Array<FileResult | undefined>(files.length);
  const progress = options.progress && files.length > 0 ? new ProgressLine(options.io, files.length, options.lang) : null;
  let emitted = 0;

  // Paths are reported as given; they are read relative to the caller's working directory.
  const absolute = files.map((f) => resolve(options.io.cwd, f));
  const fileOptions = files.map((f) => options.optionsFor(f));

  const cacheModule = options.cache ? await import('./cache.js') : null;
  const cache = cacheModule && options.cache ? cacheModule.ResultCache.open(options.cache) : null;
  const keys: (string | null)[] = new Array<string | null>(files.length).fill(null);

  const complete = (index: number, result: FileResult, cached = false): void => {
    results[index] = result;
    const key = keys[index];
    if (cache && key && !cached) cache.set(absolute[index] as string, key, result);
    progress?.finish(result);
    // The progress line is on stderr; a streamed report goes to stdout, on a clean line.
    if (options.onResult && results[emitted]) progress?.clear();
    while (emitted < files.length && results[emitted]) {
      const done = results[emitted] as FileResult;
      options.onResult?.(done, emitted);
      if (options.keepFindings === false) results[emitted] = { ...done, findings: [] };
      emitted++;
    }
  };

  const todo: number[] = [];
  for (let i = 0; i < files.length; i++) {
    if (cache && cacheModule) {
      let content: Buffer | null = null;
      const maxBytes = (fileOptions[i] as CheckOptions).maxBytes;
      try {
        // A file over the size limit is not read whole just to be hashed: the check rejects it cheaply.
        const target = fsPath(absolute[i] as string);
        if (maxBytes === undefined || (await stat(target)).size <= maxBytes) content = await readFile(target);
      } catch {
        // Unreadable now: the check reports why.
      }
      if (content) {
        const key = cacheModule.cacheKey(content, fileOptions[i] as CheckOptions);
        keys[i] = key;
        const hit = cache.get(absolute[i] as string, key, files[i] as string);
        if (hit) {
          complete(i, hit, true);
          continue;
        }
      }
    }
    todo.push(i);
  }

  const withPath = (i: number, r: FileResult): FileResult => (r.path === files[i] ? r : { ...r, path: files[i] as string });
  const inProcess = async (): Promise<void> => {
    for (const i of todo) {
      progress?.start(files[i] as string);
      const opts = fileOptions[i] as CheckOptions;
      let result: FileResult;
      try {
        result = await checkFile(absolute[i] as string, opts);
      } catch (err) {
        // checkFile reports unreadable input itself; this is a crash in a rule or the parser.
        result = loadErrorResult(absolute[i] as string, err, opts.lang, opts.debug);
      }
      complete(i, withPath(i, result));
    }
  };
  const jobs = effectiveJobs(options.jobs, todo.length);
  // Word, PDF and .doc files of a batch are checked in pool workers (heap limit and timeout per file), also with
  // --jobs 1: one warm worker is far cheaper than an isolated reader per file. Plain text, and a single file, are
  // checked here; a single file's reading still runs in an isolated reader process (src/load/isolate.ts), started
  // when the CLI started, so only our own parser and rules run in this process, as for plain text.
  const here = checksHere(todo.map((i) => files[i] as string), todo.some((i) => fileOptions[i]?.ocr === true));
  try {
    const pool = jobs > 1 || !here ? await import('./pool.js') : null;
    // Without a built worker (TypeScript sources run directly) the files are checked here, one by one.
    if (!pool || !pool.poolWorkerUrl()) await inProcess();
    else {
      await pool.runPool(
        todo.map((i) => ({ path: absolute[i] as string, options: fileOptions[i] as CheckOptions })),
        {
          jobs,
          onStart: (t) => progress?.start(files[todo[t] as number] as string),
          onResult: (t, result) => complete(todo[t] as number, withPath(todo[t] as number, result)),
        },
      );
    }
  } finally {
    progress?.clear();
  }

  cache?.save();
  return results as FileResult[];
}
