// The order test files start in. Vitest starts the files that took longest last time first, from its results cache
// (node_modules/.vite); a fresh checkout (CI: `npm ci`) has no such cache, and the files then start in the order the
// file system lists them, which can leave one of the long files to start last, while the other worker idles. Without
// a cache, the files known to be long start first, longest first (seconds measured on 2 cores, a full run of
// 2026-11-30; only the order depends on them, never a result), then the others, larger files first.
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONG: Record<string, number> = {
  'test/hostile/security.test.ts': 63,
  'test/load/ocr.test.ts': 39,
  'test/cli/cli.test.ts': 32,
  'test/hostile/cli.test.ts': 28,
  'test/load/ocr-layout.test.ts': 21,
  'test/load/glyph-map.test.ts': 19,
  'test/hostile/corpus.test.ts': 16,
  'test/load/md.test.ts': 15,
  'test/batch/pool.test.ts': 15,
  'test/annotate/docx.test.ts': 14,
  'test/annotate/libreoffice.test.ts': 12,
  'test/batch/cli.test.ts': 11,
  'test/hostile/native-abort.test.ts': 9,
  'test/real/real-corpus.test.ts': 8,
  'test/cli/bundle.test.ts': 8,
  'test/load/isolate.test.ts': 7,
  'test/report/sarif.test.ts': 6,
};

export default class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const key = (f: TestSpecification): string => `${f.project.name}:${relative(root, f.moduleId)}`;
    if (files.every((f) => this.ctx.cache.getFileTestResults(key(f)))) return super.sort(files);
    const size = (f: TestSpecification): number => {
      try {
        return statSync(f.moduleId).size;
      } catch {
        return 0;
      }
    };
    const weight = new Map(files.map((f) => [f, [LONG[relative(root, f.moduleId).split('\\').join('/')] ?? 0, size(f)] as const]));
    return [...files].sort((a, b) => {
      const [sa, za] = weight.get(a) as readonly [number, number];
      const [sb, zb] = weight.get(b) as readonly [number, number];
      return sb - sa || zb - za;
    });
  }
}
