// Runs a CommonJS bundle (dist/bundle/*.cjs) with V8's code cache, as Node would run it with require(): Node 20
// keeps no compiled code for ES modules between runs, and compiling a bundle of ~2 MB was the largest cost of a
// process's start after Node's own (scripts/bundle.mjs writes the bundles and their caches). A cache V8 rejects
// (another Node version, other V8 flags) is only slower. Launcher code for bin/kehoach.js and the isolated reader's
// entry (dist/bundle/isolate-worker.js), kept outside src/: it compiles our own bundles, never data.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/**
 * @typedef {object} RunOptions
 * @property {boolean} [writeCache] compile without the caches and save each script's compiled code to
 *   `<script>.cache` when the process exits (the functions run by then included), atomically
 * @property {(what: string) => void} [trace] told which cache each script used
 * @property {Record<string, { script: string, key: string }>} [packages] packages bundled as scripts of their own
 *   (loaded on the first import() of their specifier, with their own cache): the specifier's module is the
 *   script's export `key`
 */

/**
 * Compiles `file` with the cache `<file>.cache` and runs it. The script gets `__kehoachImport(specifier)` for
 * import(), which a vm script cannot do itself (a specifier of `packages` runs that package's script, any other
 * is imported as usual), and `__kehoachModuleUrl`, its own URL (what `import.meta.url` became in the bundle).
 * @param {string} file
 * @param {RunOptions} [options]
 */
export function runWithCodeCache(file, options = {}) {
  const scripts = new Map();
  /** @param {string} specifier */
  const importer = (specifier) => {
    const pkg = options.packages?.[specifier];
    if (!pkg) return import(specifier);
    let exports = scripts.get(pkg.script);
    if (!exports) {
      exports = Promise.resolve().then(() => runScript(pkg.script, options, importer));
      scripts.set(pkg.script, exports);
    }
    return exports.then((e) => e[pkg.key]);
  };
  runScript(file, options, importer);
}

/**
 * @param {string} file
 * @param {RunOptions} options
 * @param {(specifier: string) => Promise<unknown>} importer
 * @returns {Record<string, unknown>} the script's exports
 */
function runScript(file, options, importer) {
  const cacheFile = `${file}.cache`;
  let cachedData;
  if (!options.writeCache && existsSync(cacheFile)) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const source = readFileSync(file, 'utf8');
  // The bundle's source comes first in the function, so that its "use strict" is a directive.
  const compiled = new Script(`(function (exports, require, module, __filename, __dirname, __kehoachImport, __kehoachModuleUrl) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  if (cachedData) options.trace?.(`${cacheFile}${compiled.cachedDataRejected ? ' (rejected)' : ''}`);
  if (options.writeCache) {
    process.once('exit', () => {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, compiled.createCachedData());
      renameSync(tmp, cacheFile);
    });
  }
  const module = { exports: {} };
  compiled.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), importer, pathToFileURL(file).href);
  return module.exports;
}
