// Finds plan files under the given paths: recursive, sorted, .kehoachignore honoured, symlink loops and
// unreadable entries reported instead of crashing.
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';

export const PLAN_EXTENSIONS = new Set(['.docx', '.pdf', '.txt', '.doc']);
export const IGNORE_FILE = '.kehoachignore';

export interface Discovery {
  files: string[];
  /** Paths given on the command line that do not exist. */
  missing: string[];
  /** Entries that could not be listed or read (permissions …), with the error code. */
  unreadable: { path: string; code: string }[];
}

/** A tiny glob: "*" within a segment, "**" across segments, "?" one char; a trailing "/" means a directory. */
export function globToRegExp(glob: string): RegExp {
  let g = glob.trim().replace(/\\/gu, '/');
  const dirOnly = g.endsWith('/');
  if (dirOnly) g = g.slice(0, -1);
  const anchored = g.startsWith('/');
  if (anchored) g = g.slice(1);
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const ch = g[i] as string;
    if (ch === '*' && g[i + 1] === '*') {
      re += '.*';
      i++;
      if (g[i + 1] === '/') i++;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/gu, '\\$&');
  }
  return new RegExp(`${anchored ? '^' : '(^|/)'}${re}(/.*)?$`, 'u');
}

function readIgnore(dir: string): RegExp[] {
  try {
    return readFileSync(join(dir, IGNORE_FILE), 'utf8')
      .split(/\r?\n/u)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map(globToRegExp);
  } catch {
    return [];
  }
}

export function discover(inputs: readonly string[], cwd: string): Discovery {
  const files: string[] = [];
  const missing: string[] = [];
  const unreadable: { path: string; code: string }[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  const addFile = (path: string): void => {
    const key = resolve(cwd, path);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    files.push(path);
  };

  const walk = (dir: string, root: string, ignores: RegExp[]): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (err) {
      unreadable.push({ path: dir, code: (err as NodeJS.ErrnoException).code ?? 'EIO' });
      return;
    }
    if (seenDirs.has(real)) return; // symlink loop or a folder reached twice
    seenDirs.add(real);
    const rules = [...ignores, ...readIgnore(dir)];
    let entries: string[];
    try {
      entries = readdirSync(dir).sort((a, b) => a.localeCompare(b, 'vi'));
    } catch (err) {
      unreadable.push({ path: dir, code: (err as NodeJS.ErrnoException).code ?? 'EIO' });
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      const rel = relative(root, path).split(sep).join('/');
      if (rules.some((r) => r.test(rel))) continue;
      let st;
      try {
        st = statSync(path);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
        // A dangling symlink is not a plan; anything else unreadable is reported.
        if (code !== 'ENOENT') unreadable.push({ path, code });
        continue;
      }
      if (st.isDirectory()) walk(path, root, rules);
      else if (st.isFile() && PLAN_EXTENSIONS.has(extname(name).toLowerCase())) addFile(path);
    }
  };

  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let st;
    try {
      st = statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
      if (code === 'ENOENT' || code === 'ENOTDIR') missing.push(input);
      else unreadable.push({ path: input, code });
      continue;
    }
    // A file named explicitly is checked whatever its extension (the loader sniffs its content).
    if (st.isDirectory()) walk(input, input, []);
    else addFile(input);
  }
  return { files, missing, unreadable };
}
