// Finds plan files under the given folders, files and globs: recursive, sorted, .kehoachignore honoured,
// symlink loops and unreadable entries reported instead of crashing.
import { existsSync, lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILES } from '../config/load.js';
import { displayName, fsPath, isUtf8, registerRawPath } from '../load/raw-path.js';

export const PLAN_EXTENSIONS = new Set(['.docx', '.pdf', '.txt', '.doc', '.md', '.markdown', '.html', '.htm']);

/**
 * A folder's own documentation in Markdown (README.md, CHANGELOG.md …) is not a plan: a folder walk skips it.
 * Named on the command line, it is checked like any file.
 */
const REPO_DOC_RE = /^(?:readme|changelog|changes|history|license|licence|contributing|code_of_conduct|security|authors|notice)(?:\.[^.]+)?\.(?:md|markdown)$/iu;

/** Whether a folder walk takes this file name as a plan. */
export function isPlanFileName(name: string): boolean {
  return PLAN_EXTENSIONS.has(extname(name).toLowerCase()) && !REPO_DOC_RE.test(name);
}
export const IGNORE_FILE = '.kehoachignore';

export interface Discovery {
  files: string[];
  /** Paths given on the command line that do not exist, and globs that matched no plan file. */
  missing: string[];
  /** Entries that could not be listed or read (permissions …), with the error code. */
  unreadable: { path: string; code: string }[];
  /** Symlinks inside a checked folder that lead outside it: not followed (a submission cannot pull in other files). */
  outside: string[];
  /**
   * Configuration and ignore files found inside checked folders and not applied (unless per-folder lookup is
   * asked for): a submitted folder cannot switch the checks off or hide its own plans.
   */
  foreignSettings: string[];
}

export interface DiscoverOptions {
  /**
   * Read .kehoachignore files inside the checked folders (each applies below its folder), as document
   * repositories that keep their own settings want. Default: only the nearest .kehoachignore at or above the
   * working directory applies (the checker's side), to paths relative to its folder.
   */
  perFolder?: boolean;
}

/**
 * One compiled glob: "**" for any number of folders, or the alternatives of one name pattern
 * (brace-expanded, as code points) where "*" is any run of characters and "?" one character.
 * Matching is done without regexes, in O(pattern × name) per segment: no catastrophic backtracking.
 */
export type GlobSegment = '**' | string[][];

const GLOB_META_RE = /[*?{]/u;
const MAX_BRACE_ALTERNATIVES = 256;

/** Whether a command-line input is a glob pattern rather than a path. */
export function isGlob(input: string): boolean {
  return GLOB_META_RE.test(input);
}

/** Expands "{a,b}" groups (not nested) of one name pattern; an unclosed "{" is literal. */
function expandBraces(seg: string): string[] {
  const open = seg.indexOf('{');
  const close = open < 0 ? -1 : seg.indexOf('}', open);
  if (close < 0) return [seg];
  const head = seg.slice(0, open);
  const tails = expandBraces(seg.slice(close + 1));
  const out: string[] = [];
  for (const alt of seg.slice(open + 1, close).split(',')) {
    for (const tail of tails) {
      if (out.length >= MAX_BRACE_ALTERNATIVES) return out;
      out.push(head + alt + tail);
    }
  }
  return out;
}

function compileSegment(seg: string): GlobSegment {
  return seg === '**' ? '**' : expandBraces(seg).map((alt) => Array.from(alt));
}

/** Wildcard match of one name (code points) by the classic greedy two-pointer algorithm. */
function wildcard(p: readonly string[], s: readonly string[]): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < s.length) {
    if (i < p.length && (p[i] === '?' || p[i] === s[j])) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      mark = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}

/** Whether the "/"-separated `path` matches all of `pattern` (memoised over segment positions). */
export function matchSegments(pattern: readonly GlobSegment[], path: string): boolean {
  const names = path.split('/').map((n) => Array.from(n));
  const memo = new Map<number, boolean>();
  const m = (i: number, j: number): boolean => {
    const key = i * (names.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok: boolean;
    const seg = pattern[i];
    if (seg === undefined) ok = j === names.length;
    else if (seg === '**') ok = m(i + 1, j) || (j < names.length && m(i, j + 1));
    else {
      const name = names[j];
      ok = name !== undefined && seg.some((alt) => wildcard(alt, name)) && m(i + 1, j + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return m(0, 0);
}

/** A compiled .kehoachignore line. */
export interface IgnoreRule {
  test(rel: string): boolean;
}

/**
 * An ignore line: "*" within a name, "**" across folders, "?" one character. Without a leading "/"
 * it matches at any depth; a trailing "/" is accepted; a match also excludes everything below it.
 */
export function compileIgnore(line: string): IgnoreRule {
  let g = line.trim().replace(/\\/gu, '/');
  if (g.endsWith('/')) g = g.slice(0, -1);
  const anchored = g.startsWith('/');
  const segments = g.split('/').filter(Boolean).map(compileSegment);
  const pattern: GlobSegment[] = [...(anchored ? [] : ['**' as const]), ...segments, '**'];
  return { test: (rel) => matchSegments(pattern, rel.normalize('NFC')) };
}

export interface InputGlob {
  /** The folder the walk starts from: the pattern's leading segments without wildcards ("." when none). */
  base: string;
  /** Tests a path relative to `base`, "/"-separated. */
  test(rel: string): boolean;
  /** How many folders deep a match can lie below `base` (Infinity with "**"). */
  maxDepth: number;
}

/**
 * Splits a command-line glob ("plans/**\/*.docx", "hồ sơ/*.{pdf,txt}") into the literal base folder and
 * a matcher for paths relative to it. "**" matches zero or more folders; names compare in NFC.
 */
export function compileInputGlob(pattern: string): InputGlob {
  const normalized = (sep === '\\' ? pattern.replace(/\\/gu, '/') : pattern).normalize('NFC');
  const absolute = normalized.startsWith('/');
  const segments = normalized.split('/').filter((s, i) => s !== '' && !(s === '.' && i > 0));
  const firstMeta = segments.findIndex((s) => GLOB_META_RE.test(s));
  const literal = firstMeta < 0 ? segments : segments.slice(0, firstMeta);
  const rest = firstMeta < 0 ? [] : segments.slice(firstMeta);
  const compiled = rest.map(compileSegment);
  const base = literal.length ? `${absolute ? '/' : ''}${literal.join('/')}` : absolute ? '/' : '.';
  const maxDepth = rest.includes('**') ? Infinity : Math.max(0, rest.length - 1);
  return { base, test: (rel) => matchSegments(compiled, rel.normalize('NFC')), maxDepth };
}

function readIgnore(dir: string): IgnoreRule[] {
  try {
    return readFileSync(join(dir, IGNORE_FILE), 'utf8')
      .split(/\r?\n/u)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map(compileIgnore);
  } catch {
    return [];
  }
}

/** The nearest folder at or above `dir` holding a .kehoachignore, or null. */
export function findIgnoreDir(dir: string): string | null {
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (existsSync(join(current, IGNORE_FILE))) return current;
    if (dirname(current) === current) return null;
  }
}

/** The settings files of ours among `names` (in `dir`, read at `absDir`): configs, ignore files, package.json with a "kehoach" key. */
function settingsFilesIn(dir: string, absDir: string, names: readonly string[]): string[] {
  // Read through fsPath: the folder's own name may not be UTF-8.
  const out: string[] = [];
  for (const name of names) {
    if (name === IGNORE_FILE || (CONFIG_FILES as readonly string[]).includes(name)) out.push(join(dir, name));
    else if (name === 'package.json') {
      try {
        if ((JSON.parse(readFileSync(fsPath(join(absDir, name)), 'utf8')) as Record<string, unknown>)['kehoach'] !== undefined) out.push(join(dir, name));
      } catch {
        // Not ours.
      }
    }
  }
  return out;
}

function errCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? 'EIO';
}

/**
 * Expands folders, files and globs into the plan files to check, in a stable order: inputs in the order
 * given, each folder's entries sorted the Vietnamese way; a file reached twice is listed once.
 */
export function discover(inputs: readonly string[], cwd: string, options: DiscoverOptions = {}): Discovery {
  const files: string[] = [];
  const missing: string[] = [];
  const unreadable: { path: string; code: string }[] = [];
  const outside: string[] = [];
  const foreignSettings: string[] = [];
  const perFolder = options.perFolder === true;
  // The checker's own ignore file: the nearest at or above the working directory, relative to its folder.
  const trustedDir = findIgnoreDir(cwd);
  const trusted = trustedDir ? readIgnore(trustedDir) : [];
  const trustedIgnores = (path: string): boolean => {
    if (!trustedDir || trusted.length === 0) return false;
    const rel = relative(trustedDir, resolve(cwd, path)).split(sep).join('/');
    return !rel.startsWith('../') && rel !== '..' && trusted.some((r) => r.test(rel));
  };
  /** Folders at or above the working directory: their settings are the checker's, not a submission's. */
  const cwdReal = realOfDir(cwd);
  /** What fs is given for an input-relative path: the raw bytes of a name that is not UTF-8. */
  const fsp = (path: string): string | Buffer => fsPath(resolve(cwd, path));
  /** The raw bytes of an input-relative path (for building its children's raw paths). */
  const rawOf = (path: string): Buffer => {
    const p = fsp(path);
    return typeof p === 'string' ? Buffer.from(p) : p;
  };
  const isAboveCwd = (real: string): boolean => cwdReal === real || cwdReal.startsWith(real.endsWith(sep) ? real : real + sep);
  /** Whether `real` (a resolved path) lies inside the folder `rootReal`. */
  const within = (real: string, rootReal: string): boolean => real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
  const realOf = (path: string): string | null => {
    try {
      return realKey(fsp(path));
    } catch {
      return null;
    }
  };
  const seenFiles = new Set<string>();

  const addFile = (path: string): void => {
    const key = resolve(cwd, path);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    files.push(path);
  };

  /** Walks `dir` (an input-relative path); `accept` decides on each plan file by its path relative to the root. */
  const walk = (
    dir: string,
    root: string,
    ignores: IgnoreRule[],
    seenDirs: Set<string>,
    accept: (rel: string) => boolean,
    depthLeft = Infinity,
  ): void => {
    let real: string;
    try {
      real = realKey(fsp(dir));
    } catch (err) {
      unreadable.push({ path: dir, code: errCode(err) });
      return;
    }
    if (seenDirs.has(real)) return; // symlink loop or a folder reached twice
    seenDirs.add(real);
    const rules = perFolder ? [...ignores, ...readIgnore(resolve(cwd, dir))] : ignores;
    let entries: string[];
    try {
      // As bytes: a name that is not UTF-8 (Windows names left by unzip) would decode to U+FFFD and could not be
      // opened under that name. It is listed under its escaped display name, its raw bytes kept for fs.
      const raw = readdirSync(fsp(dir), { encoding: 'buffer' });
      const dirRaw = typeof fsp(dir) === 'string' ? null : rawOf(dir);
      entries = [];
      for (const name of raw) {
        const valid = isUtf8(name);
        const text = valid ? name.toString('utf8') : displayName(name);
        // A child of a folder found by its bytes, or a name that is not UTF-8, keeps its raw path.
        if (!valid || dirRaw) registerRawPath(resolve(cwd, dir, text), Buffer.concat([dirRaw ?? Buffer.from(resolve(cwd, dir)), Buffer.from(sep), name]));
        entries.push(text);
      }
      entries.sort((a, b) => a.localeCompare(b, 'vi'));
    } catch (err) {
      unreadable.push({ path: dir, code: errCode(err) });
      return;
    }
    if (!perFolder && !isAboveCwd(real)) foreignSettings.push(...settingsFilesIn(dir, resolve(cwd, dir), entries));
    for (const name of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      const rel = relative(root, path).split(sep).join('/');
      if (rules.some((r) => r.test(rel)) || trustedIgnores(path)) continue;
      let st;
      try {
        st = statSync(fsp(path));
      } catch (err) {
        const code = errCode(err);
        // A dangling symlink is not a plan (ENOENT), nor a link chain that never ends (ELOOP).
        if (code !== 'ENOENT' && code !== 'ELOOP') unreadable.push({ path, code });
        continue;
      }
      // A link that leads out of the checked folder is not followed: what a folder holds is what is checked.
      if (lstatSync(fsp(path)).isSymbolicLink()) {
        const target = realOf(path);
        const rootReal = realOf(root);
        if (target === null || rootReal === null || !within(target, rootReal)) {
          if (st.isDirectory() || isPlanFileName(name)) outside.push(path);
          continue;
        }
      }
      if (st.isDirectory()) {
        if (depthLeft > 0) walk(path, root, rules, seenDirs, accept, depthLeft - 1);
      }
      else if (st.isFile() && isPlanFileName(name) && accept(rel)) addFile(path);
    }
  };

  for (const input of inputs) {
    const abs = resolve(cwd, input);
    // An existing path is taken literally, even when its name holds "*", "?" or "{".
    if (isGlob(input) && !existsSync(abs)) {
      const { base, test, maxDepth } = compileInputGlob(input);
      let baseStat;
      try {
        baseStat = statSync(resolve(cwd, base));
      } catch (err) {
        const code = errCode(err);
        if (code === 'ENOENT' || code === 'ENOTDIR') missing.push(input);
        else unreadable.push({ path: base, code });
        continue;
      }
      let matched = 0;
      if (baseStat.isDirectory()) {
        // Names are compared in NFC: macOS and some zip tools store Vietnamese file names decomposed.
        walk(base, base, [], new Set(), (rel) => {
          const ok = test(rel);
          if (ok) matched++;
          return ok;
        }, maxDepth);
      }
      if (matched === 0) missing.push(input);
      continue;
    }
    let st;
    try {
      st = statSync(abs);
    } catch (err) {
      const code = errCode(err);
      // A name that is not UTF-8 reaches us with U+FFFD for each bad sequence: look it up among the folder's names.
      const named = (code === 'ENOENT' || code === 'ENOTDIR') && input.includes('\uFFFD') ? lossyMatches(input, cwd) : [];
      for (const m of named) {
        registerRawPath(resolve(cwd, m.display), m.raw);
        const mst = statOrNull(m.raw);
        if (mst?.isDirectory()) walk(m.display, m.display, [], new Set(), () => true);
        else if (mst) addFile(m.display);
      }
      if (named.length > 0) continue;
      if (code === 'ENOENT' || code === 'ENOTDIR') missing.push(input);
      else unreadable.push({ path: input, code });
      continue;
    }
    // A file named explicitly is checked whatever its extension (the loader sniffs its content).
    if (st.isDirectory()) walk(input, input, [], new Set(), () => true);
    else addFile(input);
  }
  return { files, missing, unreadable, outside, foreignSettings };
}

/** A real path as a string of its bytes (one character per byte), so names that are not UTF-8 stay distinct. */
function realKey(path: string | Buffer): string {
  // The native realpath: the JavaScript one decodes a Buffer path to a string and then cannot find it.
  return realpathSync.native(path, { encoding: 'buffer' }).toString('latin1');
}

function realOfDir(dir: string): string {
  try {
    return realKey(dir);
  } catch {
    return Buffer.from(resolve(dir)).toString('latin1');
  }
}

function statOrNull(path: string | Buffer): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** At most this many paths are taken for one command-line name that several names on disk read as. */
const MAX_LOSSY_MATCHES = 64;

/**
 * The paths on disk that a command-line path holding U+FFFD stands for: the shell passed bytes that are not UTF-8,
 * and Node decoded each bad sequence to U+FFFD. Each such segment is looked up among its folder's names by
 * decoding them the same way; when several names read the same, all of them are taken (none is lost).
 */
function lossyMatches(input: string, cwd: string): { display: string; raw: Buffer }[] {
  const absolute = isAbsolute(input);
  let found: { display: string[]; raw: Buffer[] }[] = [{ display: [], raw: [] }];
  const base = Buffer.from(absolute ? '' : resolve(cwd));
  const segments = input.split(sep);
  segments.forEach((seg) => {
    if (!seg.includes('\uFFFD')) {
      for (const f of found) {
        f.display.push(seg);
        f.raw.push(Buffer.from(seg));
      }
      return;
    }
    const next: typeof found = [];
    for (const f of found) {
      const folderBytes = Buffer.concat([base, ...f.raw.flatMap((r, k) => (k === 0 && absolute ? [r] : [Buffer.from(sep), r]))]);
      let names: Buffer[] = [];
      try {
        names = readdirSync(folderBytes.length ? folderBytes : Buffer.from(sep), { encoding: 'buffer' });
      } catch {
        // Not a folder: no match below it.
      }
      for (const name of names) {
        if (name.toString('utf8') !== seg || next.length >= MAX_LOSSY_MATCHES) continue;
        next.push({ display: [...f.display, displayName(name)], raw: [...f.raw, name] });
      }
    }
    found = next;
  });
  return found.map((f) => {
    const rel = Buffer.concat(f.raw.flatMap((r, k) => (k === 0 ? [r] : [Buffer.from(sep), r])));
    return { display: f.display.join(sep), raw: absolute ? rel : Buffer.concat([base, Buffer.from(sep), rel]) };
  });
}
