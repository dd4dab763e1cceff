// Catalogue parity: every rule file is in RULES, sorted, with docs, tests, examples, vi+en messages and a scenario marker.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { HELP_BASE } from '../../src/engine/index.js';
import { docBlocks } from './_helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src', 'rules');
const SCENARIOS = join(ROOT, 'fixtures', 'scenarios');

/**
 * Rules that no scenario can trigger through the .txt pipeline, with the reason. Keep this list short.
 * header/place: the parser only recognises a date line that starts with a place, so a date without a place
 * surfaces as header/date "missing"; the rule still guards other loaders (docx layout tables) and hand-built models.
 */
const NOT_IN_SCENARIOS: Readonly<Record<string, string>> = {
  'header/place': 'parser needs a place to recognise the date line',
  'task/unknown-lead': 'needs the config\'s "units"; scenarios run without a config (test/rules/task/unknown-lead.test.ts runs it through createChecker)',
  // Notes only the PDF or Word loader reports (scenarios are .txt); test/rules/load/<name>.test.ts and the loader
  // tests (test/load/pdf.test.ts, test/load/docx.test.ts, test/load-warnings.test.ts) cover them on real files.
  'load/legacy-font-converted': 'a note of the Word loader (.VnTime runs converted)',
  'load/legacy-font-unconverted': 'a note of the Word loader (legacy runs not converted)',
  'load/pdf-overlaid-glyphs': 'a note of the PDF loader',
  'load/pdf-pages-without-text': 'a note of the PDF loader',
  'load/pdf-ocr': 'a note of the PDF loader with --ocr (test/load/ocr.test.ts)',
  'load/pdf-font-recovered': 'a note of the PDF loader with --ocr on fonts without a Unicode map (test/load/glyph-map.test.ts)',
  'load/pdf-ocr-low-confidence': 'a note of the PDF loader with --ocr (test/load/ocr.test.ts)',
  'load/ocr-unavailable': 'a note of the PDF loader with --ocr and no Tesseract (test/load/ocr.test.ts)',
  'load/pdf-signature-appended': 'a note of the PDF signature reader (test/load/pdf-signature.test.ts)',
  'load/pdf-signature-broken': 'a note of the PDF signature reader (test/load/pdf-signature.test.ts)',
  'load/unreadable': 'a file that cannot be read has no text to put in a scenario (test/rules/load/unreadable.test.ts, test/hostile/)',
};

function ruleFiles(): string[] {
  const out: string[] = [];
  for (const area of readdirSync(SRC, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const f of readdirSync(join(SRC, area.name))) if (f.endsWith('.ts') && !f.startsWith('_')) out.push(`${area.name}/${f.slice(0, -3)}`);
  }
  return out.sort();
}

const markers = new Set<string>();
for (const f of existsSync(SCENARIOS) ? readdirSync(SCENARIOS) : []) {
  if (!f.endsWith('.txt')) continue;
  for (const m of readFileSync(join(SCENARIOS, f), 'utf8').matchAll(/\{\{expect ([a-z-]+\/[a-z0-9-]+)\}\}/gu)) markers.add(m[1] ?? '');
}

describe('rule catalogue', () => {
  it('RULES lists every rule file exactly once, sorted by id', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(ruleFiles());
  });
  it('every scenario marker names a real rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect([...markers].filter((m) => !ids.has(m))).toEqual([]);
  });
  it('the docs index lists every rule', () => {
    const index = readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8');
    for (const r of RULES) expect(index).toContain(`(${r.id}.md)`);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('has an id matching its file, a default severity and vi/en descriptions', () => {
    expect(id).toMatch(/^[a-z]+\/[a-z0-9-]+$/u);
    expect(['error', 'warning', 'info']).toContain(rule.meta.defaultSeverity);
    expect(rule.meta.description.vi.length).toBeGreaterThan(10);
    expect(rule.meta.description.en.length).toBeGreaterThan(10);
    expect(rule.meta.source?.length ?? 0).toBeGreaterThan(5);
  });
  it('has messages in Vietnamese and English with the same placeholders', () => {
    const entries = Object.entries(rule.messages);
    expect(entries.length).toBeGreaterThan(0);
    for (const [, m] of entries) {
      expect(m.vi.trim()).not.toBe('');
      expect(m.en.trim()).not.toBe('');
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((x) => x[1]).sort();
      expect(ph(m.en)).toEqual(ph(m.vi));
    }
  });
  it('has valid and invalid examples, and options that parse from {}', () => {
    expect(rule.examples?.valid.length ?? 0).toBeGreaterThan(0);
    expect(rule.examples?.invalid.length ?? 0).toBeGreaterThan(0);
    if (rule.options) expect(() => rule.options?.parse({})).not.toThrow();
  });
  it('has a docs page with the examples, and a test file', () => {
    const page = join(ROOT, 'docs', 'rules', `${id}.md`);
    expect(existsSync(page)).toBe(true);
    const blocks = docBlocks(readFileSync(page, 'utf8'));
    expect(blocks.valid.length).toBeGreaterThan(0);
    expect(blocks.invalid.length).toBeGreaterThan(0);
    expect(existsSync(join(ROOT, 'test', 'rules', `${id}.test.ts`))).toBe(true);
    // Described cases (files: fonts, sizes, pages) are shown as such and name a test that exists; the presentation
    // rules, which never run on .txt fragments, have only such cases.
    for (const [list, shown] of [[rule.examples?.valid ?? [], blocks.valid], [rule.examples?.invalid ?? [], blocks.invalid]] as const) {
      expect(shown.map((b) => b.described === true)).toEqual(list.map((e) => e.file !== undefined));
      for (const e of list) if (e.file) expect(existsSync(join(ROOT, e.file.test)), e.file.test).toBe(true);
      if (rule.meta.group === 'presentation') expect(list.every((e) => e.file !== undefined)).toBe(true);
    }
    expect(`${HELP_BASE}${id}.md`).toContain(id);
  });
  it('appears in at least one scenario marker', () => {
    // Scenarios are .txt files: the presentation rules (Word only) are exercised by the .docx files of test/rules/format/.
    if (NOT_IN_SCENARIOS[id] || rule.meta.group === 'presentation') return;
    expect(markers.has(id)).toBe(true);
  });
});
