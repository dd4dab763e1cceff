// The process entry of the CLI: runs main() with the process's I/O and sets the exit code (never process.exit,
// so output is flushed). bin/kehoach.js loads this, or its bundle (dist/bundle/kehoach.js).
// A check of a Word or PDF file starts its worker process first (the reader of a single file, or the pool's first
// worker), so the worker's start-up overlaps the loading of the CLI's own modules (imported below, after it).
import { poolWorkerUrl, prewarmFor } from '../batch/prewarm.js';
import { isolateWorkerUrl } from '../load/isolate.js';
import { compileRegexpsOnce } from '../text/regexp-compile.js';

compileRegexpsOnce();

const argv = process.argv.slice(2);
// bin/kehoach.js may have started it already (then this starts none).
prewarmFor(argv, { reader: isolateWorkerUrl(), pool: poolWorkerUrl() });
// No top-level await: the same module is bundled as a CommonJS script (dist/bundle/kehoach.cjs, see bin/kehoach.js).
void (async () => {
  const { processIo } = await import('../io.js');
  const { main } = await import('./main.js');
  process.exitCode = await main(argv, processIo());
})();
