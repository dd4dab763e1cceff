// Runs a CommonJS bundle (dist/bundle/*.cjs) with V8's code cache, as Node would run it with require(): Node 20
// keeps no compiled code for ES modules between runs, and compiling a bundle of ~2 MB was the largest cost of a
// process's start after Node's own (scripts/bundle.mjs writes the bundles and their caches). A cache V8 rejects
// (another Node version, other V8 flags) is only slower. Launcher code for bin/kehoach.js and the isolated
// reader's entry (dist/bundle/isolate-worker.js), kept outside src/: it compiles our own bundle, never data.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * Compiles `file` with the cache `<file>.cache` and runs it. `writeCacheTo`: compile without the cache and save
 * the compiled code there when the process exits (the functions run by then included), atomically.
 * The script gets `__kehoachImport(specifier)` for import(), which a vm script cannot do itself.
 */
/**
 * @param {string} file
 * @param {string} [writeCacheTo]
 * @param {(what: string) => void} [trace]
 */
export function runWithCodeCache(file, writeCacheTo, trace) {
  const cacheFile = `${file}.cache`;
  let cachedData;
  if (!writeCacheTo && existsSync(cacheFile)) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const source = readFileSync(file, 'utf8');
  const compiled = new Script(`(function (exports, require, module, __filename, __dirname, __kehoachImport) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  if (cachedData) trace?.(`${cacheFile}${compiled.cachedDataRejected ? ' (rejected)' : ''}`);
  if (writeCacheTo) {
    process.once('exit', () => {
      const tmp = `${writeCacheTo}.${process.pid}.tmp`;
      writeFileSync(tmp, compiled.createCachedData());
      renameSync(tmp, writeCacheTo);
    });
  }
  const module = { exports: {} };
  compiled.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier));
}
