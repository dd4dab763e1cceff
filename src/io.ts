// Process I/O as an injectable object so main() is testable, and atomic file output (shared by the CLI and the batch cache).
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is an interactive terminal (colour, progress). */
  isTTY: boolean;
  stderrIsTTY: boolean;
}

/** Temporary files being written right now: removed if the run is interrupted. */
const pendingTemps = new Set<string>();
let signalsInstalled = false;

/**
 * Ctrl-C and SIGTERM end the run with 130 / 143 (128 + signal number, as shells report) after removing any
 * temporary file being written; the checking processes end with their parent (their IPC channel closes).
 */
function installSignalHandlers(): void {
  if (signalsInstalled) return;
  signalsInstalled = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      for (const tmp of pendingTemps) rmSync(tmp, { force: true });
      process.exit(code);
    });
  }
}

export function processIo(): Io {
  installSignalHandlers();
  // A closed pipe (`kehoach check … | head -1`) ends the run quietly instead of printing an EPIPE stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

/** Writes a report to a resolved target: atomically onto regular files and new paths, straight into devices and FIFOs. */
export function writeTarget(target: { path: string; mode: 'atomic' | 'through' }, content: string): void {
  if (target.mode === 'through') writeFileSync(target.path, content, { encoding: 'utf8' });
  else writeFileAtomic(target.path, content);
}

let tempCount = 0;

/**
 * Writes `content` to `path` atomically: a temporary file in the same folder, then rename. The temporary name
 * needs to be unique, not secret: it is created exclusively ('wx'), so an existing file or link of that name is
 * never followed nor removed.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const unique = `${process.pid.toString(36)}-${(++tempCount).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp = join(dirname(path), `.${basename(path)}.${unique}.tmp`);
  pendingTemps.add(tmp);
  try {
    writeFileSync(tmp, content, { encoding: 'utf8', flag: 'wx' });
    renameSync(tmp, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') rmSync(tmp, { force: true });
    throw err;
  } finally {
    pendingTemps.delete(tmp);
  }
}
