// Which worker a CLI run will want, decided from its arguments alone, before any module of the pipeline is loaded
// (src/cli/entry.ts starts that worker first; src/load/prewarm.ts keeps it until it is adopted).
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

/**
 * `check` naming one Word, PDF, .doc, Markdown or HTML file (and no plain text, no `--ocr`): its reading runs in an
 * isolated reader process and the check in this one (see src/batch/run.ts); more files, or `--ocr`, go to the pool.
 * Plain text, folders (not known before they are listed), other commands and help start nothing. A wrong guess
 * costs only the start of a worker that is then ended.
 */
export function prewarmTarget(argv: readonly string[]): PrewarmTarget {
  if (argv[0] !== 'check' || argv.includes('--help') || argv.includes('-h')) return null;
  const named = argv.slice(1).filter((a) => !a.startsWith('-'));
  const elsewhere = named.filter((a) => READ_ELSEWHERE.test(a));
  if (elsewhere.length === 0) return null;
  const [only] = elsewhere;
  if (elsewhere.length === 1 && only !== undefined && !named.some((a) => /\.txt$/iu.test(a)) && !argv.includes('--ocr')) {
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
