// One Tesseract recognition per distinct page image per test run. test/load/ocr.test.ts, ocr-layout.test.ts and
// glyph-map.test.ts (and the CLI processes they start) recognise some of the same pages — page 5 of
// fixtures/pdf/seed003-scanned.pdf three times — at some 3 s of CPU a page. The global setup puts a small `tesseract`
// in front of the real one on PATH: a recognition (`tesseract IMAGE - ARGS…`) is keyed by the SHA-256 of the image
// bytes and the arguments, run once, and its output replayed byte for byte to later callers in any test file;
// everything else (--version, --list-langs) goes straight to the real program. Entries live only in a folder made
// for the run and removed at its end, so every run recognises every page at least once. Where Tesseract is not
// installed nothing is put in front of it (the OCR tests then skip, saying why).
import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The program `name` as PATH finds it, or null. */
function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not here
    }
  }
  return null;
}

const shellQuote = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

/**
 * Puts the caching `tesseract` first on this process's PATH (vitest starts its workers, and they the CLI, with this
 * environment). Returns the teardown that removes it and its cache.
 */
export function installOcrCache(): () => void {
  const real = onPath('tesseract');
  if (process.platform === 'win32' || !real || !onPath('sha256sum')) return () => undefined;
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-test-tesseract-'));
  const bin = join(dir, 'bin');
  const cache = join(dir, 'cache');
  mkdirSync(bin);
  mkdirSync(cache);
  const script = `#!/bin/sh
# Made by test/_ocr-cache.ts for one test run: replays Tesseract's output for an image and arguments seen before.
real=${shellQuote(real)}
cache=${shellQuote(cache)}
if [ "$#" -lt 2 ] || [ "$2" != "-" ] || [ ! -f "$1" ]; then exec "$real" "$@"; fi
image=$1
shift
key=$( { sha256sum < "$image"; printf '%s\\n' "$@"; } | sha256sum | cut -c1-64)
if [ "\${#key}" -ne 64 ]; then exec "$real" "$image" "$@"; fi
if [ -f "$cache/$key" ]; then
  cat "$cache/$key"
  exit 0
fi
"$real" "$image" "$@" > "$cache/.$$"
status=$?
if [ "$status" -eq 0 ]; then mv -f "$cache/.$$" "$cache/$key"; cat "$cache/$key"; else cat "$cache/.$$"; rm -f "$cache/.$$"; fi
exit "$status"
`;
  writeFileSync(join(bin, 'tesseract'), script, { mode: 0o755 });
  try {
    // A temporary folder mounted noexec, or no /bin/sh: the tests then run the real program every time.
    execFileSync(join(bin, 'tesseract'), ['--version'], { stdio: 'ignore', timeout: 60_000 });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return () => undefined;
  }
  const previous = process.env.PATH;
  process.env.PATH = `${bin}${delimiter}${previous ?? ''}`;
  return () => {
    process.env.PATH = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
