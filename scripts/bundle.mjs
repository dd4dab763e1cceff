// Bundles the CLI (our compiled dist/ plus the small pure-JS packages it loads at start: zod, commander, chalk,
// cli-table3, the Markdown and HTML parsers) into dist/bundle/, split at the dynamic imports, so a run resolves and
// compiles a few files instead of hundreds. Packages that read files of their own at run time (pdf.js, mammoth,
// the dictionary, word-extractor, iconv-lite's tables) stay external and load from node_modules as before.
// Run by `npm run build` after tsc; bin/kehoach.js uses dist/bundle/kehoach.js when it exists.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

rmSync(OUT, { recursive: true, force: true });
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
  plugins: [
    {
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
    },
    {
      name: 'external-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./#]/ }, (args) => {
          if (args.path.startsWith('node:')) return { external: true };
          return isBundled(packageName(args.path)) ? undefined : { external: true };
        });
      },
    },
  ],
});
// The bundle's chunks are ES modules whatever the nearest package.json says.
writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n');
