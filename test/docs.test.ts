// Generated docs are current (npm run docs), and every source tag a rule or data module cites resolves in docs/sources.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from '../src/docs/write.js';
import { RULES } from '../src/rules/index.js';

const ROOT = join(import.meta.dirname, '..');
const RULES_DIR = join(ROOT, 'docs', 'rules');
const SOURCES = readFileSync(join(ROOT, 'docs', 'sources.md'), 'utf8');

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

/** "[KEY]" tags and "DOMAIN §n.m" references in a text. */
function tags(text: string): { keys: string[]; sections: string[] } {
  // Regex character ranges ("[A-Z]", "[0-4]") are not tags.
  const keys = [...text.matchAll(/\[([A-Z0-9][A-Z0-9-]*[A-Z0-9])\]/gu)].map((m) => m[1] as string).filter((k) => !/^.-.$/u.test(k));
  const sections = [...text.matchAll(/DOMAIN\s+((?:§\d+(?:\.\d+)*(?:,\s*|\s+and\s+)?)+)/gu)].flatMap((m) =>
    [...(m[1] as string).matchAll(/§(\d+(?:\.\d+)*)/gu)].map((s) => s[1] as string),
  );
  return { keys, sections };
}

const knownKeys = new Set([...SOURCES.matchAll(/^- \*\*\[([^\]]+)\]\*\*/gmu)].map((m) => m[1]));
const knownSections = new Set([...SOURCES.matchAll(/^\| §(\d+(?:\.\d+)*) \|/gmu)].map((m) => m[1]));

describe('generated rule docs', () => {
  it('every page and the catalogue table are what `npm run docs` writes from the rules', () => {
    const stale = generatedDocs(RULES_DIR)
      .filter((f) => f.content !== f.current)
      .map((f) => relative(ROOT, f.path));
    expect(stale, 'run `npm run docs`').toEqual([]);
  });
  it('no page without a rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const orphans = files(RULES_DIR, '.md')
      .map((p) => relative(RULES_DIR, p).replace(/\.md$/u, ''))
      .filter((id) => id !== 'README' && !ids.has(id));
    expect(orphans).toEqual([]);
  });
  it('a page states the severity of each message the rule declares', () => {
    const page = readFileSync(join(RULES_DIR, 'header', 'date.md'), 'utf8');
    expect(page).toContain('| `form` | `warning` |');
    expect(page).toContain('| `monthPadded` | `info` |');
  });
});

describe('docs/sources.md', () => {
  it('resolves every [KEY] and DOMAIN § of every rule source', () => {
    const missing = RULES.flatMap((r) => {
      const t = tags(r.meta.source ?? '');
      return [...t.keys.filter((k) => !knownKeys.has(k)), ...t.sections.filter((s) => !knownSections.has(s)).map((s) => `§${s}`)].map((x) => `${r.id}: ${x}`);
    });
    expect(missing).toEqual([]);
  });
  it('resolves every [KEY] cited by the data modules (src/data)', () => {
    const missing = files(join(ROOT, 'src', 'data'), '.ts').flatMap((f) =>
      tags(readFileSync(f, 'utf8')).keys.filter((k) => !knownKeys.has(k)).map((k) => `${relative(ROOT, f)}: ${k}`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });
  it('the check can fail: an unknown tag is not resolved', () => {
    expect(knownKeys.has('NO-SUCH-KEY')).toBe(false);
    expect(tags('x (DOMAIN §1.4 [TMVN-30])')).toEqual({ keys: ['TMVN-30'], sections: ['1.4'] });
  });
});
