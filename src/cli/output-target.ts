// Where a report or the cache may be written, decided before any file is checked: never onto an input (compared
// by file identity, so a symlink or another spelling of the path cannot hide it), never replacing a device or a
// FIFO with a regular file, through a symlink to its target.
import { lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fsPath } from '../load/raw-path.js';
import { pattern } from '../text/pattern.js';

export type TargetProblem = 'is-input' | 'is-plan' | 'is-directory' | 'not-a-cache' | 'special-cache' | 'folder-unusable';

export class TargetError extends Error {
  constructor(
    readonly problem: TargetProblem,
    readonly path: string,
    readonly detail = '',
  ) {
    super(`${problem}: ${path}`);
    this.name = 'TargetError';
  }
}

/** How to write a resolved target. */
export interface WriteTarget {
  /** The path to write (a symlink's final target, so the link stays a link). */
  path: string;
  /** 'atomic': temporary file then rename (regular files and new paths); 'through': open and write (devices, FIFOs). */
  mode: 'atomic' | 'through';
}

function statOrNull(path: string | Buffer, follow = true): Stats | null {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch {
    return null;
  }
}

const identity = (st: Stats): string => `${st.dev}:${st.ino}`;

/** Identities (device + inode) of the inputs that exist, the files found inside input folders included. */
export function inputIdentities(files: readonly string[], cwd: string): Set<string> {
  const ids = new Set<string>();
  for (const f of files) {
    // A file found under a name that is not UTF-8 is stat'ed by its raw bytes.
    const st = statOrNull(fsPath(resolve(cwd, f)));
    if (st) ids.add(identity(st));
  }
  return ids;
}

/**
 * Refuses a path that is (or leads to) an input, asking the kernel to follow the links: a link to a file whose
 * name is not UTF-8 cannot be resolved to a string path, but its identity is known.
 */
function refuseInput(requested: string, inputs: ReadonlySet<string>, given: string): void {
  const st = statOrNull(requested);
  if (st && inputs.has(identity(st))) throw new TargetError('is-input', given);
}

/**
 * The final target of a path that may be a symlink (a link to a name that is not UTF-8 resolves to a path that does
 * not exist: the caller then writes through the link itself) (or a chain); the path itself when it does not exist yet. */
function finalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // A dangling link or a new file: write where the link points, else at the path.
    const link = statOrNull(path, false);
    if (link?.isSymbolicLink()) {
      try {
        return resolve(dirname(path), readlinkSync(path, 'utf8'));
      } catch {
        return path;
      }
    }
    return path;
  }
}

/** Ensures the folder of a new file exists (created like `mkdir -p`), or says why it cannot. */
function ensureFolder(path: string): void {
  const dir = dirname(path);
  const st = statOrNull(dir);
  if (st?.isDirectory()) return;
  if (st) throw new TargetError('folder-unusable', dir, 'not a folder');
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new TargetError('folder-unusable', dir, (err as NodeJS.ErrnoException).code ?? '');
  }
}

const DOCUMENT_EXT_RE = /\.(?:docx|doc|pdf)$/iu;
const TEXT_EXT_RE = /\.(?:txt|md|markdown)$/iu;
// A plan's title or Quốc hiệu near the top of a text file; a report's lines start with paths, labels or blanks.
const PLAN_LINE_RE = pattern(String.raw`^[\s*#|]*(?:KẾ\s+HOẠCH|Kế\s+hoạch|CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI)(?![\p{L}\p{N}])`, 'mu');

/**
 * True when an existing file is a plan document rather than an earlier report: a Word or PDF file (no report
 * format has those extensions), or a text file with a plan's title or Quốc hiệu among its first lines. A run
 * must not overwrite one even when it is not among this run's inputs (a mistyped glob: -o plans/*.txt).
 */
function looksLikePlan(path: string): boolean {
  if (DOCUMENT_EXT_RE.test(path)) return true;
  if (!TEXT_EXT_RE.test(path)) return false;
  try {
    return PLAN_LINE_RE.test(readFileSync(path, 'utf8').slice(0, 4000).split('\n').slice(0, 40).join('\n'));
  } catch {
    return false;
  }
}

/** Resolves the report file given with -o. Throws TargetError when writing there would be wrong. */
export function reportTarget(output: string, inputs: ReadonlySet<string>, cwd: string): WriteTarget {
  const requested = resolve(cwd, output);
  refuseInput(requested, inputs, output);
  const path = finalPath(requested);
  const st = statOrNull(path);
  const linked = st ? null : statOrNull(requested);
  if (linked) {
    if (linked.isDirectory()) throw new TargetError('is-directory', output);
    if (linked.isFile() && linked.size > 0 && looksLikePlan(requested)) throw new TargetError('is-plan', output);
    return { path: requested, mode: 'through' };
  }
  if (st && inputs.has(identity(st))) throw new TargetError('is-input', output);
  if (st?.isDirectory()) throw new TargetError('is-directory', output);
  if (st && !st.isFile()) return { path, mode: 'through' };
  if (st && st.size > 0 && looksLikePlan(path)) throw new TargetError('is-plan', output);
  if (!st) ensureFolder(path);
  return { path, mode: 'atomic' };
}

/** Resolves the cache file: a regular file or a new path, never an input, never a file that is not our cache. */
export function cacheTarget(location: string, inputs: ReadonlySet<string>, cwd: string, isCache: (text: string) => boolean): WriteTarget {
  const requested = resolve(cwd, location);
  refuseInput(requested, inputs, location);
  const path = finalPath(requested);
  const st = statOrNull(path);
  if (!st && statOrNull(requested)) throw new TargetError('special-cache', location);
  if (st && inputs.has(identity(st))) throw new TargetError('is-input', location);
  if (st?.isDirectory()) throw new TargetError('is-directory', location);
  if (st && !st.isFile()) throw new TargetError('special-cache', location);
  if (st && st.size > 0) {
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // Unreadable: the cache code reports it when loading.
      return { path, mode: 'atomic' };
    }
    if (!isCache(text)) throw new TargetError('not-a-cache', location);
  }
  if (!st) ensureFolder(path);
  return { path, mode: 'atomic' };
}
