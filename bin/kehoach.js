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
  // The V8 flags the CLI sets are part of a code cache's key: set them before compiling (the script sets them again).
  const [{ compileRegexpsOnce }, { runWithCodeCache }] = await Promise.all([
    import(new URL('../dist/text/regexp-compile.js', import.meta.url).href),
    import(new URL('../dist/code-cache.js', import.meta.url).href),
  ]);
  compileRegexpsOnce();
  runWithCodeCache(fileURLToPath(script), process.env.KEHOACH_WRITE_CODE_CACHE, trace);
} else {
  const file = mtime(bundle) >= mtime(entry) ? bundle : entry;
  trace(file);
  await import(file.href);
}
