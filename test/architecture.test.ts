// The allowed imports between the layers of src/ (STYLE.md: one-way dependencies). A new edge is a design
// decision: add it here with the reason, or move the code. Every import of every module is read, dynamic ones too.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../src');

/** Each unit of src/ (a folder, or a module at the top) and the units it may import. */
const ALLOWED: Record<string, readonly string[]> = {
  model: [],
  text: [],
  data: ['model', 'text'],
  load: ['model', 'text'],
  parse: ['load', 'model', 'text', 'data'],
  extract: ['data', 'model', 'text', 'parse'],
  engine: ['load', 'model', 'text'],
  rules: ['data', 'engine', 'extract', 'model', 'text'],
  report: ['model'],
  config: ['engine', 'model', 'text'],
  docs: ['engine', 'model', 'rules'],
  eval: ['data', 'extract', 'load', 'model', 'parse', 'text'],
  'io.ts': [],
  'check.ts': ['data', 'engine', 'extract', 'load', 'model', 'parse', 'rules', 'text'],
  'check-options.ts': ['check.ts', 'config'],
  'checker.ts': ['check.ts', 'check-options.ts', 'config', 'engine', 'load', 'model', 'rules'],
  'index.ts': ['check.ts', 'checker.ts', 'config', 'engine', 'model', 'parse'],
  batch: ['check.ts', 'checker.ts', 'config', 'io.ts', 'load', 'model', 'text'],
  annotate: ['check.ts', 'load', 'model', 'text'],
  cli: ['annotate', 'batch', 'check.ts', 'check-options.ts', 'checker.ts', 'config', 'engine', 'io.ts', 'load', 'model', 'report', 'rules', 'text'],
};

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const unitOf = (path: string): string => relative(SRC, path).split('/')[0] as string;

/** Unit → unit edges found in the code, with one example import each. */
export function edges(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of modules(SRC)) {
    const from = unitOf(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/gu)) {
      const target = normalize(join(dirname(file), (m[1] as string).replace(/\.js$/u, '.ts')));
      const to = unitOf(target);
      if (to !== from) found.set(`${from} -> ${to}`, `${relative(SRC, file)}: ${m[1]}`);
    }
  }
  return found;
}

describe('architecture: imports between the layers of src/', () => {
  it('every unit of src/ is known', () => {
    const units = new Set(modules(SRC).map(unitOf));
    expect([...units].filter((u) => !(u in ALLOWED))).toEqual([]);
  });

  it('no import crosses a layer boundary that is not allowed', () => {
    const forbidden = [...edges()].filter(([edge]) => {
      const [from, to] = edge.split(' -> ') as [string, string];
      return !(ALLOWED[from] ?? []).includes(to);
    });
    expect(forbidden.map(([edge, example]) => `${edge} (${example})`)).toEqual([]);
  });

  it('the allowed graph has no cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycle: string[] = [];
    const visit = (u: string, path: string[]): void => {
      if (state.get(u) === 'done') return;
      if (state.get(u) === 'open') {
        cycle.push([...path, u].join(' -> '));
        return;
      }
      state.set(u, 'open');
      for (const v of ALLOWED[u] ?? []) visit(v, [...path, u]);
      state.set(u, 'done');
    };
    for (const u of Object.keys(ALLOWED)) visit(u, []);
    expect(cycle).toEqual([]);
  });
});
