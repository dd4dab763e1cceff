// Bundles the CLI (our compiled dist/ plus the small pure-JS packages it loads at start: zod, commander, chalk,
// cli-table3, the Markdown and HTML parsers) into dist/bundle/, split at the dynamic imports, so a run resolves and
// compiles a few files instead of hundreds. Packages that read files of their own at run time (pdf.js, mammoth,
// the dictionary, word-extractor, iconv-lite's tables) stay external and load from node_modules as before.
// Run by `npm run build` after tsc.
//
// The CLI's own entry is bundled a second time as one CommonJS script (dist/bundle/kehoach.cjs), which
// bin/kehoach.js compiles with a V8 code cache (dist/bundle/kehoach.cjs.cache, written here by a first run): Node 20
// has no code cache for ES modules, and compiling the CLI's ~1.9 MB of JavaScript was the largest cost of a one-file
// check after Node's own start. The isolated reader of a one-file check is bundled the same way, mammoth included
// (dist/bundle/isolate-worker.cjs, its cache written by reading a Word rendition of the warm-up plan and a seed PDF),
// started by a small entry of the same name; pdf.js is a script of its own (pdfjs.cjs).
import { fork, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');

/** Packages bundled in; every other bare import stays external. */
const BUNDLED = new Set([
  'zod',
  'commander',
  'chalk',
  'cli-table3',
  'string-width',
  'strip-ansi',
  'ansi-regex',
  'emoji-regex',
  'is-fullwidth-code-point',
  '@colors/colors',
  'htmlparser2',
  'domutils',
  'domhandler',
  'domelementtype',
  'dom-serializer',
  'entities',
]);
const isBundled = (name) =>
  BUNDLED.has(name) || /^(mdast-|micromark|unist-|decode-named-character-reference|character-entities|devlop|ccount|markdown-table|longest-streak|zwitch)/u.test(name);

/** A package and every package it depends on, as installed (the reader's bundle carries mammoth whole). */
function dependencyClosure(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
  } catch {
    return seen;
  }
  for (const dep of Object.keys(manifest.dependencies ?? {})) dependencyClosure(dep, seen);
  return seen;
}
// The workers carry mammoth whole; pdf.js is a script of its own (below), loaded only by the workers that read a PDF.
const READER_BUNDLED = dependencyClosure('mammoth');

const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

rmSync(OUT, { recursive: true, force: true });

const zodEnglishOnly = {
  // zod re-exports its ~50 message locales (370 KB) as `z.locales`; we never switch zod's locale (our messages
  // are our own), so the bundle carries English only, which zod registers itself.
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[/\\]node_modules[/\\]zod[/\\]/u.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-english-only' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: `export { default as en } from ${JSON.stringify(join(ROOT, 'node_modules', 'zod', 'v4', 'locales', 'en.js'))};`,
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};
const externalPackages = (bundled = isBundled) => ({
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./#]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      return bundled(packageName(args.path)) ? undefined : { external: true };
    });
  },
});

await build({
  // The worker processes' entries too (the pool's and the single reader's): each process then starts from a few
  // files, and compiledWorkerUrl() finds them next to the bundle's chunks.
  entryPoints: {
    kehoach: join(ROOT, 'dist', 'cli', 'entry.js'),
    worker: join(ROOT, 'dist', 'batch', 'worker.js'),
    'isolate-worker': join(ROOT, 'dist', 'load', 'isolate-worker.js'),
  },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // CommonJS packages inside an ES module bundle call require() for Node's built-ins.
  banner: { js: "import { createRequire as __kehoachRequire } from 'node:module'; const require = __kehoachRequire(import.meta.url);" },
  plugins: [zodEnglishOnly, externalPackages()],
});
// The bundle's chunks are ES modules whatever the nearest package.json says.
writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n');

/**
 * Bundles `entry` (a file, or `{ contents }` of a module) as one CommonJS script at `outfile`, `bundled` saying which
 * packages go in. `import.meta.url` becomes the script's own URL (every module of it sits in dist/bundle/, as in the
 * ES module build); a package outside it is imported with import() by bin/code-cache.js on the script's behalf
 * (`__kehoachImport`), since a vm script cannot import by itself.
 */
async function buildScript(entry, outfile, bundled = isBundled) {
  await build({
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: ROOT, loader: 'js' } }),
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    // Strict, as the ES modules it is made of: esbuild writes "use strict" only when some input file has it, and only
    // as the first statement is it a directive — the script's own URL therefore comes from bin/code-cache.js's
    // wrapper, not a banner line (which made a bundle sloppy: a Word batch +8 % CPU).
    banner: { js: '"use strict";' },
    define: { 'import.meta.url': '__kehoachModuleUrl' },
    plugins: [zodEnglishOnly, externalPackages(bundled)],
  });
  // Every import() left is of a module outside the bundle: a package name, or (in pdf.js, for code paths we do not
  // use: its own worker file, which src/load/pdf.ts provides instead, and a JPEG 2000 decoder) a computed path.
  const script = readFileSync(outfile, 'utf8');
  writeFileSync(outfile, script.replace(/\bimport\((?=\s*(?:\/\*[^*]*\*\/\s*)*[\w"'])/gu, '__kehoachImport('));
}
// The CLI as one CommonJS script.
const CJS = join(OUT, 'kehoach.cjs');
await buildScript(join(ROOT, 'dist', 'cli', 'entry.js'), CJS);
// The isolated reader of a one-file check starts the same way: one CommonJS script, mammoth and its dependencies
// inside, run with its code cache by a small entry (what src/load/isolate.ts starts), which writes its caches when
// its variable is set. The pool's workers stay ES modules (dist/bundle/worker.js from the build above): bundled as
// a script they started faster (a 3-file batch −15 % CPU) but ran a long batch slower (the 200-file Word set with
// --jobs 1: +10 % CPU, 5 pairs; +2 % to +30 % in other runs on this noisy machine), and a batch is long.
// pdf.js (pdf-parse, pdfjs-dist and the pdf.js worker module src/load/pdf.ts loads) is one more script, pdfjs.cjs,
// run with its own cache on the reader's first import of those packages: in the reader's script it would make every
// Word read deserialise some 2 MB more cache (measured: a one-file .docx check +11 %). The native canvas package
// pdf.js requires stays in node_modules.
const PDFJS = join(OUT, 'pdfjs.cjs');
await buildScript(
  { contents: "export * as pdfParse from 'pdf-parse';\nexport * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';\n" },
  PDFJS,
  (name) => name === 'pdf-parse' || name === 'pdfjs-dist',
);
const PACKAGES = {
  'pdf-parse': { script: './pdfjs.cjs', key: 'pdfParse' },
  'pdfjs-dist/legacy/build/pdf.worker.mjs': { script: './pdfjs.cjs', key: 'pdfWorker' },
};
const READER = join(OUT, 'isolate-worker.cjs');
await buildScript(join(ROOT, 'dist', 'load', 'isolate-worker.js'), READER, (name) => isBundled(name) || READER_BUNDLED.has(name));
writeFileSync(
  join(OUT, 'isolate-worker.js'),
  `// Made by scripts/bundle.mjs: starts the isolated reader from its CommonJS bundle with V8's code cache.
import { fileURLToPath } from 'node:url';
import { runWithCodeCache } from '../../bin/code-cache.js';
import { compileRegexpsOnce } from '../text/regexp-compile.js';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const packages = ${JSON.stringify(PACKAGES)};
for (const p of Object.values(packages)) p.script = here(p.script);
compileRegexpsOnce();
runWithCodeCache(here('./isolate-worker.cjs'), { writeCache: Boolean(process.env.KEHOACH_WRITE_READER_CODE_CACHE), packages });
`,
);

// The code cache: one check of a short plan through bin/kehoach.js, which saves V8's compiled code at exit
// (the functions that check compiled too, not only the top level). A cache V8 rejects (another Node version or
// flags) is ignored at run time.
const work = mkdtempSync(join(tmpdir(), 'kehoach-bundle-'));
try {
  const { WARM_UP_PLAN } = await import(pathToFileURL(join(ROOT, 'dist', 'data', 'warm-up-plan.js')).href);
  const plan = join(work, 'plan.txt');
  writeFileSync(plan, WARM_UP_PLAN);
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'kehoach.js'), 'check', plan, '--format', 'json', '--output', join(work, 'out.json')], {
    env: { ...process.env, KEHOACH_WRITE_CODE_CACHE: '1' },
    encoding: 'utf8',
  });
  if (r.status === null || r.status > 1) console.warn(`bundle: the code cache run failed (${r.status ?? r.signal}): ${r.stderr.slice(0, 500)}`);
  await writeReaderCaches(plan, work);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * The reader's code caches (its script's and pdfjs.cjs's): its entry, started as src/load/spawn.ts starts it (the
 * V8 flags are part of a cache's key), reads a Word rendition of the warm-up plan (made with the fixtures'
 * generator, fixtures/docx/txt-to-docx.mjs) and a seed PDF, and saves the compiled code when it exits. Without the
 * generator (an installed package) the reader runs without a cache.
 */
async function writeReaderCaches(plan, work) {
  const docx = join(work, 'plan.docx');
  const made = spawnSync(process.execPath, [join(ROOT, 'fixtures', 'docx', 'txt-to-docx.mjs'), plan, docx], { encoding: 'utf8' });
  if (made.status !== 0) {
    console.warn(`bundle: no Word plan for the reader's code caches: ${made.stderr.slice(0, 300)}`);
    return;
  }
  const [{ sniffFormat }, { DEFAULT_LIMITS }, { isolateExecArgv }] = await Promise.all([
    import(pathToFileURL(join(ROOT, 'dist', 'load', 'sniff.js')).href),
    import(pathToFileURL(join(ROOT, 'dist', 'load', 'limits.js')).href),
    import(pathToFileURL(join(ROOT, 'dist', 'load', 'spawn.js')).href),
  ]);
  const reader = fork(join(OUT, 'isolate-worker.js'), [], {
    execArgv: isolateExecArgv(DEFAULT_LIMITS.maxMemoryMb),
    env: { ...process.env, KEHOACH_WRITE_READER_CODE_CACHE: '1' },
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  reader.stderr.on('data', (d) => (stderr += d));
  // A PDF too, so that pdf.js's code is in the caches: a seed of the fixtures (no PDF writer here sets Vietnamese text).
  const files = [docx, join(ROOT, 'fixtures', 'pdf', 'seed001.pdf')].filter((f) => existsSync(f));
  let ok = true;
  for (const [i, path] of files.entries()) {
    const bytes = new Uint8Array(readFileSync(path));
    ok &&= await new Promise((resolve) => {
      reader.once('message', (m) => resolve(m?.ok === true));
      reader.once('exit', () => resolve(false));
      reader.send({ id: i + 1, bytes, sniff: sniffFormat(bytes, path), options: { limits: DEFAULT_LIMITS }, path });
    });
  }
  if (reader.connected) reader.disconnect();
  await new Promise((resolve) => (reader.exitCode === null && reader.signalCode === null ? reader.on('exit', resolve) : resolve()));
  if (!ok) console.warn(`bundle: the reader's code cache run failed: ${stderr.slice(0, 500)}`);
}
