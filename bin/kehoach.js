#!/usr/bin/env node
// Shim: runs the CLI from its bundle (dist/bundle, made by `npm run build`) when that is at least as new as the
// compiled modules, else the compiled modules themselves (after a bare `tsc`). The bundle's CLI is one CommonJS
// script compiled here with V8's code cache (scripts/bundle.mjs says why); for help and version, or without the
// script, the ES module bundle runs.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const mtime = (url) => {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return -1;
  }
};
const script = new URL('../dist/bundle/kehoach.cjs', import.meta.url);
const bundle = new URL('../dist/bundle/kehoach.js', import.meta.url);
const entry = new URL('../dist/cli/entry.js', import.meta.url);
const trace = (what) => /\bkehoach\b/u.test(process.env.NODE_DEBUG ?? '') && process.stderr.write(`kehoach: ${what instanceof URL ? fileURLToPath(what) : what}\n`);

// Help and version need only the command definitions: the ES module bundle loads just those, while the script is
// read and its code cache deserialised whole.
const brief = process.argv.length <= 2 || process.argv.slice(2).some((a) => /^(?:-h|--help|-v|-V|--version|help)$/u.test(a));
if (!brief && mtime(script) >= mtime(entry)) {
  trace(script);
  // A check of one Word or PDF file (or of several, for the pool) starts its worker process first, here even before
  // the CLI's script is read: the worker's start-up overlaps it (src/cli/entry.ts; the regular expression only spares
  // a plain-text check the import).
  if (process.argv[2] === 'check' && process.argv.some((a) => /\.(?:docx|pdf|doc|md|markdown|html?)$/iu.test(a))) {
    try {
      const { prewarmFor } = await import(new URL('../dist/batch/prewarm.js', import.meta.url).href);
      prewarmFor(process.argv.slice(2), { reader: new URL('../dist/bundle/isolate-worker.js', import.meta.url), pool: new URL('../dist/bundle/worker.js', import.meta.url) });
    } catch (err) {
      // Only a head start (a dist/ older than this file, say): the CLI starts its worker itself.
      trace(`no early worker: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  // The V8 flags the CLI sets are part of a code cache's key: set them before compiling (the script sets them again).
  const [{ compileRegexpsOnce }, { runWithCodeCache }] = await Promise.all([
    import(new URL('../dist/text/regexp-compile.js', import.meta.url).href),
    import('./code-cache.js'),
  ]);
  compileRegexpsOnce();
  runWithCodeCache(fileURLToPath(script), { writeCache: Boolean(process.env.KEHOACH_WRITE_CODE_CACHE), trace });
} else {
  const file = mtime(bundle) >= mtime(entry) ? bundle : entry;
  trace(file);
  await import(file.href);
}
