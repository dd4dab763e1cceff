// Every rule's examples, and the ✅/❌ blocks of its docs page, run through the real pipeline and that rule alone.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/index.js';
import { RULES } from '../../src/rules/index.js';
import type { AnyRule } from '../../src/engine/define-rule.js';
import { ENGINE_DEFAULTS, parseText } from '../_pipeline.js';
import { docBlocks } from './_helpers.js';

const DOCS = join(import.meta.dirname, '..', '..', 'docs', 'rules');

/**
 * Rules whose invalid examples the .txt parser cannot produce (the finding needs a model it never builds).
 * Their invalid cases are covered by the hand-built model tests in test/rules/<id>.test.ts.
 */
const UNREACHABLE_INVALID: Readonly<Record<string, string>> = {
  'header/place': 'the parser only recognises a date line that starts with a place',
};

/** Presentation rules (group "presentation") read fonts, sizes and page setup from a Word file: their invalid cases are .docx files built in test/rules/format/. */
const isPresentation = (rule: AnyRule): boolean => rule.meta.group === 'presentation';

function findingsOf(rule: AnyRule, code: string) {
  const { loaded, doc, facts } = parseText(code);
  return runRules([rule], loaded, doc, facts, ENGINE_DEFAULTS).filter((f) => f.ruleId === rule.id);
}

describe.each(RULES.map((r) => [r.id, r] as const))('%s examples', (_id, rule) => {
  const page = join(DOCS, `${rule.id}.md`);
  const fromDocs = existsSync(page) ? docBlocks(readFileSync(page, 'utf8')) : { valid: [], invalid: [] };
  const valid = [...(rule.examples?.valid ?? []).map((e) => e.code), ...fromDocs.valid];
  const invalid = [...(rule.examples?.invalid ?? []).map((e) => e.code), ...fromDocs.invalid];
  it.each(valid.map((c, i) => [i, c] as const))('valid #%i yields no finding', (_i, code) => {
    expect(findingsOf(rule, code).map((f) => `${f.line}: ${f.message}`)).toEqual([]);
  });
  it.each(invalid.map((c, i) => [i, c] as const))('invalid #%i yields a finding', (_i, code) => {
    if (UNREACHABLE_INVALID[rule.id] || isPresentation(rule)) return;
    expect(findingsOf(rule, code).length).toBeGreaterThan(0);
  });
});
