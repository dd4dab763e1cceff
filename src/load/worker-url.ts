// Where the compiled entry of a worker thread is: workers run JavaScript, so the TypeScript sources (under test)
// use the package's built dist/ copy.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `file` next to the calling module (`moduleUrl`, its import.meta.url) when that exists (running from dist/);
 * else `dist/<folder>/<file>` of the nearest package above it, if built; else null.
 */
export function compiledWorkerUrl(moduleUrl: string, folder: string, file: string): URL | null {
  const here = new URL(`./${file}`, moduleUrl);
  if (existsSync(fileURLToPath(here))) return here;
  let dir = dirname(fileURLToPath(moduleUrl));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'dist', folder, file);
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return pathToFileURL(candidate);
    dir = dirname(dir);
  }
  return null;
}
