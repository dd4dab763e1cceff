// Every rule's examples (which its generated docs page shows as ✅/❌ blocks) run through the real pipeline and that
// rule alone; each finding has the severity its message declares, unless the rule says its severity depends on the case.
import { describe, expect, it } from 'vitest';
import { messageSeverity, runRules } from '../../src/engine/index.js';
import { RULES } from '../../src/rules/index.js';
import type { AnyRule } from '../../src/engine/define-rule.js';
import { ENGINE_DEFAULTS, parseText } from '../_pipeline.js';
import type { DocBlock } from './_helpers.js';

/**
 * Rules whose invalid examples the .txt parser cannot produce (the finding needs a model it never builds).
 * Their invalid cases are covered by the hand-built model tests in test/rules/<id>.test.ts.
 */
const UNREACHABLE_INVALID: Readonly<Record<string, string>> = {
  'header/place': 'the parser only recognises a date line that starts with a place',
};

function findingsOf(rule: AnyRule, { code, loadNotes, settings }: DocBlock) {
  const { loaded, doc, facts } = parseText(code);
  // The loader notes a PDF or Word file would carry (the .txt loader has none of them).
  loaded.warnings.push(...(loadNotes ?? []));
  return runRules([rule], loaded, doc, facts, { ...ENGINE_DEFAULTS, ...settings }).filter((f) => f.ruleId === rule.id);
}

describe.each(RULES.map((r) => [r.id, r] as const))('%s examples', (_id, rule) => {
  // The docs page shows exactly these (test/docs.test.ts), so its blocks are not run a second time.
  const valid: DocBlock[] = [...(rule.examples?.valid ?? [])];
  const invalid: DocBlock[] = [...(rule.examples?.invalid ?? [])];
  it.each(valid.map((c, i) => [i, c] as const))('valid #%i yields no finding', (_i, code) => {
    expect(findingsOf(rule, code).map((f) => `${f.line}: ${f.message}`)).toEqual([]);
  });
  it.each(invalid.map((c, i) => [i, c] as const))('invalid #%i yields a finding', (_i, code) => {
    if (UNREACHABLE_INVALID[rule.id]) return;
    const found = findingsOf(rule, code);
    expect(found.length).toBeGreaterThan(0);
    if (!rule.meta.severityNote) for (const f of found) expect(f.severity, f.messageId).toBe(messageSeverity(rule, f.messageId));
  });
});
