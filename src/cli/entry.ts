// The process entry of the CLI: runs main() with the process's I/O and sets the exit code (never process.exit,
// so output is flushed). bin/kehoach.js loads this, or its bundle (dist/bundle/kehoach.js).
// A check of a Word or PDF file starts its worker process first, so the worker's start-up overlaps the loading
// of the CLI's own modules (imported below, after it).
import { poolWorkerUrl, prewarmWorker, wantsPrewarm } from '../batch/prewarm.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { compileRegexpsOnce } from '../text/regexp-compile.js';

compileRegexpsOnce();

const argv = process.argv.slice(2);
if (wantsPrewarm(argv)) {
  const url = poolWorkerUrl();
  if (url) prewarmWorker(url, DEFAULT_LIMITS.maxMemoryMb);
}
const { processIo } = await import('../io.js');
const { main } = await import('./main.js');
process.exitCode = await main(argv, processIo());
