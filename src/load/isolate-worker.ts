// Child-process entry: loads one document and posts back the LoadedDocument or the LoadError code, then waits
// to be ended by its parent (or ends itself when the parent goes away).
import { loadSniffed, preloadFormat, type DispatchOptions } from './dispatch.js';
import { abortHook, exitWithParent } from './spawn.js';
import type { SniffResult } from './sniff.js';
import { LoadError } from './types.js';
import { compileRegexpsOnce } from '../text/regexp-compile.js';

compileRegexpsOnce();

interface Job {
  bytes: Uint8Array;
  sniff: SniffResult;
  options: DispatchOptions;
  path: string;
}

exitWithParent();
// Started ahead of its file (`--prepare <format>`): load that format's reader meanwhile.
const prepare = process.argv.indexOf('--prepare');
if (prepare >= 0) void preloadFormat(process.argv[prepare + 1] ?? '').catch(() => undefined);
process.once('message', (job: Job) => {
  abortHook(job.path);
  loadSniffed(job.bytes, job.sniff, job.options).then(
    (doc) => process.send?.({ ok: true, doc }),
    (err: unknown) => {
      const e = err instanceof LoadError ? err : new LoadError('internal', err instanceof Error ? err.message : String(err));
      process.send?.({ ok: false, code: e.code, detail: e.detail });
    },
  );
});
