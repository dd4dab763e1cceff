// Checks many files and returns results in input order (sequential; see pool.ts for --jobs).
import type { FileResult } from '../model/finding.js';
import type { Io } from '../cli/io.js';
import type { CheckOptions } from '../check.js';

export interface BatchOptions {
  lang: 'vi' | 'en';
  io: Io;
  jobs: number | undefined;
  debug: boolean;
  progress: boolean;
  /** Cache file path, or null for no cache. */
  cache: string | null;
  optionsFor: (file: string) => CheckOptions;
}

export async function checkFiles(files: readonly string[], options: BatchOptions): Promise<FileResult[]> {
  const { checkFile } = await import('../check.js');
  const results: FileResult[] = [];
  for (const file of files) results.push(await checkFile(file, options.optionsFor(file)));
  return results;
}
