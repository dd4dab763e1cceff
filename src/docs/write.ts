// `npm run docs`: writes docs/rules/<id>.md and the catalogue table from the rules' metadata.
// `--check` writes nothing and exits 1 when a page is stale (what test/docs.test.ts asserts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../rules/index.js';
import { handWrittenPart, renderIndex, renderRulePage } from './rule-pages.js';

/** Every generated file: path under docs/rules and its content, from what is on disk now. */
export function generatedDocs(rulesDir: string): { path: string; content: string; current: string | null }[] {
  const read = (p: string): string | null => (existsSync(p) ? readFileSync(p, 'utf8') : null);
  const out = RULES.map((rule) => {
    const path = join(rulesDir, `${rule.id}.md`);
    const current = read(path);
    return { path, content: renderRulePage(rule, handWrittenPart(current ?? '')), current };
  });
  const index = join(rulesDir, 'README.md');
  const current = read(index);
  out.push({ path: index, content: renderIndex(RULES, current ?? '# Rule catalogue\n'), current });
  return out;
}

function main(): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const check = process.argv.includes('--check');
  const stale = generatedDocs(join(root, 'docs', 'rules')).filter((f) => f.content !== f.current);
  if (check) {
    for (const f of stale) process.stderr.write(`stale: ${f.path} (run npm run docs)\n`);
    return stale.length ? 1 : 0;
  }
  for (const f of stale) {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.content);
    process.stdout.write(`wrote ${f.path}\n`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
