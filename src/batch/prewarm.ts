// Which worker a CLI run will want, decided from its arguments alone, before any module of the pipeline is loaded
// (src/cli/entry.ts starts that worker first; src/load/prewarm.ts keeps it until it is adopted).
import { DEFAULT_LIMITS } from '../load/limits.js';
import { prewarmWorker } from '../load/prewarm.js';
import { compiledWorkerUrl } from '../load/worker-url.js';

let workerUrl: URL | null | undefined;

/**
 * The compiled pool worker entry: next to this module when running from dist/ (or the bundle), else (TypeScript
 * sources under test) the package's dist/batch/worker.js when it has been built. Null when neither exists.
 */
export function poolWorkerUrl(): URL | null {
  if (workerUrl === undefined) workerUrl = compiledWorkerUrl(import.meta.url, 'batch', 'worker.js');
  return workerUrl;
}

const READ_ELSEWHERE = /\.(docx|pdf|doc|md|markdown|html?)$/iu;
const FORMAT_OF_EXTENSION: Readonly<Record<string, string>> = { docx: 'docx', pdf: 'pdf', doc: 'doc', md: 'md', markdown: 'md', htm: 'html', html: 'html' };

/** The worker a run will use: the reader of a single file (and its format), the pool, or none. */
export type PrewarmTarget = { worker: 'reader'; format: string } | { worker: 'pool' } | null;

/** The options of `check` that take a value (the next argument is that value, not a path). */
export const CHECK_VALUE_OPTIONS: ReadonlySet<string> = new Set([
  '-f', '--format', '-o', '--output', '--today', '--lang', '-c', '--config', '--stage', '--profile', '--max-warnings',
  '--fail-on', '--password', '--max-file-mb', '-j', '--jobs', '--cache-location',
]);

/** The paths a `check` command line names (its arguments that are neither options nor option values). */
function pathsOf(args: readonly string[]): string[] {
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('-')) {
      if (CHECK_VALUE_OPTIONS.has(a)) i++;
      continue;
    }
    paths.push(a);
  }
  return paths;
}

/**
 * `check` naming one Word, PDF, .doc, Markdown or HTML file and nothing else, without `--ocr`: its reading runs in an
 * isolated reader process and the check in this one (see src/batch/run.ts). Such a file beside other paths (files
 * or folders), or with `--ocr`: the pool. Only plain text or folders, other commands and help: nothing (a folder's
 * files are not known before it is listed). A wrong guess costs only the start of a worker that is then ended.
 */
export function prewarmTarget(argv: readonly string[]): PrewarmTarget {
  if (argv[0] !== 'check' || argv.includes('--help') || argv.includes('-h')) return null;
  const paths = pathsOf(argv.slice(1));
  const elsewhere = paths.filter((a) => READ_ELSEWHERE.test(a));
  const [only] = elsewhere;
  if (only === undefined) return null;
  if (paths.length === 1 && !argv.includes('--ocr')) {
    const extension = (READ_ELSEWHERE.exec(only)?.[1] ?? '').toLowerCase();
    return { worker: 'reader', format: FORMAT_OF_EXTENSION[extension] ?? extension };
  }
  return { worker: 'pool' };
}

/**
 * Whether a run checks its files here, each read by an isolated reader: one file that is not plain text, without
 * `--ocr` (whose page-by-page time limit is the pool's). Plain text is always checked here.
 */
export function checksHere(files: readonly string[], ocr: boolean): boolean {
  return files.every((f) => /\.txt$/iu.test(f)) || (files.length === 1 && !ocr);
}

/**
 * Starts the worker a CLI run with arguments `argv` will want (prewarmTarget), from the entries `urls`, if any.
 * Called first thing by src/cli/entry.ts and, earlier still, by bin/kehoach.js before it loads the CLI's bundle.
 */
export function prewarmFor(argv: readonly string[], urls: { reader: URL | null; pool: URL | null }): void {
  const target = prewarmTarget(argv);
  if (target?.worker === 'reader' && urls.reader) prewarmWorker(urls.reader, DEFAULT_LIMITS.maxMemoryMb, ['--prepare', target.format]);
  else if (target?.worker === 'pool' && urls.pool) prewarmWorker(urls.pool, DEFAULT_LIMITS.maxMemoryMb);
}
