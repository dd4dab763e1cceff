// Child-process entry: loads each document it is sent and posts back the LoadedDocument or the LoadError code; it
// waits for the next one until its parent ends it (or ends itself when the parent goes away).
import { loadSniffed, preloadFormat, type DispatchOptions } from './dispatch.js';
import { abortHook, exitWithParent } from './spawn.js';
import type { SniffResult } from './sniff.js';
import { LoadError } from './types.js';
import { compileRegexpsOnce } from '../text/regexp-compile.js';

compileRegexpsOnce();

interface Job {
  id: number;
  bytes: Uint8Array;
  sniff: SniffResult;
  options: DispatchOptions;
  path: string;
}

exitWithParent();
// Started ahead of its file (`--prepare <format>`): load that format's reader meanwhile.
const prepare = process.argv.indexOf('--prepare');
if (prepare >= 0) void preloadFormat(process.argv[prepare + 1] ?? '').catch(() => undefined);
// One document at a time; the parent may send the next one after a clean read (src/load/isolate.ts keeps the reader).
process.on('message', (job: Job) => {
  abortHook(job.path);
  loadSniffed(job.bytes, job.sniff, job.options).then(
    (doc) => process.send?.({ id: job.id, ok: true, doc }),
    (err: unknown) => {
      const e = err instanceof LoadError ? err : new LoadError('internal', err instanceof Error ? err.message : String(err));
      process.send?.({ id: job.id, ok: false, code: e.code, detail: e.detail });
    },
  );
});
