// The result cache: a FileResult per file, reused while the file's content, the tool and the effective
// configuration are unchanged. One JSON file, written atomically.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { CheckOptions } from '../check.js';
import { writeFileAtomic } from '../io.js';
import { FileResultSchema, type FileResult } from '../model/finding.js';

const CACHE_FORMAT = 1;

/**
 * Load errors that say nothing lasting about the file: limits hit on a busy machine, crashes, and the
 * password errors (the next run may bring the right password, and the password itself is not hashed).
 */
const TRANSIENT_ERRORS = new Set(['timeout', 'out-of-memory', 'internal', 'encrypted-pdf', 'wrong-password', 'unreadable', 'not-found']);

const CacheFileSchema = z.object({
  format: z.literal(CACHE_FORMAT),
  tool: z.string(),
  entries: z.record(z.string(), z.object({ key: z.string(), result: z.unknown() })),
});

type Entry = { key: string; result: unknown };

let fingerprint: string | undefined;

/**
 * The tool's identity: package version plus the names, sizes and modification times of the code that
 * runs (dist/ when built, src/ under test), so a rebuilt rule invalidates old results.
 */
export function toolFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const codeDir = dirname(dirname(fileURLToPath(import.meta.url)));
  const hash = createHash('sha256');
  try {
    hash.update(readFileSync(join(dirname(codeDir), 'package.json')));
  } catch {
    hash.update('no-package');
  }
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      let st;
      try {
        st = statSync(path);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(path);
      else if (/\.(?:js|ts|json)$/u.test(name)) hash.update(`${path}\0${st.size}\0${st.mtimeMs}\n`);
    }
  };
  walk(codeDir);
  return (fingerprint = hash.digest('hex'));
}

/** JSON with object keys sorted, so equal configurations hash equally. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Hash of the options that change a result: engine options, language, limits, debug, and whether a password is set. */
export function optionsHash(options: CheckOptions): string {
  const { password, isolate: _isolate, ...rest } = options;
  return createHash('sha256')
    .update(stableJson({ ...rest, password: password !== undefined }))
    .digest('hex');
}

/** The cache key of one file: its content, the tool, and the effective options. */
export function cacheKey(content: Uint8Array, options: CheckOptions): string {
  return createHash('sha256').update(content).update('\0').update(toolFingerprint()).update('\0').update(optionsHash(options)).digest('hex');
}

/** Whether a result may be reused on a later run. */
export function isCacheable(result: FileResult): boolean {
  return !result.error || !TRANSIENT_ERRORS.has(result.error.code);
}

export class ResultCache {
  private readonly entries: Map<string, Entry>;
  private dirty = false;

  private constructor(
    readonly location: string,
    entries: Map<string, Entry>,
  ) {
    this.entries = entries;
  }

  /** Opens the cache at `location`; a missing, unreadable, corrupt or other-version file starts empty. */
  static open(location: string): ResultCache {
    const entries = new Map<string, Entry>();
    try {
      const parsed = CacheFileSchema.safeParse(JSON.parse(readFileSync(location, 'utf8')));
      if (parsed.success && parsed.data.tool === toolFingerprint()) {
        for (const [path, entry] of Object.entries(parsed.data.entries)) entries.set(path, entry);
      }
    } catch {
      // No cache yet, or not JSON: start afresh.
    }
    return new ResultCache(location, entries);
  }

  /** The cached result for `absPath` under `key` (with `displayPath` as its path), or null. */
  get(absPath: string, key: string, displayPath: string): FileResult | null {
    const entry = this.entries.get(absPath);
    if (!entry || entry.key !== key) return null;
    const parsed = FileResultSchema.safeParse({ ...(entry.result as object), path: displayPath });
    return parsed.success ? parsed.data : null;
  }

  set(absPath: string, key: string, result: FileResult): void {
    if (!isCacheable(result)) {
      if (this.entries.delete(absPath)) this.dirty = true;
      return;
    }
    const { path: _path, ...rest } = result;
    this.entries.set(absPath, { key, result: rest });
    this.dirty = true;
  }

  /** Writes the cache if anything changed (atomically: never a half-written file). */
  save(): void {
    if (!this.dirty) return;
    const entries: Record<string, Entry> = {};
    for (const [path, entry] of [...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) entries[path] = entry;
    writeFileAtomic(this.location, JSON.stringify({ format: CACHE_FORMAT, tool: toolFingerprint(), entries }));
    this.dirty = false;
  }
}
